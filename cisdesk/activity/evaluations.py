"""The plan's evaluations, recorded at SISCA: the mid-term one (first semester of 2019,
"después de la medición de avances de medio término") and the closing one, each
with its findings, the adjustments it proposed and the strategy version it led to.
"""

import datetime as dt
from typing import Any

from sqlalchemy import select

from cisdesk.activity.ppt import require_regional
from cisdesk.db.models import Evaluation, EvaluationKind, Strategy
from cisdesk.db.record import Record
from cisdesk.errors import ValidationError


def record_evaluation(
    record: Record,
    *,
    kind: str,
    date: dt.date | None,
    title: str | None = None,
    findings: str | None = None,
    adjustments: str | None = None,
    strategy_id: str | None = None,
    strategy_version: int | None = None,
) -> str:
    """Add an evaluation; returns its id."""
    require_regional(record)
    if kind not in {k.value for k in EvaluationKind}:
        raise ValidationError("evaluation.kind_invalid", field="kind")
    if date is None:
        raise ValidationError("evaluation.date_required", field="date")
    if date > record.today():
        raise ValidationError("plan.step_in_future", field="date")
    with record.edit() as session:
        if strategy_id is not None:
            strategy = session.get(Strategy, strategy_id)
            if strategy is None or strategy.deleted:
                raise ValidationError("plan.not_found")
            strategy_version = strategy_version or strategy.version or 1
        row = Evaluation(
            kind=kind,
            date=date,
            title=(title or "").strip() or None,
            findings=(findings or "").strip() or None,
            adjustments=(adjustments or "").strip() or None,
            strategy_id=strategy_id,
            strategy_version=strategy_version,
        )
        session.add(row)
        session.flush()
        return row.id


def evaluations(record: Record) -> list[dict[str, Any]]:
    with record.reader() as session:
        rows = session.scalars(
            select(Evaluation).where(Evaluation.deleted.is_(False)).order_by(Evaluation.date)
        )
        return [
            {
                "id": e.id,
                "kind": e.kind,
                "date": e.date,
                "title": e.title,
                "findings": e.findings,
                "adjustments": e.adjustments,
                "strategy_id": e.strategy_id,
                "strategy_version": e.strategy_version,
            }
            for e in rows
        ]
