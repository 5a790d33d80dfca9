#!/usr/bin/env python3
"""Render every page, dialog and PDF page of cisdesk, in Spanish and English, at 1366×705.

For the user guide and for review: ``python scripts/screenshots.py OUT_FOLDER``
writes ``OUT_FOLDER/<lang>/<name>.png``. With ``--guide`` it writes only the few
images the user guide shows, into ``cisdesk/resources/guide/images`` unless a folder
is given.

Demo databases (a Guatemala install and a SISCA install) are made in a temporary
folder, unless ``--country-db``/``--regional-db`` name existing ones. Runs
offscreen; PDF pages are rendered with ``pdftoppm`` (poppler-utils) when present.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget

SIZE = QSize(1366, 705)
LANGS = ("es", "en")
#: The images the user guide shows (the wizard's last page is page 4).
GUIDE = ("page-home", "page-progress", "dialog-progress", "page-meetings", "page-sync", "wizard-4")


def settle(app: QApplication, ctx=None) -> None:  # type: ignore[no-untyped-def]
    """Let background work end and its results reach the widgets."""
    for _ in range(4):
        app.processEvents()
        if ctx is not None:
            ctx.tasks.wait()
        app.processEvents()


def grab(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))


def make_demo(folder: Path) -> tuple[Path, Path]:
    from cisdesk.db.demo import run_demo
    from cisdesk.sync.provision import create_install

    country, regional = folder / "guatemala.db", folder / "sisca.db"
    with create_install(str(country), country="GT") as record:
        run_demo(record)
    with create_install(str(regional), regional=True) as record:
        run_demo(record)
    return country, regional


def render_window(
    app: QApplication,
    db: Path,
    out: Path,
    lang: str,
    tag: str,
    wanted: Callable[[str], bool],
    args_guide: bool = False,
) -> None:
    from cisdesk.db.record import open_record
    from cisdesk.ui.context import AppContext
    from cisdesk.ui.main_window import MainWindow
    from cisdesk.ui.settings import Settings
    from cisdesk.ui.views import PAGES

    record = open_record(str(db))
    ctx = AppContext(record)
    with tempfile.TemporaryDirectory() as temp:
        window = MainWindow(ctx, Settings(Path(temp) / "settings.ini"))
        window.resize(SIZE)
        window.show()
        settle(app, ctx)
        for spec in PAGES:
            page = window.go_to(spec.key)
            settle(app, ctx)
            name = f"page-{spec.key}{tag}"
            if wanted(name):
                grab(window, out / lang / f"{name}.png")
            tabs = getattr(page, "tabs", None)
            for index in range(1, tabs.count() if tabs is not None and not args_guide else 0):
                tabs.setCurrentIndex(index)
                settle(app, ctx)
                grab(window, out / lang / f"page-{spec.key}-{index}{tag}.png")
            if tabs is not None:
                tabs.setCurrentIndex(0)
            create = getattr(page, "create", None)
            can_create = getattr(page, "can_create", lambda: False)
            dialog_name = f"dialog-{spec.key}{tag}"
            if create is not None and wanted(dialog_name) and can_create():
                dialog = create()
                if isinstance(dialog, QDialog):
                    if spec.key == "progress":  # the last semester: the report it opens
                        semester = dialog.form.fields["semester"]  # type: ignore[attr-defined]
                        semester.setCurrentIndex(min(1, semester.count() - 1))
                    dialog.adjustSize()
                    settle(app, ctx)
                    grab(dialog, out / lang / f"{dialog_name}.png")
                    dialog.done(0)
        window.close()
        ctx.tasks.wait()
    record.close()


def render_wizard(
    app: QApplication, db: Path, out: Path, lang: str, wanted: Callable[[str], bool]
) -> None:
    from cisdesk.db.record import open_record
    from cisdesk.ui.dialogs.wizard import SetupWizard

    wizard = SetupWizard()
    with open_record(str(db)) as record:  # the last page shows this install's key
        wizard._remember_key(record)
        wizard.database_path = str(db)
    wizard.show()
    settle(app)
    for page_id in wizard.pageIds():
        name = f"wizard-{page_id}"
        wizard.setStartId(page_id)
        wizard.restart()
        settle(app)
        if wanted(name):
            grab(wizard, out / lang / f"{name}.png")
    wizard.done(0)


def render_pdfs(db: Path, out: Path, lang: str, tag: str, wanted: Callable[[str], bool]) -> None:
    from cisdesk.db.record import open_record
    from cisdesk.reports.pdf import ReportRequest, write_report

    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (poppler-utils): PDF pages are not rendered", file=sys.stderr)
        return
    record = open_record(str(db))
    try:
        for kind in ("annual", "country", "committee"):
            if kind == "country" and record.install.is_regional:
                continue
            name = f"pdf-{kind}{tag}"
            if not wanted(name):
                continue
            request = ReportRequest(
                kind=kind, lang=lang, committee="PPS" if kind == "committee" else None
            )
            pdf = out / lang / f"{name}.pdf"
            pdf.parent.mkdir(parents=True, exist_ok=True)
            write_report(record, pdf, request)
            # 1366 px wide pages, as the screen shots.
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-scale-to-x",
                    "1366",
                    "-scale-to-y",
                    "-1",
                    str(pdf),
                    str(pdf.with_suffix("")),
                ],
                check=True,
            )
            pdf.unlink()
    finally:
        record.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", help="folder for the images")
    parser.add_argument("--guide", action="store_true", help="only the user guide's images")
    parser.add_argument("--country-db", type=Path)
    parser.add_argument("--regional-db", type=Path)
    parser.add_argument("--lang", choices=LANGS, action="append")
    args = parser.parse_args(argv)
    root = Path(__file__).resolve().parent.parent
    if args.out:
        out = Path(args.out)
    elif args.guide:
        out = root / "cisdesk" / "resources" / "guide" / "images"
    else:
        parser.error("give the folder for the images")

    def wanted(name: str) -> bool:
        return not args.guide or name in GUIDE

    from cisdesk.messages import set_language
    from cisdesk.ui.i18n import Translations

    # The catalogues of a source checkout, compiled when missing or stale.
    subprocess.run([sys.executable, str(root / "scripts" / "compile_translations.py")], check=True)

    app = QApplication.instance() or QApplication([])
    translations = Translations(app)
    with tempfile.TemporaryDirectory() as temp:
        os.environ.setdefault("CISDESK_HOME", temp)
        if args.country_db and args.regional_db:
            country, regional = args.country_db, args.regional_db
        else:
            country, regional = make_demo(Path(temp))
        for lang in args.lang or LANGS:
            translations.apply(lang)
            set_language(lang)
            render_window(app, country, out, lang, "", wanted, args.guide)
            if not args.guide:
                render_window(app, regional, out, lang, "-sisca", wanted)
            render_wizard(app, country, out, lang, wanted)
            if not args.guide:
                render_pdfs(country, out, lang, "", wanted)
                render_pdfs(regional, out, lang, "-sisca", wanted)
    print(f"Images in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
