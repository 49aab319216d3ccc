#!/usr/bin/env bash
# Build the distributable wheel and source archive of Passerelles into dist/.
# The wheel installs the `passerelles` command (window + command line) with its migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
uv build
ls -l dist/
