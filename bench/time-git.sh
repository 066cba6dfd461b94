#!/usr/bin/env bash
# What every commit pays (parse-commit, as the post-commit hook runs it) and 'log' on a repository with 10,000 tasks
# and 10,000 commits. Median wall time of RUNS runs, whole process.
# Usage: bench/time-git.sh [COMMITS] [RUNS]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
commits="${1:-10000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$repo/bench/generate.sh" "$work/repo" 10000 >/dev/null
dotnet build "$repo/src/Cli" -c Release -nologo -v quiet >/dev/null
tool="$repo/artifacts/bin/Trackdown.Cli/release/dotnet-trackdown.dll"
cd "$work/repo"
git init -q && git config user.name bench && git config user.email bench@example.com
git add -A && git commit -q -m "10,000 tasks"
# 10,000 commits through fast-import: each touches one file and names a task, a third with a status keyword.
base=$(git rev-parse HEAD)
branch=$(git symbolic-ref --short HEAD)
python3 - "$commits" "$base" "$branch" <<'PY' | git fast-import --quiet
import sys, random
random.seed(1)
n, base, branch = int(sys.argv[1]), sys.argv[2], sys.argv[3]
words = ["start", "fix", "closes", "refactor", "docs for", "tests for"]
for i in range(n):
    task = f"TASK-{random.randint(1, 7000):03d}"
    msg = f"{random.choice(words)} {task}: change {i}\n"
    data = f"change {i}\n"
    print(f"commit refs/heads/{branch}")
    print(f"committer bench <bench@example.com> {1700000000 + i * 60} +0000")
    print(f"data {len(msg.encode())}\n{msg}", end="")
    if i == 0:
        print(f"from {base}")
    print(f"M 644 inline code/file{i % 50}.txt\ndata {len(data)}\n{data}")
PY
git reset -q --hard
test -d tasks/tasks || { echo "tasks missing after fast-import" >&2; exit 1; }
echo "commits: $(git rev-list --count HEAD), tasks: 10000 ($(nproc) cores)"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() {
  local name="$1"; shift; local times=()
  for _ in $(seq "$runs"); do
    local s e; s=$(date +%s.%N); dotnet "$tool" "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    times+=("$(echo "$e - $s" | bc -l)")
  done
  printf '%-36s median %6.3f s (%s runs)\n' "$name" "$(printf '%s\n' "${times[@]}" | median)" "$runs"
}
dotnet "$tool" list --json >/dev/null # warm the read cache, as a working repository has it
measure "parse-commit --dry-run HEAD" parse-commit HEAD --dry-run
measure "log TASK-001 --json" log TASK-001 --json
