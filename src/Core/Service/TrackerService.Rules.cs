using Trackdown.Core.Config;
using Trackdown.Core.Editing;
using Trackdown.Core.Generation;
using Trackdown.Core.Model;
using Trackdown.Core.Parsing;

namespace Trackdown.Core.Service;

/// <summary>The design's rules around every change: agents' permissions, approvals, automation, alerts, regeneration.</summary>
public sealed partial class TrackerService
{
    public const string ApprovalsKey = "approved_by";

    /// <summary>
    /// Refuses an operation made as an agent whose <c>ai.agents.NAME.allowed_operations</c> does not list it. People and
    /// agents without settings are not limited. Read front ends call it with <see cref="AgentOperations.Read"/>.
    /// </summary>
    public void Authorize(ChangeOrigin origin, string operation)
    {
        if (origin.Actor.IsAgent && Workspace.Config.Ai.Agents.TryGetValue(origin.Actor.Name, out var agent) && !agent.Allows(operation))
        {
            var allowed = agent.AllowedOperations is { Count: > 0 } list ? string.Join(", ", list.Select(o => $"'{o}'")) : "none";
            throw new TrackdownRefusal(DiagnosticIds.OperationNotAllowed, $"Agent '{origin.Actor.Name}' may not '{operation}': ai.agents.{origin.Actor.Name}.allowed_operations in .ai-trackdown/config.yaml allows {allowed}.");
        }
    }

    /// <summary>
    /// Records an approval (the design's <c>requires_approval</c>) in the item's <c>approved_by</c> and the audit trail,
    /// with an optional comment. It must come from someone other than the assignee.
    /// </summary>
    public Task<ChangeResult> ApproveAsync(string id, string? comment, ChangeOrigin origin, CancellationToken cancellationToken = default)
        => WriteAsync(origin, AgentOperations.Approve, op =>
        {
            var item = Require(op, id);
            var doc = Editable(item);
            op.MainId = id;
            op.MainPath = item.FilePath;
            var me = "@" + op.Origin.Actor.Name;
            if (item.Assignee == me)
            {
                throw TrackdownRefusal.Invalid($"'{id}' is assigned to {me}, and an approval must come from someone other than the assignee. Ask a reviewer to approve it.");
            }

            var approvals = Approvals(doc);
            if (!approvals.Contains(me))
            {
                var text = new FrontmatterEditor(doc).SetList(ApprovalsKey, approvals.Append(me).ToList()).Set("updated", op.Stamp).ToText();
                var next = TaskFileParser.Parse(item.FilePath, text, doc.HasBom);
                Guard(op, doc, next);
                op.Files.Replace(item.FilePath, text, doc.HasBom);
                op.Set = op.Set.With(next);
                op.Raise(id, ChangeActions.Approve, FieldDiff.Between(doc, next), comment, item.FilePath);
            }

            if (comment is { Length: > 0 })
            {
                PlanComment(op, id, comment);
            }
        }, cancellationToken);

    /// <summary>The handles that approved the item, from its <c>approved_by</c>.</summary>
    public static IReadOnlyList<string> Approvals(TaskDocument doc) => TaskItem.TextList(doc.Frontmatter?[ApprovalsKey]);

    /// <summary>An approval counts when it comes from someone other than the assignee.</summary>
    private static bool IsApproved(TaskDocument doc, string? assignee) => Approvals(doc).Any(a => a != assignee);

    /// <summary>
    /// <c>automation.rules</c> with a <c>created</c> or <c>status_change</c> trigger, applied once to the operation's
    /// own events (their changes are not fed back, so rules cannot loop). Their changes go through the same checks.
    /// </summary>
    private void Automate(Operation op)
    {
        var rules = op.Workspace.Config.Automation.Rules.Where(r => r.Trigger is AutomationTrigger.Created or AutomationTrigger.StatusChange).ToList();
        if (rules.Count == 0)
        {
            return;
        }

        foreach (var change in op.Events.ToList())
        {
            var status = change.Changes.FirstOrDefault(c => c.Field == "status");
            foreach (var rule in rules)
            {
                var subject = rule.Trigger == AutomationTrigger.Created
                    ? (change.Action == ChangeActions.Create ? change.Changes.FirstOrDefault(c => c.Field == "title")?.New ?? change.Id : null)
                    : (status is null || change.Action == ChangeActions.Create ? null : $"{status.Old} -> {status.New}");
                if (subject is null || (rule.Pattern is { } pattern && !Matches(op, pattern, subject, rule)))
                {
                    continue;
                }

                Act(op, rule, change.Id, $"automation rule '{rule.Name}'");
            }
        }
    }

    private static bool Matches(Operation op, ConfigPattern pattern, string subject, AutomationRule rule)
    {
        try
        {
            return pattern.Regex.IsMatch(subject);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            op.Warnings.Add($"automation rule '{rule.Name}': its pattern took too long on '{subject}' and was skipped. Simplify the pattern in .ai-trackdown/config.yaml.");
            return false;
        }
    }

    private void Act(Operation op, AutomationRule rule, string id, string note)
    {
        if (op.Set.Find(id) is not { } item)
        {
            return;
        }

        try
        {
            switch (rule.Action)
            {
                case AutomationAction.UpdateStatus:
                    PlanFields(op, item, new ItemChanges { Status = rule.Status }, MoveKind.WorkStarted, ChangeActions.Update, note);
                    break;
                case AutomationAction.Assign:
                    PlanFields(op, item, new ItemChanges { Assignee = rule.Assignee }, MoveKind.WorkStarted, ChangeActions.Update, note);
                    break;
                case AutomationAction.AddLabel:
                    PlanFields(op, item, new ItemChanges { AddLabels = new[] { rule.Label! } }, MoveKind.WorkStarted, ChangeActions.Update, note);
                    break;
                default:
                    Alert(op, id, rule.Name, rule.Channels, $"{note} fired");
                    break;
            }
        }
        catch (TrackdownRefusal refusal)
        {
            op.Warnings.Add($"{note} could not change '{id}': {refusal.Message}");
        }
    }

    /// <summary>
    /// An alert is an event of its own, in the audit trail and to every subscriber. Delivery to channels comes with
    /// notifications; until a channel delivers, the caller is told so.
    /// </summary>
    private static void Alert(Operation op, string id, string name, IReadOnlyList<string> channels, string message)
    {
        op.Raise(id, ChangeActions.Alert, new[] { new FieldChange("alert", null, $"{name}: {message}") }, channels.Count == 0 ? null : "channels: " + string.Join(", ", channels));
        if (channels.Count > 0)
        {
            op.Warnings.Add($"alert '{name}' for {id} ({message}) is recorded in the audit trail, but no notification channel delivers to {string.Join(", ", channels)} yet (notifications.channels.{channels[0]}).");
        }
    }

    /// <summary>
    /// Token alerts after usage was recorded: a <c>token_usage</c> rule whose threshold the item's or its epic's budget
    /// use just crossed, and, with <c>cost_alerts</c>, crossing the warn threshold or the budget itself.
    /// </summary>
    private static void TokenAlerts(Operation op, TaskItem item, long before, long after)
    {
        var config = op.Workspace.Config;
        var budgets = new List<(string Name, long Used0, long Used1, long Limit)>();
        if (item.TokenBudget is > 0 and var own)
        {
            budgets.Add(($"{item.Id} budget", before, after, own));
        }

        var epicId = item.Type == TaskType.Epic ? null : item.Epic ?? (item.Parent is { } parent ? op.Set.Find(parent)?.Epic : null);
        if (epicId is not null && op.Set.Find(epicId) is { } epic)
        {
            var limit = epic.TokenBudget ?? config.Project.DefaultEpicBudget;
            var members = op.Set.Items.Where(i => i.Id != item.Id && (i.Epic == epicId || (i.Parent is { } p && op.Set.Find(p)?.Epic == epicId))).Sum(i => i.TokenUsageTotal ?? 0) + (epic.TokenUsageTotal ?? 0);
            budgets.Add(($"epic {epicId} budget", members + before, members + after, limit));
        }

        foreach (var (name, used0, used1, limit) in budgets.Where(b => b.Limit > 0))
        {
            double share0 = (double)used0 / limit, share1 = (double)used1 / limit;
            foreach (var rule in config.Automation.Rules.Where(r => r.Trigger == AutomationTrigger.TokenUsage && r.Threshold is { } t && share0 < t && share1 >= t))
            {
                Alert(op, item.Id!, rule.Name, rule.Channels, $"{name} at {share1:P0} (threshold {rule.Threshold:P0})");
            }

            if (config.Ai.TokenTracking.CostAlerts)
            {
                var warn = config.Ai.TokenTracking.WarnThreshold;
                if (share0 <= 1 && share1 > 1)
                {
                    Alert(op, item.Id!, "cost_alerts", Array.Empty<string>(), $"{name} exceeded: {used1:N0} of {limit:N0} tokens");
                }
                else if (share0 < warn && share1 >= warn && share1 <= 1)
                {
                    Alert(op, item.Id!, "cost_alerts", Array.Empty<string>(), $"{name} at {share1:P0} of {limit:N0} tokens");
                }
            }
        }
    }

    /// <summary><c>ai.llms_txt.update_frequency: on_change</c>: the generated files follow every change, by any front end.</summary>
    private static void Regenerate(Operation op)
    {
        var settings = op.Workspace.Config.Ai.LlmsTxt;
        if (!settings.AutoGenerate || settings.UpdateFrequency != LlmsTxtUpdateFrequency.OnChange || op.Events.All(e => e.Action is ChangeActions.Comment or ChangeActions.Alert))
        {
            return;
        }

        try
        {
            var written = GeneratedFileSet.RegenerateIfValid(op.Workspace);
            if (written.Count > 0)
            {
                var last = op.Events.Count - 1;
                op.Events[last] = op.Events[last] with { Paths = op.Events[last].Paths.Concat(written).ToList() };
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            op.Warnings.Add($"The change was made, but the generated files could not be written: {ex.Message}");
        }
    }
}
