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
from cisdesk.activity.ppt import require_regional
from cisdesk.activity.store import ChangeSet, RowChange, Side, Writer
from cisdesk.countries import BY_CODE, parse_semester
from cisdesk.db.base import Replicated
from cisdesk.db.models import (
    MODEL_BY_TABLE,
    PlanObjective,
    PriorityNucleus,
    Strategy,
    StrategyStatus,
    StrategyVersion,
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


def _load(session: Any, table: str, row_id: str) -> Replicated:
    model = MODEL_BY_TABLE.get(table)
    if model is None or table not in EDITABLE_FIELDS:
        raise ValidationError("plan.not_plan", table=table)
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise ValidationError("plan.gone")
    return row


def read_fields(record: Record, table: str, row_id: str, fields: list[str]) -> dict[str, Any]:
    with record.reader() as session:
        row = _load(session, table, row_id)
        return {f: getattr(row, f) for f in fields}


def set_plan_fields(record: Record, table: str, row_id: str, values: dict[str, Any]) -> ChangeSet:
    """Write edited plan fields as this install's edit; returns what changed, for undo."""
    require_regional(record)
    allowed = EDITABLE_FIELDS.get(table, ())
    for field in values:
        if field not in allowed:
            raise ValidationError("plan.not_editable", name=field, table=table)
    clean = {f: normalize_value(record, table, f, v) for f, v in values.items()}
    with record.edit() as session:
        writer = Writer(session, record)
        row = _load(session, table, row_id)
        changed = [f for f in clean if getattr(row, f) != clean[f]]
        check_unlocked(session, table, row, changed)
        writer.update(row, clean)
        return writer.result()


#: The plan's tables: written at SISCA only, and replayed for undo under the plan's rules.
PLAN_TABLES = frozenset({*EDITABLE_FIELDS, "strategy_version"})


def check_replay(writer: Writer, change: RowChange, row: Replicated, side: Side) -> None:
    """Refuse an undo or redo of a plan change that the plan's rules refuse as an edit.

    Called inside the replay's session, before the row is written: only SISCA writes
    the plan; a locked version's text stays as the CT-CIS and the CIS saw it; a workflow
    step taken is not taken back; and a strategy that moved on since (another version,
    another step) is not set back under it.
    """
    require_regional(writer.record)
    values, expected = (
        (change.before, change.after) if side == "before" else (change.after, change.before)
    )
    changed = [f for f, v in values.items() if getattr(row, f) != v]
    session = writer.session
    check_unlocked(session, change.table, row, changed)
    if isinstance(row, Strategy):
        for field in ("status", "version"):
            if field in values and getattr(row, field) != expected.get(field):
                raise ValidationError("plan.undo_moved_on")
        same_version = (values.get("version") or row.version or 1) == (row.version or 1)
        if "status" in changed and same_version:
            now = plan_versions.ORDER.index(row.status or StrategyStatus.DRAFT.value)
            if plan_versions.ORDER.index(values["status"]) < now:
                raise ValidationError("plan.workflow_backwards")
        if values.get("deleted") is True and row.status in plan_versions.LOCKED:
            raise ValidationError(
                "plan.version_locked", version=row.version or 1, status=row.status
            )
    if isinstance(row, StrategyVersion) and values.get("deleted") is True:
        plan_versions.check_version_unchanged(session, row)


def check_replayed(row: Replicated) -> None:
    """The state a replay left must be one the workflow can produce."""
    if isinstance(row, Strategy):
        check_strategy_state(row.status, row.validated_on, row.approved_on)


def transition_strategy(
    record: Record,
    strategy_id: str,
    target: str,
    on: dt.date | None = None,
    reference: str | None = None,
) -> ChangeSet:
    """Move a strategy one step along the workflow; returns what changed (its undo is refused)."""
    require_regional(record)
    return plan_versions.transition(record, strategy_id, target, on, reference)


def allowed_transitions(status: str | None) -> list[str]:
    current = status or StrategyStatus.DRAFT.value
    return [target for (source, target) in TRANSITIONS if source == current]


def add_ppt_semester(record: Record) -> ChangeSet:
    """Add the semester after the last one in the PPT calendar, following the previous holder."""
    from cisdesk.activity.ppt import add_ppt_term, next_ppt_semester

    require_regional(record)
    return add_ppt_term(record, next_ppt_semester(record))
