#!/usr/bin/env bash
# The README's first command: packs Trackdown.Build from this repository, builds samples/QuickStart against it
# (validation, generated llms.txt / TASKTRACK.md, budget gate), then shows a failing build and the CLI on the sample.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
sample="$repo/samples/QuickStart"
version="0.1.0-local.$(date -u +%Y%m%d%H%M%S)"
# A private package cache, so the freshly packed version is the one restored.
export NUGET_PACKAGES="$repo/artifacts/quickstart-packages"
unset CI

echo "== Packing Trackdown.Build $version into artifacts/packages"
dotnet pack "$repo/nuget" -c Release -o "$repo/artifacts/packages" -p:Version="$version" -nologo -v quiet

echo
echo "== dotnet build samples/QuickStart"
dotnet build "$sample" -nr:false -p:TrackdownVersion="$version" -nologo -v minimal
echo
echo "Generated:"
( cd "$sample" && ls -1 llms.txt docs/llms-full.txt TASKTRACK.md )
echo
sed -n '1,12p' "$sample/llms.txt"

echo
echo "== A broken task file fails the build with located errors (the file is restored afterwards)"
broken="$sample/tasks/issues/ISSUE-002-password-reset.md"
cp "$broken" "$broken.bak"
trap 'mv -f "$broken.bak" "$broken"' EXIT
sed -i 's/^status: todo/status: doing/; s/^estimate: 3/estimate: lots/' "$broken"
if dotnet build "$sample" -nr:false -p:TrackdownVersion="$version" -nologo -v quiet 2>&1 | grep -E 'TRK[0-9]{4}' | sort -u; then :; fi
mv -f "$broken.bak" "$broken"
trap - EXIT

echo
echo "== The CLI on the same files"
dotnet build "$repo/src/Cli" -c Release -nologo -v quiet
tool="$repo/artifacts/bin/Trackdown.Cli/release/dotnet-trackdown.dll"
cd "$sample"
echo "\$ dotnet trackdown validate" && dotnet "$tool" validate
echo "\$ dotnet trackdown list --status in-progress --type issue" && dotnet "$tool" list --status in-progress --type issue

echo
echo "== Your own project, with the README's steps as written (version 0.1.0, a nuget.config with the local feed)"
# The commands are read from README.md, so the README cannot drift from what works.
readme="$repo/README.md"
own="$(mktemp -d)"
trap 'rm -rf "$own"' EXIT
# The private cache may hold an older 0.1.0 from a previous run: NuGet would serve it (the README says the same).
rm -rf "$NUGET_PACKAGES/trackdown.build/0.1.0"
( cd "$repo" && eval "$(grep -m1 '^dotnet pack nuget ' "$readme") -nologo -v quiet" )
dotnet new console -n MyApp -o "$own" >/dev/null
cd "$own"
git init -q
eval "$(grep -m1 '^dotnet new nugetconfig' "$readme")" >/dev/null
eval "$(grep -m1 '^dotnet nuget add source ' "$readme" | sed "s#/path/to/trackdown.build#$repo#")"
reference="$(grep -m1 '<PackageReference Include="Trackdown.Build"' "$readme" | sed 's/^ *//')"
sed -i "s#</Project>#  <ItemGroup>\n    $reference\n  </ItemGroup>\n</Project>#" MyApp.csproj
dotnet build -nr:false -nologo -v quiet
test -f llms.txt && test -f TASKTRACK.md
echo "MyApp built against Trackdown.Build 0.1.0 from artifacts/packages: llms.txt and TASKTRACK.md generated."
