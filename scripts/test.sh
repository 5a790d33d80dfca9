#!/usr/bin/env bash
# Set everything up, then run the linter, the type checker and the whole test suite
# (which includes the import contract, tests/test_layers.py), headless.
set -euo pipefail
cd "$(dirname "$0")/.."
# The PostgreSQL tests start their own throwaway server from the Debian packages.
CISDESK_EXTRA_DEBS="postgresql ${CISDESK_EXTRA_DEBS:-}" bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check cisdesk tests benchmarks packaging scripts
.venv/bin/ruff format --check cisdesk tests benchmarks packaging scripts
# Types of the core (pyproject.toml [tool.mypy]: strict on cisdesk/sync, a ratchet elsewhere).
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
