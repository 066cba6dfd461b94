namespace Trackdown.Core.Config;

/// <summary>The config.yaml that <c>trackdown init</c> writes: every key with its default and a comment.</summary>
public static class DefaultConfigYaml
{
    public const string Text = """
        # Trackdown configuration. Every key below shows its default; delete a key to keep the default.
        # Secrets never live here: credentials come from environment variables or git's credential helper.
        version: 1

        project:
          # Shown in llms.txt and TASKTRACK.md. Empty means the repository folder's name.
          name:
          # Put before the type word in new ids: 'ACME-' gives ACME-ISSUE-001.
          id_prefix: ""
          # Token budget of an epic that has no token_budget of its own.
          default_epic_budget: 100000
          timezone: UTC

        formats:
          # A regular expression every id must match. Empty derives it from id_prefix: ^(EPIC|ISSUE|TASK)-[0-9]{3,}$
          id_pattern:
          # Branch names made by 'dotnet trackdown branch'.
          branch_pattern: "{type}/{id}-{slug}"

        sync:
          # Remote trackers. Local files stay the source of truth; sync state lives in .ai-trackdown/sync/.
          github:
            enabled: false
            repo: ""            # owner/name
            auth_method: env    # GITHUB_TOKEN, or git's credential helper
          jira:
            enabled: false
            url: ""
            project: ""
            auth_method: env    # JIRA_EMAIL and JIRA_API_TOKEN
          linear:
            enabled: false
            project: ""
            auth_method: env    # LINEAR_API_KEY

        ai:
          llms_txt:
            auto_generate: true     # regenerate llms.txt on build
            include_closed: false   # list closed items in the Optional section
            context_depth: 2        # how far 'context' follows relations
            max_tokens: 2000        # llms.txt is cut to fit, least relevant items first
          token_tracking:
            enabled: true
            require_agent_id: false # refuse ledger entries without an agent
            monthly_budget: 0       # tokens per calendar month for the project; 0 means none
            warn_threshold: 0.8     # warn above this share of any budget
            providers:              # cost per 1,000 tokens
              claude:
                model: claude-3.5-sonnet
                cost_per_1k_input: 0.003
                cost_per_1k_output: 0.015
              gpt4:
                model: gpt-4
                cost_per_1k_input: 0.03
                cost_per_1k_output: 0.06
              copilot:
                model: copilot
                cost_per_1k_input: 0
                cost_per_1k_output: 0
          agents:                   # per-agent limits on one task
            claude:
              max_tokens_per_task: 50000
            gpt4:
              max_tokens_per_task: 30000

        git:
          auto_stage: true          # stage files the tool creates or changes
          hooks:
            post_commit: true       # move tasks named in commit messages along the workflow
            pre_push: true          # check token budgets before pushing
          patterns:
            commit_task_ref: '\b((?:EPIC|ISSUE|TASK)-\d{3,})\b'
            status_keywords:
              in_progress: [start, starts, started, wip]
              in_review: [review, fix, fixes, fixed]
              done: [close, closes, closed, resolve, resolves, resolved, complete, completes, completed, done]

        workflows:
          default:
            statuses: [todo, in-progress, in-review, done, blocked]
            closed: [done]          # statuses that count as finished
            transitions:            # 'update --status' allows only these moves unless --force
              - from: todo
                to: [in-progress, blocked, done]
              - from: in-progress
                to: [in-review, blocked, todo, done]
              - from: in-review
                to: [done, in-progress]
              - from: done
                to: [in-progress]
              - from: blocked
                to: [todo, in-progress]

        automation:
          rules:
            - name: conventional-fix-to-review
              trigger: commit
              pattern: '^fix\('
              action:
                set_status: in-review

        """;
}
