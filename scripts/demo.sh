#!/usr/bin/env bash
# The main job on the bundled invented sample reports: `reportpipeline demo` (upload, ingest,
# compare, notify a demo subscriber; the alerts as a table; where the email is).
# Extra arguments go to the command, e.g. ./scripts/demo.sh --email me@example.org
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/scripts/tools.sh"
dotnet build src/ReportPipeline.Cli --nologo -v quiet -clp:ErrorsOnly
dotnet run --project src/ReportPipeline.Cli --no-build -- demo "$@"
