#!/usr/bin/env bash
# Set everything up, then run the linter and the whole test suite, headless.
set -euo pipefail
cd "$(dirname "$0")/.."
# The PostgreSQL tests start their own throwaway server from the Debian packages.
CISDESK_EXTRA_DEBS="postgresql ${CISDESK_EXTRA_DEBS:-}" bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check cisdesk tests benchmarks packaging
.venv/bin/python -m pytest "$@"
