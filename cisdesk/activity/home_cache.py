"""Home's figures kept in a small local file, so the app starts with them at once.

The file (JSON, in the user data folder, one per database) holds the figures of
one semester and day with the record's change counter when they were computed.
The counter moves with every change to the record: this install's clock ticks on
each of its own edits (forms, undo, Excel, demo), every bundle offered is logged,
every export is logged. A file whose counter, semester or day differ is ignored
and rewritten; a damaged one too. Only plain data is read back (no pickle).
"""

import datetime as dt
import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from cisdesk import paths
from cisdesk.activity.dashboard import (
    Dashboard,
    LatestReport,
    MeetingItem,
    OverdueAgreement,
    ProgressBasis,
    ResultInfo,
    build_dashboard,
    current_semester,
    progress_part,
)
from cisdesk.activity.dashboard_update import Changes, update_dashboard
from cisdesk.db.local import ExportLog, ImportLog, Install
from cisdesk.db.record import Record

log = logging.getLogger(__name__)

#: Bumped whenever the file's layout or the figures' meaning changes.
FORMAT = 4  # 4: a report without a percent is kept as None (unreported), not 0


def change_counter(record: Record) -> str:
    """A value that differs after any change to the record (see the module's docstring)."""
    with record.reader() as session:
        hlc = session.scalar(select(Install.hlc))
        imported = session.scalar(select(func.max(ImportLog.id)))
        exported = session.scalar(select(func.max(ExportLog.seq)))
    return f"{hlc}:{imported or 0}:{exported or 0}"


def cache_file(record: Record) -> Path:
    key = hashlib.sha256(str(record.path or record.target).encode()).hexdigest()[:20]
    return paths.data_dir() / "cache" / f"home-{key}.json"


# --- plain data ------------------------------------------------------------------------------


def _encode(board: Dashboard) -> dict[str, Any]:
    assert board.basis is not None
    basis = board.basis
    return {
        "semester": board.semester,
        "today": board.today.isoformat(),
        "regional": board.regional,
        "countries": board.countries,
        "ppt_country": board.ppt_country,
        "results": [
            [
                r.id,
                r.label,
                r.text,
                r.committee_code,
                r.start_semester,
                list(r.nuclei),
                r.regional,
                r.retired_in,
            ]
            for r in basis.results
        ],
        "committee_names": basis.committee_names,
        "nuclei": [[number, name] for number, name in basis.nuclei.items()],
        "latest": [
            [country, result, report.status, report.percent, report.semester]
            for (country, result), report in basis.latest.items()
        ],
        "overdue": [
            [
                a.id,
                a.text,
                a.responsible_country,
                a.due_date.isoformat(),
                a.days_overdue,
                a.status,
                a.owner,
            ]
            for a in board.overdue_agreements
        ],
        "meetings": [
            [
                m.id,
                m.date.isoformat(),
                m.kind,
                m.title,
                m.committee_code,
                m.virtual,
                m.duration_minutes,
                m.owner,
                m.exceeds_virtual_limit,
            ]
            for m in board.meetings_this_semester
        ],
        "overdue_total": board.overdue_total,
        "unexported": board.unexported,
        "unexported_by_table": [list(item) for item in board.unexported_by_table],
    }


def _decode(data: dict[str, Any]) -> Dashboard:
    basis = ProgressBasis(
        countries=list(data["countries"]),
        results=[
            ResultInfo(i, label, text, code, start, tuple(nuclei), bool(regional), retired)
            for i, label, text, code, start, nuclei, regional, retired in data["results"]
        ],
        committee_names=dict(data["committee_names"]),
        nuclei={int(number): name for number, name in data["nuclei"]},
        latest={
            (country, result): LatestReport(
                status, None if percent is None else int(percent), semester
            )
            for country, result, status, percent, semester in data["latest"]
        },
    )
    progress = progress_part(basis, data["semester"], bool(data["regional"]))
    return Dashboard(
        semester=data["semester"],
        today=dt.date.fromisoformat(data["today"]),
        regional=bool(data["regional"]),
        countries=list(data["countries"]),
        ppt_country=data["ppt_country"],
        by_committee=progress.by_committee,
        by_nucleus=progress.by_nucleus,
        due_this_semester=progress.due_this_semester,
        overdue_agreements=[
            OverdueAgreement(i, text, who, dt.date.fromisoformat(due), days, status, owner)
            for i, text, who, due, days, status, owner in data["overdue"]
        ],
        meetings_this_semester=[
            MeetingItem(
                i, dt.date.fromisoformat(day), kind, title, code, virtual, minutes, owner, over
            )
            for i, day, kind, title, code, virtual, minutes, owner, over in data["meetings"]
        ],
        overdue_total=int(data["overdue_total"]),
        unexported=int(data["unexported"]),
        unexported_by_table=[(str(t), int(n)) for t, n in data["unexported_by_table"]],
        matrix=progress.matrix,
        basis=basis,
    )


# --- reading and writing ---------------------------------------------------------------------


def load(record: Record, semester: str, today: dt.date, counter: str) -> Dashboard | None:
    """The cached figures for this semester, day and counter; None when there are none."""
    try:
        data = json.loads(cache_file(record).read_text(encoding="utf-8"))
        if (data.get("format"), data.get("counter")) != (FORMAT, counter):
            return None
        board = data["board"]
        if (board["semester"], board["today"]) != (semester, today.isoformat()):
            return None
        return _decode(board)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.info("Home's cached figures are unreadable, recomputing: %s", exc)
        return None


def save(record: Record, board: Dashboard, counter: str) -> None:
    """Keep ``board`` for the next start; a failure to write only costs that start time."""
    if board.basis is None:
        return
    target = cache_file(record)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(target.name + ".part")
        part.write_text(
            json.dumps({"format": FORMAT, "counter": counter, "board": _encode(board)}),
            encoding="utf-8",
        )
        os.replace(part, target)
    except OSError as exc:
        log.info("Home's figures could not be cached: %s", exc)


def dashboard(record: Record, semester: str | None = None) -> tuple[Dashboard, bool]:
    """Home's figures: from the cache when the record has not changed, else computed
    (and cached). Also whether they came from the cache."""
    today = record.today()
    semester = semester or current_semester(today)
    counter = change_counter(record)
    cached = load(record, semester, today, counter)
    if cached is not None:
        return cached, True
    board = build_dashboard(record, semester, today)
    # A change made while computing leaves the new counter: the next start recomputes.
    if change_counter(record) == counter:
        save(record, board, counter)
    return board, False


def updated(record: Record, board: Dashboard, changes: Changes) -> tuple[Dashboard, frozenset[str]]:
    """:func:`update_dashboard`, keeping the result for the next start."""
    counter = change_counter(record)
    new, parts = update_dashboard(record, board, changes)
    if change_counter(record) == counter:
        save(record, new, counter)
    return new, parts
