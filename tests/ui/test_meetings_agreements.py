"""Reuniones and Acuerdos: meetings, agreements and follow-ups through the widgets."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from record_fixtures import choose, committees, fix_today, foreign, select_row, table_rows
from sqlalchemy import select

from cisdesk.activity import meetings
from cisdesk.db.models import Agreement, AgreementFollowUp, Meeting
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.agreement_dialog import AgreementDialog
from cisdesk.ui.dialogs.followup_dialog import FollowUpDialog
from cisdesk.ui.dialogs.meeting_dialog import MeetingDialog
from cisdesk.ui.views.agreements import OVERDUE_BRUSH, AgreementsPage
from cisdesk.ui.views.meetings import MeetingsPage


@pytest.fixture
def ctx(make_install):
    context = AppContext(fix_today(make_install("GT")))
    yield context
    context.tasks.wait()


@pytest.fixture
def page(ctx, qtbot) -> MeetingsPage:
    widget = MeetingsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    return widget


@pytest.fixture
def yes(monkeypatch) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def fill_meeting(dialog: MeetingDialog, ctx, **values) -> None:
    fields = dialog.form.fields
    choose(fields["kind"], values.get("kind", "committee"))
    if "committee" in values:
        choose(fields["committee_id"], committees(ctx.record)[values["committee"]])
    fields["title"].setText(values.get("title", "Sesión del comité"))
    fields["date"].setDate(values.get("date", dt.date(2019, 2, 4)))
    fields["duration_minutes"].setValue(values.get("minutes", 120))
    fields["virtual"].setChecked(values.get("virtual", True))


def all_meetings(record) -> list[Meeting]:
    with record.reader() as session:
        return list(session.scalars(select(Meeting)))


def test_record_a_meeting_then_undo_and_redo(page, ctx, qtbot):
    dialog = page.create()
    assert isinstance(dialog, MeetingDialog)
    fill_meeting(dialog, ctx, committee="PPS", title="Revisión de hitos")
    assert dialog.save()
    assert not dialog.isVisible()
    assert [r["title"] for r in table_rows(page.table)] == ["Revisión de hitos"]
    (stored,) = all_meetings(ctx.record)
    assert (stored.kind, stored.duration_minutes, stored.virtual) == ("committee", 120, True)
    ctx.undo_stack.undo()
    assert table_rows(page.table) == []
    assert all_meetings(ctx.record)[0].deleted
    ctx.undo_stack.redo()
    assert [r["title"] for r in table_rows(page.table)] == ["Revisión de hitos"]


def test_edit_a_meeting_and_undo(page, ctx):
    meeting_id = meetings.create_meeting(
        ctx.record,
        kind="joint",
        title="Reunión conjunta",
        date=dt.date(2019, 1, 10),
        duration_minutes=180,
        virtual=True,
    ).row_id
    ctx.notify({"meeting"})
    select_row(page.table, 0)
    dialog = page.edit_selected()
    assert isinstance(dialog, MeetingDialog) and not dialog.read_only
    assert not dialog.form.fields["committee_id"].isEnabled()  # joint: no committee
    dialog.form.fields["title"].setText("Reunión conjunta CT-CIS")
    assert dialog.save()
    assert table_rows(page.table)[0]["title"] == "Reunión conjunta CT-CIS"
    ctx.undo_stack.undo()
    with ctx.record.reader() as session:
        assert session.get(Meeting, meeting_id).title == "Reunión conjunta"
    assert page.selected_id() == meeting_id


def test_the_three_and_a_half_hour_flag(page, ctx, qtbot):
    for virtual, title in ((True, "Virtual larga"), (False, "Presencial larga")):
        dialog = page.create()
        fill_meeting(dialog, ctx, committee="MEI", title=title, minutes=240, virtual=virtual)
        assert dialog.warning.isVisibleTo(dialog) is virtual
        assert dialog.save()
    duration = next(i for i, c in enumerate(page.model.columns) if c.key == "duration_minutes")
    rows = {r["title"]: i for i, r in enumerate(table_rows(page.table))}
    flagged = page.proxy.index(rows["Virtual larga"], duration)
    plain = page.proxy.index(rows["Presencial larga"], duration)
    assert flagged.data() == plain.data() == "4 h"
    assert flagged.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "3.5 hours" in flagged.data(Qt.ItemDataRole.ToolTipRole)
    assert flagged.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert plain.data(Qt.ItemDataRole.DecorationRole) is None
    assert plain.data(Qt.ItemDataRole.ToolTipRole) is None


def test_dialog_warning_follows_the_fields(ctx, qtbot):
    dialog = MeetingDialog(ctx)
    qtbot.addWidget(dialog)
    fields = dialog.form.fields
    fields["virtual"].setChecked(True)
    fields["duration_minutes"].setValue(210)
    assert not dialog.warning.isVisibleTo(dialog)
    fields["duration_minutes"].setValue(211)
    assert dialog.warning.isVisibleTo(dialog)
    fields["virtual"].setChecked(False)
    assert not dialog.warning.isVisibleTo(dialog)


def test_refusals_show_at_the_field(ctx, qtbot):
    dialog = MeetingDialog(ctx)
    qtbot.addWidget(dialog)
    fill_meeting(dialog, ctx, title="   ")
    choose(dialog.form.fields["committee_id"], None)
    assert not dialog.save()
    assert dialog.form.error_of("committee_id") == "Choose a committee."
    choose(dialog.form.fields["committee_id"], committees(ctx.record)["CI"])
    assert not dialog.save()
    assert dialog.form.error_of("committee_id") == ""
    assert dialog.form.error_of("title") == "Enter a title."
    assert all_meetings(ctx.record) == []


def test_meeting_with_an_agreement_and_a_follow_up(page, ctx, qtbot):
    dialog = page.create()
    fill_meeting(dialog, ctx, committee="CI", title="Mesa de cooperantes", date=dt.date(2019, 2, 1))
    assert dialog.save()
    select_row(page.table, 0)
    panel = page.agreements
    assert panel.new_button.isEnabled()

    agreement = panel.create()
    assert isinstance(agreement, AgreementDialog)
    fields = agreement.form.fields
    assert not fields["meeting_id"].isEnabled()
    fields["text"].setPlainText("Elaborar nota conceptual para la mesa de cooperantes")
    choose(fields["responsible_country"], "SV")
    fields["due_date"].set_value(dt.date(2019, 1, 15))
    assert not agreement.save()
    assert agreement.form.error_of("due_date") == (
        "The due date cannot be before the meeting (2019-02-01)."
    )
    fields["due_date"].set_value(dt.date(2019, 3, 1))
    assert agreement.save()
    assert [r["responsible_country"] for r in table_rows(panel.table)] == ["SV"]
    assert table_rows(page.table)[0]["agreements"] == 1

    select_row(panel.table, 0)
    followups = page.followups
    assert followups.agreement is not None and followups.new_button.isEnabled()
    follow = followups.create()
    assert isinstance(follow, FollowUpDialog)
    follow.form.fields["date"].setDate(dt.date(2019, 3, 5))
    choose(follow.form.fields["status"], "fulfilled")
    follow.form.fields["note"].setPlainText("Nota enviada a la SISCA")
    assert follow.save()
    assert [r["note"] for r in table_rows(followups.table)] == ["Nota enviada a la SISCA"]
    assert table_rows(panel.table)[0]["status"] == "fulfilled"

    ctx.undo_stack.undo()  # the follow-up, and the status it gave
    assert table_rows(followups.table) == []
    assert table_rows(panel.table)[0]["status"] == "pending"
    with ctx.record.reader() as session:
        assert session.scalars(select(AgreementFollowUp)).one().deleted
        assert session.scalars(select(Agreement)).one().status == "pending"


def test_deleting_a_meeting_deletes_its_agreements_and_undo_restores(page, ctx, yes):
    meeting_id = meetings.create_meeting(
        ctx.record,
        kind="committee",
        committee_id=committees(ctx.record)["PPS"],
        title="Sesión",
        date=dt.date(2019, 2, 1),
        duration_minutes=90,
        virtual=True,
    ).row_id
    meetings.create_agreement(
        ctx.record, meeting_id=meeting_id, text="Acuerdo", responsible_country="GT"
    )
    ctx.notify({"meeting", "agreement"})
    select_row(page.table, 0)
    assert page.delete_selected()
    assert "Sesión" in yes[0]
    assert table_rows(page.table) == []
    with ctx.record.reader() as session:
        assert session.scalars(select(Agreement)).one().deleted
    ctx.undo_stack.undo()
    assert len(table_rows(page.table)) == 1
    with ctx.record.reader() as session:
        assert not session.scalars(select(Agreement)).one().deleted


def test_unsaved_dialog_asks_before_closing(ctx, qtbot, monkeypatch):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = MeetingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing typed: closes without asking
    assert asked == [] and not dialog.isVisible()
    dialog.show()
    dialog.form.fields["title"].setText("A medio escribir")
    assert dialog.has_unsaved_changes()
    dialog.reject()
    assert len(asked) == 1 and dialog.isVisible()
    dialog.reject()
    assert len(asked) == 2 and not dialog.isVisible()


def test_keyboard_shortcuts_reach_the_focused_panel(page, ctx, qtbot):
    meetings.create_meeting(
        ctx.record,
        kind="urgent",
        committee_id=committees(ctx.record)["MEI"],
        title="Consulta urgente",
        date=dt.date(2019, 3, 1),
        duration_minutes=60,
        virtual=True,
    )
    ctx.notify({"meeting"})
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    select_row(page.table, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    opened = [d for d in page.findChildren(MeetingDialog) if d.isVisible()]
    assert len(opened) == 1
    opened[0].done(0)
    page.agreements.table.setFocus()
    qtbot.keyClick(page.agreements.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    agreement = [d for d in page.agreements.findChildren(AgreementDialog) if d.isVisible()]
    assert len(agreement) == 1
    agreement[0].done(0)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search


def test_delete_key_asks_then_deletes(page, ctx, qtbot, yes):
    meetings.create_meeting(
        ctx.record,
        kind="joint",
        title="Conjunta de marzo",
        date=dt.date(2019, 3, 1),
        duration_minutes=60,
        virtual=True,
    )
    ctx.notify({"meeting"})
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    select_row(page.table, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert yes and "Conjunta de marzo" in yes[0]
    assert table_rows(page.table) == []
    assert ctx.undo_stack.undoText().startswith("Delete")


def test_enter_opens_the_selected_meeting(page, ctx, qtbot):
    meetings.create_meeting(
        ctx.record,
        kind="joint",
        title="Conjunta",
        date=dt.date(2019, 3, 1),
        duration_minutes=60,
        virtual=False,
    )
    ctx.notify({"meeting"})
    select_row(page.table, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialogs = [d for d in page.findChildren(MeetingDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].row_id is not None


def test_other_countries_meetings_are_read_only(page, ctx):
    with ctx.record.edit(foreign("NI")) as session:
        session.add(Meeting(kind="joint", title="Conjunta de Nicaragua", date=dt.date(2019, 1, 9)))
    choose(page.filters["owner"], None)
    select_row(page.table, 0)
    assert table_rows(page.table)[0]["owner"] == "NI"
    assert not page.delete_button.isEnabled()
    assert page.edit_button.text() == "View…"
    assert not page.agreements.new_button.isEnabled()
    dialog = page.edit_selected()
    assert dialog.read_only and dialog.form.is_read_only("title")
    # Readable (not greyed out) and says who recorded it.
    assert dialog.form.fields["title"].isEnabled() and dialog.form.fields["title"].isReadOnly()
    assert dialog.recorded_by.text().startswith("Recorded by Nicaragua")
    assert dialog.save()  # Close: nothing written
    with ctx.record.reader() as session:
        assert session.scalars(select(Meeting)).one().title == "Conjunta de Nicaragua"


# --- Acuerdos -----------------------------------------------------------------------------


@pytest.fixture
def agreements_page(ctx, qtbot) -> AgreementsPage:
    meeting_id = meetings.create_meeting(
        ctx.record,
        kind="committee",
        committee_id=committees(ctx.record)["PPS"],
        title="Sesión de enero",
        date=dt.date(2019, 1, 20),
        duration_minutes=120,
        virtual=True,
    ).row_id
    for text, due, status in (
        ("Vencido", dt.date(2019, 3, 1), "pending"),
        ("A tiempo", dt.date(2019, 4, 1), "pending"),
        ("Cumplido", dt.date(2019, 2, 1), "fulfilled"),
    ):
        meetings.create_agreement(
            ctx.record,
            meeting_id=meeting_id,
            text=text,
            responsible_country="GT",
            due_date=due,
            status=status,
        )
    widget = AgreementsPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_overdue_agreements_stand_out(agreements_page):
    page = agreements_page
    rows = {r["text"]: i for i, r in enumerate(table_rows(page.table))}
    assert set(rows) == {"Vencido", "A tiempo", "Cumplido"}
    late = page.proxy.index(rows["Vencido"], 1)
    assert late.data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BRUSH
    assert late.data(Qt.ItemDataRole.FontRole).bold()
    assert "2019-03-01" in late.data(Qt.ItemDataRole.ToolTipRole)
    for other in ("A tiempo", "Cumplido"):
        index = page.proxy.index(rows[other], 1)
        assert index.data(Qt.ItemDataRole.BackgroundRole) is None
        assert index.data(Qt.ItemDataRole.FontRole) is None
    page.only_overdue.setChecked(True)
    assert [r["text"] for r in table_rows(page.table)] == ["Vencido"]
    # Listed alone, overdue rows are not all painted bold red; the tooltip still says why.
    late = page.proxy.index(0, 1)
    assert late.data(Qt.ItemDataRole.BackgroundRole) is None
    assert late.data(Qt.ItemDataRole.FontRole) is None
    assert "2019-03-01" in late.data(Qt.ItemDataRole.ToolTipRole)


def test_fulfilling_an_overdue_agreement_clears_it(agreements_page, ctx):
    page = agreements_page
    page.only_overdue.setChecked(True)
    select_row(page.table, 0)
    dialog = page.followups.create()
    choose(dialog.form.fields["status"], "fulfilled")
    dialog.form.fields["note"].setPlainText("Cumplido con retraso")
    assert dialog.save()
    assert table_rows(page.table) == []


def test_agreement_filters_and_text_search(agreements_page, qtbot):
    page = agreements_page
    choose(page.filters["status"], "fulfilled")
    assert [r["text"] for r in table_rows(page.table)] == ["Cumplido"]
    choose(page.filters["status"], None)
    page.search.setText("tiempo")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert table_rows(page.table)[0]["text"] == "A tiempo"
    page.focus_filter()
    assert page.search.hasFocus() or QApplication.focusWidget() is page.search


def test_sorting_goes_to_the_database(agreements_page):
    page = agreements_page
    text_column = next(i for i, c in enumerate(page.model.columns) if c.key == "text")
    page.table.sortByColumn(text_column, Qt.SortOrder.AscendingOrder)
    assert [r["text"] for r in table_rows(page.table)] == ["A tiempo", "Cumplido", "Vencido"]
    page.table.sortByColumn(text_column, Qt.SortOrder.DescendingOrder)
    assert [r["text"] for r in table_rows(page.table)] == ["Vencido", "Cumplido", "A tiempo"]
