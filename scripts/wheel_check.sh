#!/usr/bin/env bash
# Build the wheel, install it into a fresh virtual environment (not editable, no
# source tree on the path) and run `init`, `demo` and `report pdf` from it: proves
# the package carries its plan, migrations, fonts and translations.
#   PYTHON=python3.11 bash scripts/wheel_check.sh      (default: .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cisdesk-wheel.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "wheel-check: building the wheel"
"$PYTHON" -m pip wheel -q --no-deps -w "$WORK/dist" "$ROOT"
wheel=$(ls "$WORK"/dist/cisdesk-*.whl)
"$PYTHON" - "$wheel" <<'PY'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
needed = [
    "cisdesk/resources/reference_plan.json",
    "cisdesk/resources/fonts/DejaVuSans.ttf",
    "cisdesk/resources/fonts/DejaVuSans-Bold.ttf",
    "cisdesk/resources/icons/cisdesk.png",
    "cisdesk/resources/translations/app_es.qm",
    "cisdesk/resources/translations/records_es.qm",
    "cisdesk/db/migrations/env.py",
]
missing = [n for n in needed if n not in names]
if missing:
    sys.exit(f"wheel-check: the wheel lacks {missing}")
PY

echo "wheel-check: installing $(basename "$wheel") into a fresh environment"
"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install -q "$wheel"

# Run from an empty folder with a clean environment: nothing from the checkout is seen.
mkdir "$WORK/run"
cd "$WORK/run"
run() { env -u PYTHONPATH CISDESK_HOME="$WORK/home" "$WORK/venv/bin/cisdesk" "$@"; }
"$WORK/venv/bin/python" - "$ROOT" <<'PY'
import sys
from pathlib import Path

import cisdesk

where = Path(cisdesk.__file__).resolve()
if Path(sys.argv[1]).resolve() in where.parents:
    sys.exit(f"wheel-check: cisdesk imported from the checkout ({where})")
PY
run init --db country.db --country GT
run init --db sisca.db --regional
run demo --db sisca.db
run report pdf --db sisca.db -o annual.pdf
"$WORK/venv/bin/python" - <<'PY'
from pathlib import Path

data = Path("annual.pdf").read_bytes()
if not data.startswith(b"%PDF") or len(data) < 5000:
    raise SystemExit("wheel-check: report pdf wrote no real PDF")
PY
echo "wheel-check: init, demo and report pdf ran from the installed wheel"
