"""The progress template a country fills in offline (``cisdesk excel template``).

One row per result and semester, from the semester the result starts to the
current one, showing what is already recorded so staff update it in place.
Identifying columns are locked; status has a drop-down and percent accepts whole
numbers 0–100. :mod:`cisdesk.reports.excel_import` reads it back.
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.protection import SheetProtection

from cisdesk import messages
from cisdesk.activity import readmodel
from cisdesk.countries import BY_CODE, COUNTRY_CODES, semester_of
from cisdesk.db.record import Record
from cisdesk.errors import UsageError
from cisdesk.progress import ProgressCallback, no_progress
from cisdesk.reports import data
from cisdesk.reports.excel_format import (
    COLUMN_INDEX,
    COLUMNS,
    FIRST_DATA_ROW,
    FORMAT_VERSION,
    HEADER_ROW,
    HELP_SHEET,
    IDENTIFYING,
    MAIN_SHEET,
    MARKER,
    META_ROWS_START,
    META_SHEET,
    TemplateRow,
    normalise,
    set_cell,
    status_choices,
    template_hash,
)
from cisdesk.reports.files import check_output_path, write_atomically
from cisdesk.reports.i18n import Labels, check_language

HEADER_FILL = PatternFill("solid", fgColor="DFE9F2")
LOCKED_FILL = PatternFill("solid", fgColor="F2F2F2")
EDIT_FILL = PatternFill("solid", fgColor="FFFDE7")

#: The lines of the instructions sheet (catalogue codes ``excel.help.*``).
_HELP = (
    "excel.help.title",
    "excel.help.fill",
    "excel.help.status",
    "excel.help.percent",
    "excel.help.locked",
    "excel.help.formulas",
    "excel.help.import",
    "excel.help.unchanged",
)


@dataclass(frozen=True)
class TemplateSummary:
    path: Path
    country: str
    rows: int


def semesters_between(first: str, last: str) -> list[str]:
    """Semester labels from ``first`` to ``last`` inclusive (empty when first is later)."""
    if readmodel.semester_key(first) is None or readmodel.semester_key(last) is None:
        return []
    return readmodel.semesters_between(first, last)


def template_country(record: Record, country: str | None) -> str:
    install = record.install
    if country is None:
        if install.is_regional:
            raise UsageError("excel.template_country")
        return str(install.country)
    code = country.upper()
    if code not in BY_CODE:
        raise UsageError(
            "keys.unknown_country", country=repr(country), codes=" ".join(COUNTRY_CODES)
        )
    return code


def build_rows(
    snapshot: data.Snapshot, country: str, today: dt.date
) -> list[tuple[data.ResultInfo, str, str, str, data.ReportEntry | None]]:
    """``(result, committee code, milestone number, semester, latest report)`` per row."""
    current = semester_of(today.month, today.year)
    latest = {
        (result_id, semester): entry
        for (owner, result_id, semester), entry in readmodel.counting_per_semester(
            snapshot.reports
        ).items()
        if owner == country
    }
    rows = []
    for committee in snapshot.committees:
        for strategy in committee.strategies:
            for milestone in strategy.milestones:
                for result in milestone.results:
                    if result.regional:  # SISCA reports the regional results
                        continue
                    for semester in semesters_between(result.start_semester or "", current):
                        rows.append(
                            (
                                result,
                                committee.code,
                                str(milestone.number),
                                semester,
                                latest.get((result.id, semester)),
                            )
                        )
    return rows


def write_template(
    record: Record,
    path: Path | str,
    *,
    country: str | None = None,
    lang: str = "es",
    progress: ProgressCallback = no_progress,
) -> TemplateSummary:
    """Write the progress template of ``country`` (default: this install's)."""
    path = Path(path)
    check_language(lang)
    code = template_country(record, country)
    check_output_path(path)
    labels = Labels(lang)
    progress(0, 3, messages.text("progress.template"))
    identity, snapshot = data.load_record(record)
    rows = build_rows(snapshot, code, identity.today)
    progress(1, 3, messages.text("progress.template"))

    wb = Workbook()
    ws = wb.active
    ws.title = MAIN_SHEET[lang]
    _write_main(ws, rows, labels, lang)
    records = [
        TemplateRow(
            row=FIRST_DATA_ROW + i,
            ident=tuple(
                normalise(ws.cell(FIRST_DATA_ROW + i, COLUMN_INDEX[key]).value)
                for key in IDENTIFYING
            ),
            status=entry.status if entry else None,
            percent=entry.percent if entry else None,
            note=entry.note if entry else None,
        )
        for i, (_r, _c, _m, _s, entry) in enumerate(rows)
    ]
    _write_help(wb, labels, lang, code)
    meta = {
        "marker": MARKER,
        "format_version": str(FORMAT_VERSION),
        "country": code,
        "site_id": record.install.site_id,
        "deployment_id": record.install.deployment_id or "",
        "lang": lang,
        "sheet": ws.title,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "digest": identity.digest,
        "rows": str(len(records)),
    }
    _write_meta(wb, meta, records)
    wb.security = WorkbookProtection(lockStructure=True)
    progress(2, 3, messages.text("progress.template"))
    write_atomically(path, wb.save)
    progress(3, 3, messages.text("progress.template"))
    return TemplateSummary(path=path, country=code, rows=len(records))


def _write_main(ws, rows, labels: Labels, lang: str) -> None:
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for index, column in enumerate(COLUMNS, start=1):
        cell = ws.cell(HEADER_ROW, index, column.title(lang))
        cell.font = bold
        cell.fill = HEADER_FILL
        cell.alignment = wrap
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = column.width
        ws.column_dimensions[letter].hidden = column.hidden
    unlocked = Protection(locked=False)
    for offset, (result, committee, milestone, semester, entry) in enumerate(rows):
        r = FIRST_DATA_ROW + offset
        values = {
            "committee": committee,
            "milestone": int(milestone) if milestone.isdigit() else milestone,
            "result": f"{result.number}. {result.text}",
            "start": result.start_semester or "",
            "semester": semester,
            "status": labels.enum("progress", entry.status) if entry and entry.status else None,
            "percent": entry.percent if entry else None,
            "note": entry.note if entry and entry.note else None,
            "result_id": result.id,
        }
        for column in COLUMNS:
            cell = ws.cell(r, COLUMN_INDEX[column.key])
            set_cell(cell, values[column.key])
            cell.alignment = wrap if column.key in ("result", "note") else top
            if column.locked:
                cell.fill = LOCKED_FILL
            else:
                cell.protection = unlocked
                cell.fill = EDIT_FILL
    last = FIRST_DATA_ROW + max(len(rows), 1) - 1
    status_col = get_column_letter(COLUMN_INDEX["status"])
    percent_col = get_column_letter(COLUMN_INDEX["percent"])
    choices = status_choices(lang)
    status_rule = DataValidation(
        type="list",
        formula1='"' + ",".join(choices) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=labels("col_status"),
        error=", ".join(choices),
    )
    percent_rule = DataValidation(
        type="whole",
        operator="between",
        formula1="0",
        formula2="100",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="%",
        error="0 - 100",
    )
    ws.add_data_validation(status_rule)
    ws.add_data_validation(percent_rule)
    status_rule.add(f"{status_col}{FIRST_DATA_ROW}:{status_col}{last}")
    percent_rule.add(f"{percent_col}{FIRST_DATA_ROW}:{percent_col}{last}")
    ws.freeze_panes = ws.cell(FIRST_DATA_ROW, COLUMN_INDEX["status"])
    ws.protection = SheetProtection(
        sheet=True, formatColumns=False, formatRows=False, selectLockedCells=False
    )


def _write_help(wb: Workbook, labels: Labels, lang: str, country: str) -> None:
    ws = wb.create_sheet(HELP_SHEET[lang])
    text = {
        "country": labels.country(country),
        "sheet": MAIN_SHEET[lang],
        "choices": ", ".join(status_choices(lang)),
    }
    for r, code in enumerate(_HELP, start=1):
        cell = ws.cell(r, 1, messages.text(code, lang, **text))
        if r == 1:
            cell.font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 110
    ws.protection = SheetProtection(sheet=True)


def _write_meta(wb: Workbook, meta: dict[str, str], records: list[TemplateRow]) -> None:
    ws = wb.create_sheet(META_SHEET)
    for r, (key, value) in enumerate(meta.items(), start=1):
        ws.cell(r, 1, key)
        ws.cell(r, 2, value)
    ws.cell(len(meta) + 1, 1, "hash")
    ws.cell(len(meta) + 1, 2, template_hash(meta, records))
    for offset, row in enumerate(records):
        ws.cell(META_ROWS_START + offset, 1, row.to_json())
    ws.sheet_state = "veryHidden"
    ws.protection = SheetProtection(sheet=True)
