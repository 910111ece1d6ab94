#!/usr/bin/env bash
# The test command from the README: restores, builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Outflow.slnx -c Release --logger "console;verbosity=normal" "$@"
