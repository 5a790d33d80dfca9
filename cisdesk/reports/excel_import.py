"""Read a filled progress template back into the record (``cisdesk excel import``).

Everything is checked before anything is written; a single problem refuses the
whole file, and every problem is reported with its sheet, row and column. What
passes is applied in one transaction as this install's own edits (so change
capture records them and they sync), after a backup copy of the database. Only
cells the person changed count: an untouched template changes nothing.
"""

import io
import json
import logging
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from cisdesk import messages
from cisdesk.activity import progress, readmodel
from cisdesk.activity.store import ChangeSet, Writer
from cisdesk.countries import BY_CODE
from cisdesk.db.backup import backup_database
from cisdesk.db.models import ProgressReport, Result
from cisdesk.db.natural_keys import progress_report_id
from cisdesk.db.record import Record
from cisdesk.errors import CisdeskError, ValidationError
from cisdesk.messages import msg, text
from cisdesk.progress import ProgressCallback, no_progress
from cisdesk.reports.excel_format import (
    COLUMN_INDEX,
    COLUMNS,
    EDITABLE,
    FIRST_DATA_ROW,
    FORMAT_VERSION,
    IDENTIFYING,
    MARKER,
    META_ROWS_START,
    META_SHEET,
    NOTE_LIMIT,
    TemplateRow,
    clean_text,
    looks_like_formula,
    normalise,
    status_lookup,
    template_hash,
)

log = logging.getLogger(__name__)

#: Larger files are refused before parsing (a template of the whole plan is ~100 kB).
MAX_FILE_BYTES = 20 * 1024 * 1024
#: ... and so are files that would unpack to more than this (a "zip bomb").
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
#: The refusal for a workbook that is not a template (a catalogue code).
NOT_A_TEMPLATE = "excel.not_a_template"


class TemplateRejected(ValidationError):
    """The template has problems in its cells; ``problems`` lists every one."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        code = "excel.problems_one" if len(problems) == 1 else "excel.problems"
        super().__init__(code, count=len(problems), name=path.name, first=problems[0])


@dataclass
class ImportSummary:
    path: Path
    country: str
    rows: int
    created: int = 0
    updated: int = 0
    fields_changed: int = 0
    backup: Path | None = None
    #: The rows written, as the forms' edits are: undoable, and what the app refreshes.
    changes: ChangeSet = field(default_factory=ChangeSet)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)


@dataclass
class _Edit:
    """What a person changed on one row."""

    row: int
    result_id: str
    semester: str
    changed: dict[str, Any] = field(default_factory=dict)  # field → new value
    full: dict[str, Any] = field(default_factory=dict)  # every editable value of the row


# --- Reading the file ---------------------------------------------------------------


def _open_workbook(path: Path) -> Any:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CisdeskError(
            "excel.cannot_read", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    if size == 0:
        raise CisdeskError("excel.empty_file", name=path.name)
    if size > MAX_FILE_BYTES:
        raise CisdeskError("excel.too_large", name=path.name)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise CisdeskError(
            "excel.cannot_read", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    not_xlsx = CisdeskError("excel.not_xlsx", name=path.name)
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError) as exc:
        raise not_xlsx from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise CisdeskError("excel.too_large", name=path.name)
    try:
        # From memory: the file name's extension does not matter, only the content.
        return load_workbook(io.BytesIO(content), data_only=False)
    except Exception as exc:  # any parse failure means the same thing to the user
        log.debug("load_workbook failed on %s: %r", path, exc)
        raise not_xlsx from exc


def _is_blank(wb: Any) -> bool:
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            if any(v is not None and str(v).strip() != "" for v in row):
                return False
    return True


def _read_meta(wb: Any) -> tuple[dict[str, str], str, list[TemplateRow]]:
    if META_SHEET not in wb.sheetnames:
        raise CisdeskError(NOT_A_TEMPLATE)
    ws = wb[META_SHEET]
    if ws.cell(1, 1).value != "marker" or ws.cell(1, 2).value != MARKER:
        raise CisdeskError(NOT_A_TEMPLATE)
    meta: dict[str, str] = {}
    stored_hash = None
    for r in range(1, META_ROWS_START):
        key, value = ws.cell(r, 1).value, ws.cell(r, 2).value
        if key is None:
            break
        if key == "hash":
            stored_hash = str(value or "")
            break
        meta[str(key)] = "" if value is None else str(value)
    damaged = CisdeskError("excel.meta_damaged")
    version = meta.get("format_version", "")
    if not version.isdigit():
        raise damaged
    if int(version) > FORMAT_VERSION:
        raise CisdeskError("excel.newer_format", version=version)
    count = meta.get("rows", "")
    if not count.isdigit() or META_ROWS_START + int(count) - 1 > max(ws.max_row, META_ROWS_START):
        raise damaged
    records: list[TemplateRow] = []
    try:
        for r in range(META_ROWS_START, META_ROWS_START + int(count)):
            records.append(TemplateRow.from_json(str(ws.cell(r, 1).value)))
    except (ValueError, TypeError, json.JSONDecodeError) as exc:
        raise damaged from exc
    if stored_hash is None or stored_hash != template_hash(meta, records):
        raise damaged
    return meta, stored_hash, records


def _check_install(record: Record, meta: dict[str, str]) -> str:
    country = meta.get("country", "")
    name = msg(f"place.{country}") if country in BY_CODE else repr(country)
    install = record.install
    if install.is_regional:
        raise CisdeskError("excel.at_sisca", place=name)
    if country != install.country:
        here = msg(f"place.{install.country}")
        raise CisdeskError("excel.other_country", place=name, here=here)
    theirs, ours = meta.get("deployment_id", ""), install.deployment_id or ""
    if theirs and ours and theirs != ours:
        raise CisdeskError("excel.other_deployment")
    return country


# --- Checking the cells ---------------------------------------------------------------


class _Problems:
    """Every problem found, each naming its sheet, row and column."""

    def __init__(self, sheet: str, lang: str) -> None:
        self.sheet = sheet
        self.lang = lang if lang in ("es", "en") else "es"
        self.items: list[str] = []

    def add(self, row: int, column_key: str | None, code: str, **params: Any) -> None:
        """Note the problem ``code`` (``excel.cell.*``), in the reader's language."""
        reason = msg(code, **params)
        if column_key is None:
            self.items.append(text("excel.at_row", sheet=self.sheet, row=row, reason=reason))
            return
        index = COLUMN_INDEX[column_key]
        # The column's title as the workbook shows it (in the template's language).
        title = COLUMNS[index - 1].title(self.lang)
        self.items.append(
            text(
                "excel.at_cell",
                sheet=self.sheet,
                row=row,
                column=get_column_letter(index),
                title=title,
                reason=reason,
            )
        )


def _is_formula(cell: Any) -> bool:
    return cell.data_type == "f" or looks_like_formula(cell.value)


def _read_status(cell: Any, lookup: dict[str, str], problems: _Problems, row: int) -> Any:
    value = cell.value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        problems.add(row, "status", "excel.cell.status_unknown", value=repr(value))
        return _INVALID
    found = lookup.get(value.strip().casefold())
    if found is None:
        problems.add(row, "status", "excel.cell.status_unknown", value=repr(value.strip()))
        return _INVALID
    return found


def _read_percent(cell: Any, problems: _Problems, row: int) -> Any:
    value = cell.value
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        problems.add(row, "percent", "excel.cell.percent_needed")
        return _INVALID
    if isinstance(value, str):
        problems.add(row, "percent", "excel.cell.percent_text", value=repr(value.strip()))
        return _INVALID
    if isinstance(value, float):
        if not value.is_integer():
            problems.add(row, "percent", "excel.cell.percent_fraction", value=value)
            return _INVALID
        value = int(value)
    if not isinstance(value, int):
        problems.add(row, "percent", "excel.cell.percent_not_number", value=repr(value))
        return _INVALID
    if not 0 <= value <= 100:
        problems.add(row, "percent", "excel.cell.percent_range", value=value)
        return _INVALID
    return value


def _note_text(value: Any) -> str | None:
    """A note as compared and stored: text without control characters, trimmed."""
    if value is None:
        return None
    if not isinstance(value, str):
        value = normalise(value)  # a number or a date typed as a note is kept as its text
    return clean_text(value).strip() or None


_INVALID = object()


def _check_rows(
    ws: Any, records: list[TemplateRow], known_results: set[str], problems: _Problems
) -> list[_Edit]:
    lookup = status_lookup()
    edits: list[_Edit] = []
    for record in records:
        r = record.row
        for key, expected in zip(IDENTIFYING, record.ident, strict=True):
            cell = ws.cell(r, COLUMN_INDEX[key])
            if _is_formula(cell):
                problems.add(r, key, "excel.cell.locked_formula")
                continue
            found = normalise(cell.value)
            if found != expected:
                problems.add(r, key, "excel.cell.locked_changed", expected=expected, found=found)
        if record.result_id not in known_results:
            problems.add(r, None, "excel.cell.result_gone")
        cells = {key: ws.cell(r, COLUMN_INDEX[key]) for key in EDITABLE}
        formula = False
        for key, cell in cells.items():
            if _is_formula(cell):
                problems.add(r, key, "excel.cell.formula")
                formula = True
        if formula:
            continue
        status = _read_status(cells["status"], lookup, problems, r)
        percent = _read_percent(cells["percent"], problems, r)
        note = _note_text(cells["note"].value)
        if _INVALID in (status, percent):
            continue
        new = {"status": status, "percent": percent, "note": note}
        old = {"status": record.status, "percent": record.percent, "note": _note_text(record.note)}
        changed = {k: v for k, v in new.items() if v != old[k]}
        if not changed:
            continue
        if "note" in changed and note is not None and len(note) > NOTE_LIMIT:
            problems.add(r, "note", "excel.cell.note_too_long", limit=NOTE_LIMIT)
            continue
        if status is None and (old["status"] is not None or percent is not None or note):
            reason = (
                "excel.cell.status_emptied"
                if old["status"] is not None
                else "excel.cell.status_needed"
            )
            problems.add(r, "status", reason)
            continue
        edits.append(
            _Edit(
                row=r,
                result_id=record.result_id,
                semester=record.semester,
                changed=changed,
                full=new,
            )
        )
    last = records[-1].row if records else FIRST_DATA_ROW - 1
    for r in range(last + 1, ws.max_row + 1):
        if any(ws.cell(r, c).value not in (None, "") for c in range(1, len(COLUMNS) + 1)):
            problems.add(r, None, "excel.cell.row_added")
    return edits


# --- Applying -------------------------------------------------------------------------


def _latest_reports(session: Session, country: str) -> dict[tuple[str, str], ProgressReport]:
    """The report that counts per (result, semester) of ``country`` (readmodel)."""
    counted = readmodel.counting_per_semester(readmodel.live_reports(session, countries=[country]))
    ids = [report.id for report in counted.values()]
    query = select(ProgressReport).where(ProgressReport.id.in_(ids))
    rows = {row.id: row for row in session.scalars(query)}
    return {(key[1], key[2]): rows[report.id] for key, report in counted.items()}


#: Template columns of the fields the form rules name.
_RULE_COLUMNS = {"status": "status", "percent": "percent", "note": "note"}
_FIELDS = ("status", "percent", "note")


def _values(edit: _Edit, report: ProgressReport | None) -> dict[str, Any]:
    """The report as it would be saved: the held one with the person's changes.

    As in the form, choosing "completed" or "not started" without typing a percent
    means 100 or 0; a percent typed against the status is refused, as the form does.
    """
    if report is None:
        values = dict(edit.full)
    else:
        values = {name: getattr(report, name) for name in _FIELDS} | edit.changed
    implied = progress.implied_percent(values.get("status"))
    if edit.full.get("percent") is None and implied is not None:
        values["percent"] = implied
    return {"result_id": edit.result_id, "semester": edit.semester, **values}


def _check_rules(
    session: Session, record: Record, country: str, edits: list[_Edit], problems: _Problems
) -> None:
    """The rules the progress form enforces, on every row the person changed."""
    existing = _latest_reports(session, country)
    for edit in edits:
        report = existing.get((edit.result_id, edit.semester))
        if report is None and edit.full["status"] is None:
            continue
        try:
            progress.clean(session, record, _values(edit, report))
        except ValidationError as exc:
            if exc.message is None:  # every core refusal names a catalogue code
                raise
            column = _RULE_COLUMNS.get(exc.field or "")
            problems.add(edit.row, column, exc.message.code, **exc.message.params)


def _apply(session: Session, record: Record, edits: list[_Edit], summary: ImportSummary) -> None:
    """Write the edits through the same gate as the form (validated, captured)."""
    writer = Writer(session, record)
    existing = _latest_reports(session, summary.country)
    for edit in edits:
        report = existing.get((edit.result_id, edit.semester))
        if report is None and edit.full["status"] is None:
            continue
        clean = progress.clean(session, record, _values(edit, report))
        if report is None:
            # No report (or the one the template showed was deleted since): the row's
            # values make a new one, or bring the pair's tombstoned one back.
            held = session.get(
                ProgressReport, progress_report_id(summary.country, edit.result_id, edit.semester)
            )
            if held is None:
                report = writer.create(ProgressReport, clean)
            else:
                writer.update(held, clean | {"deleted": False})
                report = held
            existing[(edit.result_id, edit.semester)] = report
            summary.created += 1
            summary.fields_changed += sum(1 for name in _FIELDS if clean[name] is not None)
            continue
        # What the person changed (and the percent a new status implies), nothing else.
        names = set(edit.changed) | ({"percent"} if "status" in edit.changed else set())
        before = {name: getattr(report, name) for name in names}
        writer.update(report, {name: clean[name] for name in names})
        changed = sum(1 for name in names if getattr(report, name) != before[name])
        if changed:
            summary.updated += 1
            summary.fields_changed += changed
    summary.changes = writer.result()


def import_template(
    record: Record, path: Path | str, progress: ProgressCallback = no_progress
) -> ImportSummary:
    """Check the whole template, then apply it all or nothing."""
    path = Path(path)
    progress(0, 4, messages.text("progress.reading"))
    wb = _open_workbook(path)
    if _is_blank(wb):
        raise CisdeskError("excel.no_data", name=path.name)
    meta, _hash, records = _read_meta(wb)
    country = _check_install(record, meta)
    sheet = meta.get("sheet", "")
    if sheet not in wb.sheetnames:
        raise CisdeskError("excel.sheet_missing", sheet=sheet)
    progress(1, 4, messages.text("progress.checking"))
    problems = _Problems(sheet, meta.get("lang", "es"))
    with record.reader() as session:
        known = set(session.scalars(select(Result.id).where(Result.deleted.is_(False))))
        edits = _check_rows(wb[sheet], records, known, problems)
        _check_rules(session, record, country, edits, problems)
    if problems.items:
        raise TemplateRejected(path, problems.items)
    summary = ImportSummary(path=path, country=country, rows=len(records))
    if not edits:
        progress(4, 4, messages.text("progress.done"))
        return summary
    progress(2, 4, messages.text("progress.backup"))
    if record.path is not None:
        summary.backup = backup_database(record.path, "before-excel-import")
    progress(3, 4, messages.text("progress.applying"))
    with record.edit() as session:
        _apply(session, record, edits, summary)
        # A Cancelled raised here rolls everything back.
        progress(4, 4, messages.text("progress.applying"))
    return summary
