#!/usr/bin/env bash
# Set everything up, then run the linter and the whole test suite, headless.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check cisdesk tests benchmarks packaging
.venv/bin/python -m pytest "$@"
