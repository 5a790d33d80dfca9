"""The plan's frame as the Plan page and the annual report show it.

The general objective, the four specific objectives, the three "ejes de acción",
the eight priority nuclei (all stored, replicated rows) and the nine operating
guidelines of the committees (fixed text of the source, read from the reference plan).
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from cisdesk.db.models import ActionLine, PlanObjective, PriorityNucleus
from cisdesk.db.record import Record
from cisdesk.db.reference_plan import read_plan


@dataclass(frozen=True)
class PlanFrame:
    general_objective: str
    specific_objectives: list[tuple[int, str]]
    action_lines: list[tuple[int, str]]
    nuclei: list[tuple[int, str]]
    guidelines: list[str]


def plan_frame(record: Record) -> PlanFrame:
    with record.reader() as session:

        def numbered(model: Any) -> list[tuple[int, str]]:
            rows = session.scalars(select(model).where(model.deleted.is_not(True)))
            return sorted((r.number, r.text or "") for r in rows if r.number is not None)

        objectives = numbered(PlanObjective)
        general = next((t for n, t in objectives if n == 0), "")
        return PlanFrame(
            general_objective=general[:1].upper() + general[1:],
            specific_objectives=[(n, t) for n, t in objectives if n > 0],
            action_lines=numbered(ActionLine),
            nuclei=numbered(PriorityNucleus),
            guidelines=list(read_plan()["plan"].get("guidelines", [])),
        )
