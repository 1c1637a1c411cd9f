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
dotnet test ReportPipeline.sln --nologo "$@"
