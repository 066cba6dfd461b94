#!/usr/bin/env bash
# Writes a synthetic repository of COUNT items (default 10,000; 2% epics, 28% issues, 70% tasks) into DIR and checks
# that it validates with zero diagnostics. Deterministic for a SEED (default 42). Runnable from any folder.
# Usage: bench/generate.sh DIR [COUNT] [SEED]
# Env:   ARTIFACTS=/path   build into this artifacts folder instead of the repository's (e.g. a private /tmp folder)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:?usage: bench/generate.sh DIR [COUNT] [SEED]}"
count="${2:-10000}"
seed="${3:-42}"
artifacts="${ARTIFACTS:-$repo/artifacts}"
props=()
[ -n "${ARTIFACTS:-}" ] && props=("-p:ArtifactsPath=$ARTIFACTS")

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! dotnet build "$repo/bench/Trackdown.Benchmarks" -c Release -nologo "${props[@]}" >"$log" 2>&1; then
  cat "$log" >&2
  echo "generate.sh: building bench/Trackdown.Benchmarks failed" >&2
  exit 1
fi
dotnet "$artifacts/bin/Trackdown.Benchmarks/release/Trackdown.Benchmarks.dll" generate "$dir" --count "$count" --seed "$seed"
