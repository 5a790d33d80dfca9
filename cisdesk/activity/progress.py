"""A country's progress on the plan's results, semester by semester, and its evidence.

There is one report per (country, result, semester) on every install: its id is
derived from that key (:mod:`cisdesk.db.natural_keys`). Saving a report for a pair
that already has one edits it, a tombstoned one comes back, and two laptops of
one country reporting on the same pair write the same row, which the merge settles
field by field.
"""

import hashlib
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cisdesk.activity import readmodel
from cisdesk.activity import validation as v
from cisdesk.activity.store import ChangeSet, Writer, check_fields, delete_row, is_live
from cisdesk.countries import REGIONAL
from cisdesk.db.local import Blob
from cisdesk.db.models import Evidence, ProgressReport, ProgressStatus, Result
from cisdesk.db.natural_keys import progress_report_id
from cisdesk.db.record import Record
from cisdesk.errors import ValidationError

#: Evidence travels by e-mail and USB stick inside bundles; keep each file modest.
MAX_EVIDENCE_MB = 20
MAX_EVIDENCE_BYTES = MAX_EVIDENCE_MB * 1024 * 1024

#: Fields a caller may set on a report.
FIELDS = ("result_id", "semester", "status", "percent", "note")


def implied_percent(status: str | None) -> int | None:
    """The only percentage a status allows, if it fixes one (completed 100, not started 0)."""
    if status == ProgressStatus.COMPLETED:
        return 100
    if status == ProgressStatus.NOT_STARTED:
        return 0
    return None


def implied_status(percent: int) -> str:
    """A sensible status for a new report of which only the percentage was typed."""
    if percent <= 0:
        return ProgressStatus.NOT_STARTED.value
    if percent >= 100:
        return ProgressStatus.COMPLETED.value
    return ProgressStatus.IN_PROGRESS.value


def _check_reporter(record: Record, result: Result) -> None:
    """Countries report their results; SISCA reports the regional ones (and only those)."""
    at_sisca = record.install.owner == REGIONAL
    if result.regional and not at_sisca:
        raise ValidationError("plan.regional_result_sisca", field="result_id")
    if at_sisca and not result.regional:
        v.fail(None, "country_only")


def clean(session: Session, record: Record, values: dict[str, Any]) -> dict[str, Any]:
    """Validate a whole report; returns the values to store."""
    result = session.get(Result, values.get("result_id")) if values.get("result_id") else None
    if result is None or not is_live(result):
        v.fail("result_id", "result_unknown")
    _check_reporter(record, result)
    semester = v.semester(values.get("semester"))
    start = result.start_semester
    if start and v.semester_key(semester) < v.semester_key(start):
        v.fail("semester", "semester_before_start", start=start)
    current = v.current_semester(record.today())
    if v.semester_key(semester) > v.semester_key(current):
        v.fail("semester", "semester_future", current=current)
    status = v.choice(values.get("status"), ProgressStatus, "status", "status_invalid")
    percent = v.whole_number(values.get("percent"), "percent", "percent_range", 0, 100)
    if status == ProgressStatus.COMPLETED and percent != 100:
        v.fail("percent", "completed_not_100")
    if status == ProgressStatus.NOT_STARTED and percent != 0:
        v.fail("percent", "not_started_not_0")
    return {
        "result_id": result.id,
        "semester": semester,
        "status": status,
        "percent": percent,
        "note": v.text(values.get("note"), "note"),
    }


def _existing(
    session: Session, owner: str, result_id: str, semester: str, *, live_only: bool = False
) -> ProgressReport | None:
    """The one report of ``owner`` on the pair (a tombstoned one too, unless ``live_only``)."""
    row = session.get(ProgressReport, progress_report_id(owner, result_id, semester))
    return None if row is None or (live_only and not is_live(row)) else row


def save_progress(
    record: Record,
    *,
    result_id: str,
    semester: str,
    status: str,
    percent: int,
    note: str | None = None,
    replace: bool = True,
) -> ChangeSet:
    """Record this country's status on a result for a semester (at SISCA: the region's
    status on a regional result).

    With ``replace`` (the grid, which shows the stored report beside the edit) an
    existing report is edited; without it (a "new report" form, where the person has
    not seen what is stored) an existing live report is refused, never overwritten.
    """
    with record.edit() as session:
        writer = Writer(session, record)
        values = clean(
            session,
            record,
            {
                "result_id": result_id,
                "semester": semester,
                "status": status,
                "percent": percent,
                "note": note,
            },
        )
        row = _existing(session, writer.owner, values["result_id"], semester, live_only=False)
        if not replace and row is not None and is_live(row):
            v.fail("semester", "duplicate_report", semester=values["semester"])
        if row is None:
            writer.create(ProgressReport, values)
        else:
            writer.update(row, values | {"deleted": False})
        return writer.result()


def report_on(record: Record, result_id: str, semester: str) -> dict[str, Any] | None:
    """This country's live report on a result for a semester, if it has one.

    A "new report" form asks this before saving, so that it opens the stored report
    instead of replacing it without a word.
    """
    if not result_id or not semester or record.install.owner == REGIONAL:
        return None
    with record.reader() as session:
        row = _existing(session, record.install.owner, result_id, semester, live_only=True)
        if row is None:
            return None
        return {key: getattr(row, key) for key in ("id", *FIELDS)}


def update_progress(record: Record, report_id: str, **changes: Any) -> ChangeSet:
    """Change some fields of one of this country's reports."""
    check_fields(changes, FIELDS)
    with record.edit() as session:
        writer = Writer(session, record)
        row = writer.load(ProgressReport, report_id)
        merged = {key: getattr(row, key) for key in FIELDS} | changes
        values = clean(session, record, merged)
        key = (values["result_id"], values["semester"])
        if key == (row.result_id, row.semester):
            writer.update(row, values)
            return writer.result()
        # Another result or semester is another report: move this one there.
        target = _existing(session, writer.owner, *key)
        if target is not None and is_live(target):
            v.fail("semester", "duplicate_report", semester=values["semester"])
        if target is None:
            target = writer.create(ProgressReport, values)
        else:
            writer.update(target, values | {"deleted": False})
        for evidence in session.scalars(
            select(Evidence).where(
                Evidence.progress_report_id == row.id,
                Evidence.owner == writer.owner,
                Evidence.deleted.is_not(True),
            )
        ):
            writer.update(evidence, {"progress_report_id": target.id})
        writer.update(row, {"deleted": True})
        return writer.result()


def delete_progress(record: Record, report_id: str) -> ChangeSet:
    """Tombstone a report and its evidence."""
    return delete_row(record, ProgressReport, report_id)


# --- evidence ------------------------------------------------------------------


def read_evidence_file(path: Path) -> bytes:
    """The bytes of a file to attach, refusing unreadable, empty and oversized files."""
    try:
        size = path.stat().st_size
        if size > MAX_EVIDENCE_BYTES:
            v.fail("file", "evidence_too_large", limit=MAX_EVIDENCE_MB)
        data = path.read_bytes()
    except OSError as exc:
        v.fail("file", "evidence_unreadable", reason=exc.strerror or str(exc))
    return data


def attach_evidence(
    record: Record,
    report_id: str,
    file_name: str,
    data: bytes,
    description: str | None = None,
) -> ChangeSet:
    """Store a file's bytes (once per content) and an evidence row naming it."""
    name = v.text(Path(str(file_name)).name, "file", limit=255) or "evidence"
    if not data:
        v.fail("file", "evidence_empty")
    if len(data) > MAX_EVIDENCE_BYTES:
        v.fail("file", "evidence_too_large", limit=MAX_EVIDENCE_MB)
    sha = hashlib.sha256(data).hexdigest()
    with record.edit() as session:
        writer = Writer(session, record)
        report = writer.load(ProgressReport, report_id)
        if session.get(Blob, sha) is None:
            session.add(Blob(sha256=sha, data=data))
        writer.create(
            Evidence,
            {
                "progress_report_id": report.id,
                "file_name": name,
                "sha256": sha,
                "size": len(data),
                "description": v.text(description, "description"),
            },
        )
        return writer.result()


def delete_evidence(record: Record, evidence_id: str) -> ChangeSet:
    return delete_row(record, Evidence, evidence_id)


def evidence_bytes(record: Record, sha256: str) -> bytes | None:
    """The stored file, or None when its bytes have not arrived on this install yet."""
    with record.reader() as session:
        blob = session.get(Blob, sha256)
        return None if blob is None else blob.data


def evidence_of(record: Record, report_id: str) -> list[dict[str, Any]]:
    """The live evidence rows of a report, oldest first."""
    with record.reader() as session:
        rows = session.scalars(
            select(Evidence)
            .where(Evidence.progress_report_id == report_id, Evidence.deleted.is_not(True))
            .order_by(Evidence.file_name, Evidence.id)
        ).all()
        present = set(
            session.scalars(select(Blob.sha256).where(Blob.sha256.in_([r.sha256 for r in rows])))
        )
        return [
            {
                "id": r.id,
                "owner": r.owner,
                "file_name": r.file_name,
                "size": r.size,
                "sha256": r.sha256,
                "description": r.description,
                "available": r.sha256 in present,
            }
            for r in rows
        ]


def today_semester(record: Record) -> str:
    return v.current_semester(record.today())


def semesters_until_now(record: Record) -> list[str]:
    """Every semester from the plan's earliest result start to the current one, oldest first."""
    with record.reader() as session:
        starts = session.scalars(
            select(Result.start_semester).where(Result.deleted.is_not(True)).distinct()
        ).all()
    current = today_semester(record)
    known = [s for s in starts if s is not None and readmodel.semester_key(s)]
    first = min(known, key=readmodel.semester_sort_key) if known else current
    return readmodel.semesters_between(first, current)
