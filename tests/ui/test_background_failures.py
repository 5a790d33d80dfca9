"""A database that is busy during background work: the catalogue's plain sentence, in Spanish.

The command line turns a locked or read-only database into one sentence
(``cisdesk.db.failures``); the app's background tasks must say the same, never the
driver's text ("(sqlite3.OperationalError) database is locked") nor the
"unexpected error" box meant for bugs.
"""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from openpyxl import load_workbook
from spanish_text import assert_spanish

from cisdesk.db import engine
from cisdesk.messages import text
from cisdesk.reports.excel_format import COLUMN_INDEX, FIRST_DATA_ROW, MAIN_SHEET


@contextmanager
def _write_locked(path: Path) -> Iterator[None]:
    """Another program holding the database's write lock (a real SQLite lock)."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.rollback()
        holder.close()


@pytest.fixture
def busy_app(
    spanish_app, demo_country_db, open_records, make_window, wait_idle, dialogs, monkeypatch
) -> Callable[[str], object]:
    """``open_page(key)``: the Spanish app on the demo database, waiting 0.2 s on a lock."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)

    def open_page(key: str) -> object:
        window = make_window(open_records(demo_country_db))
        page = window.go_to(key)
        wait_idle(window.ctx)
        return page

    return open_page


def _assert_busy_sentence(dialogs, shown_on_page: str, database: Path) -> None:
    expected = text("db.busy", "es", database=str(database))
    assert [m for m in dialogs.messages if m[0] == "box"] == [], dialogs.messages  # no "bug" box
    assert dialogs.texts("warning")[-1:] == [expected], dialogs.messages
    assert shown_on_page == expected
    assert_spanish(expected)
    assert not any(raw in shown_on_page for raw in ("sqlite3", "OperationalError", "SQL:"))


def test_an_export_on_a_locked_database_says_busy_in_spanish(
    busy_app, demo_country_db, tmp_path, wait_idle, dialogs
) -> None:
    page = busy_app("sync")
    with _write_locked(demo_country_db):
        assert page.exchange.export_to(str(tmp_path / "gt.cisb"))
        wait_idle(page.ctx)
    _assert_busy_sentence(dialogs, page.exchange.export_result.text(), demo_country_db)
    assert not (tmp_path / "gt.cisb").exists()


def test_a_template_import_on_a_locked_database_says_busy_in_spanish(
    busy_app, demo_country_db, tmp_path, wait_idle, dialogs
) -> None:
    page = busy_app("reports")
    template = tmp_path / "plantilla.xlsx"
    page.write_template(str(template))
    wait_idle(page.ctx)
    workbook = load_workbook(template)
    sheet = workbook[MAIN_SHEET["es"]]
    sheet.cell(FIRST_DATA_ROW, COLUMN_INDEX["note"]).value = "Nota nueva del trimestre"
    workbook.save(template)
    with _write_locked(demo_country_db):
        page.import_template(str(template))
        wait_idle(page.ctx)
    _assert_busy_sentence(dialogs, page.result_label.text(), demo_country_db)


def test_a_task_writing_a_read_only_database_gets_the_read_only_sentence(
    spanish_app, demo_country_db, qtbot
) -> None:
    """The task runner hands ``on_error`` the catalogue refusal, not the driver's error."""
    from cisdesk.ui.tasks import TaskRunner

    runner = TaskRunner(database=str(demo_country_db))
    errors: list[BaseException] = []

    def work(_progress: object) -> None:
        # The file opened read-only, as on a write-protected stick: SQLite refuses the write.
        uri = f"{demo_country_db.as_uri()}?mode=ro"
        with sqlite3.connect(uri, uri=True) as conn:
            conn.execute("UPDATE install SET site_name = 'x'")

    runner.run(None, "tarea", work, lambda _result: None, errors.append, show_dialog=False)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    [error] = errors
    expected = text("db.read_only", "es", database=str(demo_country_db))
    assert str(error) == expected
    assert_spanish(expected)
