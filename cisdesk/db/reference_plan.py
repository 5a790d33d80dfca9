"""Load the reference plan shipped in ``resources/reference_plan.json``.

Ids are UUIDv5 values derived from each element's content and position in the
plan, and every field is written with the same fixed version, so every install
starts from the identical plan and exchanges no changes for it.
"""

import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from cisdesk.countries import REGIONAL, next_semester, parse_semester, rotation_after
from cisdesk.db.base import Replicated
from cisdesk.db.models import (
    ActionLine,
    ComboLine,
    Committee,
    Milestone,
    PlanObjective,
    PptTerm,
    PriorityNucleus,
    Result,
    Strategy,
    StrategyStatus,
    ThematicCombo,
)
from cisdesk.resources import resource_path

NAMESPACE = uuid.UUID("6f1c9a3e-55c2-4d0b-9a57-0c1d5e1f2b7a")

#: Priority nuclei and specific objectives each milestone works on ("committee", n).
#: The source does not tabulate these; SISCA can edit them in the Plan page.
MILESTONE_TAGS: dict[tuple[str, int], tuple[str, str]] = {
    ("PPS", 1): ("1,2", "1"),
    ("PPS", 2): ("1,7", "1"),
    ("PPS", 3): ("5", "1,3"),
    ("PPS", 4): ("4,5,6", "3"),
    ("PPS", 5): ("6", "1"),
    ("PPS", 6): ("7", "1"),
    ("PPS", 7): ("1,4", "1"),
    ("MEI", 1): ("8", "4"),
    ("MEI", 2): ("8", "4"),
    ("MEI", 3): ("5,8", "4"),
    ("MEI", 4): ("6,8", "4"),
    ("MEI", 5): ("7,8", "4"),
    ("MEI", 6): ("6,8", "4"),
    ("MEI", 7): ("8", "4"),
    ("MEI", 8): ("8", "4"),
    ("MEI", 9): ("8", "4"),
    ("CI", 1): ("3,4", "2"),
    ("CI", 2): ("4", "2"),
    ("CI", 3): ("3", "2"),
    ("CI", 4): ("4", "2"),
    ("CI", 5): ("4", "2"),
    ("CI", 6): ("4", "2"),
    ("CI", 7): ("4,8", "2"),
}


def plan_file() -> Path:
    return resource_path("reference_plan.json")


def read_plan(path: Path | None = None) -> dict[str, Any]:
    with (path or plan_file()).open(encoding="utf-8") as handle:
        return json.load(handle)


def plan_id(*parts: str | int) -> str:
    return str(uuid.uuid5(NAMESPACE, "|".join(str(p) for p in parts)))


def build_plan_rows(plan: dict[str, Any]) -> list[Replicated]:
    """Every regional row of the reference plan, parents first."""
    rows: list[Replicated] = []

    def add(row: Replicated) -> Replicated:
        row.owner = REGIONAL
        row.deleted = False
        rows.append(row)
        return row

    meta = plan["plan"]
    add(PlanObjective(id=plan_id("objective", 0), number=0, text=meta["general_objective"]))
    for item in meta["specific_objectives"]:
        add(PlanObjective(id=plan_id("objective", item["number"]), **item))
    for item in meta["action_lines"]:
        add(ActionLine(id=plan_id("action_line", item["number"]), **item))
    for item in meta["priority_nuclei"]:
        add(PriorityNucleus(id=plan_id("nucleus", item["number"]), **item))

    for committee in plan["committees"]:
        code = committee["code"]
        add(Committee(id=plan_id("committee", code), code=code, name=committee["name"]))
        spec = committee["strategy"]
        strategy = add(
            Strategy(
                id=plan_id("strategy", code, spec["period_start"]),
                committee_id=plan_id("committee", code),
                title=spec["title"],
                period_start=spec["period_start"],
                period_end=spec["period_end"],
                period_text=spec["period_text"],
                description=spec["description"],
                status=StrategyStatus.DRAFT.value,
                table_title=committee["table"]["title"],
            )
        )
        for combo in committee["combos"]:
            combo_row = add(
                ThematicCombo(
                    id=plan_id("combo", strategy.id, combo["number"]),
                    strategy_id=strategy.id,
                    number=combo["number"],
                    title=combo["title"],
                )
            )
            for number, text in enumerate(combo["lines"], start=1):
                add(
                    ComboLine(
                        id=plan_id("combo_line", combo_row.id, text),
                        combo_id=combo_row.id,
                        number=number,
                        text=text,
                    )
                )
        for milestone in committee["milestones"]:
            nuclei, objectives = MILESTONE_TAGS.get((code, milestone["number"]), ("", ""))
            milestone_row = add(
                Milestone(
                    id=plan_id("milestone", strategy.id, milestone["text"]),
                    strategy_id=strategy.id,
                    number=milestone["number"],
                    text=milestone["text"],
                    nuclei=nuclei,
                    objectives=objectives,
                )
            )
            for number, result in enumerate(milestone["results"], start=1):
                add(
                    Result(
                        id=plan_id("result", milestone_row.id, result["text"]),
                        milestone_id=milestone_row.id,
                        number=number,
                        text=result["text"],
                        start_semester=result["start"],
                        regional=True if result.get("regional") else None,
                    )
                )

    for label, country in ppt_calendar(plan):
        add(PptTerm(id=plan_id("ppt", label), semester=label, country=country))
    return rows


def ppt_calendar(plan: dict[str, Any]) -> list[tuple[str, str]]:
    """``[(semester, country)]``: the holders SISCA recorded, then the rotation onwards.

    The rotation broke order in 2021–2023, so the calendar is not a formula: each
    semester after the recorded ones follows the holder of the one before it.
    """
    spec = plan["ppt_calendar"]
    calendar = [(item["semester"], item["country"]) for item in spec["holders"]]
    last = parse_semester(spec["continue_until"])
    while parse_semester(calendar[-1][0]) < last:
        label, country = calendar[-1]
        calendar.append((next_semester(label), rotation_after(country)))
    return calendar


def load_reference_plan(session: Session, path: Path | None = None) -> int:
    """Add the reference plan to ``session`` (a session capturing as the reference site)."""
    rows = build_plan_rows(read_plan(path))
    session.add_all(rows)
    return len(rows)
