#!/usr/bin/env bash
# Whole-process timing of the CLI (dotnet-trackdown, Release) on a generated repository of COUNT items (default 10,000):
# median wall time over RUNS runs with hyperfine (after 2 warm-up runs), and peak RSS from /usr/bin/time -v (the
# largest of 3 runs). Runnable from any folder; prints a markdown table.
# Usage: bench/time-cli.sh [COUNT] [RUNS]
# Env:   ARTIFACTS=/path  build into this artifacts folder instead of the repository's (e.g. a private /tmp folder)
#        KEEP=1           keep the generated repository (its path is printed)
#        ONLY='regex'     time only the commands whose name matches (grep -E), e.g. ONLY='^(list --json|validate)$'
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-10000}"
runs="${2:-10}"
artifacts="${ARTIFACTS:-$repo/artifacts}"
props=()
[ -n "${ARTIFACTS:-}" ] && props=("-p:ArtifactsPath=$ARTIFACTS")
work="$(mktemp -d)"
trap '[ -n "${KEEP:-}" ] && echo "kept $work/repo" >&2 || rm -rf "$work"' EXIT

# Tools: hyperfine, GNU time and jq, installed with apt when missing and running as root.
install() { # install PACKAGE
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -qq "$1" >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq "$1" >/dev/null; }
  fi
}
command -v hyperfine >/dev/null || install hyperfine
[ -x /usr/bin/time ] || install time
command -v jq >/dev/null || install jq
command -v hyperfine >/dev/null || { echo "time-cli.sh: hyperfine is not installed (apt-get install hyperfine, or cargo install hyperfine)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "time-cli.sh: /usr/bin/time is not installed (apt-get install time)" >&2; exit 1; }
command -v jq >/dev/null || { echo "time-cli.sh: jq is not installed (apt-get install jq)" >&2; exit 1; }

# Build the CLI (Release) and the generator, then write the repository.
if ! dotnet build "$repo/src/Cli" -c Release -nologo "${props[@]}" >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  echo "time-cli.sh: building src/Cli failed" >&2
  exit 1
fi
tool="$artifacts/bin/Trackdown.Cli/release/dotnet-trackdown.dll"
[ -f "$tool" ] || tool="$artifacts/bin/dotnet-trackdown/release/dotnet-trackdown.dll"
ARTIFACTS="${ARTIFACTS:-}" "$repo/bench/generate.sh" "$work/repo" "$count" >/dev/null
cd "$work/repo"
cli="dotnet $tool"

echo "dotnet-trackdown on $count items: $(nproc) cores, $(dotnet --version) SDK, median of $runs runs (hyperfine $(hyperfine --version | cut -d' ' -f2)), peak RSS = max of 3 runs"
echo
echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (anything near or above $(nproc) means other processes compete)"
echo
echo "| command | median | mean ± σ | min … max | peak RSS |"
echo "|---|---:|---:|---:|---:|"

# measure NAME PREPARE ARGS...: PREPARE runs before every timed run (e.g. deleting the read cache), or is empty.
measure() {
  local name="$1" prepare="$2"; shift 2
  [ -n "${ONLY:-}" ] && ! grep -qE -- "$ONLY" <<<"$name" && return 0
  [ -n "$prepare" ] && eval "$prepare"
  local rc=0
  $cli "$@" >/dev/null 2>"$work/err" || rc=$?
  if [ "$rc" != 0 ]; then # not timed: a failing command measures nothing useful
    printf '| `%s` | failed: exit %s: %s | | | |\n' "$name" "$rc" "$(head -c 200 "$work/err" | tr '\n|' '  ')"
    return 0
  fi

  local args=(--style none --warmup 2 --runs "$runs" --export-json "$work/h.json" "--command-name=$name")
  [ -n "$prepare" ] && args+=(--prepare "$prepare")
  hyperfine "${args[@]}" "$cli $*" >/dev/null
  local peak=0 kb
  for _ in 1 2 3; do
    [ -n "$prepare" ] && eval "$prepare"
    /usr/bin/time -v -o "$work/rss" $cli "$@" >/dev/null 2>&1 || true
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/rss")
    [ "$kb" -gt "$peak" ] && peak="$kb"
  done
  jq -r --arg name "$name" --arg peak "$peak" '.results[0] |
    "| `\($name)` | \(.median * 1000 | round) ms | \(.mean * 1000 | round) ± \(.stddev * 1000 | round) ms | \(.min * 1000 | round) … \(.max * 1000 | round) ms | \($peak | tonumber / 1024 | round) MB |"' "$work/h.json"
}

rm -rf .ai-trackdown/cache
$cli list --json >/dev/null # the first run fills the read cache; 'warm' below means cache and page cache are warm
measure "version (start-up only: --version, no repository work)" "" --version
measure "list --json" "" list --json
measure "list --status in-progress --type issue" "" list --status in-progress --type issue
measure "show ISSUE-001 --json" "" show ISSUE-001 --json
measure "validate" "" validate
measure "context ISSUE-001 --max-tokens 4000" "" context ISSUE-001 --max-tokens 4000

# A 100,000-line ledger over the last 90 days, for the report.
mkdir -p .ai-trackdown/logs
command -v python3 >/dev/null && python3 - <<'PY'
import json, random, datetime
random.seed(7)
now = datetime.datetime.now(datetime.timezone.utc)
with open('.ai-trackdown/logs/tokens.jsonl', 'w') as f:
    for i in range(100_000):
        t = now - datetime.timedelta(minutes=random.randint(0, 90 * 24 * 60))
        f.write(json.dumps({"time": t.strftime('%Y-%m-%dT%H:%M:%S.000Z'), "task": f"TASK-{random.randint(1, 7000):03d}", "agent": random.choice(["claude", "gpt4", "copilot"]), "input": random.randint(100, 5000), "output": random.randint(10, 2000), "cost": 0.01}) + "\n")
PY
[ -s .ai-trackdown/logs/tokens.jsonl ] &&
  measure "tokens report --period month --by agent --json (100k ledger)" "" tokens report --period month --by agent --json
measure "list --json, no read cache (deleted before each run)" "rm -rf .ai-trackdown/cache" list --json
echo
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
