"""Editing the plan at SISCA: which fields may change, how, and the approval workflow.

A strategy moves draft → validated by the CT-CIS → approved by the CIS, each step
with its date. Every write goes through ``record.edit()`` so it is captured for
sync; functions return the values they replaced so an undo can put them back.
"""

import datetime as dt
import re
from typing import Any

from sqlalchemy import select

from cisdesk.activity import plan_versions
from cisdesk.activity.plan_versions import check_unlocked
from cisdesk.countries import BY_CODE, parse_semester
from cisdesk.db.base import Replicated
from cisdesk.db.models import (
    MODEL_BY_TABLE,
    PlanObjective,
    PriorityNucleus,
    Strategy,
    StrategyStatus,
)
from cisdesk.db.record import Record
from cisdesk.errors import ValidationError
from cisdesk.messages import Message, msg

#: Fields a person may edit, per plan table (the workflow fields are separate).
EDITABLE_FIELDS: dict[str, tuple[str, ...]] = {
    "committee": ("name",),
    "strategy": ("title", "period_start", "period_end", "period_text", "description"),
    "thematic_combo": ("title",),
    "combo_line": ("text",),
    "milestone": ("text", "nuclei", "objectives"),
    "result": ("text", "start_semester"),
    "ppt_term": ("country",),
}
WORKFLOW_FIELDS: tuple[str, ...] = (
    "status",
    "validated_on",
    "approved_on",
    "validated_ref",
    "approved_ref",
)
_REQUIRED_TEXT = {"name", "title", "text"}
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")

#: The steps a strategy may take, and what each step means.
TRANSITIONS: dict[tuple[str, str], str] = {
    (StrategyStatus.DRAFT.value, StrategyStatus.VALIDATED.value): "validated by the CT-CIS",
    (StrategyStatus.VALIDATED.value, StrategyStatus.APPROVED.value): "approved by the CIS",
}


def _require_regional(record: Record) -> None:
    if not record.install.is_regional:
        raise ValidationError("plan.only_sisca")


def _numbers_allowed(record: Record, model: type[Replicated]) -> set[int]:
    with record.reader() as session:
        numbers = session.scalars(
            select(model.number).where(model.deleted.is_not(True))  # type: ignore[attr-defined]
        )
        return {n for n in numbers if n is not None and n > 0}


def _number_list(record: Record, field: str, value: Any) -> str:
    text = "" if value is None else str(value)
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    if not all(p.isdigit() for p in parts):
        raise ValidationError("plan.numbers", what=_field_label(field))
    numbers = sorted({int(p) for p in parts})
    model = PriorityNucleus if field == "nuclei" else PlanObjective
    allowed = _numbers_allowed(record, model)
    unknown = [n for n in numbers if n not in allowed]
    if unknown:
        raise ValidationError(
            "plan.unknown_number", what=_field_label(field, singular=True), number=unknown[0]
        )
    return ",".join(str(n) for n in numbers)


def _field_label(field: str, singular: bool = False) -> Message:
    return msg(f"plan.field.{field}" + ("_one" if singular else ""))


def normalize_value(record: Record, table: str, field: str, value: Any) -> Any:
    """The value to store, or ValidationError with a sentence saying what is wrong."""
    if field in _REQUIRED_TEXT:
        text = (value or "").strip() if isinstance(value, str | type(None)) else None
        if not text:
            raise ValidationError("plan.empty", name=msg(f"plan.field.{field}"))
        return text
    if field in ("period_text", "description"):
        return (value or "").strip() or None
    if field == "start_semester":
        try:
            parse_semester(str(value or ""))
        except ValueError as exc:
            raise ValidationError("plan.semester", value=repr(value)) from exc
        return str(value)
    if field in ("period_start", "period_end"):
        if not _MONTH.match(str(value or "")):
            raise ValidationError("plan.month", value=repr(value))
        return str(value)
    if field in ("nuclei", "objectives"):
        return _number_list(record, field, value)
    if field == "country":
        if value not in BY_CODE:
            raise ValidationError("plan.country", value=repr(value))
        return value
    raise ValidationError("plan.not_editable", name=field, table=table)


def check_strategy_state(
    status: str | None, validated_on: dt.date | None, approved_on: dt.date | None
) -> None:
    """Refuse a combination of status and dates the workflow cannot produce."""
    if status == StrategyStatus.DRAFT.value:
        if validated_on is not None or approved_on is not None:
            raise ValidationError("plan.draft_dates")
    elif status == StrategyStatus.VALIDATED.value:
        if validated_on is None:
            raise ValidationError("plan.validated_date")
        if approved_on is not None:
            raise ValidationError("plan.unapproved_date")
    elif status == StrategyStatus.APPROVED.value:
        if validated_on is None or approved_on is None:
            raise ValidationError("plan.approved_dates")
        if approved_on < validated_on:
            raise ValidationError("plan.approved_before_validated")
    else:
        raise ValidationError("plan.bad_status", status=repr(status))


def _load(session: Any, table: str, row_id: str, *, deleted_too: bool = False) -> Replicated:
    model = MODEL_BY_TABLE.get(table)
    if model is None or table not in EDITABLE_FIELDS:
        raise ValidationError("plan.not_plan", table=table)
    row = session.get(model, row_id)
    if row is None or (row.deleted and not deleted_too):
        raise ValidationError("plan.gone")
    return row


def read_fields(record: Record, table: str, row_id: str, fields: list[str]) -> dict[str, Any]:
    with record.reader() as session:
        row = _load(session, table, row_id)
        return {f: getattr(row, f) for f in fields}


def set_plan_fields(
    record: Record, table: str, row_id: str, values: dict[str, Any]
) -> dict[str, Any]:
    """Write edited plan fields as this install's edit; returns the replaced values."""
    _require_regional(record)
    allowed = EDITABLE_FIELDS.get(table, ())
    for field in values:
        if field not in allowed:
            raise ValidationError("plan.not_editable", name=field, table=table)
    clean = {f: normalize_value(record, table, f, v) for f, v in values.items()}
    return _write(record, table, row_id, clean)


def restore_fields(
    record: Record, table: str, row_id: str, values: dict[str, Any]
) -> dict[str, Any]:
    """Put back values an earlier edit replaced (undo), workflow fields included.

    The strategy's status and dates must still form a state the workflow allows.
    """
    _require_regional(record)
    allowed = set(EDITABLE_FIELDS.get(table, ()))
    if table == "strategy":
        allowed |= set(WORKFLOW_FIELDS)
    if table == "ppt_term":
        allowed.add("deleted")
    for field in values:
        if field not in allowed:
            raise ValidationError("plan.not_editable", name=field, table=table)
    clean = {
        f: v if f in WORKFLOW_FIELDS or f == "deleted" else normalize_value(record, table, f, v)
        for f, v in values.items()
    }
    return _write(record, table, row_id, clean)


def _write(record: Record, table: str, row_id: str, values: dict[str, Any]) -> dict[str, Any]:
    with record.edit() as session:
        row = _load(session, table, row_id, deleted_too="deleted" in values)
        changed = [f for f in values if getattr(row, f) != values[f]]
        check_unlocked(session, table, row, changed)
        if isinstance(row, Strategy) and "status" in changed:
            before = plan_versions.ORDER.index(row.status or StrategyStatus.DRAFT.value)
            if plan_versions.ORDER.index(values["status"]) < before:
                raise ValidationError("plan.workflow_backwards")
        old = {f: getattr(row, f) for f in values}
        for field, value in values.items():
            if getattr(row, field) != value:
                setattr(row, field, value)
        if isinstance(row, Strategy):
            check_strategy_state(row.status, row.validated_on, row.approved_on)
    return old


def transition_strategy(
    record: Record,
    strategy_id: str,
    target: str,
    on: dt.date | None = None,
    reference: str | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Move a strategy one step along the workflow; returns (old, new) values for undo."""
    _require_regional(record)
    return plan_versions.transition(record, strategy_id, target, on, reference)


def _refusal(current: str, target: str) -> Message:
    if current == target:
        return msg("plan.already", status=_status(current))
    if current == StrategyStatus.DRAFT.value and target == StrategyStatus.APPROVED.value:
        return msg("plan.validate_first")
    if current == StrategyStatus.APPROVED.value:
        return msg("plan.approved_final")
    return msg("plan.bad_step", current=_status(current), target=_status(target))


def _status(value: str) -> Message | str:
    """A strategy status as a word in a sentence (an unknown one as it is stored)."""
    if value in {s.value for s in StrategyStatus}:
        return msg(f"plan.status.{value}")
    return value


def allowed_transitions(status: str | None) -> list[str]:
    current = status or StrategyStatus.DRAFT.value
    return [target for (source, target) in TRANSITIONS if source == current]


def add_ppt_semester(record: Record) -> str:
    """Add the semester after the last one in the PPT calendar, following the previous holder."""
    from cisdesk.activity.ppt import add_ppt_term, next_ppt_semester

    _require_regional(record)
    return add_ppt_term(record, next_ppt_semester(record))
