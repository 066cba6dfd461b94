using Trackdown.Core.Yaml;

namespace Trackdown.Core.Config;

/// <summary>Binds <c>automation.rules</c>; a rule missing what its action or trigger needs is reported and left out.</summary>
internal static class AutomationSection
{
    public static AutomationSettings? Bind(ConfigBinder b, YamlMapping? m, IReadOnlyList<string> statuses) => Automation(b, m, statuses);

    private static AutomationRule? Rule(ConfigBinder b, YamlMapping m, IReadOnlyList<string> statuses)
    {
        const string path = "automation.rules[]";
        b.CheckKeys(m, path, "name", "trigger", "pattern", "action", "status", "threshold", "channels", "assignee", "label");
        var trigger = b.Choice(m, "trigger", path + ".trigger", Triggers.Keys.ToArray());
        var pattern = b.Pattern(m, "pattern", path + ".pattern", AutomationRule.PatternOptions);
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
            Name = b.String(m, "name", path + ".name") ?? pattern?.Text ?? trigger ?? string.Empty,
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
