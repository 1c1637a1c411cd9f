#!/usr/bin/env bash
# The main job on the bundled invented sample reports.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/scripts/tools.sh"
dotnet build src/ReportPipeline.Cli --nologo -v quiet -clp:ErrorsOnly
dotnet run --project src/ReportPipeline.Cli --no-build -- extract --countries samples/countries.tsv samples/reports/*
