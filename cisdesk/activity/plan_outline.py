"""The plan as the Plan page shows it: a tree of plain values, and the PPT calendar.

Committees → strategies → thematic combos and their lines, milestones and their
results, each list in the plan's own order. The page draws these; it runs no query
(docs/ARCHITECTURE.md, "Layers").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from cisdesk.activity.dashboard import semester_key
from cisdesk.db.models import (
    ComboLine,
    Committee,
    Milestone,
    PptTerm,
    Result,
    Strategy,
    StrategyStatus,
    ThematicCombo,
)
from cisdesk.db.record import Record

__all__ = [
    "ComboNode",
    "CommitteeNode",
    "LineNode",
    "MilestoneNode",
    "PptTermRow",
    "ResultNode",
    "StrategyNode",
    "StrategyStatus",
    "plan_outline",
    "ppt_calendar",
]

#: The committees in the order the plan lists them.
COMMITTEE_ORDER = {"PPS": 0, "MEI": 1, "CI": 2}


@dataclass(frozen=True)
class LineNode:
    id: str
    number: int | None
    text: str | None


@dataclass(frozen=True)
class ComboNode:
    id: str
    number: int | None
    title: str | None
    lines: list[LineNode]


@dataclass(frozen=True)
class ResultNode:
    id: str
    number: int | None
    text: str | None
    start_semester: str | None
    regional: bool = False
    retired_in: str | None = None


@dataclass(frozen=True)
class MilestoneNode:
    id: str
    number: int | None
    text: str | None
    nuclei: str | None
    results: list[ResultNode]
    retired_in: str | None = None


@dataclass(frozen=True)
class StrategyNode:
    id: str
    period_start: str | None
    period_end: str | None
    status: str | None
    combos: list[ComboNode]
    milestones: list[MilestoneNode]
    version: int = 1


@dataclass(frozen=True)
class CommitteeNode:
    id: str
    code: str | None
    name: str | None
    strategies: list[StrategyNode]


@dataclass(frozen=True)
class PptTermRow:
    id: str
    semester: str | None
    country: str | None


def _by_number(row: Any) -> tuple[int, str]:
    return (getattr(row, "number", 0) or 0, row.id)


def plan_outline(record: Record) -> list[CommitteeNode]:
    """The live (not deleted) plan, committee by committee."""
    with record.reader() as session:

        def live(model: Any) -> list[Any]:
            rows = session.scalars(select(model).where(model.deleted.is_not(True))).all()
            return sorted(rows, key=_by_number)

        committees = sorted(
            live(Committee), key=lambda c: (COMMITTEE_ORDER.get(c.code or "", 9), c.code or "")
        )
        strategies = live(Strategy)
        combos, lines = live(ThematicCombo), live(ComboLine)
        milestones, results = live(Milestone), live(Result)

        def combo_node(combo: ThematicCombo) -> ComboNode:
            return ComboNode(
                combo.id,
                combo.number,
                combo.title,
                [LineNode(ln.id, ln.number, ln.text) for ln in lines if ln.combo_id == combo.id],
            )

        def milestone_node(milestone: Milestone) -> MilestoneNode:
            return MilestoneNode(
                milestone.id,
                milestone.number,
                milestone.text,
                milestone.nuclei,
                [
                    ResultNode(
                        r.id, r.number, r.text, r.start_semester, bool(r.regional), r.retired_in
                    )
                    for r in results
                    if r.milestone_id == milestone.id
                ],
                milestone.retired_in,
            )

        def strategy_node(strategy: Strategy) -> StrategyNode:
            return StrategyNode(
                strategy.id,
                strategy.period_start,
                strategy.period_end,
                strategy.status,
                [combo_node(c) for c in combos if c.strategy_id == strategy.id],
                [milestone_node(m) for m in milestones if m.strategy_id == strategy.id],
                strategy.version or 1,
            )

        return [
            CommitteeNode(
                committee.id,
                committee.code,
                committee.name,
                [
                    strategy_node(s)
                    for s in sorted(
                        (s for s in strategies if s.committee_id == committee.id),
                        key=lambda s: s.period_start or "",
                    )
                ],
            )
            for committee in committees
        ]


def ppt_calendar(record: Record) -> list[PptTermRow]:
    """The pro tempore presidency semester by semester, oldest first."""
    with record.reader() as session:
        terms = session.scalars(select(PptTerm).where(PptTerm.deleted.is_not(True))).all()
        rows = [PptTermRow(t.id, t.semester, t.country) for t in terms]
    return sorted(rows, key=lambda t: (semester_key(t.semester) or (0, 0), t.id))
