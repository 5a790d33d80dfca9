"""How a committee's strategy evolves at SISCA: versions, locking, new milestones and periods.

The source calls the milestones "dinámicos": they give way to new activities and
results as the committees' work matures, and a second strategy period follows the
mid-term evaluation. Each version of a strategy goes draft → validated by the
CT-CIS → approved by the CIS, with dates and references, in that order only. A
validated or approved version is locked: changing it starts a new draft version,
and the closed version is kept (state and text) as history. Rows are never
copied or re-numbered, so progress stays attached to the results it was
reported on, and the reference plan keeps its deterministic ids.
"""

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cisdesk.activity.ppt import require_regional
from cisdesk.activity.store import ChangeSet, Writer
from cisdesk.countries import parse_semester
from cisdesk.db.base import Replicated
from cisdesk.db.models import (
    ComboLine,
    Committee,
    Milestone,
    Result,
    Strategy,
    StrategyStatus,
    StrategyVersion,
    ThematicCombo,
)
from cisdesk.db.record import Record
from cisdesk.errors import ValidationError

#: Statuses in which a version is locked: the CT-CIS or the CIS has seen its text.
LOCKED = (StrategyStatus.VALIDATED.value, StrategyStatus.APPROVED.value)
#: The fields that make up a strategy's text; tags and the regional mark are SISCA's reading.
LOCKED_FIELDS: dict[str, tuple[str, ...]] = {
    "strategy": ("title", "period_start", "period_end", "period_text", "description"),
    "thematic_combo": ("title", "deleted"),
    "combo_line": ("text", "deleted"),
    "milestone": ("text", "retired_in", "deleted"),
    "result": ("text", "start_semester", "retired_in", "deleted"),
}
#: The workflow, one step at a time.
NEXT_STEP = {
    StrategyStatus.DRAFT.value: StrategyStatus.VALIDATED.value,
    StrategyStatus.VALIDATED.value: StrategyStatus.APPROVED.value,
}
ORDER = (StrategyStatus.DRAFT.value, StrategyStatus.VALIDATED.value, StrategyStatus.APPROVED.value)
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def _get(session: Session, model: type[Replicated], row_id: str | None) -> Any:
    row = session.get(model, row_id) if row_id else None
    if row is None or row.deleted:
        raise ValidationError("plan.not_found")
    return row


def strategy_of(session: Session, table: str, row: Any) -> Strategy | None:
    """The strategy a plan row belongs to (None for rows outside any strategy)."""
    if table == "strategy":
        return row
    if table == "thematic_combo":
        return session.get(Strategy, row.strategy_id or "")
    if table == "combo_line":
        combo = session.get(ThematicCombo, row.combo_id or "")
        return session.get(Strategy, combo.strategy_id or "") if combo else None
    if table == "milestone":
        return session.get(Strategy, row.strategy_id or "")
    if table == "result":
        milestone = session.get(Milestone, row.milestone_id or "")
        return session.get(Strategy, milestone.strategy_id or "") if milestone else None
    return None


def check_unlocked(session: Session, table: str, row: Any, fields: Any) -> None:
    """Refuse a change to the text of a validated or approved version."""
    locked = set(LOCKED_FIELDS.get(table, ())) & set(fields)
    if not locked:
        return
    strategy = strategy_of(session, table, row)
    if strategy is not None and strategy.status in LOCKED:
        raise ValidationError(
            "plan.version_locked", version=strategy.version or 1, status=strategy.status
        )


def locked_fields(record: Record, table: str, row_id: str) -> frozenset[str]:
    """The fields of a plan row that its strategy's current version locks (for a view)."""
    with record.reader() as session:
        model = {
            "strategy": Strategy,
            "thematic_combo": ThematicCombo,
            "combo_line": ComboLine,
            "milestone": Milestone,
            "result": Result,
        }.get(table)
        row = session.get(model, row_id) if model is not None else None
        if row is None:
            return frozenset()
        strategy = strategy_of(session, table, row)
        if strategy is None or strategy.status not in LOCKED:
            return frozenset()
        return frozenset(LOCKED_FIELDS.get(table, ()))


def _check_date(on: dt.date, today: dt.date) -> None:
    if on > today:
        raise ValidationError("plan.step_in_future", field="date")


def transition(
    record: Record,
    strategy_id: str,
    target: str,
    on: dt.date | None = None,
    reference: str | None = None,
) -> ChangeSet:
    """Take the next workflow step of a strategy's current version; returns what changed."""
    require_regional(record)
    on = on or record.today()
    with record.edit() as session:
        writer = Writer(session, record)
        strategy = _get(session, Strategy, strategy_id)
        current = strategy.status or StrategyStatus.DRAFT.value
        if target not in ORDER:
            raise ValidationError("plan.status_invalid", value=target)
        if NEXT_STEP.get(current) != target:
            if current == StrategyStatus.DRAFT.value and target == StrategyStatus.APPROVED.value:
                raise ValidationError("plan.approve_needs_validation")
            if current == target:
                raise ValidationError("plan.step_already_taken")
            raise ValidationError("plan.workflow_backwards")
        _check_date(on, record.today())
        reference = (reference or "").strip() or None
        values: dict[str, Any] = {"status": target, "version": strategy.version or 1}
        if target == StrategyStatus.VALIDATED.value:
            values |= {"validated_on": on, "validated_ref": reference}
        else:
            if strategy.validated_on is not None and on < strategy.validated_on:
                raise ValidationError("plan.approved_before_validated")
            values |= {"approved_on": on, "approved_ref": reference}
        writer.update(strategy, values)
        return writer.result()


def _content(session: Session, strategy: Strategy) -> dict[str, Any]:
    """The text of a strategy as it stands, for the history of its versions."""
    combos = session.scalars(
        select(ThematicCombo)
        .where(ThematicCombo.strategy_id == strategy.id, ThematicCombo.deleted.is_(False))
        .order_by(ThematicCombo.number, ThematicCombo.id)
    )
    milestones = session.scalars(
        select(Milestone)
        .where(Milestone.strategy_id == strategy.id, Milestone.deleted.is_(False))
        .order_by(Milestone.number, Milestone.id)
    )
    out: dict[str, Any] = {
        "title": strategy.title,
        "period_start": strategy.period_start,
        "period_end": strategy.period_end,
        "combos": [],
        "milestones": [],
    }
    for combo in combos:
        lines = session.scalars(
            select(ComboLine.text)
            .where(ComboLine.combo_id == combo.id, ComboLine.deleted.is_(False))
            .order_by(ComboLine.number, ComboLine.id)
        )
        out["combos"].append({"number": combo.number, "title": combo.title, "lines": list(lines)})
    for milestone in milestones:
        results = session.scalars(
            select(Result)
            .where(Result.milestone_id == milestone.id, Result.deleted.is_(False))
            .order_by(Result.number, Result.id)
        )
        out["milestones"].append(
            {
                "number": milestone.number,
                "text": milestone.text,
                "retired_in": milestone.retired_in,
                "results": [
                    {
                        "number": r.number,
                        "text": r.text,
                        "start": r.start_semester,
                        "retired_in": r.retired_in,
                    }
                    for r in results
                ],
            }
        )
    return out


def start_new_version(record: Record, strategy_id: str) -> ChangeSet:
    """Close the current (validated or approved) version and open the next as a draft.

    The closed version's state and text are kept as a :class:`StrategyVersion` (the
    change set's first row). Undoing it closes the draft again, while the draft's
    text is still the closed version's (:func:`check_version_unchanged`).
    """
    require_regional(record)
    with record.edit() as session:
        writer = Writer(session, record)
        strategy = _get(session, Strategy, strategy_id)
        if strategy.status not in LOCKED:
            raise ValidationError("plan.version_is_draft")
        number = strategy.version or 1
        writer.create(
            StrategyVersion,
            {
                "strategy_id": strategy.id,
                "number": number,
                "status": strategy.status,
                "validated_on": strategy.validated_on,
                "validated_ref": strategy.validated_ref,
                "approved_on": strategy.approved_on,
                "approved_ref": strategy.approved_ref,
                "closed_on": record.today(),
                "content": _content_text(session, strategy),
            },
        )
        writer.update(
            strategy,
            {
                "version": number + 1,
                "status": StrategyStatus.DRAFT.value,
                "validated_on": None,
                "approved_on": None,
                "validated_ref": None,
                "approved_ref": None,
            },
        )
        return writer.result()


def _content_text(session: Session, strategy: Strategy) -> str:
    return json.dumps(_content(session, strategy), ensure_ascii=False, sort_keys=True)


def check_version_unchanged(session: Session, closed: StrategyVersion) -> None:
    """Refuse to close a draft again (undo) once its text differs from the closed version."""
    strategy = session.get(Strategy, closed.strategy_id or "")
    if strategy is None or closed.content is None:
        return
    if json.loads(closed.content) != _content(session, strategy):
        raise ValidationError("plan.undo_version_edited", version=strategy.version or 1)


def _month(value: str | None, field: str) -> str:
    if not _MONTH.match(value or ""):
        raise ValidationError("plan.month_invalid", field=field, value=value or "")
    return str(value)


def check_period(start: str | None, end: str | None) -> tuple[str, str]:
    """A period of months ``YYYY-MM``; the end may not come before the start."""
    start, end = _month(start, "period_start"), _month(end, "period_end")
    if end < start:
        raise ValidationError(
            "plan.period_end_before_start", field="period_end", start=start, end=end
        )
    return start, end


def start_strategy_period(
    record: Record,
    committee_id: str,
    period_start: str,
    period_end: str,
    *,
    title: str | None = None,
    period_text: str | None = None,
    description: str | None = None,
) -> ChangeSet:
    """A new strategy period for one committee, as a draft; its thematic combos carry over.

    The period may not overlap another strategy of the same committee. The change
    set's first row is the new strategy.
    """
    require_regional(record)
    start, end = check_period(period_start, period_end)
    with record.edit() as session:
        writer = Writer(session, record)
        committee = _get(session, Committee, committee_id)
        strategies = list(
            session.scalars(
                select(Strategy).where(
                    Strategy.committee_id == committee.id, Strategy.deleted.is_(False)
                )
            )
        )
        for other in strategies:
            other_start, other_end = other.period_start or "0000-01", other.period_end or "9999-12"
            if other_start <= end and other_end >= start:
                raise ValidationError(
                    "plan.period_overlaps",
                    field="period_start",
                    start=other.period_start or "",
                    end=other.period_end or "",
                )
        previous = max(strategies, key=lambda s: s.period_start or "", default=None)
        strategy = writer.create(
            Strategy,
            {
                "committee_id": committee.id,
                "title": (title or "").strip() or (previous.title if previous else committee.name),
                "period_start": start,
                "period_end": end,
                "period_text": (period_text or "").strip() or None,
                "description": (description or "").strip()
                or (previous.description if previous else None),
                "status": StrategyStatus.DRAFT.value,
                "version": 1,
                "table_title": previous.table_title if previous else None,
            },
        )
        if previous is not None:
            _carry_combos(writer, previous.id, strategy.id)
        return writer.result()


def _carry_combos(writer: Writer, source_id: str, target_id: str) -> None:
    session = writer.session
    combos = session.scalars(
        select(ThematicCombo).where(
            ThematicCombo.strategy_id == source_id, ThematicCombo.deleted.is_(False)
        )
    )
    for combo in list(combos):
        copy = writer.create(
            ThematicCombo, {"strategy_id": target_id, "number": combo.number, "title": combo.title}
        )
        lines = session.scalars(
            select(ComboLine).where(ComboLine.combo_id == combo.id, ComboLine.deleted.is_(False))
        )
        for line in list(lines):
            writer.create(
                ComboLine, {"combo_id": copy.id, "number": line.number, "text": line.text}
            )


def _text(value: str | None, field: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError("plan.text_required", field=field)
    return text


def _semester(value: str | None, field: str) -> str:
    try:
        parse_semester(value or "")
    except ValueError:
        raise ValidationError("plan.semester_invalid", field=field, value=value or "") from None
    return str(value)


def add_milestone(
    record: Record, strategy_id: str, text: str, *, nuclei: str = "", objectives: str = ""
) -> ChangeSet:
    """A new milestone at the end of a draft strategy (the change set's row)."""
    from cisdesk.activity.plan_edit import normalize_value

    require_regional(record)
    text = _text(text, "text")
    tags = {
        "nuclei": normalize_value(record, "milestone", "nuclei", nuclei),
        "objectives": normalize_value(record, "milestone", "objectives", objectives),
    }
    with record.edit() as session:
        writer = Writer(session, record)
        strategy = _get(session, Strategy, strategy_id)
        check_unlocked(session, "strategy", strategy, ("title",))
        number = session.scalar(
            select(func.max(Milestone.number)).where(Milestone.strategy_id == strategy.id)
        )
        writer.create(
            Milestone,
            {"strategy_id": strategy.id, "number": (number or 0) + 1, "text": text, **tags},
        )
        return writer.result()


def add_result(
    record: Record, milestone_id: str, text: str, start_semester: str, *, regional: bool = False
) -> ChangeSet:
    """A new result of a milestone of a draft strategy (the change set's row)."""
    require_regional(record)
    text = _text(text, "text")
    start = _semester(start_semester, "start_semester")
    with record.edit() as session:
        writer = Writer(session, record)
        milestone = _get(session, Milestone, milestone_id)
        check_unlocked(session, "milestone", milestone, ("text",))
        number = session.scalar(
            select(func.max(Result.number)).where(Result.milestone_id == milestone.id)
        )
        writer.create(
            Result,
            {
                "milestone_id": milestone.id,
                "number": (number or 0) + 1,
                "text": text,
                "start_semester": start,
                "regional": True if regional else None,
            },
        )
        return writer.result()


def retire(record: Record, table: str, row_id: str, semester: str | None) -> ChangeSet:
    """Retire a milestone or result from ``semester`` on (None: bring it back).

    A retired row keeps its progress; it just no longer applies from that semester.
    """
    require_regional(record)
    if table not in ("milestone", "result"):
        raise ValidationError("plan.not_found")
    value = None if semester is None else _semester(semester, "retired_in")
    model = Milestone if table == "milestone" else Result
    with record.edit() as session:
        writer = Writer(session, record)
        row = _get(session, model, row_id)
        check_unlocked(session, table, row, ("retired_in",))
        writer.update(row, {"retired_in": value})
        return writer.result()


def set_regional(record: Record, result_id: str, regional: bool) -> ChangeSet:
    """Mark a result as a regional deliverable (SISCA reports it) or a country one."""
    require_regional(record)
    with record.edit() as session:
        writer = Writer(session, record)
        writer.update(_get(session, Result, result_id), {"regional": True if regional else None})
        return writer.result()


@dataclass(frozen=True)
class VersionInfo:
    """One version of a strategy: closed ones from the history, then the current one."""

    number: int
    status: str
    validated_on: dt.date | None
    validated_ref: str | None
    approved_on: dt.date | None
    approved_ref: str | None
    closed_on: dt.date | None
    current: bool
    content: dict[str, Any] | None


def versions_of(record: Record, strategy_id: str) -> list[VersionInfo]:
    """The history of a strategy's versions, oldest first, the current one last."""
    with record.reader() as session:
        strategy = _get(session, Strategy, strategy_id)
        closed = session.scalars(
            select(StrategyVersion)
            .where(StrategyVersion.strategy_id == strategy.id, StrategyVersion.deleted.is_(False))
            .order_by(StrategyVersion.number, StrategyVersion.id)
        )
        out = [
            VersionInfo(
                number=v.number or 0,
                status=v.status or "",
                validated_on=v.validated_on,
                validated_ref=v.validated_ref,
                approved_on=v.approved_on,
                approved_ref=v.approved_ref,
                closed_on=v.closed_on,
                current=False,
                content=json.loads(v.content) if v.content else None,
            )
            for v in closed
        ]
        out.append(
            VersionInfo(
                number=strategy.version or 1,
                status=strategy.status or StrategyStatus.DRAFT.value,
                validated_on=strategy.validated_on,
                validated_ref=strategy.validated_ref,
                approved_on=strategy.approved_on,
                approved_ref=strategy.approved_ref,
                closed_on=None,
                current=True,
                content=None,
            )
        )
        return out
