using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Trackdown.Core.Diagnostics;
using Trackdown.Core.Model;
using Trackdown.Core.Yaml;

namespace Trackdown.Core.Config;

/// <summary>
/// Binds each section of the config tree onto the defaults; one method per section keeps the keys readable. A bad value
/// is reported where it is and only that key keeps its default: every good key around it is still used.
/// </summary>
internal static class ConfigSections
{
    private static readonly Regex Interval = new("^(?:[0-9]+[smhdw])+$", RegexOptions.CultureInvariant);

    public static TrackdownConfig Bind(ConfigBinder b, YamlMapping? root, string? defaultName)
    {
        var d = TrackdownConfig.Default;
        if (root is not null)
        {
            b.CheckKeys(root, string.Empty, "version", "project", "formats", "sync", "ai", "git", "workflows", "automation");
        }

        var workflows = new WorkflowSettings { Default = WorkflowSection.Bind(b, b.Section(b.Section(root, "workflows", "workflows", "default"), "default", "workflows.default", "statuses", "transitions", "closed")) };
        var project = Project(b, b.Section(root, "project", "project", "name", "id_prefix", "default_epic_budget", "timezone"), defaultName);
        return new TrackdownConfig
        {
            Version = Version(b, root),
            Project = project,
            Formats = Formats(b, b.Section(root, "formats", "formats", "date", "id_pattern", "branch_pattern"), project),
            Sync = SyncSection.Bind(b, b.Section(root, "sync", "sync", "github", "jira", "linear")),
            Ai = Ai(b, b.Section(root, "ai", "ai", "llms_txt", "token_tracking", "agents")),
            Git = Git(b, b.Section(root, "git", "git", "auto_stage", "hooks", "patterns")),
            Workflows = workflows,
            Automation = AutomationSection.Bind(b, b.Section(root, "automation", "automation", "rules"), workflows.Default.Statuses) ?? d.Automation,
        };
    }

    /// <summary><c>version</c>: a newer format than this tool reads is an error that says so (the rest is still read).</summary>
    private static int Version(ConfigBinder b, YamlMapping? root)
    {
        var version = b.Integer(root, "version", "version", min: 1);
        if (version > TrackdownConfig.CurrentVersion)
        {
            var tool = typeof(TrackdownConfig).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "this";
            b.Report(root!["version"]!.Span, $"This configuration is version {version}, but Trackdown {tool} reads configuration version {TrackdownConfig.CurrentVersion} only. Update the tool ('dotnet tool update dotnet-trackdown') to a release that reads version {version}, or write 'version: {TrackdownConfig.CurrentVersion}' with the keys this release documents. Keys this release knows are still read.");
        }

        return (int)Math.Min(version ?? TrackdownConfig.CurrentVersion, int.MaxValue);
    }

    private static ProjectSettings Project(ConfigBinder b, YamlMapping? m, string? defaultName)
    {
        var d = new ProjectSettings();
        var timezone = b.String(m, "timezone", "project.timezone");
        var zone = timezone is null ? null : TimeZones.Find(timezone);
        if (timezone is not null && zone is null)
        {
            b.Invalid(m!["timezone"]!, $"'project.timezone' is '{timezone}', which is not a time zone of this machine. Use an IANA id such as 'Europe/Berlin' or 'UTC', or a Windows id such as 'W. Europe Standard Time'.");
        }

        var prefix = b.String(m, "id_prefix", "project.id_prefix");
        if (prefix is not null && IdScheme.Problem(prefix, IdScheme.DefaultTemplate, out _) is { } problem)
        {
            b.Invalid(m!["id_prefix"]!, problem);
            prefix = null;
        }

        return new ProjectSettings
        {
            Name = b.String(m, "name", "project.name") ?? defaultName,
            IdPrefix = prefix ?? d.IdPrefix,
            DefaultEpicBudget = b.Integer(m, "default_epic_budget", "project.default_epic_budget") ?? d.DefaultEpicBudget,
            Timezone = zone is null ? d.Timezone : timezone!,
            TimeZone = zone ?? d.TimeZone,
        };
    }

    private static FormatSettings Formats(ConfigBinder b, YamlMapping? m, ProjectSettings project)
    {
        var d = new FormatSettings();
        var template = b.String(m, "id_pattern", "formats.id_pattern");
        IdScheme? ids = null;
        if (template is not null)
        {
            if (IdScheme.Problem(project.IdPrefix, template, out var at) is { } problem)
            {
                var value = (YamlScalar)m!["id_pattern"]!;
                b.Report(at < 0 ? value.Span : ConfigBinder.SubSpan(value, at, 1), problem + " The default '" + IdScheme.DefaultTemplate + "' is used instead.");
                template = null;
            }
            else
            {
                ids = IdScheme.Create(project.IdPrefix, template);
            }
        }

        return new FormatSettings
        {
            IdPrefix = project.IdPrefix,
            IdPattern = template ?? d.IdPattern,
            Ids = ids ?? (project.IdPrefix.Length == 0 ? IdScheme.Default : IdScheme.Create(project.IdPrefix, IdScheme.DefaultTemplate)),
            Date = Date(b, m, project.TimeZone) ?? d.Date,
            TimeZone = project.TimeZone,
            BranchPattern = BranchPattern(b, m) ?? d.BranchPattern,
        };
    }

    /// <summary><c>formats.branch_pattern</c>: {type}, {id}, {slug} and what git allows in a branch name, never a path out.</summary>
    private static string? BranchPattern(ConfigBinder b, YamlMapping? m)
    {
        var pattern = b.String(m, "branch_pattern", "formats.branch_pattern");
        if (pattern is null)
        {
            return null;
        }

        var literal = Regex.Replace(pattern, @"\{(type|id|slug)\}", "x");
        var problem = !pattern.Contains("{id}") ? "it needs '{id}'"
            : literal.Any(char.IsControl) ? "it contains a control character"
            : literal.Contains("..") || literal.StartsWith("/", StringComparison.Ordinal) || literal.EndsWith("/", StringComparison.Ordinal) || literal.Contains("//") ? "it could make a path ('..', or '/' at either end)"
            : literal.IndexOfAny(new[] { ' ', '~', '^', ':', '?', '*', '[', '\\', '{', '}' }) is var at and >= 0 ? $"git does not allow '{literal[at]}' in a branch name (or it is not one of {{type}}, {{id}}, {{slug}})"
            : null;
        if (problem is null)
        {
            return pattern;
        }

        b.Invalid(m!["branch_pattern"]!, $"'formats.branch_pattern' is '{pattern}': {problem}. Use {{type}}, {{id}} and {{slug}}, e.g. '{{type}}/{{id}}-{{slug}}'.");
        return null;
    }

    /// <summary><c>formats.date</c>: valid tokens, and what it writes must read back as the same time (any ISO 8601 reader).</summary>
    private static TimestampFormat? Date(ConfigBinder b, YamlMapping? m, TimeZoneInfo zone)
    {
        var pattern = b.String(m, "date", "formats.date");
        if (pattern is null)
        {
            return null;
        }

        var value = (YamlScalar)m!["date"]!;
        if (TimestampFormat.TryParse(pattern, out var problem, out var at) is not { } format)
        {
            b.Report(ConfigBinder.SubSpan(value, at, 1), $"'formats.date' is '{pattern}': {problem} The default '{TimestampFormat.DefaultPattern}' is used instead.");
            return null;
        }

        var sample = new DateTimeOffset(2026, 11, 23, 14, 5, 9, 123, TimeSpan.Zero);
        var written = format.Format(TimeZoneInfo.ConvertTime(sample, zone));
        var precision = !format.HasTime ? TimeSpan.FromDays(1) : format.HasSeconds ? TimeSpan.FromSeconds(1) : TimeSpan.FromMinutes(1);
        var expected = format.HasTime ? Truncate(sample, precision) : TimeZoneInfo.ConvertTime(sample, zone).Date;
        var readsBack = DateTimeOffset.TryParse(written, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var read)
            && (format.HasTime ? Truncate(read, precision) == expected : read.Date == expected.Date);
        if (!readsBack)
        {
            b.Report(value.Span, $"'formats.date' '{pattern}' writes '{written}', which an ISO 8601 reader does not read back as the same time. Keep the order YYYY-MM-DD, HH:mm, and Z{(zone == TimeZoneInfo.Utc ? string.Empty : " (project.timezone is not UTC)")}. The default '{TimestampFormat.DefaultPattern}' is used instead.");
            return null;
        }

        return format;
    }

    private static DateTimeOffset Truncate(DateTimeOffset time, TimeSpan precision)
        => new(time.UtcTicks - (time.UtcTicks % precision.Ticks), TimeSpan.Zero);

    /// <summary><c>15m</c>, <c>1h</c>, <c>1d</c>, <c>1h30m</c> (s, m, h, d, w), or 0.</summary>
    internal static TimeSpan? Duration(ConfigBinder b, YamlMapping? m, string key, string path)
    {
        var text = b.String(m, key, path);
        if (text is null)
        {
            return null;
        }

        if (text == "0")
        {
            return TimeSpan.Zero;
        }

        if (!Interval.IsMatch(text))
        {
            b.Invalid(m![key]!, $"'{path}' is '{text}'; expected a duration such as 15m, 1h, 1d or 1h30m (s, m, h, d, w), or 0.");
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (Match part in Regex.Matches(text, "([0-9]+)([smhdw])"))
        {
            var n = double.Parse(part.Groups[1].Value, CultureInfo.InvariantCulture);
            total += part.Groups[2].Value switch
            {
                "s" => TimeSpan.FromSeconds(n),
                "m" => TimeSpan.FromMinutes(n),
                "h" => TimeSpan.FromHours(n),
                "d" => TimeSpan.FromDays(n),
                _ => TimeSpan.FromDays(7 * n),
            };
        }

        return total;
    }

    private static AiSettings Ai(ConfigBinder b, YamlMapping? m)
    {
        var d = new AiSettings();
        var llms = b.Section(m, "llms_txt", "ai.llms_txt", "auto_generate", "include_closed", "context_depth", "max_tokens", "update_frequency");
        var tracking = b.Section(m, "token_tracking", "ai.token_tracking", "enabled", "require_agent_id", "cost_alerts", "monthly_budget", "warn_threshold", "providers");
        var dl = d.LlmsTxt;
        var dt = d.TokenTracking;

        // Listed providers replace the default of the same name; the others keep the design's prices.
        var providers = new Dictionary<string, ProviderCost>(dt.Providers.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
        foreach (var (name, value) in b.Entries(b.Section(tracking, "providers", "ai.token_tracking.providers", Keys(tracking, "providers")), "ai.token_tracking.providers", "model", "cost_per_1k_input", "cost_per_1k_output"))
        {
            var path = "ai.token_tracking.providers." + name;
            providers.TryGetValue(name, out var known);
            providers[name] = new ProviderCost(
                b.String(value, "model", path + ".model") ?? known?.Model ?? name,
                b.Number(value, "cost_per_1k_input", path + ".cost_per_1k_input", 0, double.MaxValue) ?? known?.CostPer1kInput ?? 0,
                b.Number(value, "cost_per_1k_output", path + ".cost_per_1k_output", 0, double.MaxValue) ?? known?.CostPer1kOutput ?? 0);
        }

        // Listed agents replace the defaults: a list of agents is a policy, and an agent left out is not limited.
        var agents = b.Entries(b.Section(m, "agents", "ai.agents", Keys(m, "agents")), "ai.agents", "max_tokens_per_task", "allowed_operations", "context_format")
            .ToDictionary(a => a.Name, a => Agent(b, a.Value, "ai.agents." + a.Name), StringComparer.Ordinal);
        var frequency = b.Choice(llms, "update_frequency", "ai.llms_txt.update_frequency", Frequencies.Keys.ToArray());
        return new AiSettings
        {
            LlmsTxt = new LlmsTxtSettings
            {
                AutoGenerate = b.Bool(llms, "auto_generate", "ai.llms_txt.auto_generate") ?? dl.AutoGenerate,
                IncludeClosed = b.Bool(llms, "include_closed", "ai.llms_txt.include_closed") ?? dl.IncludeClosed,
                ContextDepth = (int)(b.Integer(llms, "context_depth", "ai.llms_txt.context_depth", max: 100) ?? dl.ContextDepth),
                MaxTokens = (int)(b.Integer(llms, "max_tokens", "ai.llms_txt.max_tokens", min: 100, max: int.MaxValue) ?? dl.MaxTokens),
                UpdateFrequency = frequency is null ? dl.UpdateFrequency : Frequencies[frequency],
            },
            TokenTracking = new TokenTrackingSettings
            {
                Enabled = b.Bool(tracking, "enabled", "ai.token_tracking.enabled") ?? dt.Enabled,
                RequireAgentId = b.Bool(tracking, "require_agent_id", "ai.token_tracking.require_agent_id") ?? dt.RequireAgentId,
                CostAlerts = b.Bool(tracking, "cost_alerts", "ai.token_tracking.cost_alerts") ?? dt.CostAlerts,
                MonthlyBudget = b.Integer(tracking, "monthly_budget", "ai.token_tracking.monthly_budget") ?? dt.MonthlyBudget,
                WarnThreshold = b.Number(tracking, "warn_threshold", "ai.token_tracking.warn_threshold", 0.01, 1) ?? dt.WarnThreshold,
                Providers = providers,
            },
            Agents = m?["agents"] is null ? d.Agents : agents,
        };
    }

    private static readonly Dictionary<string, LlmsTxtUpdateFrequency> Frequencies = new(StringComparer.Ordinal)
    {
        ["on_change"] = LlmsTxtUpdateFrequency.OnChange,
        ["on_build"] = LlmsTxtUpdateFrequency.OnBuild,
        ["on_commit"] = LlmsTxtUpdateFrequency.OnCommit,
        ["manual"] = LlmsTxtUpdateFrequency.Manual,
    };

    private static AgentSettings Agent(ConfigBinder b, YamlMapping m, string path)
    {
        var operations = b.ScalarList(m, "allowed_operations", path + ".allowed_operations");
        var allowed = operations?.Where(o => b.OneOf(o, path + ".allowed_operations", AgentOperations.All)).Select(o => o.Value).Distinct(StringComparer.Ordinal).ToList();
        return new AgentSettings
        {
            MaxTokensPerTask = b.Integer(m, "max_tokens_per_task", path + ".max_tokens_per_task") ?? 0,
            AllowedOperations = allowed,
            ContextFormat = b.Choice(m, "context_format", path + ".context_format", ContextFormats.All) ?? ContextFormats.Detailed,
        };
    }

    private static GitSettings Git(ConfigBinder b, YamlMapping? m)
    {
        var d = new GitSettings();
        var hooks = b.Section(m, "hooks", "git.hooks", "post_commit", "pre_push", "auto_install", "commit_parsing", "branch_protection");
        var patterns = b.Section(m, "patterns", "git.patterns", "commit_task_ref", "status_keywords");
        var keywords = b.Section(patterns, "status_keywords", "git.patterns.status_keywords", "in_progress", "in_review", "done");
        var merged = new Dictionary<string, IReadOnlyList<string>>(d.StatusKeywords.ToDictionary(k => k.Key, k => k.Value), StringComparer.Ordinal);
        foreach (var key in new[] { "in_progress", "in_review", "done" })
        {
            if (b.StringList(keywords, key, "git.patterns.status_keywords." + key) is { } words)
            {
                merged[key] = words;
            }
        }

        return new GitSettings
        {
            AutoStage = b.Bool(m, "auto_stage", "git.auto_stage") ?? d.AutoStage,
            PostCommitHook = b.Bool(hooks, "post_commit", "git.hooks.post_commit") ?? d.PostCommitHook,
            PrePushHook = b.Bool(hooks, "pre_push", "git.hooks.pre_push") ?? d.PrePushHook,
            AutoInstallHooks = b.Bool(hooks, "auto_install", "git.hooks.auto_install") ?? d.AutoInstallHooks,
            CommitParsing = b.Bool(hooks, "commit_parsing", "git.hooks.commit_parsing") ?? d.CommitParsing,
            BranchProtection = b.Bool(hooks, "branch_protection", "git.hooks.branch_protection") ?? d.BranchProtection,
            CommitTaskRef = b.Pattern(patterns, "commit_task_ref", "git.patterns.commit_task_ref") ?? d.CommitTaskRef,
            StatusKeywords = merged,
        };
    }

    private static string[] Keys(YamlMapping? parent, string key)
        => (parent?[key] as YamlMapping)?.Entries.Select(e => e.Key.Value).ToArray() ?? Array.Empty<string>();
}
