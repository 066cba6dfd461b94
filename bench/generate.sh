#!/usr/bin/env bash
# Writes a synthetic repository of N tasks (default 10,000) for the timing scripts.
# Usage: bench/generate.sh DIR [COUNT] [SEED]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:?usage: bench/generate.sh DIR [COUNT] [SEED]}"
dotnet build "$repo/bench/Trackdown.Benchmarks" -c Release -nologo -v quiet >/dev/null
dotnet "$repo/artifacts/bin/Trackdown.Benchmarks/release/Trackdown.Benchmarks.dll" generate "$dir" --count "${2:-10000}" --seed "${3:-42}"
