using Trackdown.Core.Yaml;

namespace Trackdown.Core.Config;

/// <summary>Binds <c>workflows.default</c>: statuses, closed statuses and transitions in the map or the list form.</summary>
internal static class WorkflowSection
{
    public static Workflow Bind(ConfigBinder b, YamlMapping? m) => Workflow(b, m);

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
}
