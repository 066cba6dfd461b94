#!/usr/bin/env bash
# Whole-process timing of the CLI on a generated 10,000-task repository: median wall time over RUNS runs and peak RSS.
# Usage: bench/time-cli.sh [COUNT] [RUNS]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-10000}"
runs="${2:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
"$repo/bench/generate.sh" "$work/repo" "$count" >/dev/null
dotnet build "$repo/src/Cli" -c Release -nologo -v quiet >/dev/null
tool="$repo/artifacts/bin/Trackdown.Cli/release/dotnet-trackdown.dll"
cd "$work/repo"

# measure NAME ARGS...; with FRESH=1 the read cache is deleted before every run (a cold start each time).
measure() {
  local name="$1"; shift
  local times=() peak=0
  for _ in $(seq "$runs"); do
    [ "${FRESH:-0}" = 1 ] && rm -rf .ai-trackdown/cache
    /usr/bin/time -f "%e %M" -o "$work/t" dotnet "$tool" "$@" >/dev/null 2>&1 || true
    read -r secs kb < "$work/t"
    times+=("$secs")
    [ "$kb" -gt "$peak" ] && peak="$kb"
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
  printf '%-28s median %6.3f s   peak RSS %6.1f MB   (%s runs)\n' "$name" "$median" "$(echo "$peak/1024" | bc -l)" "$runs"
}

rm -rf .ai-trackdown/cache
dotnet "$tool" list --json >/dev/null  # first run fills the read cache
echo "CLI on $count tasks ($(nproc) cores):"
measure "list --json (warm cache)" list --json
measure "list --status --type (warm)" list --status in-progress --type issue
measure "show ISSUE-001 (warm)" show ISSUE-001 --json
measure "validate" validate
measure "context ISSUE-001 (4000 tokens)" context ISSUE-001 --max-tokens 4000
# A 100,000-line ledger over the last 90 days, for the report.
mkdir -p .ai-trackdown/logs
python3 - <<'PY'
import json, random, datetime
random.seed(7)
now = datetime.datetime.now(datetime.timezone.utc)
with open('.ai-trackdown/logs/tokens.jsonl', 'w') as f:
    for i in range(100_000):
        t = now - datetime.timedelta(minutes=random.randint(0, 90 * 24 * 60))
        f.write(json.dumps({"time": t.strftime('%Y-%m-%dT%H:%M:%S.000Z'), "task": f"TASK-{random.randint(1, 7000):03d}", "agent": random.choice(["claude", "gpt4", "copilot"]), "input": random.randint(100, 5000), "output": random.randint(10, 2000), "cost": 0.01}) + "\n")
PY
measure "tokens report (100k ledger)" tokens report --period month --by agent --json
FRESH=1 measure "list --json (no cache)" list --json
