#!/usr/bin/env bash
# Every row of issue 12's "Targets" table, with and without the package, in one run (so the ratios compare):
#   build rows, for each size in SIZES (default "300 10000"): a console project with and one without Trackdown.Build,
#     - no-op build;
#     - build after editing one task's body;
#     - build after editing one task's title (changes the generated TaskIds) and after a status edit;
#     - the Trackdown targets' own time after one edit (MSBuild's -clp:PerformanceSummary);
#   CLI rows, for each size in CLI_SIZES (default "200 10000"): list, show, search, history, context, list --json,
#     create, validate (a warm read cache; create is undone with git after each run).
# Every build is a fresh MSBuild node (-nr:false), as the issue measured. Each figure is a median of RUNS (default 3).
# Usage: bench/targets.sh [RUNS]
# Env:   SIZES="300"  CLI_SIZES="200"   sizes to measure (empty skips the rows)
#        ARTIFACTS=/path                 build the CLI and the generator into this artifacts folder
#        KEEP=1                          keep the work folder (its path is printed)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
sizes="${SIZES-300 10000}"
cli_sizes="${CLI_SIZES-200 10000}"
artifacts="${ARTIFACTS:-$repo/artifacts}"
props=()
[ -n "${ARTIFACTS:-}" ] && props=("-p:ArtifactsPath=$ARTIFACTS")
work="$(mktemp -d)"
trap '[ -n "${KEEP:-}" ] && echo "kept $work" >&2 || rm -rf "$work"' EXIT
version="0.1.0-bench.$(date -u +%Y%m%d%H%M%S)"
export NUGET_PACKAGES="$work/nuget"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
unset CI

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
row() { printf '| %s | %s |\n' "$1" "$2"; }

# A task file whose body, title and status the edits change: the first task.
first_task() { find "$1/tasks/tasks" -name 'TASK-001-*.md' | head -1; }
edit_body() { echo "edited $(date +%s%N)" >> "$1"; }
edit_title() { sed -i -E "0,/^title:/s/^title: .*/title: \"Edited $(date +%s%N)\"/" "$1"; }
edit_status() { # alternate between two statuses so every edit changes the file
  if grep -q '^status: in-progress' "$1"; then sed -i -E '0,/^status:/s/^status: .*/status: todo/' "$1"
  else sed -i -E '0,/^status:/s/^status: .*/status: in-progress/' "$1"; fi
}

setup_build_repo() { # DIR COUNT: a generated repository with the two console projects, restored and built once
  local dir="$1" count="$2"
  ARTIFACTS="${ARTIFACTS:-}" "$repo/bench/generate.sh" "$dir" "$count" >/dev/null
  (
    cd "$dir"
    git init -q && git add -A && git -c user.name=bench -c user.email=bench@example.com commit -qm init
    cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources><clear /><add key="local" value="$work/feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="Trackdown.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
    for variant in with without; do
      mkdir -p "$variant"
      local reference=""
      [ "$variant" = with ] && reference="<ItemGroup><PackageReference Include=\"Trackdown.Build\" Version=\"$version\" PrivateAssets=\"all\" /></ItemGroup>"
      cat > "$variant/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  $reference
</Project>
XML
      echo 'System.Console.WriteLine("bench");' > "$variant/Program.cs"
      dotnet restore "$variant" -v quiet >/dev/null
      dotnet build "$variant" --no-restore -nr:false >/dev/null
    done
  )
}

build() { dotnet build "$@" --no-restore -nr:false; }

# build_after EDIT DIR: median seconds of building 'with' right after EDIT changed the first task
build_after() {
  local edit="$1" dir="$2" task times=()
  task="$(first_task "$dir")"
  for _ in $(seq "$runs"); do "$edit" "$task"; times+=("$(seconds build "$dir/with")"); done
  printf '%s\n' "${times[@]}" | median
}

# trackdown_ms EDIT DIR: median of the Trackdown targets' time (performance summary) in the build after EDIT: the
# top-level ones only, since TrackdownValidate's time includes the targets it calls (TrackdownGenerateIndex, ...Budget)
trackdown_ms() {
  local edit="$1" dir="$2" task times=()
  task="$(first_task "$dir")"
  for _ in $(seq "$runs"); do
    "$edit" "$task"
    times+=("$(build "$dir/with" -clp:PerformanceSummary 2>&1 | awk '/Target Performance Summary/,/Task Performance Summary/' \
      | awk '$3 ~ /^(TrackdownValidate|_Trackdown[A-Za-z]+)$/ {sum += $1} END {print sum + 0}')")
  done
  printf '%s\n' "${times[@]}" | median
}

echo "Issue 12 targets: $(nproc) cores, $(dotnet --version) SDK, median of $runs runs, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo

if [ -n "$sizes" ]; then
  dotnet pack "$repo/nuget" -c Release -o "$work/feed" -p:Version="$version" -v quiet "${props[@]}" >/dev/null
  echo "| build row | figure |"
  echo "|---|---:|"
  for count in $sizes; do
    dir="$work/build-$count"
    setup_build_repo "$dir" "$count"
    with=(); without=()
    for _ in $(seq "$runs"); do
      with+=("$(seconds build "$dir/with")"); without+=("$(seconds build "$dir/without")")
    done
    w=$(printf '%s\n' "${with[@]}" | median); wo=$(printf '%s\n' "${without[@]}" | median)
    row "$count tasks: no-op build with / without the package (target ≤ 1.05×)" "$(printf '%.2f s / %.2f s = ×%.3f' "$w" "$wo" "$(echo "$w / $wo" | bc -l)")"
    for edit in edit_body edit_title edit_status; do
      b=$(build_after "$edit" "$dir")
      row "$count tasks: build after ${edit#edit_} edit, over the no-op without (target: body ≤ +0.3 s, title/status ≤ +1.0 s)" "$(printf '%.2f s, %+.2f s' "$b" "$(echo "$b - $wo" | bc -l)")"
    done
    row "$count tasks: Trackdown targets after one body edit (target < 0.5 s at 10,000)" "$(trackdown_ms edit_body "$dir") ms"
    row "$count tasks: Trackdown targets after one title edit" "$(trackdown_ms edit_title "$dir") ms"
  done
  echo
fi

if [ -n "$cli_sizes" ]; then
  dotnet build "$repo/src/Cli" -c Release "${props[@]}" >/dev/null
  tool="$artifacts/bin/Trackdown.Cli/release/dotnet-trackdown.dll"
  echo "| CLI row (whole process, warm read cache) | figure |"
  echo "|---|---:|"
  for count in $cli_sizes; do
    dir="$work/cli-$count"
    ARTIFACTS="${ARTIFACTS:-}" "$repo/bench/generate.sh" "$dir" "$count" >/dev/null
    (
      cd "$dir"
      git init -q && git add -A && git -c user.name=bench -c user.email=bench@example.com commit -qm init
      dotnet "$tool" list --json >/dev/null # fills the read cache
      cli() { local name="$1" target="$2"; shift 2; local times=()
        for _ in $(seq "$runs"); do times+=("$(seconds dotnet "$tool" "$@")"); [ "$name" = create ] && git clean -qfd tasks && git checkout -q -- .; done
        row "$count items: \`$name\` (target $target)" "$(printf '%.3f s' "$(printf '%s\n' "${times[@]}" | median)")"; }
      cli list "≤ 0.12 s at 200" list
      cli "list --json" "≤ 0.12 s at 200, ≤ 0.25 s at 10,000" list --json
      cli "show TASK-001" "≤ 0.12 s at 200, ≤ 0.15 s at 10,000" show TASK-001
      cli "search context" "≤ 0.12 s at 200, ≤ 0.3 s at 10,000" search context
      cli "history TASK-001" "≤ 0.12 s at 200" history TASK-001
      cli "context ISSUE-001" "≤ 0.12 s at 200" context ISSUE-001
      cli create "≤ 0.3 s at 10,000" create task "Bench task" --parent ISSUE-001
      cli validate "≤ 0.5 s at 10,000" validate
    )
  done
fi
