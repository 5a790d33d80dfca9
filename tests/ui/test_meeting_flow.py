"""A meeting and its agreements in three or four clicks, and buttons that say why they wait."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from record_fixtures import choose, committees, fix_today, foreign
from sqlalchemy import select

from cisdesk.db.models import Agreement, Meeting
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.agreement_dialog import AgreementDialog
from cisdesk.ui.dialogs.meeting_dialog import MeetingDialog
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
    widget.resize(1366, 705)
    widget.show()
    return widget


def test_meeting_then_agreement_in_three_clicks(page, ctx, qtbot):
    # Click 1: New…
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in page.findChildren(MeetingDialog) if d.isVisible()]
    choose(dialog.form.fields["committee_id"], committees(ctx.record)["PPS"])
    dialog.form.fields["title"].setText("Revisión de hitos")
    dialog.form.fields["date"].setDate(dt.date(2019, 2, 4))
    # Click 2: Save and add agreement
    qtbot.mouseClick(dialog.save_and_add_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    meeting_id = dialog.row_id
    # The saved meeting is selected: its (empty) agreements show underneath.
    assert page.selected_id() == meeting_id
    assert page.agreements.meeting["id"] == meeting_id
    (agreement,) = [d for d in page.findChildren(AgreementDialog) if d.isVisible()]
    assert agreement.form.fields["meeting_id"].currentData() == meeting_id
    agreement.form.fields["text"].setPlainText("Enviar los insumos nacionales")
    # Click 3: Save
    qtbot.mouseClick(agreement.save_button, Qt.MouseButton.LeftButton)
    with ctx.record.reader() as session:
        (stored,) = session.scalars(select(Agreement)).all()
    assert stored.meeting_id == meeting_id
    rows = [page.agreements.proxy.row(i) for i in range(page.agreements.proxy.rowCount())]
    assert [r["text"] for r in rows] == ["Enviar los insumos nacionales"]
    assert page.agreements.selected_id() == stored.id


def test_plain_save_selects_the_new_meeting_without_more(page, ctx, qtbot):
    dialog = page.create()
    choose(dialog.form.fields["committee_id"], committees(ctx.record)["MEI"])
    dialog.form.fields["title"].setText("Sesión ordinaria")
    dialog.form.fields["date"].setDate(dt.date(2019, 1, 10))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.selected_id() == dialog.row_id
    assert not [d for d in page.findChildren(AgreementDialog) if d.isVisible()]


def test_disabled_buttons_say_why(page, ctx, qtbot):
    agreements = page.agreements
    assert not agreements.new_button.isEnabled()
    assert agreements.new_button.toolTip() == "Select a meeting first."
    assert page.edit_button.toolTip() == "Select a row first."
    assert page.delete_button.toolTip() == "Select a row first."
    with ctx.record.edit(foreign("HN")) as session:
        session.add(
            Meeting(
                kind="committee",
                title="Sesión de Honduras",
                date=dt.date(2019, 1, 8),
                virtual=True,
                duration_minutes=60,
            )
        )
    page.set_filter("owner", None)
    page.refresh()
    row = next(i for i in range(page.proxy.rowCount()) if page.proxy.row(i)["owner"] == "HN")
    page.table.selectRow(row)
    page.table.setCurrentIndex(page.proxy.index(row, 0))
    assert not page.delete_button.isEnabled()
    assert page.delete_button.toolTip() == "Recorded by Honduras: only Honduras can delete it."
    assert agreements.new_button.toolTip() == "Only Honduras can add agreements to this meeting."
