using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Trackdown.Build.Generators;

/// <summary>
/// Checks references from code to tasks: <c>[TaskRef(...)]</c> naming an unknown task (TRK4101, error) or a closed one
/// (TRK4102), and comments naming an unknown (TRK4103) or closed (TRK4104) task. Severities follow .editorconfig.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TaskReferenceAnalyzer : DiagnosticAnalyzer
{
    private static readonly Regex IdInText = new(@"\b(?:[A-Z][A-Z0-9]*-)*(?:EPIC|ISSUE|TASK)-[0-9]{3,}\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownTaskRef, Descriptors.TaskRefToClosedTask, Descriptors.UnknownTaskInComment, Descriptors.ClosedTaskInComment);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var tasks = KnownTasks.From(start.Options, start.CancellationToken);
            if (tasks is null)
            {
                return; // no task files in this project: nothing to check against
            }

            start.RegisterSyntaxNodeAction(node => AnalyzeAttribute(node, tasks), SyntaxKind.Attribute);
            start.RegisterSyntaxTreeAction(tree => AnalyzeComments(tree, tasks));
        });
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, KnownTasks tasks)
    {
        var attribute = (AttributeSyntax)context.Node;
        var name = attribute.Name.ToString();
        if (!name.EndsWith("TaskRef", StringComparison.Ordinal) && !name.EndsWith("TaskRefAttribute", StringComparison.Ordinal))
        {
            return;
        }

        if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol { ContainingType: { Name: "TaskRefAttribute", ContainingNamespace.Name: "Trackdown" } }
            || attribute.ArgumentList is not { Arguments.Count: > 0 } arguments)
        {
            return;
        }

        var expression = arguments.Arguments[0].Expression;
        if (context.SemanticModel.GetConstantValue(expression, context.CancellationToken) is not { HasValue: true, Value: string id })
        {
            return;
        }

        if (!tasks.Statuses.TryGetValue(id, out var status))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownTaskRef, expression.GetLocation(), id));
        }
        else if (tasks.IsClosed(status))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TaskRefToClosedTask, expression.GetLocation(), id, status));
        }
    }

    private static void AnalyzeComments(SyntaxTreeAnalysisContext context, KnownTasks tasks)
    {
        var root = context.Tree.GetRoot(context.CancellationToken);
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            if (!trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && !trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                continue;
            }

            var text = trivia.ToString();
            foreach (Match match in IdInText.Matches(text))
            {
                var location = Location.Create(context.Tree, new Microsoft.CodeAnalysis.Text.TextSpan(trivia.SpanStart + match.Index, match.Length));
                if (!tasks.Statuses.TryGetValue(match.Value, out var status))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownTaskInComment, location, match.Value));
                }
                else if (tasks.IsClosed(status))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.ClosedTaskInComment, location, match.Value, status));
                }
            }
        }
    }
}

/// <summary>The tasks of the compilation's AdditionalFiles, id → status, and which statuses count as closed.</summary>
internal sealed class KnownTasks
{
    private readonly HashSet<string> closed;

    private KnownTasks(Dictionary<string, string> statuses, HashSet<string> closed)
    {
        Statuses = statuses;
        this.closed = closed;
    }

    public Dictionary<string, string> Statuses { get; }

    public bool IsClosed(string status) => closed.Contains(status);

    public static KnownTasks? From(AnalyzerOptions options, CancellationToken ct)
    {
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        var any = false;
        foreach (var file in options.AdditionalFiles)
        {
            if (TaskIndex.IsIndexPath(file.Path))
            {
                any = true;
                foreach (var model in TaskIdsGenerator.ReadIndex(file, ct))
                {
                    if (model.Id is { Length: > 0 } indexed && !statuses.ContainsKey(indexed))
                    {
                        statuses.Add(indexed, model.Status ?? string.Empty);
                    }
                }

                continue;
            }

            if (!TaskIdsGenerator.IsTaskFile(file, options.AnalyzerConfigOptionsProvider))
            {
                continue;
            }

            any = true;
            var text = file.GetText(ct)?.ToString();
            var scanned = text is null ? null : FrontmatterScanner.Scan(text);
            if (scanned?.Id is { } id && !statuses.ContainsKey(id))
            {
                statuses.Add(id, scanned.Status ?? string.Empty);
            }
        }

        var configured = options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.TrackdownClosedStatuses", out var value) && !string.IsNullOrWhiteSpace(value) ? value : "done";
        var closed = new HashSet<string>(configured.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()), StringComparer.Ordinal);
        return any ? new KnownTasks(statuses, closed) : null;
    }
}
