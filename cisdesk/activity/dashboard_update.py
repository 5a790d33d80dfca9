"""Home's figures brought up to date after a change, redoing only what it touched.

The Home page is made of parts, each computed from a few tables. After an
import, an edit or an undo, :func:`update_dashboard` recomputes only the parts
whose tables changed; when it knows which progress reports changed, it redoes
only their (country, result) cells and the sums, without reading the other
reports again. The result equals :func:`build_dashboard`'s from scratch
(``tests/activity/test_dashboard_update.py`` checks this).
"""

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from cisdesk.activity import home_figures
from cisdesk.activity.dashboard import (
    Dashboard,
    LatestReport,
    ProgressBasis,
    _meetings,
    _overdue,
    build_dashboard,
    committee_codes,
    latest_reports,
    looked_at,
    ppt_holder,
    progress_basis,
    progress_part,
    unexported_by_table,
    unexported_changes,
)
from cisdesk.db.models import ProgressReport
from cisdesk.db.record import Record

#: Home's parts and the tables each is computed from.
PART_TABLES: dict[str, frozenset[str]] = {
    "progress": frozenset(
        {"progress_report", "result", "milestone", "strategy", "committee", "priority_nucleus"}
    ),
    "ppt": frozenset({"ppt_term"}),
    "overdue": frozenset({"agreement"}),
    "meetings": frozenset({"meeting", "committee"}),
    # Every change made here is a change not exported yet; exports and imports move it too.
    "unexported": frozenset(),
}
PARTS: frozenset[str] = home_figures.PARTS
assert frozenset(PART_TABLES) == PARTS, "Home's parts are named in home_figures"


@dataclass(frozen=True)
class Changes:
    """What changed: tables (empty: anything may have), and row ids where known."""

    tables: frozenset[str] = frozenset()
    rows: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(
        cls, tables: Iterable[str] = (), rows: Mapping[str, Iterable[str]] | None = None
    ) -> "Changes":
        return cls(frozenset(tables), {t: frozenset(ids) for t, ids in (rows or {}).items()})

    def merged(self, other: "Changes") -> "Changes":
        """Both changes at once (anything, when either says anything)."""
        if not self.tables or not other.tables:
            return Changes()
        rows: dict[str, frozenset[str]] = {}
        for table in self.tables | other.tables:
            sides = [c for c in (self, other) if table in c.tables]
            if all(table in c.rows for c in sides):  # rows known on every side that changed it
                rows[table] = frozenset().union(*(c.rows[table] for c in sides))
        return Changes(self.tables | other.tables, rows)


def parts_touched(changes: Changes) -> frozenset[str]:
    """The parts of Home that ``changes`` may alter."""
    if not changes.tables:
        return PARTS
    touched = {part for part, tables in PART_TABLES.items() if changes.tables & tables}
    return frozenset(touched | {"unexported"})


def _refresh_cells(
    session: Session, basis: ProgressBasis, semester: str, report_ids: frozenset[str]
) -> ProgressBasis:
    """The basis with the cells of the changed reports' (country, result) read again."""
    pairs = {
        (owner, result_id)
        for owner, result_id in session.execute(
            select(ProgressReport.owner, ProgressReport.result_id).where(
                ProgressReport.id.in_(report_ids)
            )
        )
        if owner in basis.countries and result_id
    }
    latest = dict(basis.latest)
    for pair in pairs:
        latest.pop(pair, None)
    if pairs:
        latest.update(_latest_of(session, semester, pairs))
    return dataclasses.replace(basis, latest=latest)


def _latest_of(
    session: Session, semester: str, pairs: set[tuple[str, str]]
) -> dict[tuple[str, str], LatestReport]:
    """The reports that count for some (country, result) pairs only (readmodel's rule)."""
    found = latest_reports(
        session,
        semester,
        sorted({country for country, _ in pairs}),
        sorted({result for _, result in pairs}) if len(pairs) <= 200 else None,
    )
    return {pair: report for pair, report in found.items() if pair in pairs}


def update_dashboard(
    record: Record, board: Dashboard, changes: Changes
) -> tuple[Dashboard, frozenset[str]]:
    """``board`` brought up to date after ``changes``; also the parts that were redone."""
    parts = parts_touched(changes)
    if parts == PARTS or board.basis is None:
        return build_dashboard(record, board.semester, board.today), PARTS
    semester, today = board.semester, board.today
    regional, own_country, countries = looked_at(record)
    updated = dataclasses.replace(board)
    with record.reader() as session:
        if "progress" in parts:
            progress_tables = changes.tables & PART_TABLES["progress"]
            report_ids = changes.rows.get("progress_report")
            if progress_tables == {"progress_report"} and report_ids is not None:
                basis = _refresh_cells(session, board.basis, semester, report_ids)
            else:
                basis = progress_basis(session, semester, countries)
            progress = progress_part(basis, semester, regional)
            updated.by_committee = progress.by_committee
            updated.by_nucleus = progress.by_nucleus
            updated.due_this_semester = progress.due_this_semester
            updated.matrix = progress.matrix
            updated.basis = progress.basis
        if "ppt" in parts:
            updated.ppt_country = ppt_holder(session, semester)
        if "overdue" in parts:
            updated.overdue_agreements, updated.overdue_total = _overdue(
                session, today, own_country
            )
        if "meetings" in parts:
            updated.meetings_this_semester = _meetings(
                session, semester, own_country, committee_codes(session)
            )
        install = record.install
        updated.unexported = unexported_changes(session, install)
        updated.unexported_by_table = unexported_by_table(session, install)
    return updated, parts
