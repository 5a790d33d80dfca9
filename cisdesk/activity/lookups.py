"""What the forms and filters offer to choose from, and the values an edit form opens with.

Plain lists of dicts (or tuples), read here so the front ends name a kind of row by
its table and never touch the models (docs/ARCHITECTURE.md, "Layers").
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from cisdesk.activity.readmodel import committee_sort_key, live, result_label
from cisdesk.db.base import table_of
from cisdesk.db.models import (
    Agreement,
    AgreementFollowUp,
    CapacityActivity,
    Committee,
    Delegate,
    Meeting,
    Milestone,
    ProgressReport,
    Proposal,
    Result,
    Strategy,
)
from cisdesk.db.record import Record

#: Table name -> model of the rows the record pages open in a form.
FORM_TABLES: dict[str, Any] = {
    model.__tablename__: model
    for model in (
        Meeting,
        Agreement,
        AgreementFollowUp,
        Proposal,
        Delegate,
        CapacityActivity,
        ProgressReport,
    )
}


@dataclass(frozen=True)
class ResultChoice:
    """A live result of the plan, as a form lists it: ``"PPS 3.1"`` and its text."""

    id: str
    label: str
    text: str


def committees(record: Record) -> list[dict[str, Any]]:
    """The live committees, in the read model's committee order (the plan's: PPS, MEI, CI)."""
    statement = select(Committee.id, Committee.code, Committee.name).where(live(Committee))
    with record.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(statement)]
    return sorted(rows, key=lambda row: committee_sort_key(row["code"]))


def own_meetings(record: Record) -> list[dict[str, Any]]:
    """This install's live meetings, newest first (where an agreement can be recorded)."""
    statement = (
        select(Meeting.id, Meeting.date, Meeting.title, Meeting.kind)
        .where(live(Meeting), Meeting.owner == record.install.owner)
        .order_by(Meeting.date.desc(), Meeting.id)
    )
    with record.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(statement)]


def results(record: Record) -> list[ResultChoice]:
    """Every live result of a live milestone, by committee code, milestone and number."""
    statement = (
        select(Committee.code, Milestone.number, Result.number, Result.text, Result.id)
        .join(Milestone, Milestone.id == Result.milestone_id)
        .join(Strategy, Strategy.id == Milestone.strategy_id)
        .join(Committee, Committee.id == Strategy.committee_id)
        .where(Result.deleted.is_not(True), Milestone.deleted.is_not(True))
        .order_by(Committee.code, Milestone.number, Result.number)
    )
    with record.engine.connect() as conn:
        rows = conn.execute(statement).all()
    return [
        ResultChoice(result_id, result_label(code or "", milestone, number), text or "")
        for code, milestone, number, text, result_id in rows
    ]


def row_values(record: Record, table: str, row_id: str) -> dict[str, Any] | None:
    """Every column of one row of ``table`` (one of :data:`FORM_TABLES`), None when gone."""
    columns = table_of(FORM_TABLES[table]).columns
    statement = select(*columns).where(columns["id"] == row_id)
    with record.engine.connect() as conn:
        row = conn.execute(statement).first()
    return None if row is None else dict(row._mapping)


def owners(record: Record, table: str) -> list[str]:
    """The owners that have live rows of ``table`` (for a country filter)."""
    model = FORM_TABLES[table]
    statement = select(model.owner).where(live(model)).distinct().order_by(model.owner)
    with record.engine.connect() as conn:
        return [r[0] for r in conn.execute(statement)]
