#!/usr/bin/env bash
# Build-time cost of Trackdown.Build on a generated 10,000-task repository, measured in one run so the ratios compare:
#   - the Trackdown targets themselves (MSBuild performance summary), in a tasks-only project and a console project;
#   - a cold build (no obj/bin) of the console project with and without the package;
#   - a no-op incremental build with and without the package.
# Usage: bench/time-build.sh [COUNT] [RUNS]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-10000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
version="0.1.0-bench.$(date -u +%Y%m%d%H%M%S)"
export NUGET_PACKAGES="$work/nuget"
unset CI

dotnet pack "$repo/nuget" -c Release -o "$work/feed" -p:Version="$version" -nologo -v quiet >/dev/null
"$repo/bench/generate.sh" "$work/repo" "$count" >/dev/null
cd "$work/repo"
git init -q
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
echo "{ \"msbuild-sdks\": { \"Trackdown.Build\": \"$version\" } }" > global.json
for variant in with without; do
  mkdir -p "$variant"
  reference=""
  [ "$variant" = with ] && reference="<ItemGroup><PackageReference Include=\"Trackdown.Build\" Version=\"$version\" PrivateAssets=\"all\" /></ItemGroup>"
  cat > "$variant/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  $reference
</Project>
XML
  echo 'System.Console.WriteLine("bench");' > "$variant/Program.cs"
  dotnet restore "$variant" -nologo -v quiet >/dev/null
done
mkdir -p tasksonly && echo '<Project Sdk="Trackdown.Build" />' > tasksonly/tasks.proj

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
target_ms() { # the Trackdown target's own time, from MSBuild's performance summary
  local dir; dir=$( [ -d "$1" ] && echo "$1" || dirname "$1" )
  rm -f TASKTRACK.md llms.txt docs/llms-full.txt
  find "$dir/obj" -name trackdown.stamp -delete 2>/dev/null || true
  dotnet build "$1" --no-restore -nr:false -clp:PerformanceSummary 2>&1 | awk '/Target Performance Summary/,0' | grep -E ' TrackdownValidate +1 calls' | awk '{print $1}'
}

echo "Trackdown.Build on $count tasks ($(nproc) cores), median of $runs runs:"
for project in tasksonly/tasks.proj with; do
  times=(); for _ in $(seq "$runs"); do times+=("$(target_ms "$project")"); done
  printf '  TrackdownValidate target (validate + generate + budget), %-20s %6s ms\n' "$project:" "$(printf '%s\n' "${times[@]}" | median)"
done
for variant in with without; do
  cold=(); noop=()
  for _ in $(seq "$runs"); do
    rm -rf "$variant/bin" "$variant/obj/Debug" TASKTRACK.md llms.txt docs
    cold+=("$(seconds dotnet build "$variant" --no-restore -nr:false)")
    noop+=("$(seconds dotnet build "$variant" --no-restore -nr:false)")
  done
  c=$(printf '%s\n' "${cold[@]}" | median); n=$(printf '%s\n' "${noop[@]}" | median)
  printf '  console project %-8s package: cold build %6.2f s, no-op incremental build %6.2f s\n' "$variant" "$c" "$n"
  eval "cold_$variant=$c noop_$variant=$n"
done
printf '  ratio with/without: cold %.3f, no-op %.3f\n' "$(echo "$cold_with / $cold_without" | bc -l)" "$(echo "$noop_with / $noop_without" | bc -l)"
