#!/usr/bin/env bash
# Runs every test: unit, integration (real Azurite, maildev), end-to-end and browser tests.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/scripts/tools.sh"
dotnet test ReportPipeline.sln --nologo "$@"
