#!/usr/bin/env bash
# Build what Passerelles ships, into dist/:
#   packaging/build.sh          the wheel and source archive (uv build; resources compiled in, see hatch_build.py)
#   packaging/build.sh bundle   also the one-folder application dist/Passerelles/ (PyInstaller --onedir)
# The Windows installer is made from the bundle by Inno Setup (packaging/README.md, "Windows, end to end").
set -euo pipefail
cd "$(dirname "$0")/.."
uv build
if [ "${1:-}" = "bundle" ]; then
  uv sync --locked --group packaging
  uv run --group packaging python packaging/build_bundle.py
fi
ls -l dist/
