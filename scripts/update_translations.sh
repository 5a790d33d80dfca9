#!/usr/bin/env bash
# Extract the interface's strings into the Qt catalogues (cisdesk/resources/translations/*_es.ts).
# Existing translations are kept; new strings appear untranslated, to be filled in
# with Qt Linguist (pyside6-linguist) or a text editor. The .qm files are compiled
# from these at build time (scripts/compile_translations.py), never by the app.
# No source locations are written, so an unchanged tree gives unchanged files.
#   app_es.ts      the shell: window, Home, Plan, Sync, Reports, wizard, dialogs
#   records_es.ts  the record-editing pages and their forms
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-.venv/bin/pyside6-lupdate}
OUT=cisdesk/resources/translations
mkdir -p "$OUT"

records=()
for f in cisdesk/ui/views/{progress,meetings,agreements,delegates,proposals,capacity}.py \
         cisdesk/ui/{table_model,forms,undo,cell_editors,labels,record_page}.py \
         cisdesk/ui/dialogs/*_dialog.py; do
    [ -f "$f" ] && records+=("$f")
done

app=()
while IFS= read -r f; do
    skip=
    for r in "${records[@]}"; do [ "$f" = "$r" ] && skip=1 && break; done
    [ -z "$skip" ] && app+=("$f")
done < <(find cisdesk/ui -name '*.py' | LC_ALL=C sort)

"$LUPDATE" -no-obsolete -locations none -source-language en -target-language es \
    "${app[@]}" -ts "$OUT/app_es.ts"
if [ "${#records[@]}" -gt 0 ]; then
    "$LUPDATE" -no-obsolete -locations none -source-language en -target-language es \
        "${records[@]}" -ts "$OUT/records_es.ts"
fi
