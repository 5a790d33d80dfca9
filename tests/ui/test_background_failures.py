"""A database that is busy during background work: the catalogue's plain sentence, in Spanish.

The command line turns a locked or read-only database into one sentence
(``cisdesk.db.failures``); the app's background tasks must say the same, never the
driver's text ("(sqlite3.OperationalError) database is locked") nor the
"unexpected error" box meant for bugs.
"""

import sqlite3

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication
from spanish_text import assert_spanish

from cisdesk.db import engine
from cisdesk.messages import current_language, text
from cisdesk.reports.excel_format import COLUMN_INDEX, FIRST_DATA_ROW, MAIN_SHEET
from cisdesk.ui.i18n import Translations


@pytest.fixture
def spanish_app(qapp):
    translations = Translations(QApplication.instance())
    translations.apply("es")
    assert current_language() == "es"
    yield translations
    translations.clear()


def _raw(shown: str) -> bool:
    return any(word in shown for word in ("sqlite3", "OperationalError", "locked", "SQL:"))


def test_an_export_on_a_locked_database_says_busy_in_spanish(
    spanish_app,
    demo_country_db,
    open_records,
    make_window,
    tmp_path,
    wait_idle,
    dialogs,
    monkeypatch,
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    record = open_records(demo_country_db)
    window = make_window(record)
    page = window.go_to("sync")
    wait_idle(window.ctx)
    holder = sqlite3.connect(demo_country_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert page.exchange.export_to(str(tmp_path / "gt.cisb"))
        wait_idle(window.ctx)
    finally:
        holder.rollback()
        holder.close()
    expected = text("db.busy", "es", database=str(demo_country_db))
    kinds = [kind for kind, _title, _text in dialogs.messages]
    assert "box" not in kinds, dialogs.messages  # not the "unexpected error" box
    shown = dialogs.texts("warning")[-1]
    assert shown == expected
    assert_spanish(shown)
    assert page.exchange.export_result.text() == expected
    assert not (tmp_path / "gt.cisb").exists()


def test_a_template_import_on_a_locked_database_says_busy_in_spanish(
    spanish_app,
    demo_country_db,
    open_records,
    make_window,
    tmp_path,
    wait_idle,
    dialogs,
    monkeypatch,
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    window = make_window(open_records(demo_country_db))
    page = window.go_to("reports")
    template = tmp_path / "plantilla.xlsx"
    page.write_template(str(template))
    wait_idle(window.ctx)
    workbook = load_workbook(template)
    sheet = workbook[MAIN_SHEET["es"]]
    sheet.cell(FIRST_DATA_ROW, COLUMN_INDEX["note"]).value = "Nota nueva del trimestre"
    workbook.save(template)
    holder = sqlite3.connect(demo_country_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        page.import_template(str(template))
        wait_idle(window.ctx)
    finally:
        holder.rollback()
        holder.close()
    expected = text("db.busy", "es", database=str(demo_country_db))
    assert [m for m in dialogs.messages if m[0] == "box"] == [], dialogs.messages
    assert dialogs.texts("warning"), (dialogs.messages, page.result_label.text())
    assert dialogs.texts("warning")[-1] == expected
    assert page.result_label.text() == expected
    assert not _raw(page.result_label.text())
