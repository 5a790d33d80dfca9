#!/usr/bin/env bash
# Set everything up, then start cisdesk (arguments go to the cisdesk command).
set -euo pipefail
cd "$(dirname "$0")/.."
CISDESK_EXTRAS=${CISDESK_EXTRAS:-test} bash scripts/setup.sh
exec .venv/bin/cisdesk "$@"
