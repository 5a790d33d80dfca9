"""The Plan page, a proposal's steps and strategy versions on the window's one undo stack."""

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from record_fixtures import fix_today
from sqlalchemy import select

from cisdesk.activity import outreach, proposals
from cisdesk.activity.store import ChangeSet
from cisdesk.db.models import (
    Committee,
    Milestone,
    ProposalStep,
    Result,
    Strategy,
    StrategyVersion,
)
from cisdesk.db.versions import versions_of
from cisdesk.sync.export import export_bundle
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.proposal_path import ProposalPath
from cisdesk.ui.undo import RecordCommand


def _version(record, row_id, field):
    with record.reader() as session:
        return versions_of(session.connection(), [row_id])[(row_id, field)]


def _get(record, model, row_id):
    with record.reader() as session:
        return session.get(model, row_id)


def _first(record, model, *where):
    with record.reader() as session:
        return session.scalars(select(model).where(*where).order_by(model.id)).first()


def _top(window) -> RecordCommand:
    stack = window.ctx.undo_stack
    command = stack.command(stack.index() - 1)
    assert isinstance(command, RecordCommand) and isinstance(command.changes, ChangeSet)
    return command


def _exported_values(record, tmp_path: Path, row_id: str, field: str) -> list[object]:
    """The values of one field that an export of this install carries."""
    out = tmp_path / f"export-{len(list(tmp_path.glob('export-*')))}.cisb"
    export_bundle(record, out, full=True)
    with zipfile.ZipFile(out) as archive:
        lines = archive.read("payload.jsonl").decode().splitlines()
    return [
        line["v"]
        for line in map(json.loads, lines)
        if line["r"] == row_id and line["f"] == field and line["s"] == record.install.site_id
    ]


def _draft_result(record) -> Result:
    """A result of a strategy opened as a new draft version (the demo approves them)."""
    from cisdesk.activity.plan_versions import start_new_version

    result = _first(record, Result)
    milestone = _get(record, Milestone, result.milestone_id)
    if _get(record, Strategy, milestone.strategy_id).status != "draft":
        start_new_version(record, milestone.strategy_id)
    return result


def test_a_plan_edit_undoes_with_ctrl_z_through_the_record_and_syncs(
    demo_regional_db, open_records, make_window, qtbot, tmp_path
) -> None:
    record = open_records(demo_regional_db)
    window = make_window(record)
    plan = window.go_to("plan")
    result = _draft_result(record)
    plan.refresh()
    assert plan.select_row("result", result.id)
    plan.editors["text"].setPlainText("Marco regional revisado")
    assert plan.save()
    command = _top(window)  # the record's own command, replaying the edit's change set
    assert command.changes.changes[0].after == {"text": "Marco regional revisado"}
    edited_at = _version(record, result.id, "text").hlc

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    plan.tree.setFocus()  # not a text editor, whose own Ctrl+Z undoes typing
    qtbot.keyClick(plan.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _get(record, Result, result.id).text == result.text
    version = _version(record, result.id, "text")
    assert version.site == record.install.site_id and version.hlc > edited_at
    assert _exported_values(record, tmp_path, result.id, "text") == [result.text]
    plan.refresh()
    assert plan.editors["text"].toPlainText() == result.text

    window.ctx.undo_stack.redo()
    assert _get(record, Result, result.id).text == "Marco regional revisado"
    assert _exported_values(record, tmp_path, result.id, "text") == ["Marco regional revisado"]


def test_a_new_strategy_version_from_the_page_is_undone_and_redone(
    demo_regional_db, open_records, make_window
) -> None:
    record = open_records(demo_regional_db)
    window = make_window(record)
    plan = window.go_to("plan")
    strategy = _first(record, Strategy, Strategy.status == "approved")
    assert strategy is not None, "the demo approves the strategies"
    assert plan.select_row("strategy", strategy.id)
    plan.detail.evolution.findChild(QPushButton, "evo_new_version").click()
    now = _get(record, Strategy, strategy.id)
    assert (now.status, now.version) == ("draft", (strategy.version or 1) + 1)
    closed_id = _top(window).changes.row_id
    assert _get(record, StrategyVersion, closed_id).status == "approved"

    window.ctx.undo_stack.undo()
    back = _get(record, Strategy, strategy.id)
    assert (back.status, back.version, back.approved_on) == (
        "approved",
        strategy.version,
        strategy.approved_on,
    )
    assert _get(record, StrategyVersion, closed_id).deleted
    plan.select_row("strategy", strategy.id)
    assert plan.detail.evolution.findChild(QPushButton, "evo_new_version") is not None

    window.ctx.undo_stack.redo()
    assert _get(record, Strategy, strategy.id).status == "draft"
    assert not _get(record, StrategyVersion, closed_id).deleted


def test_added_milestone_and_refused_workflow_undo_keep_the_stack_whole(
    demo_regional_db, open_records, make_window, dialogs
) -> None:
    record = open_records(demo_regional_db)
    window = make_window(record)
    plan = window.go_to("plan")
    result = _draft_result(record)
    strategy_id = _get(record, Milestone, result.milestone_id).strategy_id
    plan.refresh()
    assert plan.select_row("strategy", strategy_id)
    panel = plan.detail.evolution
    panel.findChild(QLineEdit, "evo_milestone_text").setText("Evaluación de cierre")
    panel.findChild(QPushButton, "evo_add_milestone").click()
    milestone_id = _top(window).changes.row_id
    assert _get(record, Milestone, milestone_id).text == "Evaluación de cierre"
    plan.select_row("strategy", strategy_id)
    plan.step_date.setDate(QDate(2019, 6, 10))
    plan.findChild(QPushButton, "to_validated").click()
    assert _get(record, Strategy, strategy_id).status == "validated"

    stack = window.ctx.undo_stack
    stack.undo()  # the validation is a step taken: refused whole, in the catalogue's words
    assert "cannot be undone" in dialogs.texts("warning")[-1]
    assert _get(record, Strategy, strategy_id).status == "validated"
    stack.undo()  # the milestone now belongs to a validated version: refused as an edit is
    assert "locked" in dialogs.texts("warning")[-1]
    assert not _get(record, Milestone, milestone_id).deleted
    assert not stack.canRedo()  # nothing half-undone waits to be redone


@pytest.fixture
def ctx_gt(make_install):
    context = AppContext(fix_today(make_install("GT")))
    yield context
    context.tasks.wait()


def test_a_proposal_step_is_undone_and_redone(ctx_gt, qtbot) -> None:
    record = ctx_gt.record
    with record.reader() as session:
        committee_id = session.scalars(select(Committee.id).order_by(Committee.code)).first()
    proposal_id = outreach.create_proposal(
        record,
        committee_id=committee_id,
        title="Estrategia regional de recursos",
        date=dt.date(2019, 2, 20),
    ).row_id
    path = ProposalPath(ctx_gt, proposal_id, editable=True)
    qtbot.addWidget(path)
    path.step_date.setDate(QDate(2019, 2, 25))
    assert path.record_step()
    steps = [s["step"] for s in proposals.steps_of(record, proposal_id)]
    assert steps == ["draft", "raised"]
    step_id = _top_ctx(ctx_gt).changes.row_id
    ctx_gt.undo_stack.undo()
    assert [s["step"] for s in proposals.steps_of(record, proposal_id)] == ["draft"]
    assert _get(record, ProposalStep, step_id).deleted
    ctx_gt.undo_stack.redo()
    assert [s["step"] for s in proposals.steps_of(record, proposal_id)] == ["draft", "raised"]


def _top_ctx(ctx) -> RecordCommand:
    command = ctx.undo_stack.command(ctx.undo_stack.index() - 1)
    assert isinstance(command, RecordCommand)
    return command
