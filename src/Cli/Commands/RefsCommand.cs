using System.CommandLine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Spectre.Console;

namespace Trackdown.Cli.Commands;

/// <summary>One place in C# code that names a task.</summary>
internal sealed record CodeReference(string File, int Line, int Column, string Kind, string Text);

/// <summary>
/// <c>trackdown refs ID</c>: every place in the repository's C# that names a task — <c>[TaskRef]</c> attributes,
/// <c>TaskIds</c> members and comments — found with Roslyn's parser alone, so no build is needed.
/// </summary>
internal static class RefsCommand
{
    public static Command Create(CliContext context)
    {
        var id = SharedOptions.Id();
        var json = SharedOptions.Json();
        var command = new Command("refs", "List the places in C# code that reference a task (attributes, TaskIds members, comments).") { id, json };
        command.SetAction(result =>
        {
            var workspace = context.Workspace;
            var taskId = context.RequireId(result.GetValue(id)!);
            var references = Find(workspace.Root, taskId);
            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Terminal, references);
                return ExitCodes.Success;
            }

            foreach (var r in references)
            {
                context.Terminal.Console.MarkupLine($"{Markup.Escape(r.File)}:{r.Line}:{r.Column} [dim]{r.Kind}[/] {Markup.Escape(r.Text)}");
            }

            context.Terminal.Console.WriteLine($"{references.Count} reference(s) to {taskId}.");
            return ExitCodes.Success;
        });
        return command;
    }

    internal static IReadOnlyList<CodeReference> Find(string root, string id)
    {
        var member = Trackdown.TrackdownIds.ToIdentifier(id);
        var files = SourceFiles(root).ToList();
        var found = new List<CodeReference>[files.Count];
        Parallel.For(0, files.Count, i => found[i] = InFile(root, files[i], id, member));
        return found.SelectMany(f => f).OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).ThenBy(r => r.Column).ToList();
    }

    private static List<CodeReference> InFile(string root, string path, string id, string? member)
    {
        var results = new List<CodeReference>();
        var text = File.ReadAllText(path);
        if (text.IndexOf(id, StringComparison.Ordinal) < 0 && (member is null || text.IndexOf(member, StringComparison.Ordinal) < 0))
        {
            return results; // most files never mention the task: skip parsing them
        }

        var tree = CSharpSyntaxTree.ParseText(text, path: path);
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        void Add(SyntaxNodeOrToken at, TextSpanKind kind, string shown)
        {
            var position = tree.GetLineSpan(at.Span).StartLinePosition;
            results.Add(new CodeReference(relative, position.Line + 1, position.Character + 1, kind.ToString().ToLowerInvariant(), shown));
        }

        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            switch (node)
            {
                case AttributeSyntax attribute when attribute.Name.ToString() is "TaskRef" or "TaskRefAttribute" or "Trackdown.TaskRef" or "Trackdown.TaskRefAttribute":
                    var argument = attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression;
                    if (argument is LiteralExpressionSyntax literal && literal.Token.ValueText == id
                        || argument is MemberAccessExpressionSyntax named && named.Name.Identifier.ValueText == member)
                    {
                        Add(attribute, TextSpanKind.Attribute, attribute.ToString());
                    }

                    break;
                case MemberAccessExpressionSyntax access when access.Name.Identifier.ValueText == member && access.Parent is not AttributeArgumentSyntax:
                    Add(access, TextSpanKind.Member, access.ToString());
                    break;
            }
        }

        foreach (var trivia in tree.GetRoot().DescendantTrivia())
        {
            if ((trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)) && ContainsId(trivia.ToString(), id))
            {
                var position = tree.GetLineSpan(trivia.Span).StartLinePosition;
                results.Add(new CodeReference(relative, position.Line + 1, position.Character + 1, "comment", trivia.ToString().Trim()));
            }
        }

        return results;
    }

    /// <summary>The id as a whole word: TASK-1 is not found inside TASK-12.</summary>
    private static bool ContainsId(string text, string id)
    {
        for (var at = text.IndexOf(id, StringComparison.Ordinal); at >= 0; at = text.IndexOf(id, at + 1, StringComparison.Ordinal))
        {
            var end = at + id.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> SourceFiles(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(dir))
            {
                var name = Path.GetFileName(sub);
                if (name is not ("bin" or "obj" or "artifacts" or "node_modules") && !name.StartsWith('.') && (File.GetAttributes(sub) & FileAttributes.ReparsePoint) == 0)
                {
                    pending.Push(sub);
                }
            }

            foreach (var file in Directory.EnumerateFiles(dir, "*.cs"))
            {
                yield return file;
            }
        }
    }

    private enum TextSpanKind
    {
        Attribute,
        Member,
    }
}
