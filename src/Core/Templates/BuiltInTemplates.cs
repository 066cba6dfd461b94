using Trackdown.Core.Model;

namespace Trackdown.Core.Templates;

/// <summary>
/// The templates <c>create</c> starts from. Placeholders in the body: <c>{{id}}</c>, <c>{{title}}</c>, <c>{{type}}</c>.
/// The frontmatter fields are set by the creator with the surgical editor, so a template may add its own keys.
/// </summary>
internal static class BuiltInTemplates
{
    public static string For(TaskType type) => type switch
    {
        TaskType.Epic => Epic,
        TaskType.Issue => Issue,
        _ => Task,
    };

    private const string Epic = """
        ---
        id: EPIC-000
        type: epic
        title: untitled
        status: todo
        ---
        # {{title}}

        <!-- AI_CONTEXT_START -->
        The goal of this epic in two or three sentences: what users gain and what is out of scope.
        <!-- AI_CONTEXT_END -->

        ## Goals

        ## Success criteria

        - [ ]

        """;

    private const string Issue = """
        ---
        id: ISSUE-000
        type: issue
        title: untitled
        status: todo
        ---
        # {{title}}

        <!-- AI_CONTEXT_START -->
        What an agent needs to know first: the problem, the constraints, where the code lives.
        <!-- AI_CONTEXT_END -->

        ## Description

        ## Acceptance criteria

        - [ ]

        """;

    private const string Task = """
        ---
        id: TASK-000
        type: task
        title: untitled
        status: todo
        ---
        # {{title}}

        <!-- AI_CONTEXT_START -->
        The change to make, in one paragraph, and how to know it is done.
        <!-- AI_CONTEXT_END -->

        ## Steps

        - [ ]

        """;
}
