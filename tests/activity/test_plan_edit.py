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
from cisdesk.db.digest import record_digest
from cisdesk.db.models import Milestone, PptTerm, Result, Strategy
from cisdesk.db.versions import versions_of
from cisdesk.errors import ValidationError


def _first_id(record, model) -> str:
    with record.reader() as session:
        return session.scalars(select(model.id).order_by(model.id)).first()


def _digest(record) -> str:
    with record.engine.connect() as conn:
        return record_digest(conn)


def test_edit_texts_and_tags_is_captured_and_returns_its_changes(regional_record) -> None:
    milestone_id = _first_id(regional_record, Milestone)
    before = read_fields(regional_record, "milestone", milestone_id, ["text", "nuclei"])
    changes = set_plan_fields(
        regional_record, "milestone", milestone_id, {"text": "  New text ", "nuclei": "5, 1"}
    )
    assert changes.changes[0].before == before
    after = read_fields(regional_record, "milestone", milestone_id, ["text", "nuclei"])
    assert after == {"text": "New text", "nuclei": "1,5"}
    with regional_record.reader() as session:
        version = versions_of(session.connection(), [milestone_id])[(milestone_id, "nuclei")]
    assert version.site == regional_record.install.site_id
    regional_record.undo(changes)
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
    fields = ["status", "validated_on", "validated_ref", "approved_on", "approved_ref"]
    validated = transition_strategy(
        regional_record, strategy_id, "validated", on=dt.date(2018, 2, 1)
    )
    assert validated.changes[0].before["status"] == "draft"
    after = validated.changes[0].after
    assert (after["status"], after["validated_on"]) == ("validated", dt.date(2018, 2, 1))
    assert allowed_transitions("validated") == ["approved"]
    approved = transition_strategy(
        regional_record, strategy_id, "approved", on=dt.date(2018, 3, 1), reference="CIS-R-12"
    )
    assert read_fields(regional_record, "strategy", strategy_id, fields) == {
        "status": "approved",
        "validated_on": dt.date(2018, 2, 1),
        "validated_ref": None,
        "approved_on": dt.date(2018, 3, 1),
        "approved_ref": "CIS-R-12",
    }
    assert allowed_transitions("approved") == []
    # A step taken is not undone: putting the draft back is refused and changes nothing.
    digest = _digest(regional_record)
    with pytest.raises(ValidationError, match="cannot be undone"):
        regional_record.undo(approved)
    with pytest.raises(ValidationError, match="can no longer be undone"):
        regional_record.undo(validated)
    assert _digest(regional_record) == digest
    fields = read_fields(regional_record, "strategy", strategy_id, ["status", "approved_on"])
    assert fields == {"status": "approved", "approved_on": dt.date(2018, 3, 1)}


@pytest.mark.parametrize(
    ("steps", "target", "on", "message"),
    [
        ([], "approved", dt.date(2018, 3, 1), "must validate the strategy before"),
        ([("validated", dt.date(2018, 3, 1))], "approved", dt.date(2018, 2, 1), "before the CT"),
        ([], "validated", dt.date(2999, 1, 1), "cannot be in the future"),
        ([], "draft", dt.date(2018, 1, 1), "already at that step"),
        ([("validated", dt.date(2018, 3, 1))], "draft", dt.date(2018, 3, 2), "cannot be undone"),
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
    changes = add_ppt_semester(regional_record)
    new_id = changes.row_id
    with regional_record.reader() as session:
        added = session.get(PptTerm, new_id)
    last = max(terms)  # "2030-II"
    assert last == "2030-II"
    assert (added.semester, added.country) == ("2031-I", "GT")
    regional_record.undo(changes)
    # One term per semester, its id derived from it: adding it again brings it back.
    assert add_ppt_semester(regional_record).row_id == new_id
