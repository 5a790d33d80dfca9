"""Plan editing at SISCA: field rules, the approval workflow, the PPT calendar."""

import datetime as dt

import pytest
from sqlalchemy import select

from cisdesk.activity.plan_edit import (
    add_ppt_semester,
    allowed_transitions,
    check_strategy_state,
    read_fields,
    set_plan_fields,
    transition_strategy,
)
from cisdesk.activity.store import replay
from cisdesk.db.digest import record_digest
from cisdesk.db.local import FieldVersion
from cisdesk.db.models import Milestone, PptTerm, Result, Strategy
from cisdesk.db.natural_keys import natural_id
from cisdesk.errors import ValidationError


def _first_id(record, model) -> str:
    with record.reader() as session:
        return session.scalars(select(model.id).order_by(model.id)).first()


def _digest(record) -> str:
    with record.engine.connect() as conn:
        return record_digest(conn)


def test_edit_texts_and_tags_is_captured_and_undone_like_any_edit(regional_record) -> None:
    milestone_id = _first_id(regional_record, Milestone)
    before = read_fields(regional_record, "milestone", milestone_id, ["text", "nuclei"])
    changes = set_plan_fields(
        regional_record, "milestone", milestone_id, {"text": "  New text ", "nuclei": "5, 1"}
    )
    [change] = changes
    assert (change.table, change.row_id, change.before) == ("milestone", milestone_id, before)
    assert changes.op_changes.rows("milestone") == {milestone_id}
    after = read_fields(regional_record, "milestone", milestone_id, ["text", "nuclei"])
    assert after == {"text": "New text", "nuclei": "1,5"}
    with regional_record.reader() as session:
        version = session.get(FieldVersion, (milestone_id, "nuclei"))
    assert version.site == regional_record.install.site_id
    replay(regional_record, changes, "before")  # what the app's one undo stack does
    assert read_fields(regional_record, "milestone", milestone_id, ["text", "nuclei"]) == before


@pytest.mark.parametrize(
    ("table", "values", "message"),
    [
        ("milestone", {"nuclei": "1,9"}, "no priority nucleus number 9"),
        ("milestone", {"objectives": "a"}, "numbers separated by commas"),
        ("result", {"start_semester": "2018-III"}, "not a semester"),
        ("result", {"text": "   "}, "cannot be empty"),
        ("result", {"owner": "GT"}, "cannot be edited"),
        ("strategy", {"status": "approved"}, "cannot be edited"),
        ("strategy", {"period_start": "2018-13"}, "not a month"),
    ],
)
def test_bad_values_are_refused_and_change_nothing(regional_record, table, values, message):
    model = {"milestone": Milestone, "result": Result, "strategy": Strategy}[table]
    row_id = _first_id(regional_record, model)
    digest = _digest(regional_record)
    with pytest.raises(ValidationError, match=message):
        set_plan_fields(regional_record, table, row_id, values)
    assert _digest(regional_record) == digest


def test_a_country_install_cannot_edit_the_plan(country_record) -> None:
    result_id = _first_id(country_record, Result)
    digest = _digest(country_record)
    with pytest.raises(ValidationError, match="Only the SISCA install"):
        set_plan_fields(country_record, "result", result_id, {"text": "x"})
    with pytest.raises(ValidationError, match="Only the SISCA install"):
        transition_strategy(country_record, _first_id(country_record, Strategy), "validated")
    assert _digest(country_record) == digest


def test_workflow_draft_validated_approved(regional_record) -> None:
    strategy_id = _first_id(regional_record, Strategy)
    assert allowed_transitions("draft") == ["validated"]
    validated = transition_strategy(
        regional_record, strategy_id, "validated", on=dt.date(2018, 2, 1)
    )
    [change] = validated
    assert change.before == {"status": "draft", "validated_on": None}
    assert change.after == {"status": "validated", "validated_on": dt.date(2018, 2, 1)}
    assert sorted(allowed_transitions("validated")) == ["approved", "draft"]
    approved = transition_strategy(regional_record, strategy_id, "approved", on=dt.date(2018, 3, 1))
    assert approved.changes[0].after == {"status": "approved", "approved_on": dt.date(2018, 3, 1)}
    assert allowed_transitions("approved") == []
    # Undo replays both steps backwards, through consistent states.
    replay(regional_record, approved, "before")
    replay(regional_record, validated, "before")
    fields = read_fields(regional_record, "strategy", strategy_id, ["status", "approved_on"])
    assert fields == {"status": "draft", "approved_on": None}


@pytest.mark.parametrize(
    ("steps", "target", "on", "message"),
    [
        ([], "approved", dt.date(2018, 3, 1), "must validate a strategy before"),
        ([("validated", dt.date(2018, 3, 1))], "approved", dt.date(2018, 2, 1), "before the CT"),
        ([], "validated", dt.date(2999, 1, 1), "cannot be in the future"),
        ([], "draft", dt.date(2018, 1, 1), "already draft"),
    ],
)
def test_workflow_refusals_change_nothing(regional_record, steps, target, on, message) -> None:
    strategy_id = _first_id(regional_record, Strategy)
    for step, date in steps:
        transition_strategy(regional_record, strategy_id, step, on=date)
    digest = _digest(regional_record)
    with pytest.raises(ValidationError, match=message):
        transition_strategy(regional_record, strategy_id, target, on=on)
    assert _digest(regional_record) == digest


def test_inconsistent_states_are_refused() -> None:
    check_strategy_state("approved", dt.date(2018, 1, 1), dt.date(2018, 1, 2))
    with pytest.raises(ValidationError):
        check_strategy_state("draft", dt.date(2018, 1, 1), None)
    with pytest.raises(ValidationError):
        check_strategy_state("validated", None, None)
    with pytest.raises(ValidationError):
        check_strategy_state("approved", dt.date(2018, 2, 1), dt.date(2018, 1, 1))
    with pytest.raises(ValidationError):
        check_strategy_state("lost", None, None)


def test_ppt_calendar_edit_and_next_semester(regional_record) -> None:
    with regional_record.reader() as session:
        terms = {t.semester: t for t in session.scalars(select(PptTerm))}
    assert terms["2018-I"].country == "DO"
    set_plan_fields(regional_record, "ppt_term", terms["2018-I"].id, {"country": "GT"})
    with pytest.raises(ValidationError, match="member country"):
        set_plan_fields(regional_record, "ppt_term", terms["2018-I"].id, {"country": "MX"})
    added_changes = add_ppt_semester(regional_record)
    new_id = added_changes.row_id
    with regional_record.reader() as session:
        added = session.get(PptTerm, new_id)
    last = max(terms)  # "2030-II"
    assert last == "2030-II"
    assert (added.semester, added.country) == ("2031-I", "GT")
    # One term per semester, with the id derived from it as the reference plan's are:
    # undoing the addition deletes it, adding again brings the same term back.
    assert new_id == natural_id("ppt_term", {"semester": "2031-I"})
    replay(regional_record, added_changes, "before")
    with regional_record.reader() as session:
        assert session.get(PptTerm, new_id).deleted is True
    assert add_ppt_semester(regional_record).row_id == new_id
