"""The Avances page: keyboard entry in the grid, save, undo, delete, evidence, read-only rows."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QSpinBox
from record_fixtures import choose, fix_today, foreign, result_ids, select_row
from sqlalchemy import select

from cisdesk.activity import progress
from cisdesk.db.local import Blob
from cisdesk.db.models import Evidence, ProgressReport
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.progress_dialog import ProgressDialog
from cisdesk.ui.table_model import ROW_ROLE
from cisdesk.ui.views.progress import ERROR_BRUSH, PENDING_BRUSH, ProgressPage


@pytest.fixture
def ctx(make_install, qtbot):
    context = AppContext(fix_today(make_install("GT")))
    yield context
    context.tasks.wait()


@pytest.fixture
def page(ctx, qtbot) -> ProgressPage:
    widget = ProgressPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


@pytest.fixture
def answer(monkeypatch):
    """Set what QMessageBox.question answers; records the questions asked."""
    asked: list[str] = []
    state = {"answer": QMessageBox.StandardButton.Yes}

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return state["answer"]

    monkeypatch.setattr(QMessageBox, "question", question)

    def set_answer(value: QMessageBox.StandardButton) -> list[str]:
        state["answer"] = value
        return asked

    return set_answer


def reports(record) -> list[ProgressReport]:
    with record.reader() as session:
        return list(session.scalars(select(ProgressReport).order_by(ProgressReport.semester)))


def column(page: ProgressPage, key: str) -> int:
    return page._column(key)


def row_of(page: ProgressPage, result_id: str) -> int:
    for position in range(page.proxy.rowCount()):
        if page.proxy.row(position)["result_id"] == result_id:
            return position
    raise AssertionError("result not listed")


def type_in_cell(qtbot, page: ProgressPage, row: int, key: str, value) -> None:
    """Open the cell's editor as a keypress would, set the value and press Enter."""
    index = select_row(page.table, row, column(page, key))
    page.table.edit(index)
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    if isinstance(editor, QComboBox):
        choose(editor, value)
    elif isinstance(editor, QSpinBox):
        editor.setValue(value)
    else:
        editor.setText(value)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState, timeout=2000)


def test_grid_lists_the_semester_results_editable(page, ctx):
    assert page.filter_value("semester") == "2019-I"
    assert page.filter_value("owner") == "GT"
    assert page.model.rowCount() == 38  # the 4 regional results are SISCA's to report
    assert page.model.editable
    flags = page.proxy.index(0, column(page, "percent")).flags()
    assert flags & Qt.ItemFlag.ItemIsEditable
    assert not page.proxy.index(0, column(page, "result_text")).flags() & Qt.ItemFlag.ItemIsEditable
    assert not page.has_unsaved_changes()


def test_keyboard_entry_save_undo_redo(page, ctx, qtbot):
    first = page.proxy.row(0)["result_id"]
    type_in_cell(qtbot, page, 0, "status", "completed")
    # Enter moved down to the next result, same column.
    assert page.table.currentIndex().row() == 1
    assert page.table.currentIndex().column() == column(page, "status")
    assert page.grid_model.pending[first] == {"status": "completed", "percent": 100}
    assert page.has_unsaved_changes()
    pending_cell = page.proxy.index(0, column(page, "status"))
    assert pending_cell.data(Qt.ItemDataRole.BackgroundRole) == PENDING_BRUSH
    type_in_cell(qtbot, page, 1, "percent", 60)
    second = page.proxy.row(1)["result_id"]
    assert page.grid_model.pending[second] == {"percent": 60, "status": "in_progress"}
    type_in_cell(qtbot, page, 1, "note", "Borrador en revisión")

    assert page.save()
    assert not page.has_unsaved_changes()
    saved = {r.result_id: (r.status, r.percent, r.note) for r in reports(ctx.record)}
    assert saved == {
        first: ("completed", 100, None),
        second: ("in_progress", 60, "Borrador en revisión"),
    }
    assert page.proxy.row(row_of(page, first))["status"] == "completed"

    ctx.undo_stack.undo()
    assert all(r.deleted for r in reports(ctx.record))
    assert page.proxy.row(row_of(page, first))["status"] is None
    ctx.undo_stack.redo()
    assert not any(r.deleted for r in reports(ctx.record))
    assert page.proxy.row(row_of(page, second))["percent"] == 60


def test_editing_an_existing_report_and_undo(page, ctx, qtbot):
    result_id = result_ids(ctx.record, "2018-I")[0]
    progress.save_progress(
        ctx.record, result_id=result_id, semester="2019-I", status="in_progress", percent=30
    )
    ctx.notify({"progress_report"})
    row = row_of(page, result_id)
    assert page.proxy.row(row)["percent"] == 30
    type_in_cell(qtbot, page, row, "percent", 45)
    assert page.save()
    assert [r.percent for r in reports(ctx.record)] == [45]
    ctx.undo_stack.undo()
    assert [r.percent for r in reports(ctx.record)] == [30]
    assert page.proxy.row(row_of(page, result_id))["percent"] == 30


def test_refused_row_stays_pending_with_its_reason(page, ctx, qtbot):
    result_id = page.proxy.row(2)["result_id"]
    type_in_cell(qtbot, page, 2, "status", "completed")
    type_in_cell(qtbot, page, 2, "percent", 50)
    assert not page.save()
    assert reports(ctx.record) == []
    assert page.has_unsaved_changes()
    assert "A completed result must be at 100%." in page.errors_label.text()
    assert page.errors_label.isVisibleTo(page)
    bad = page.proxy.index(row_of(page, result_id), column(page, "percent"))
    assert bad.data(Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    assert bad.data(Qt.ItemDataRole.ToolTipRole) == "A completed result must be at 100%."
    type_in_cell(qtbot, page, row_of(page, result_id), "percent", 100)
    assert page.save()
    assert [(r.status, r.percent) for r in reports(ctx.record)] == [("completed", 100)]
    assert not page.errors_label.isVisibleTo(page)


def test_delete_with_the_delete_key_and_undo(page, ctx, qtbot, answer):
    result_id = result_ids(ctx.record, "2018-I")[1]
    progress.save_progress(
        ctx.record, result_id=result_id, semester="2019-I", status="delayed", percent=20
    )
    ctx.notify({"progress_report"})
    asked = answer(QMessageBox.StandardButton.Yes)
    select_row(page.table, row_of(page, result_id), column(page, "status"))
    assert page.delete_button.isEnabled()
    assert page.delete_selected()
    assert asked and "2019-I" in asked[0]
    assert reports(ctx.record)[0].deleted
    assert page.proxy.row(row_of(page, result_id))["id"] is None
    ctx.undo_stack.undo()
    assert not reports(ctx.record)[0].deleted
    assert page.proxy.row(row_of(page, result_id))["percent"] == 20


def test_delete_is_not_done_without_confirmation(page, ctx, answer):
    result_id = result_ids(ctx.record, "2018-I")[1]
    progress.save_progress(
        ctx.record, result_id=result_id, semester="2019-I", status="delayed", percent=20
    )
    ctx.notify({"progress_report"})
    answer(QMessageBox.StandardButton.No)
    select_row(page.table, row_of(page, result_id))
    assert not page.delete_selected()
    assert not reports(ctx.record)[0].deleted


def test_dialog_shows_the_percent_reason_at_the_field(ctx, qtbot):
    dialog = ProgressDialog(ctx)
    qtbot.addWidget(dialog)
    choose(dialog.form.fields["result_id"], result_ids(ctx.record, "2018-I")[0])
    choose(dialog.form.fields["semester"], "2018-II")
    choose(dialog.form.fields["status"], "not_started")
    assert dialog.form.fields["percent"].value() == 0
    dialog.form.fields["percent"].setValue(35)
    assert not dialog.save()
    assert dialog.form.error_of("percent") == "A result not yet started must be at 0%."
    assert "fdecea" in dialog.form.fields["percent"].styleSheet()
    assert reports(ctx.record) == []
    dialog.form.fields["percent"].setValue(0)
    assert dialog.form.error_of("percent") == ""
    assert dialog.save()
    assert [(r.semester, r.status) for r in reports(ctx.record)] == [("2018-II", "not_started")]
    assert ctx.undo_stack.count() == 1


def test_changing_the_semester_with_pending_edits_asks(page, ctx, qtbot, answer):
    type_in_cell(qtbot, page, 0, "percent", 10)
    asked = answer(QMessageBox.StandardButton.Cancel)
    choose(page.filters["semester"], "2018-II")
    assert asked
    assert page.filter_value("semester") == "2019-I"
    assert page.has_unsaved_changes()
    answer(QMessageBox.StandardButton.Discard)
    choose(page.filters["semester"], "2018-II")
    assert page.filter_value("semester") == "2018-II"
    assert not page.has_unsaved_changes()
    assert reports(ctx.record) == []


def test_evidence_attach_and_undo(page, ctx, qtbot, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    result_id = result_ids(ctx.record, "2018-I")[0]
    progress.save_progress(
        ctx.record, result_id=result_id, semester="2019-I", status="in_progress", percent=50
    )
    ctx.notify({"progress_report"})
    select_row(page.table, row_of(page, result_id), column(page, "status"))
    assert page.evidence.attach_button.isEnabled()
    file = tmp_path / "acta-2019.txt"
    file.write_bytes(b"Acta de seguimiento 2019-I")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(file), ""))
    page.evidence.attach_button.click()
    qtbot.waitUntil(lambda: page.evidence.files.count() == 1, timeout=10_000)
    assert "acta-2019.txt" in page.evidence.files.item(0).text()
    with ctx.record.reader() as session:
        (evidence,) = session.scalars(select(Evidence)).all()
        assert session.get(Blob, evidence.sha256).data == file.read_bytes()
    assert page.proxy.row(row_of(page, result_id))["evidence_count"] == 1

    target = tmp_path / "copia.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    page.evidence.files.setCurrentRow(0)
    page.evidence.save_button.click()
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert target.read_bytes() == file.read_bytes()

    ctx.undo_stack.undo()
    assert page.evidence.files.count() == 0
    with ctx.record.reader() as session:
        assert session.scalars(select(Evidence)).one().deleted


def test_evidence_needs_a_saved_report(page):
    select_row(page.table, 0, 0)
    assert page.proxy.row(0)["id"] is None
    assert not page.evidence.attach_button.isEnabled()


def test_other_countries_reports_are_read_only(page, ctx):
    result_id = result_ids(ctx.record, "2018-I")[0]
    with ctx.record.edit(foreign("HN")) as session:
        session.add(
            ProgressReport(result_id=result_id, semester="2019-I", status="delayed", percent=15)
        )
    choose(page.filters["owner"], "HN")
    assert not page.model.editable
    row = row_of(page, result_id)
    assert page.proxy.row(row)["owner"] == "HN"
    index = page.proxy.index(row, column(page, "percent"))
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert not page.proxy.setData(index, 90)
    select_row(page.table, row)
    assert not page.delete_button.isEnabled()
    assert not page.delete_selected()
    assert "read-only" in page.hint.text()
    dialog = page.edit_selected()
    assert isinstance(dialog, ProgressDialog) and dialog.read_only
    assert dialog.form.is_read_only("percent") and dialog.form.fields["percent"].isReadOnly()
    dialog.close()


def test_sisca_sees_every_country_read_only(make_install, qtbot):
    ctx = AppContext(fix_today(make_install(None)))
    page = ProgressPage(ctx)
    qtbot.addWidget(page)
    assert page.filter_value("owner") is None
    assert not page.model.editable
    assert not page.new_button.isEnabled()
    assert page.create() is None


def test_refreshes_when_told_and_keeps_pending_edits(page, ctx, qtbot):
    type_in_cell(qtbot, page, 0, "percent", 10)
    other = page.proxy.row(5)["result_id"]
    progress.save_progress(
        ctx.record, result_id=other, semester="2019-I", status="delayed", percent=5
    )
    ctx.notify({"progress_report"})
    assert page.proxy.row(row_of(page, other))["percent"] == 5
    assert page.has_unsaved_changes()
    assert page.proxy.index(0, column(page, "percent")).data(ROW_ROLE)["percent"] is None
    assert page.proxy.index(0, column(page, "percent")).data() == "10 %"
