using System.CommandLine;
using Trackdown.Core.Context;
using Trackdown.Core.Tokens;

namespace Trackdown.Cli.Commands;

/// <summary><c>trackdown context ID</c>: what an agent needs for one item, cut by priority to fit a token limit.</summary>
internal static class ContextCommand
{
    public static Command Create(CliContext context)
    {
        var id = SharedOptions.Id();
        var forAgent = new Option<string>("--for") { Description = "The agent it is for (default --agent, else claude): gpt4 gets markdown headings, others XML-style tags; its ai.agents.NAME.context_format picks what is included." };
        var format = new Option<string>("--format") { Description = "detailed, compact (no code references, relations one level deep) or minimal (the item alone); default: the agent's context_format." }.AcceptOnlyFromAmong(Core.Config.ContextFormats.All.ToArray());
        var maxTokens = new Option<int>("--max-tokens") { Description = "Never exceed this many tokens (o200k_base).", DefaultValueFactory = _ => 4000 };
        var depth = new Option<int?>("--depth") { Description = "How far to follow relations (default ai.llms_txt.context_depth)." };
        var history = new Option<bool>("--include-history") { Description = "Add recent token ledger entries for the item." };
        var json = SharedOptions.Json();
        var command = new Command("context", "Assemble an item's AI context: its AI_CONTEXT block, fields, body, relations and history.") { id, forAgent, format, maxTokens, depth, history, json };
        command.SetAction(result =>
        {
            var workspace = context.Workspace;
            if (result.GetValue(maxTokens) < 50)
            {
                throw new UsageException("--max-tokens must be at least 50.");
            }

            context.Service.Authorize(context.Origin(result), Core.Config.AgentOperations.Read);
            var set = context.ReadTasks();
            var item = ShowCommand.Find(context, set, result.GetValue(id)!);
            var agent = result.GetValue(forAgent) ?? context.Agent(result) ?? "claude";
            var detail = result.GetValue(format)
                ?? (workspace.Config.Ai.Agents.TryGetValue(agent, out var settings) ? settings.ContextFormat : Core.Config.ContextFormats.Detailed);
            var configuredDepth = workspace.Config.Ai.LlmsTxt.ContextDepth;
            var request = new ContextRequest(
                agent == "gpt4" ? ContextFormat.Gpt4 : ContextFormat.Claude,
                result.GetValue(maxTokens),
                result.GetValue(depth) ?? detail switch { Core.Config.ContextFormats.Minimal => 0, Core.Config.ContextFormats.Compact => Math.Min(1, configuredDepth), _ => configuredDepth },
                result.GetValue(history) && detail != Core.Config.ContextFormats.Minimal);
            var entries = request.IncludeHistory ? TokenLedger.Read(TokenLedger.PathFor(workspace.Root)).Entries.Where(e => e.Task == item.Id).ToList() : new List<TokenEntry>();
            var references = detail == Core.Config.ContextFormats.Detailed
                ? RefsCommand.Find(workspace.Root, item.Id!).Select(r => $"{r.File}:{r.Line} {r.Kind}: {r.Text}").ToList()
                : new List<string>();
            var commits = new List<string>();
            if (request.IncludeHistory)
            {
                using var repo = Integrations.Git.GitWorkspace.TryOpen(context.WorkingDirectory);
                if (repo is not null)
                {
                    commits.AddRange(Integrations.Git.CommitHistory.For(repo, item.Id!, max: 20).Select(c => $"commit {c.Sha.Substring(0, 7)} {c.Date.UtcDateTime:yyyy-MM-dd} {c.Author}: {c.Subject}"));
                }
            }

            var built = ContextBuilder.Build(set, item, request, entries, references, Trackdown.Core.Tokens.TokenCounter.Count, commits);
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, new { id = item.Id, format = agent == "gpt4" ? "gpt4" : "claude", detail, maxTokens = request.MaxTokens, tokens = built.Tokens, leftOut = built.LeftOut, text = built.Text });
            }
            else
            {
                context.Terminal.Output.Write(built.Text);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
