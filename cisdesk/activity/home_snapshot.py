"""Home's cached figures read without SQLAlchemy, so the app can show them at once.

:mod:`cisdesk.activity.home_cache` keeps Home's figures in a small JSON file keyed
by the record's change counter. This module holds that file's plain half: where it
is, how the figures are written and read back, and the change counter of a SQLite
record read with the standard library's ``sqlite3``, read-only, so that the app's
first phase can show Home filled before importing the database layer.

Reading only: the file is opened ``mode=ro`` and closed at once, before the
instance lock is taken and before the integrity check (``cisdesk/db/integrity.py``
allows reading before it passes, never writing). The figures shown this way are
replaced by the ones computed once the record is open and checked.
"""

import datetime as dt
import hashlib
import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cisdesk import paths
from cisdesk.activity.home_figures import (
    Dashboard,
    FirstSteps,
    LatestReport,
    MeetingItem,
    OverdueAgreement,
    ProgressBasis,
    ResultInfo,
    current_semester,
    progress_part,
)
from cisdesk.db.sqlite_files import connect_readonly, sqlite_path

log = logging.getLogger(__name__)

#: Bumped whenever the file's layout or the figures' meaning changes.
FORMAT = 6  # 6: the first steps, so their checklist shows before the record opens

#: The change counter's parts, as :func:`cisdesk.activity.home_cache.change_counter`
#: reads them through the models: this install's clock, the last bundle offered, the
#: last export. Each query returns one value (None on an empty table).
COUNTER_QUERIES = (
    "SELECT hlc FROM install LIMIT 1",
    "SELECT max(id) FROM import_log",
    "SELECT max(seq) FROM export_log",
)


def counter_text(hlc: object, imported: object, exported: object) -> str:
    """The change counter from its three parts (one spelling for both ways of reading)."""
    return f"{hlc}:{imported or 0}:{exported or 0}"


@dataclass(frozen=True)
class Snapshot:
    """Home's figures as cached, with what Home's title names."""

    board: Dashboard
    counter: str
    country: str | None
    site_name: str | None
    #: The first steps when the figures were cached (None: not known).
    steps: FirstSteps | None = None


def cache_file(key: str) -> Path:
    """The cache file of the database named ``key`` (its file's path, or its URL)."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:20]
    return paths.data_dir() / "cache" / f"home-{digest}.json"


def sqlite_counter(path: Path) -> str | None:
    """The change counter of the SQLite record at ``path``, read-only; None when it cannot
    be read (no such file, not a record, locked, damaged)."""
    if not path.is_file():
        return None  # a read-only open would fail anyway; never create anything
    try:
        connection = connect_readonly(path, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        values = [connection.execute(query).fetchone() for query in COUNTER_QUERIES]
    except sqlite3.Error as exc:
        log.info("the record's change counter could not be read at start: %s", exc)
        return None
    finally:
        connection.close()
    if any(row is None for row in values):
        return None  # no install row: not a record this module can speak for
    return counter_text(*(row[0] for row in values))


def cached_home(target: str, today: dt.date | None = None) -> Snapshot | None:
    """Home's cached figures for the SQLite record ``target`` when they match its change
    counter, today and the current semester; None otherwise (then Home is computed as
    usual once the record is open)."""
    path = sqlite_path(target)
    if path is None:
        return None
    counter = sqlite_counter(path)
    if counter is None:
        return None
    today = today or dt.date.today()
    return load(str(path), current_semester(today), today, counter)


# --- plain data ------------------------------------------------------------------------------


def encode(board: Dashboard) -> dict[str, Any]:
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


def decode(data: dict[str, Any]) -> Dashboard:
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


def load(key: str, semester: str, today: dt.date, counter: str) -> Snapshot | None:
    """The cached figures for this semester, day and counter; None when there are none."""
    try:
        data = json.loads(cache_file(key).read_text(encoding="utf-8"))
        if (data.get("format"), data.get("counter")) != (FORMAT, counter):
            return None
        board = data["board"]
        if (board["semester"], board["today"]) != (semester, today.isoformat()):
            return None
        country, site_name = data["title"]
        steps = data["steps"]
        known = None if steps is None else FirstSteps(*(bool(done) for done in steps))
        return Snapshot(decode(board), counter, country, site_name, known)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.info("Home's cached figures are unreadable, recomputing: %s", exc)
        return None


def save(
    key: str,
    board: Dashboard,
    counter: str,
    country: str | None,
    site_name: str | None,
    steps: FirstSteps | None = None,
) -> None:
    """Keep ``board`` for the next start; a failure to write only costs that start time."""
    if board.basis is None:
        return
    target = cache_file(key)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(target.name + ".part")
        part.write_text(
            json.dumps(
                {
                    "format": FORMAT,
                    "counter": counter,
                    "title": [country, site_name],
                    "steps": None
                    if steps is None
                    else [
                        steps.key_saved,
                        steps.trusted,
                        steps.recorded,
                        steps.exported,
                        steps.regional,
                    ],
                    "board": encode(board),
                }
            ),
            encoding="utf-8",
        )
        os.replace(part, target)
    except OSError as exc:
        log.info("Home's figures could not be cached: %s", exc)
