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

        var workflows = new WorkflowSettings { Default = Workflow(b, b.Section(b.Section(root, "workflows", "workflows", "default"), "default", "workflows.default", "statuses", "transitions", "closed")) };
        var project = Project(b, b.Section(root, "project", "project", "name", "id_prefix", "default_epic_budget", "timezone"), defaultName);
        return new TrackdownConfig
        {
            Project = project,
            Formats = Formats(b, b.Section(root, "formats", "formats", "id_pattern", "branch_pattern"), project.IdPrefix),
            Sync = Sync(b, b.Section(root, "sync", "sync", "github", "jira", "linear")),
            Ai = Ai(b, b.Section(root, "ai", "ai", "llms_txt", "token_tracking", "agents")),
            Git = Git(b, b.Section(root, "git", "git", "auto_stage", "hooks", "patterns")),
            Workflows = workflows,
            Automation = Automation(b, b.Section(root, "automation", "automation", "rules"), workflows.Default.Statuses) ?? d.Automation,
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
        var agents = b.Entries(b.Section(m, "agents", "ai.agents", (m?["agents"] as YamlMapping)?.Entries.Select(e => e.Key.Value).ToArray() ?? Array.Empty<string>()), "ai.agents", "max_tokens_per_task", "allowed_operations", "context_format")
            .ToDictionary(a => a.Name, a => Agent(b, a.Value, "ai.agents." + a.Name), StringComparer.Ordinal);
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

    private static AgentSettings Agent(ConfigBinder b, YamlMapping m, string path)
    {
        var operations = b.ScalarList(m, "allowed_operations", path + ".allowed_operations");
        var allowed = operations?.Where(o => b.OneOf(o, path + ".allowed_operations", AgentOperations.All)).Select(o => o.Value).ToList();
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

    /// <summary>
    /// The design's map form (<c>todo -&gt; in-progress: auto</c>, no value = no rule) or the list form
    /// (<c>- {from: todo, to: [a, b], rule: requires_commit}</c>; <c>requires_commit: true</c> is still read).
    /// </summary>
    private static IReadOnlyList<Transition>? Transitions(ConfigBinder b, YamlValue? value, IReadOnlyList<string> statuses)
    {
        const string path = "workflows.default.transitions";
        switch (value)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return null;
            case YamlMapping map:
                return MapTransitions(b, map, statuses);
            case YamlSequence sequence:
                return ListTransitions(b, sequence, statuses);
            default:
                b.Invalid(value, $"'{path}' must be a map of 'from -> to: rule' entries or a list of {{from, to}} entries.");
                return null;
        }
    }

    private static List<Transition> MapTransitions(ConfigBinder b, YamlMapping map, IReadOnlyList<string> statuses)
    {
        var transitions = new List<Transition>();
        foreach (var entry in map.Entries)
        {
            var key = entry.Key.Value;
            var arrow = key.IndexOf("->", StringComparison.Ordinal);
            if (arrow < 0)
            {
                b.Report(entry.Key.Span, $"The transition '{key}' must be written 'from -> to', e.g. 'todo -> in-progress: auto'.");
                continue;
            }

            var from = key.Substring(0, arrow).Trim();
            var to = key.Substring(arrow + 2).Trim();
            var ok = KnownStatus(b, entry.Key, key, from, key.IndexOf(from, StringComparison.Ordinal), statuses)
                & KnownStatus(b, entry.Key, key, to, key.IndexOf(to, arrow + 2, StringComparison.Ordinal), statuses);
            if (Rule(b, entry.Value, $"{{{key}}}") is { } rule && ok)
            {
                transitions.Add(new Transition(from, to, rule));
            }
        }

        return transitions;
    }

    private static List<Transition> ListTransitions(ConfigBinder b, YamlSequence sequence, IReadOnlyList<string> statuses)
    {
        var transitions = new List<Transition>();
        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping entry)
            {
                b.Invalid(item, "A transition must be a mapping: {from: todo, to: [in-progress]}.");
                continue;
            }

            b.CheckKeys(entry, "workflows.default.transitions[]", "from", "to", "rule", "requires_commit");
            var from = b.String(entry, "from", "transitions.from");
            var toValue = entry["to"];
            var to = toValue is YamlScalar { IsNull: false } single ? new[] { single } : b.ScalarList(entry, "to", "transitions.to");
            if (from is null || to is null)
            {
                b.Invalid(entry, "A transition needs 'from' (a status) and 'to' (a status or a list of statuses).");
                continue;
            }

            var ok = KnownStatus(b, (YamlScalar)entry["from"]!, from, from, 0, statuses);
            foreach (var target in to)
            {
                ok &= KnownStatus(b, target, target.Value, target.Value, 0, statuses);
            }

            var rule = entry["rule"] is { } ruleValue ? Rule(b, ruleValue, "transitions.rule")
                : b.Bool(entry, "requires_commit", "transitions.requires_commit") == true ? TransitionRule.RequiresCommit : TransitionRule.None;
            if (ok && rule is { } r)
            {
                transitions.AddRange(to.Select(t => new Transition(from, t.Value, r)));
            }
        }

        return transitions;
    }

    /// <summary>Reports <paramref name="status"/> at its place inside <paramref name="scalar"/> when the workflow lacks it.</summary>
    private static bool KnownStatus(ConfigBinder b, YamlScalar scalar, string text, string status, int index, IReadOnlyList<string> statuses)
    {
        if (statuses.Contains(status))
        {
            return true;
        }

        var span = ConfigBinder.SubSpan(scalar, index, status.Length);
        b.Report(span, status.Length == 0
            ? $"The transition '{text}' lacks a status on one side of '->'."
            : $"The transition '{text}' names status '{status}', which is not in 'workflows.default.statuses' ({string.Join(", ", statuses)}).");
        return false;
    }

    private static TransitionRule? Rule(ConfigBinder b, YamlValue value, string path)
    {
        if (value is YamlScalar { IsNull: true })
        {
            return TransitionRule.None;
        }

        var text = value is YamlScalar scalar ? scalar.Value : null;
        TransitionRule? rule = text switch
        {
            "none" => TransitionRule.None,
            "auto" => TransitionRule.Auto,
            "requires_commit" => TransitionRule.RequiresCommit,
            "requires_approval" => TransitionRule.RequiresApproval,
            _ => null,
        };
        if (rule is null)
        {
            b.Report(value.Span, $"The rule of transition {path} is '{text ?? "(not text)"}'; expected auto, requires_commit, requires_approval, or nothing for a plain move.");
        }

        return rule;
    }

    /// <summary>Custom statuses without transitions: any move is allowed, rather than none.</summary>
    private static IReadOnlyList<Transition> AllToAll(IReadOnlyList<string> statuses)
        => statuses.SelectMany(s => statuses.Where(t => t != s).Select(t => new Transition(s, t, TransitionRule.None))).ToList();

    private static AutomationRule? Rule(ConfigBinder b, YamlMapping m, IReadOnlyList<string> statuses)
    {
        const string path = "automation.rules[]";
        b.CheckKeys(m, path, "name", "trigger", "pattern", "action", "status", "threshold", "channels", "assignee", "label");
        var trigger = b.Choice(m, "trigger", path + ".trigger", Triggers.Keys.ToArray());
        var pattern = b.Regex(m, "pattern", path + ".pattern");
        var threshold = b.Number(m, "threshold", path + ".threshold", 0.01, 100);
        var status = b.String(m, "status", path + ".status");
        AutomationAction? action;
        if (m["action"] is YamlMapping legacy)
        {
            // The first releases wrote 'action: {set_status: in-review}'.
            b.CheckKeys(legacy, path + ".action", "set_status");
            action = AutomationAction.UpdateStatus;
            status = b.String(legacy, "set_status", path + ".action.set_status") ?? status;
        }
        else
        {
            action = b.Choice(m, "action", path + ".action", Actions.Keys.ToArray()) is { } name ? Actions[name] : null;
        }

        var rule = new AutomationRule
        {
            Name = b.String(m, "name", path + ".name") ?? pattern ?? trigger ?? string.Empty,
            Trigger = trigger is null ? AutomationTrigger.Commit : Triggers[trigger],
            Pattern = pattern,
            Action = action ?? AutomationAction.UpdateStatus,
            Status = status,
            Threshold = threshold,
            Channels = b.StringList(m, "channels", path + ".channels") ?? Array.Empty<string>(),
            Assignee = b.String(m, "assignee", path + ".assignee"),
            Label = b.String(m, "label", path + ".label"),
        };

        string? missing = rule.Action switch
        {
            AutomationAction.UpdateStatus when rule.Status is null => "status",
            AutomationAction.Alert when rule.Channels.Count == 0 => "channels",
            AutomationAction.Assign when rule.Assignee is null => "assignee",
            AutomationAction.AddLabel when rule.Label is null => "label",
            _ => null,
        };
        if (m["action"] is null)
        {
            b.Report(m.Span, "An automation rule needs 'action' (update_status, alert, assign or add_label); the rule is ignored.");
            return null;
        }

        if (action is null || (m["trigger"] is not null && trigger is null) || (m["pattern"] is not null && pattern is null) || (m["threshold"] is not null && threshold is null))
        {
            return null; // already reported at the value
        }

        missing ??= rule.Trigger switch
        {
            AutomationTrigger.Commit when rule.Pattern is null => "pattern",
            AutomationTrigger.TokenUsage when rule.Threshold is null => "threshold",
            _ => null,
        };
        if (missing is not null)
        {
            b.Report(m["action"]!.Span, $"This rule ({(m["trigger"] is null ? "commit" : m["trigger"])} -> {ActionName(rule.Action)}) needs '{missing}'; the rule is ignored.");
            return null;
        }

        if (rule.Status is not null && !statuses.Contains(rule.Status))
        {
            b.Report(m["status"]?.Span ?? m["action"]!.Span, $"'{path}.status' is '{rule.Status}', which is not in 'workflows.default.statuses' ({string.Join(", ", statuses)}); the rule is ignored.");
            return null;
        }

        return rule;
    }

    private static readonly Dictionary<string, AutomationTrigger> Triggers = new(StringComparer.Ordinal)
    {
        ["commit"] = AutomationTrigger.Commit,
        ["status_change"] = AutomationTrigger.StatusChange,
        ["token_usage"] = AutomationTrigger.TokenUsage,
        ["created"] = AutomationTrigger.Created,
    };

    private static readonly Dictionary<string, AutomationAction> Actions = new(StringComparer.Ordinal)
    {
        ["update_status"] = AutomationAction.UpdateStatus,
        ["alert"] = AutomationAction.Alert,
        ["assign"] = AutomationAction.Assign,
        ["add_label"] = AutomationAction.AddLabel,
    };

    private static string ActionName(AutomationAction action) => Actions.First(a => a.Value == action).Key;

    private static AutomationSettings? Automation(ConfigBinder b, YamlMapping? m, IReadOnlyList<string> statuses)
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
        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping rule)
            {
                b.Invalid(item, "An automation rule must be a mapping: {trigger: commit, pattern: '...', action: update_status, status: in-review}.");
                continue;
            }

            if (Rule(b, rule, statuses) is { } bound)
            {
                rules.Add(bound);
            }
        }

        return new AutomationSettings { Rules = rules };
    }
}
