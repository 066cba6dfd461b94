namespace Trackdown.Core.Config;

/// <summary>The config.yaml that <c>trackdown init</c> writes: every key with its default and a comment.</summary>
public static class DefaultConfigYaml
{
    public const string Text = """
        # Trackdown configuration. Every key below shows its default; delete a key to keep the default.
        # A wrong value is reported by 'dotnet trackdown validate' at its line; the other keys still apply.
        # Secrets never live here: credentials come from environment variables or git's credential helper.

        # The format of this file. A newer version than the tool reads is an error that says so.
        version: 1

        project:
          # Shown in llms.txt and TASKTRACK.md. Empty means the repository folder's name.
          name:
          # Written where formats.id_pattern has {prefix}: 'ACME-' gives ACME-ISSUE-001.
          # Capital letters, digits and '-' only (ids are file names).
          id_prefix: ""
          # Token budget of an epic that has no token_budget of its own.
          default_epic_budget: 100000
          # IANA ('Europe/Berlin') or Windows ('W. Europe Standard Time') id. Decides "today", "this week" and
          # "this month" in token reports and the monthly budget, and the offset of the timestamps the tool writes.
          timezone: UTC

        formats:
          # Timestamps the tool writes (created, updated, ...), moment-style: YYYY YY MM M DD D HH H mm m ss s SSS,
          # Z (+02:00, or Z at UTC), ZZ (+0200), a literal T and [escaped text]. Reading accepts any ISO 8601.
          date: "YYYY-MM-DDTHH:mm:ssZ"
          # New ids: {prefix} (project.id_prefix), {type} (EPIC, ISSUE, TASK) and, last, {number:0Nd} (N digits,
          # 3 to 9). '{type}-{number:04d}' gives ISSUE-0001. Ids made under an earlier pattern stay valid.
          id_pattern: "{prefix}{type}-{number:03d}"
          # Branch names made by 'dotnet trackdown branch'.
          branch_pattern: "{type}/{id}-{slug}"

        sync:
          # Remote trackers. Local files stay the source of truth; sync state lives in .ai-trackdown/sync/.
          # auth_method: env (the provider's environment variables), token, oauth2 or credential_helper.
          # sync_interval: the pre-push hook and 'sync' skip a provider synced more recently (15m, 1h, 1d; 0: always).
          # field_mapping: local field -> provider field, e.g. {title: title, body: description}; {} uses the defaults.
          # Local fields: title, body, status, priority, labels, assignee, estimate, epic, parent, depends_on.
          github:
            enabled: false
            repo:               # owner/name
            url:                # GitHub Enterprise only: the server's address
            auth_method: env    # GITHUB_TOKEN
            sync_interval: "0"
            field_mapping: {}   # title, body (or description), state, labels, assignee, assignees, milestone
          jira:
            enabled: false
            url:                # https://company.atlassian.net
            project:            # the project key
            auth_method: env    # JIRA_EMAIL and JIRA_API_TOKEN
            sync_interval: "0"
            field_mapping: {}   # summary, description, status, priority, labels, assignee, story_points, ...
          linear:
            enabled: false
            project:
            auth_method: env    # LINEAR_API_KEY
            sync_interval: "0"
            field_mapping: {}   # title, description, state, priority, labels, assignee, estimate, ...

        ai:
          llms_txt:
            auto_generate: true     # keep llms.txt, llms-full.txt and TASKTRACK.md generated
            include_closed: false   # list closed items in the Optional section
            context_depth: 2        # how far 'context' follows relations
            max_tokens: 2000        # llms.txt is cut to fit, least relevant items first
            # When: on_change (after every change the tool makes), on_build, on_commit, or manual ('generate').
            update_frequency: on_change
          token_tracking:
            enabled: true
            require_agent_id: false # refuse ledger entries without an agent
            cost_alerts: true       # crossing a budget threshold raises an alert event
            monthly_budget: 0       # tokens per calendar month (in project.timezone) for the project; 0 means none
            warn_threshold: 0.8     # warn above this share of any budget
            providers:              # cost per 1,000 tokens; a provider you list replaces that default only
              claude:
                model: claude-3.5-sonnet
                cost_per_1k_input: 0.003
                cost_per_1k_output: 0.015
              gpt4:
                model: gpt-4-turbo
                cost_per_1k_input: 0.01
                cost_per_1k_output: 0.03
              copilot:
                model: gpt-3.5-turbo
                cost_per_1k_input: 0.0015
                cost_per_1k_output: 0.002
          # What each agent (--agent NAME, TRACKDOWN_AGENT) may do. Listing agents replaces these defaults.
          # allowed_operations: read, create, update, comment, delete, claim, tokens, sync, approve; unset: all.
          # context_format: what 'context --for NAME' includes by default: detailed, compact or minimal.
          agents:
            claude:
              max_tokens_per_task: 50000
              allowed_operations:
              context_format: detailed
            gpt4:
              max_tokens_per_task: 30000
              allowed_operations:
              context_format: detailed

        git:
          auto_stage: true          # stage files the tool creates or changes
          hooks:
            post_commit: true       # install the post-commit hook
            pre_push: true          # install the pre-push hook (token budgets, sync)
            auto_install: false     # true: 'init' and the first write command install missing hooks
            commit_parsing: true    # the post-commit hook moves tasks named in commit messages
            branch_protection: false # the pre-push hook refuses a direct push to the default branch
          patterns:
            # A .NET regex finding task ids in commit messages; a first group that is a whole id is the id.
            # Unset: the ids of formats.id_pattern.
            commit_task_ref:
            # Words in a commit message that move the tasks it names. An automation rule wins over keywords.
            status_keywords:
              in_progress: [start, starts, started, wip]
              in_review: [review, fix, fixes, fixed]
              done: [close, closes, closed, resolve, resolves, resolved, complete, completes, completed, done]

        workflows:
          default:
            statuses: [todo, in-progress, in-review, done, blocked]
            closed: [done]          # statuses that count as finished
            # 'from -> to: rule'. Rules: auto (the tool moves it when work starts), requires_commit (only with a
            # commit naming the item), requires_approval (only after someone other than the assignee approves),
            # or nothing (a plain move). A move not listed is refused unless forced.
            transitions:
              todo -> in-progress:
              todo -> blocked:
              todo -> done:
              in-progress -> in-review:
              in-progress -> blocked:
              in-progress -> todo:
              in-progress -> done:
              in-review -> done:
              in-review -> in-progress:
              done -> in-progress:
              blocked -> todo:
              blocked -> in-progress:

        automation:
          # trigger: commit, status_change, token_usage or created. pattern: a .NET regex (first group, if any, is
          # the id). action: update_status (status), alert (channels), assign (assignee) or add_label (label).
          # threshold: the share of a budget at which a token_usage rule fires (0.9 = 90 %).
          rules:
            - name: conventional-fix-to-review
              trigger: commit
              pattern: '^fix\('
              action: update_status
              status: in-review

        """;
}
