#!/usr/bin/env bash
# The README's first command: builds the CLI from this repository and runs it on samples/QuickStart,
# showing validation, listing and a task's details.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dotnet build "$repo/src/Cli" -c Release -nologo -v quiet
tool="$repo/artifacts/bin/Trackdown.Cli/release/dotnet-trackdown.dll"
cd "$repo/samples/QuickStart"
echo "\$ dotnet trackdown validate"
dotnet "$tool" validate
echo
echo "\$ dotnet trackdown list"
dotnet "$tool" list
echo
echo "\$ dotnet trackdown list --status in-progress --type issue --json"
dotnet "$tool" list --status in-progress --type issue --json
echo
echo "\$ dotnet trackdown show ISSUE-001"
dotnet "$tool" show ISSUE-001
