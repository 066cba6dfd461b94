using Trackdown.Core.Yaml;

namespace Trackdown.Core.Config;

/// <summary>Binds each section of the config tree onto the defaults; one method per section keeps the keys readable.</summary>
internal static class ConfigSections
{
    public static TrackdownConfig Bind(ConfigBinder b, YamlMapping? root, string? defaultName)
    {
        var d = TrackdownConfig.Default;
        if (root is not null)
        {
            b.CheckKeys(root, string.Empty, "version", "project", "formats", "sync", "ai", "git", "workflows", "automation");
        }

        var project = Project(b, b.Section(root, "project", "project", "name", "id_prefix", "default_epic_budget", "timezone"), defaultName);
        return new TrackdownConfig
        {
            Project = project,
            Formats = Formats(b, b.Section(root, "formats", "formats", "id_pattern", "branch_pattern"), project.IdPrefix),
            Sync = Sync(b, b.Section(root, "sync", "sync", "github", "jira", "linear")),
            Ai = Ai(b, b.Section(root, "ai", "ai", "llms_txt", "token_tracking", "agents")),
            Git = Git(b, b.Section(root, "git", "git", "auto_stage", "hooks", "patterns")),
            Workflows = new WorkflowSettings { Default = Workflow(b, b.Section(b.Section(root, "workflows", "workflows", "default"), "default", "workflows.default", "statuses", "transitions", "closed")) },
            Automation = Automation(b, b.Section(root, "automation", "automation", "rules")) ?? d.Automation,
        };
    }

    private static ProjectSettings Project(ConfigBinder b, YamlMapping? m, string? defaultName)
    {
        var d = new ProjectSettings();
        return new ProjectSettings
        {
            Name = b.String(m, "name", "project.name") ?? defaultName,
            IdPrefix = b.String(m, "id_prefix", "project.id_prefix") ?? d.IdPrefix,
            DefaultEpicBudget = b.Integer(m, "default_epic_budget", "project.default_epic_budget") ?? d.DefaultEpicBudget,
            Timezone = b.String(m, "timezone", "project.timezone") ?? d.Timezone,
        };
    }

    private static FormatSettings Formats(ConfigBinder b, YamlMapping? m, string idPrefix) => new()
    {
        IdPrefix = idPrefix,
        IdPatternOverride = b.Regex(m, "id_pattern", "formats.id_pattern"),
        BranchPattern = b.String(m, "branch_pattern", "formats.branch_pattern") ?? new FormatSettings().BranchPattern,
    };

    private static SyncSettings Sync(ConfigBinder b, YamlMapping? m) => new()
    {
        Github = Provider(b, m, "github", "repo"),
        Jira = Provider(b, m, "jira", "url"),
        Linear = Provider(b, m, "linear", "project"),
    };

    private static SyncProvider Provider(ConfigBinder b, YamlMapping? sync, string name, string targetKey)
    {
        var path = "sync." + name;
        var m = b.Section(sync, name, path, "enabled", targetKey, "project", "auth_method", "field_mapping");
        var mapping = b.Section(m, "field_mapping", path + ".field_mapping", (m?["field_mapping"] as YamlMapping)?.Entries.Select(e => e.Key.Value).ToArray() ?? Array.Empty<string>());
        return new SyncProvider
        {
            Enabled = b.Bool(m, "enabled", path + ".enabled") ?? false,
            Target = b.String(m, targetKey, $"{path}.{targetKey}") ?? (targetKey != "project" ? b.String(m, "project", path + ".project") : null),
            AuthMethod = b.String(m, "auth_method", path + ".auth_method") ?? "env",
            FieldMapping = mapping?.Entries.ToDictionary(e => e.Key.Value, e => (e.Value as YamlScalar)?.Value ?? string.Empty, StringComparer.Ordinal) ?? new Dictionary<string, string>(),
        };
    }

    private static AiSettings Ai(ConfigBinder b, YamlMapping? m)
    {
        var d = new AiSettings();
        var llms = b.Section(m, "llms_txt", "ai.llms_txt", "auto_generate", "include_closed", "context_depth", "max_tokens");
        var tracking = b.Section(m, "token_tracking", "ai.token_tracking", "enabled", "require_agent_id", "monthly_budget", "warn_threshold", "providers");
        var providers = b.Entries(b.Section(tracking, "providers", "ai.token_tracking.providers", (tracking?["providers"] as YamlMapping)?.Entries.Select(e => e.Key.Value).ToArray() ?? Array.Empty<string>()), "ai.token_tracking.providers", "model", "cost_per_1k_input", "cost_per_1k_output")
            .ToDictionary(
                p => p.Name,
                p => new ProviderCost(
                    b.String(p.Value, "model", $"ai.token_tracking.providers.{p.Name}.model") ?? p.Name,
                    b.Number(p.Value, "cost_per_1k_input", $"ai.token_tracking.providers.{p.Name}.cost_per_1k_input", 0, double.MaxValue) ?? 0,
                    b.Number(p.Value, "cost_per_1k_output", $"ai.token_tracking.providers.{p.Name}.cost_per_1k_output", 0, double.MaxValue) ?? 0),
                StringComparer.Ordinal);
        var agents = b.Entries(b.Section(m, "agents", "ai.agents", (m?["agents"] as YamlMapping)?.Entries.Select(e => e.Key.Value).ToArray() ?? Array.Empty<string>()), "ai.agents", "max_tokens_per_task")
            .ToDictionary(a => a.Name, a => b.Integer(a.Value, "max_tokens_per_task", $"ai.agents.{a.Name}.max_tokens_per_task") ?? 0, StringComparer.Ordinal);
        var dl = d.LlmsTxt;
        var dt = d.TokenTracking;
        return new AiSettings
        {
            LlmsTxt = new LlmsTxtSettings
            {
                AutoGenerate = b.Bool(llms, "auto_generate", "ai.llms_txt.auto_generate") ?? dl.AutoGenerate,
                IncludeClosed = b.Bool(llms, "include_closed", "ai.llms_txt.include_closed") ?? dl.IncludeClosed,
                ContextDepth = (int)(b.Integer(llms, "context_depth", "ai.llms_txt.context_depth") ?? dl.ContextDepth),
                MaxTokens = (int)(b.Integer(llms, "max_tokens", "ai.llms_txt.max_tokens", min: 100) ?? dl.MaxTokens),
            },
            TokenTracking = new TokenTrackingSettings
            {
                Enabled = b.Bool(tracking, "enabled", "ai.token_tracking.enabled") ?? dt.Enabled,
                RequireAgentId = b.Bool(tracking, "require_agent_id", "ai.token_tracking.require_agent_id") ?? dt.RequireAgentId,
                MonthlyBudget = b.Integer(tracking, "monthly_budget", "ai.token_tracking.monthly_budget") ?? dt.MonthlyBudget,
                WarnThreshold = b.Number(tracking, "warn_threshold", "ai.token_tracking.warn_threshold", 0.01, 1) ?? dt.WarnThreshold,
                Providers = tracking?["providers"] is null ? dt.Providers : providers,
            },
            Agents = m?["agents"] is null ? d.Agents : agents,
        };
    }

    private static GitSettings Git(ConfigBinder b, YamlMapping? m)
    {
        var d = new GitSettings();
        var hooks = b.Section(m, "hooks", "git.hooks", "post_commit", "pre_push");
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
            CommitTaskRef = b.Regex(patterns, "commit_task_ref", "git.patterns.commit_task_ref") ?? d.CommitTaskRef,
            StatusKeywords = merged,
        };
    }

    private static Workflow Workflow(ConfigBinder b, YamlMapping? m)
    {
        var d = new Workflow();
        var statuses = b.StringList(m, "statuses", "workflows.default.statuses");
        if (statuses is { Count: 0 })
        {
            b.Invalid(m!["statuses"]!, "'workflows.default.statuses' is empty; list at least one status.");
            statuses = null;
        }

        var known = statuses ?? d.Statuses;
        var closed = b.StringList(m, "closed", "workflows.default.closed");
        foreach (var status in closed ?? Array.Empty<string>())
        {
            if (!known.Contains(status))
            {
                b.Invalid(m!["closed"]!, $"'workflows.default.closed' names '{status}', which is not in 'workflows.default.statuses'.");
                closed = null;
                break;
            }
        }

        return new Workflow
        {
            Statuses = known,
            Transitions = Transitions(b, m?["transitions"], known) ?? (statuses is null ? d.Transitions : AllToAll(known)),
            Closed = closed ?? d.Closed.Where(known.Contains).ToList(),
        };
    }

    private static IReadOnlyList<Transition>? Transitions(ConfigBinder b, YamlValue? value, IReadOnlyList<string> statuses)
    {
        if (value is null || value is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (value is not YamlSequence sequence)
        {
            b.Invalid(value, "'workflows.default.transitions' must be a list of {from, to, requires_commit} entries.");
            return null;
        }

        var transitions = new List<Transition>();
        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping entry)
            {
                b.Invalid(item, "A transition must be a mapping: {from: todo, to: [in-progress]}.");
                continue;
            }

            b.CheckKeys(entry, "workflows.default.transitions[]", "from", "to", "requires_commit");
            var from = b.String(entry, "from", "transitions.from");
            var to = entry["to"] is YamlScalar { IsNull: false } single ? new[] { single.Value } : b.StringList(entry, "to", "transitions.to");
            var names = new[] { from }.Concat(to ?? Array.Empty<string>()).ToList();
            var unknown = names.FirstOrDefault(n => n is not null && !statuses.Contains(n));
            if (from is null || to is null)
            {
                b.Invalid(entry, "A transition needs 'from' (a status) and 'to' (a status or a list of statuses).");
            }
            else if (unknown is not null)
            {
                b.Invalid(entry, $"The transition names status '{unknown}', which is not in 'workflows.default.statuses'.");
            }
            else
            {
                transitions.Add(new Transition(from, to, b.Bool(entry, "requires_commit", "transitions.requires_commit") ?? false));
            }
        }

        return transitions;
    }

    /// <summary>Custom statuses without transitions: any move is allowed, rather than none.</summary>
    private static IReadOnlyList<Transition> AllToAll(IReadOnlyList<string> statuses)
        => statuses.Select(s => new Transition(s, statuses.Where(t => t != s).ToList(), false)).ToList();

    private static AutomationSettings? Automation(ConfigBinder b, YamlMapping? m)
    {
        var value = m?["rules"];
        if (value is null || value is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (value is not YamlSequence sequence)
        {
            b.Invalid(value, "'automation.rules' must be a list of rules.");
            return null;
        }

        var rules = new List<AutomationRule>();
        foreach (var item in sequence.Items.OfType<YamlMapping>())
        {
            b.CheckKeys(item, "automation.rules[]", "name", "trigger", "pattern", "action");
            var action = b.Section(item, "action", "automation.rules[].action", "set_status");
            var pattern = b.Regex(item, "pattern", "automation.rules[].pattern");
            var status = b.String(action, "set_status", "automation.rules[].action.set_status");
            if (pattern is not null && status is not null)
            {
                rules.Add(new AutomationRule(b.String(item, "name", "automation.rules[].name") ?? pattern, b.String(item, "trigger", "automation.rules[].trigger") ?? "commit", pattern, status));
            }
        }

        return new AutomationSettings { Rules = rules };
    }
}
