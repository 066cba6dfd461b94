using Trackdown.Core.Config;
using Trackdown.Core.Model;
using Trackdown.Core.Tokens;

namespace Trackdown.Core.Service;

/// <summary>Token usage: the ledger line and the item's <c>token_usage</c> change together or not at all.</summary>
public sealed partial class TrackerService
{
    /// <summary>
    /// Records one use: appends the ledger entry and rewrites only <c>token_usage.total</c> and
    /// <c>token_usage.by_agent.AGENT</c>, in one change set, so the ledger and the frontmatter always agree.
    /// </summary>
    public Task<ChangeResult> AddTokensAsync(string id, TokenUse use, ChangeOrigin origin, CancellationToken cancellationToken = default)
        => WriteAsync(origin, AgentOperations.Tokens, op =>
        {
            var config = op.Workspace.Config;
            if (use.Input < 0 || use.Output < 0)
            {
                throw TrackdownRefusal.Invalid("Token counts cannot be negative.");
            }

            if (use.Agent is null && config.Ai.TokenTracking.RequireAgentId)
            {
                throw TrackdownRefusal.Invalid("An agent is required: ai.token_tracking.require_agent_id is true in .ai-trackdown/config.yaml.");
            }

            var item = Require(op, id);
            var doc = Editable(item);
            op.MainId = id;
            op.MainPath = item.FilePath;
            var cost = TokenAccounting.Cost(config, use.Agent, use.Input, use.Output);
            var epic = item.Epic ?? (item.Parent is { } parent ? op.Set.Find(parent)?.Epic : null) ?? (item.Type == TaskType.Epic ? item.Id : null);
            var model = use.Model ?? (use.Agent is not null && config.Ai.TokenTracking.Providers.TryGetValue(use.Agent, out var provider) ? provider.Model : null);
            var entry = new TokenEntry(op.Now, id, epic, use.Agent, model, use.Input, use.Output, cost, use.Operation);
            var ledger = TokenLedger.PathFor(root);
            var read = TokenLedger.Read(ledger);
            var entries = read.Entries.Where(e => e.Task == id).Append(entry).ToList();
            var text = TokenAccounting.WithUsage(item, entries);
            var next = Parsing.TaskFileParser.Parse(item.FilePath, text, doc.HasBom);
            op.Files.Replace(item.FilePath, text, doc.HasBom);
            op.Files.AppendLine(ledger, TokenLedger.Serialize(entry));
            op.Set = op.Set.With(next);
            var note = $"+{entry.Total} tokens by {use.Agent ?? "no agent"}, cost {cost.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)}";
            op.Raise(id, ChangeActions.Tokens, FieldDiff.Between(doc, next), note, item.FilePath);
            TokenAlerts(op, item, item.TokenUsageTotal ?? 0, entries.Sum(e => e.Total));
        }, cancellationToken);

    /// <summary>Recomputes every item's <c>token_usage</c> from the ledger; files that do not parse are skipped with a warning.</summary>
    public Task<ChangeResult> RebuildTokenUsageAsync(ChangeOrigin origin, CancellationToken cancellationToken = default)
        => WriteAsync(origin, AgentOperations.Tokens, op =>
        {
            var ledger = TokenLedger.Read(TokenLedger.PathFor(root));
            var byTask = ledger.Entries.ToLookup(e => e.Task, StringComparer.Ordinal);
            foreach (var item in op.Set.Items.Where(i => byTask.Contains(i.Id!)).ToList())
            {
                if (!item.Document.IsEditable)
                {
                    op.Warnings.Add($"'{item.Id}' has errors and was not rewritten.");
                    continue;
                }

                var text = TokenAccounting.WithUsage(item, byTask[item.Id!]);
                if (text != item.Document.Text)
                {
                    var next = Parsing.TaskFileParser.Parse(item.FilePath, text, item.Document.HasBom);
                    op.Files.Replace(item.FilePath, text, item.Document.HasBom);
                    op.Raise(item.Id!, ChangeActions.Tokens, FieldDiff.Between(item.Document, next), "rebuilt from the ledger", item.FilePath);
                }
            }
        }, cancellationToken);
}
