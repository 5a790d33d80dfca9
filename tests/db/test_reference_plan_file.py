"""Checks that cisdesk/resources/reference_plan.json is a faithful transcription of the seed.

Every install builds its regional plan from this file, so a dropped row or a typo
"corrected" by hand would give every country a plan that differs from the CIS text.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

_HERE = Path(__file__).resolve()
PLAN_FILE = _HERE.parents[2] / "cisdesk" / "resources" / "reference_plan.json"
SEED_FILE = _HERE.parents[3] / "shared" / "seed" / "000_fad85eeff79c6e7e.txt"

# code -> (milestones, results), as counted in the seed's Cuadros 1-3.
EXPECTED_COUNTS: dict[str, tuple[int, int]] = {
    "PPS": (7, 12),
    "MEI": (9, 17),
    "CI": (7, 13),
}
PRIORITY_NUCLEI = 8
SPECIFIC_OBJECTIVES = 4
ACTION_LINES = 3
COMBOS_PER_COMMITTEE = 3
SEMESTER = re.compile(r"^20(17|18|19)-(I|II)$")
# The tables repeat their header after each page break; these lines are not content.
TABLE_HEADER = re.compile(r"Inicio de la ejecución|Actividad|Resultado|Hitos")


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def _plan() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(PLAN_FILE.read_text(encoding="utf-8"))
    return data


def _committees() -> list[dict[str, Any]]:
    committees: list[dict[str, Any]] = _plan()["committees"]
    return committees


def _committee(code: str) -> dict[str, Any]:
    return next(c for c in _committees() if c["code"] == code)


def _is_table_header(line: str) -> bool:
    return bool(line.strip()) and not TABLE_HEADER.sub("", line).strip()


@cache
def _seed_haystacks() -> tuple[str, ...]:
    """The seed, whitespace-collapsed, as the running text and as table columns.

    A table cell split by a page break is interrupted by the other columns of
    its row, so it is only contiguous when each column is read on its own.
    """
    lines = [
        line
        for line in SEED_FILE.read_text(encoding="utf-8").split("\n")
        if not _is_table_header(line)
    ]
    columns: tuple[list[str], list[str]] = ([], [])
    for line in lines:
        if "\t" not in line:
            continue
        cells = line.split("\t")
        for index, column in enumerate(columns):
            if index < len(cells) and cells[index].strip():
                column.append(cells[index])
    return (
        _collapse("\n".join(lines)),
        *(_collapse(" ".join(column)) for column in columns),
    )


def _texts_from_seed_tables_and_combos() -> list[str]:
    texts: list[str] = []
    for committee in _committees():
        for milestone in committee["milestones"]:
            texts.append(milestone["text"])
            texts.extend(result["text"] for result in milestone["results"])
        for combo in committee["combos"]:
            texts.append(combo["title"])
            texts.extend(combo["lines"])
    return texts


def test_committees_in_order() -> None:
    assert [c["code"] for c in _committees()] == list(EXPECTED_COUNTS)


@pytest.mark.parametrize(("code", "expected"), EXPECTED_COUNTS.items())
def test_milestone_and_result_counts(code: str, expected: tuple[int, int]) -> None:
    milestones = _committee(code)["milestones"]
    results = sum(len(milestone["results"]) for milestone in milestones)
    assert (len(milestones), results) == expected


@pytest.mark.parametrize("code", EXPECTED_COUNTS)
def test_three_combos_per_committee(code: str) -> None:
    combos = _committee(code)["combos"]
    assert len(combos) == COMBOS_PER_COMMITTEE
    assert [combo["number"] for combo in combos] == [1, 2, 3]
    assert all(combo["lines"] for combo in combos)


def test_plan_enumerations() -> None:
    plan = _plan()["plan"]
    assert len(plan["priority_nuclei"]) == PRIORITY_NUCLEI
    assert len(plan["specific_objectives"]) == SPECIFIC_OBJECTIVES
    assert len(plan["action_lines"]) == ACTION_LINES
    assert plan["general_objective"]


def test_start_semesters() -> None:
    starts = [
        result["start"]
        for committee in _committees()
        for milestone in committee["milestones"]
        for result in milestone["results"]
    ]
    assert starts
    assert all(SEMESTER.match(start) for start in starts), starts


def test_texts_occur_in_seed() -> None:
    if not SEED_FILE.is_file():
        pytest.skip(f"seed document not found at {SEED_FILE}")
    haystacks = _seed_haystacks()
    missing = [
        text
        for text in _texts_from_seed_tables_and_combos()
        if not any(_collapse(text) in haystack for haystack in haystacks)
    ]
    assert not missing
