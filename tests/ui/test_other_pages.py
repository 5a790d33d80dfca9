"""Delegados, Propuestas and Formación pages; read-only rows; the Spanish catalogue."""

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QMessageBox
from record_fixtures import choose, committees, fix_today, foreign, select_row, table_rows
from sqlalchemy import select

from cisdesk.activity import outreach, people
from cisdesk.activity import validation as core_validation
from cisdesk.db.models import CapacityActivity, Delegate, Proposal
from cisdesk.messages import set_language
from cisdesk.resources import resource_path
from cisdesk.ui import forms, labels
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.capacity_dialog import CapacityDialog
from cisdesk.ui.dialogs.delegate_dialog import DelegateDialog
from cisdesk.ui.dialogs.proposal_dialog import ProposalDialog
from cisdesk.ui.views.capacity import CapacityPage
from cisdesk.ui.views.delegates import DelegatesPage
from cisdesk.ui.views.proposals import ProposalsPage


@pytest.fixture
def ctx(make_install):
    context = AppContext(fix_today(make_install("GT")))
    yield context
    context.tasks.wait()


@pytest.fixture
def yes(monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)


def show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def rows_of(record, model):
    with record.reader() as session:
        return list(session.scalars(select(model)))


# --- Delegados -------------------------------------------------------------------------------


def test_delegate_email_is_checked_at_the_field(ctx, qtbot):
    page = show(qtbot, DelegatesPage(ctx))
    dialog = page.create()
    assert isinstance(dialog, DelegateDialog)
    fields = dialog.form.fields
    fields["name"].setText("Ana López")
    choose(fields["committee_id"], committees(ctx.record)["MEI"])
    fields["email"].setText("ana.lopez@segeplan")
    assert not dialog.save()
    assert dialog.form.error_of("email") == (
        "The e-mail address does not look right (name@example.org)."
    )
    assert fields["email"].toolTip() == dialog.form.error_of("email")
    assert rows_of(ctx.record, Delegate) == []
    fields["email"].setText("ana.lopez@segeplan.gob.gt")
    assert dialog.form.error_of("email") == ""  # typing clears the mark
    assert dialog.save()
    assert [r["email"] for r in table_rows(page.table)] == ["ana.lopez@segeplan.gob.gt"]


def test_delegate_edit_delete_and_undo(ctx, qtbot, yes):
    delegate_id = people.create_delegate(
        ctx.record, committee_id=committees(ctx.record)["PPS"], name="Luis Pérez"
    ).row_id
    page = show(qtbot, DelegatesPage(ctx))
    select_row(page.table, 0)
    dialog = page.edit_selected()
    dialog.form.fields["phone"].setText("+502 2411-9000")
    dialog.form.fields["is_focal_point"].setChecked(True)
    assert dialog.save()
    assert table_rows(page.table)[0]["is_focal_point"] is True
    assert page.delete_selected()
    assert table_rows(page.table) == []
    ctx.undo_stack.undo()
    assert [r["id"] for r in table_rows(page.table)] == [delegate_id]
    ctx.undo_stack.undo()
    (row,) = rows_of(ctx.record, Delegate)
    assert (row.phone, row.is_focal_point) == (None, False)
    assert ctx.undo_stack.canRedo()


def test_delegates_of_other_countries_are_read_only(ctx, qtbot):
    with ctx.record.edit(foreign("BZ")) as session:
        session.add(Delegate(committee_id=committees(ctx.record)["CI"], name="John Smith"))
    page = show(qtbot, DelegatesPage(ctx))
    assert table_rows(page.table) == []  # a country install shows its own by default
    choose(page.filters["owner"], None)
    select_row(page.table, 0)
    assert table_rows(page.table)[0]["owner"] == "BZ"
    assert not page.delete_button.isEnabled()
    assert not page.delete_selected()
    dialog = page.edit_selected()
    assert dialog.read_only and dialog.form.is_read_only("name")
    assert dialog.form.fields["name"].isEnabled() and dialog.form.fields["name"].isReadOnly()
    assert dialog.has_unsaved_changes() is False


# --- Propuestas ------------------------------------------------------------------------------


def test_proposal_create_edit_undo(ctx, qtbot):
    page = show(qtbot, ProposalsPage(ctx))
    dialog = page.create()
    assert isinstance(dialog, ProposalDialog)
    fields = dialog.form.fields
    choose(fields["committee_id"], committees(ctx.record)["CI"])
    fields["title"].setText("Estrategia regional de movilización de recursos")
    fields["date"].setDate(dt.date(2019, 3, 20))
    assert not dialog.save()
    assert dialog.form.error_of("date") == "The date cannot be in the future."
    fields["date"].setDate(dt.date(2019, 2, 20))
    assert not fields["status"].isEnabled()  # the status advances by the path's steps
    assert dialog.save()
    assert [r["status"] for r in table_rows(page.table)] == ["draft"]
    select_row(page.table, 0)
    edit = page.edit_selected()
    edit.path.step_date.setDate(dt.date(2019, 2, 25))
    assert edit.path.record_step()  # raised by the CT-CIS
    assert [r["status"] for r in table_rows(page.table)] == ["raised"]
    edit.form.fields["title"].setText("Estrategia regional de recursos")
    assert edit.save()
    choose(page.filters["status"], "raised")
    assert len(table_rows(page.table)) == 1
    ctx.undo_stack.undo()
    original = "Estrategia regional de movilización de recursos"
    assert rows_of(ctx.record, Proposal)[0].title == original


def test_undoing_a_proposal_step_shows_the_earlier_status_in_the_list(ctx, qtbot):
    page = show(qtbot, ProposalsPage(ctx))
    outreach.create_proposal(
        ctx.record,
        committee_id=committees(ctx.record)["CI"],
        title="Estrategia regional de movilización de recursos",
        date=dt.date(2019, 2, 20),
    )
    page.refresh()
    select_row(page.table, 0)
    edit = page.edit_selected()
    qtbot.addWidget(edit)
    edit.path.step_date.setDate(dt.date(2019, 2, 25))
    assert edit.path.record_step()
    assert [r["status"] for r in table_rows(page.table)] == ["raised"]
    ctx.undo_stack.undo()  # the step's undo names only the step's table
    assert [r["status"] for r in table_rows(page.table)] == ["draft"]
    ctx.undo_stack.redo()
    assert [r["status"] for r in table_rows(page.table)] == ["raised"]


# --- Formación -------------------------------------------------------------------------------


def test_capacity_participants_checked_and_saved(ctx, qtbot):
    page = show(qtbot, CapacityPage(ctx))
    dialog = page.create()
    assert isinstance(dialog, CapacityDialog)
    fields = dialog.form.fields
    choose(fields["kind"], "conference")
    fields["title"].setText("Conferencia sobre evaluación de impacto")
    fields["date"].setDate(dt.date(2019, 5, 10))
    fields["extra_regional"].setChecked(True)
    fields["participants"].setText("treinta")
    assert not dialog.save()
    assert "participants" in dialog.form.errors
    assert dialog.form.error_of("participants").startswith("The number of participants")
    fields["participants"].setText("30")
    assert dialog.save()
    (row,) = table_rows(page.table)
    assert (row["kind"], row["committee_code"], row["participants"]) == ("conference", None, 30)
    kind_column = next(i for i, c in enumerate(page.model.columns) if c.key == "kind")
    assert page.proxy.index(0, kind_column).data() == "Expert conference"


def test_capacity_edit_keeps_untouched_fields(ctx, qtbot):
    activity_id = outreach.create_capacity(
        ctx.record,
        kind="exchange",
        title="Intercambio extrarregional",
        date=dt.date(2018, 9, 1),
        participants=12,
        extra_regional=True,
    ).row_id
    page = show(qtbot, CapacityPage(ctx))
    select_row(page.table, 0)
    dialog = page.edit_selected()
    assert dialog.form.changed_values() == {}
    dialog.form.fields["participants"].setText("15")
    assert dialog.form.changed_values() == {"participants": "15"}
    assert dialog.save()
    with ctx.record.reader() as session:
        row = session.get(CapacityActivity, activity_id)
        assert (row.participants, row.kind, row.extra_regional) == (15, "exchange", True)


# --- translations ------------------------------------------------------------------------------


def test_the_forms_hold_no_copy_of_the_core_messages():
    """The wording lives once, in the catalogue; the forms render it by code."""
    assert not hasattr(forms, "VALIDATION_TEXTS")


def test_error_text_formats_the_values():
    error = core_validation.FieldError(None, "read_only", country="HN")
    assert forms.error_text(error) == (
        "This record belongs to Honduras and is read-only on this install."
    )
    assert forms.error_text(ValueError("plain")) == "plain"


@pytest.fixture
def spanish(tmp_path: Path):
    """The Spanish catalogue compiled and installed, with a Spanish locale."""
    source = resource_path("translations", "records_es.ts")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        pytest.skip("pyside6-lrelease is not available")
    qm = tmp_path / "records_es.qm"
    subprocess.run([tool, "-silent", str(source), "-qm", str(qm)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish))
    set_language("es")  # what Translations.apply does for the core's messages
    yield translator
    set_language(None)
    app.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_pages_in_spanish(ctx, qtbot, spanish):
    page = show(qtbot, CapacityPage(ctx))
    assert page.heading_label.text() == "Formación"
    assert page.new_button.text() == "Nuevo…"
    assert labels.label(labels.AGREEMENT_STATUS, "fulfilled") == "Cumplido"
    assert labels.country("DO") == "República Dominicana"
    error = core_validation.FieldError("percent", "completed_not_100")
    assert forms.error_text(error) == "Un resultado completado debe estar al 100 %."
    dialog = DelegateDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.form.fields["name"].setText("Ana")
    choose(dialog.form.fields["committee_id"], committees(ctx.record)["MEI"])
    dialog.form.fields["email"].setText("ana@")
    assert not dialog.save()
    assert dialog.form.error_of("email").startswith("La dirección de correo")


def test_catalogue_is_complete():
    text = resource_path("translations", "records_es.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "<translation></translation>" not in text
    assert 'type="obsolete"' not in text and 'type="vanished"' not in text


def test_column_headers_and_sorting_indicator(ctx, qtbot):
    page = show(qtbot, DelegatesPage(ctx))
    header = page.proxy.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Name"


def test_page_reports_an_open_dialog_with_unsaved_input(ctx, qtbot):
    page = show(qtbot, DelegatesPage(ctx))
    assert not page.has_unsaved_changes()
    dialog = page.create()
    assert not page.has_unsaved_changes()
    dialog.form.fields["name"].setText("Marta")
    assert page.has_unsaved_changes()
    assert dialog.save() is False  # no committee chosen yet
    choose(dialog.form.fields["committee_id"], committees(ctx.record)["PPS"])
    assert dialog.save()
    assert not page.has_unsaved_changes()


def test_hidden_page_reads_changes_when_shown_again(ctx, qtbot):
    page = show(qtbot, ProposalsPage(ctx))
    page.hide()
    outreach.create_proposal(
        ctx.record,
        committee_id=committees(ctx.record)["MEI"],
        title="Lineamientos para los informes anuales",
        date=dt.date(2019, 1, 5),
    )
    ctx.notify({"proposal"})
    assert table_rows(page.table) == []  # not read while hidden
    page.show()
    assert [r["title"] for r in table_rows(page.table)] == [
        "Lineamientos para los informes anuales"
    ]
