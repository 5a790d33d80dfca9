"""Plan edits, workflow steps, versions and proposal steps undo through ``Record.undo``.

The plan's changes return a ChangeSet like every other edit of the record, and their
undo and redo go through the same write gate: captured for sync, and refused (whole,
nothing written) where the edit itself would be refused.
"""

import datetime as dt

from plan_support import TODAY, refused, snapshot, strategy_of
from sqlalchemy import select

from cisdesk.activity import plan_versions, proposals
from cisdesk.activity.plan_edit import add_ppt_semester, set_plan_fields, transition_strategy
from cisdesk.activity.store import ChangeSet, RowChange
from cisdesk.db.models import (
    ComboLine,
    Milestone,
    PptTerm,
    ProposalStep,
    Result,
    Strategy,
    StrategyVersion,
    ThematicCombo,
)
from cisdesk.db.record import Record
from cisdesk.db.versions import versions_of


def _get(record: Record, model, row_id: str):
    with record.reader() as session:
        return session.get(model, row_id)


def _first(record: Record, model):
    with record.reader() as session:
        return session.scalars(select(model).order_by(model.id)).first()


def _version(record: Record, row_id: str, field: str) -> tuple[int, str]:
    with record.reader() as session:
        version = versions_of(session.connection(), [row_id])[(row_id, field)]
        return version.hlc, version.site


def test_a_plan_edit_returns_its_change_set(sisca: Record) -> None:
    result = _first(sisca, Result)
    changes = set_plan_fields(sisca, "result", result.id, {"text": "  Marco revisado "})
    assert isinstance(changes, ChangeSet)
    assert changes.changes == (
        RowChange("result", result.id, {"text": result.text}, {"text": "Marco revisado"}),
    )
    assert changes.owner == "REG"
    # Nothing differs: nothing to undo.
    assert not set_plan_fields(sisca, "result", result.id, {"text": "Marco revisado"})


def test_undo_and_redo_of_a_plan_edit_are_captured_edits(sisca: Record) -> None:
    result = _first(sisca, Result)
    changes = set_plan_fields(
        sisca, "result", result.id, {"text": "Marco revisado", "start_semester": "2019-II"}
    )
    edited_at, _site = _version(sisca, result.id, "text")
    sisca.undo(changes)
    stored = _get(sisca, Result, result.id)
    assert (stored.text, stored.start_semester) == (result.text, result.start_semester)
    undone_at, site = _version(sisca, result.id, "text")
    assert site == sisca.install.site_id and undone_at > edited_at  # it syncs as a newer edit
    sisca.redo(changes)
    assert _get(sisca, Result, result.id).text == "Marco revisado"
    assert _version(sisca, result.id, "text")[0] > undone_at


def test_undo_of_a_plan_edit_is_refused_on_a_country_install(sisca: Record, gt: Record) -> None:
    # The reference plan has the same ids on every install.
    result = _first(sisca, Result)
    changes = set_plan_fields(sisca, "result", result.id, {"text": "Marco revisado"})
    with refused(gt, "plan.sisca_only"):
        gt.undo(changes)
    with refused(gt, "plan.sisca_only"):
        gt.redo(changes)


def test_undo_of_an_edit_to_a_version_locked_since_is_refused(sisca: Record) -> None:
    strategy = strategy_of(sisca)
    changes = set_plan_fields(sisca, "strategy", strategy.id, {"title": "Estrategia revisada"})
    transition_strategy(sisca, strategy.id, "validated", dt.date(2018, 2, 1))
    with refused(sisca, "plan.version_locked"):
        sisca.undo(changes)


def test_a_workflow_step_is_on_the_stack_but_its_undo_is_refused(sisca: Record) -> None:
    strategy = strategy_of(sisca)
    step = transition_strategy(sisca, strategy.id, "validated", dt.date(2018, 2, 1), "acta 3")
    assert step.changes[0].after["status"] == "validated"
    assert step.changes[0].before["status"] == "draft"
    with refused(sisca, "plan.workflow_backwards"):
        sisca.undo(step)
    assert _get(sisca, Strategy, strategy.id).status == "validated"


def _approved(record: Record) -> Strategy:
    strategy = strategy_of(record)
    transition_strategy(record, strategy.id, "validated", dt.date(2018, 2, 1), "CT-CIS acta 3")
    transition_strategy(record, strategy.id, "approved", dt.date(2018, 3, 1), "CIS res. 12")
    return _get(record, Strategy, strategy.id)


def test_a_new_version_is_undone_and_redone(sisca: Record) -> None:
    approved = _approved(sisca)
    changes = plan_versions.start_new_version(sisca, approved.id)
    closed_id = changes.row_id
    assert _get(sisca, StrategyVersion, closed_id).number == 1
    assert _get(sisca, Strategy, approved.id).status == "draft"
    sisca.undo(changes)
    back = _get(sisca, Strategy, approved.id)
    assert (back.status, back.version, back.approved_ref) == ("approved", 1, "CIS res. 12")
    assert back.validated_on == dt.date(2018, 2, 1)
    assert _get(sisca, StrategyVersion, closed_id).deleted
    assert [v.number for v in plan_versions.versions_of(sisca, approved.id)] == [1]
    hlc, site = _version(sisca, approved.id, "status")
    assert site == sisca.install.site_id
    sisca.redo(changes)
    again = _get(sisca, Strategy, approved.id)
    assert (again.status, again.version) == ("draft", 2)
    assert not _get(sisca, StrategyVersion, closed_id).deleted
    assert _version(sisca, approved.id, "status")[0] > hlc


def test_undo_of_a_new_version_whose_draft_changed_is_refused(sisca: Record) -> None:
    approved = _approved(sisca)
    changes = plan_versions.start_new_version(sisca, approved.id)
    set_plan_fields(sisca, "strategy", approved.id, {"title": "Otra estrategia"})
    with refused(sisca, "plan.undo_version_edited"):
        sisca.undo(changes)


def test_undo_of_a_version_after_the_strategy_moved_on_is_refused(sisca: Record) -> None:
    approved = _approved(sisca)
    changes = plan_versions.start_new_version(sisca, approved.id)
    transition_strategy(sisca, approved.id, "validated", TODAY)
    with refused(sisca, "plan.undo_moved_on"):
        sisca.undo(changes)


def test_a_new_period_milestone_and_result_are_undone(sisca: Record) -> None:
    committee_id = strategy_of(sisca).committee_id
    period = plan_versions.start_strategy_period(sisca, committee_id, "2019-07", "2020-12")
    strategy_id = period.row_id
    assert {c.table for c in period} == {"strategy", "thematic_combo", "combo_line"}
    milestone = plan_versions.add_milestone(sisca, strategy_id, "Nuevo hito")
    result = plan_versions.add_result(sisca, milestone.row_id, "Nuevo resultado", "2019-II")
    for changes in (result, milestone, period):
        sisca.undo(changes)
    assert _get(sisca, Result, result.row_id).deleted
    assert _get(sisca, Milestone, milestone.row_id).deleted
    assert _get(sisca, Strategy, strategy_id).deleted
    with sisca.reader() as session:
        combos = session.scalars(
            select(ThematicCombo).where(ThematicCombo.strategy_id == strategy_id)
        ).all()
        assert combos and all(c.deleted for c in combos)
        lines = session.scalars(
            select(ComboLine).where(ComboLine.combo_id.in_([c.id for c in combos]))
        ).all()
        assert lines and all(line.deleted for line in lines)


def test_a_new_ppt_semester_is_undone_and_redone(sisca: Record) -> None:
    changes = add_ppt_semester(sisca)
    term_id = changes.row_id
    assert _get(sisca, PptTerm, term_id).semester == "2031-I"
    sisca.undo(changes)
    assert _get(sisca, PptTerm, term_id).deleted
    sisca.redo(changes)
    assert not _get(sisca, PptTerm, term_id).deleted


def test_a_proposal_step_is_undone_and_redone(make, gt: Record) -> None:
    proposal_id = make.proposal(date=dt.date(2019, 1, 10))
    step = proposals.add_step(gt, proposal_id, "raised", dt.date(2019, 1, 20))
    assert [p["step"] for p in proposals.steps_of(gt, proposal_id)] == ["draft", "raised"]
    gt.undo(step)
    assert [p["step"] for p in proposals.steps_of(gt, proposal_id)] == ["draft"]
    assert _get(gt, ProposalStep, step.row_id).deleted
    gt.redo(step)
    assert [p["step"] for p in proposals.steps_of(gt, proposal_id)] == ["draft", "raised"]


def test_only_the_last_proposal_step_is_undone_and_redo_keeps_the_order(
    make_sisca, sisca: Record
) -> None:
    proposal_id = make_sisca.proposal(date=dt.date(2019, 1, 10))
    raised = proposals.add_step(sisca, proposal_id, "raised", dt.date(2019, 1, 20))
    submitted = proposals.add_step(sisca, proposal_id, "submitted", dt.date(2019, 2, 1))
    with refused(sisca, "proposal.undo_not_last"):
        sisca.undo(raised)
    sisca.undo(submitted)
    sisca.undo(raised)
    before = snapshot(sisca)
    with refused(sisca, "proposal.step_out_of_order"):
        sisca.redo(submitted)
    assert snapshot(sisca) == before
    sisca.redo(raised)
    sisca.redo(submitted)
    steps = [p["step"] for p in proposals.steps_of(sisca, proposal_id)]
    assert steps == ["draft", "raised", "submitted"]
