#!/usr/bin/env bash
# Smoke test of the frozen build: every verb once, a sync round trip, a backup
# and a restore, then the app window, all offscreen in a throw-away folder.
#
#   bash packaging/smoke_test.sh dist/cisdesk/cisdesk
#
# Verbs that this build does not have are skipped with a note, so the script
# works while parts of cisdesk are still being added.
set -euo pipefail

EXE=${1:?usage: smoke_test.sh PATH/TO/cisdesk}
EXE=$(cd "$(dirname "$EXE")" && pwd)/$(basename "$EXE")
[ -x "$EXE" ] || { echo "smoke: $EXE is not an executable" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export CISDESK_HOME="$WORK/home" QT_QPA_PLATFORM=offscreen
cd "$WORK"

passed=0
run() {
    echo "smoke: cisdesk $*"
    "$EXE" "$@"
    passed=$((passed + 1))
}
has() {  # has VERB [ACTION]: true when this build knows the command
    "$EXE" "$@" --help >/dev/null 2>&1
}
skip() {
    echo "smoke: skipped '$*': not part of this build"
}
fail() {
    echo "smoke: FAILED: $*" >&2
    exit 1
}

echo "smoke: cisdesk --version"
version=$("$EXE" --version)
echo "$version"
[[ "$version" =~ ^cisdesk\ [0-9] ]] || fail "--version printed '$version'"
"$EXE" --help >/dev/null
passed=$((passed + 1))

run init --db gt.db --country GT
run init --db sisca.db --regional
run demo --db gt.db --seed 2
run digest --db gt.db

if has keys show; then
    run keys show --db gt.db
    run keys export --db sisca.db -o root.pub
    run keys trust --db gt.db root.pub
    run keys export --db gt.db -o gt.pub
    run keys enroll --db sisca.db gt.pub --country GT
else
    skip keys
fi

if has bundle export && has keys enroll; then
    run bundle export --db gt.db -o gt-1.cisb
    run bundle inspect gt-1.cisb
    run bundle import --db sisca.db gt-1.cisb
    run bundle export --db sisca.db -o sisca-1.cisb
    run bundle import --db gt.db sisca-1.cisb
    [ "$("$EXE" digest --db gt.db)" = "$("$EXE" digest --db sisca.db)" ] ||
        fail "after a round trip Guatemala and SISCA hold different records"
else
    skip bundle
fi

if has report pdf; then
    run report pdf --db gt.db -o annual.pdf
    head -c 5 annual.pdf | grep -q '%PDF-' || fail "annual.pdf is not a PDF"
else
    skip report pdf
fi

if has excel export; then
    run excel export --db sisca.db -o record.xlsx
    run excel template --db gt.db -o template.xlsx
    run excel import --db gt.db template.xlsx
    head -c 2 record.xlsx | grep -q 'PK' || fail "record.xlsx is not a workbook"
else
    skip excel
fi

before=$("$EXE" digest --db gt.db)
run backup --db gt.db -o gt-copy.db
run demo --db gt.db --seed 7
run restore --db gt.db gt-copy.db
[ "$("$EXE" digest --db gt.db)" = "$before" ] || fail "restore did not bring the backup back"
run backup --db gt.db --list

if has selftest; then
    run selftest --db gt.db
else
    skip selftest
fi

# The app window: it must still be running after a few seconds (no crash at start).
echo "smoke: cisdesk --db gt.db (the app window, offscreen)"
set +e
timeout 15 "$EXE" --db gt.db >app.log 2>&1
status=$?
set -e
if [ "$status" -ne 124 ]; then
    cat app.log >&2
    fail "the app window exited with $status before the time was up"
fi
passed=$((passed + 1))

log="$CISDESK_HOME/logs/cisdesk.log"
[ -s "$log" ] || fail "no log file was written"
if grep -q "Traceback" app.log "$log"; then
    cat app.log "$log" >&2
    fail "an unexpected error was logged"
fi
echo "smoke: the frozen build passed all $passed checks"
