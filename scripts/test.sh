#!/usr/bin/env bash
# Runs every test: unit, integration (real Azurite, maildev), end-to-end and browser tests.
# Browser tests keep full-page screenshots in TestResults/screenshots (or $REPORTPIPELINE_SCREENSHOTS);
# they are listed at the end, also when tests fail, so CI can keep that folder as an artifact.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
screenshots="${REPORTPIPELINE_SCREENSHOTS:-$root/TestResults/screenshots}"
list_screenshots() {
  if compgen -G "$screenshots/*.png" >/dev/null; then
    echo "Screenshots kept in $screenshots:"
    ls -1 "$screenshots"/*.png
  fi
}
# Only this run's screenshots: a stale one must not pass for the page as it is now.
rm -f "$screenshots"/*.png
trap list_screenshots EXIT
"$root/scripts/tools.sh"
# Build once, then run the test assemblies from that build. `dotnet test` on the solution with its
# own build ran them one after another (CI's log: each assembly's run ended before the next began,
# 7.5 min in all); with --no-build it runs two at a time, in solution order, and the solution
# lists the integration tests (about 5 min, the longest) first so that the others run beside them.
dotnet build ReportPipeline.sln --nologo
dotnet test ReportPipeline.sln --nologo --no-build "$@"
