"""The whole replicated record as a workbook (``cisdesk excel export``).

A sheet per replicated table, in the order bundles use, with the stored values
(dates as real dates, booleans as booleans) so the data can be filtered and
analysed in a spreadsheet; an "info" sheet says which install and which record
(digest) it came from. Deleted rows are included with ``deleted`` = TRUE: the
record keeps them as tombstones and the digest covers them.
"""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from cisdesk import __version__, messages
from cisdesk.db.digest import record_digest
from cisdesk.db.models import REPLICATED_MODELS
from cisdesk.db.record import Record
from cisdesk.progress import ProgressCallback, no_progress
from cisdesk.reports.excel_format import set_cell
from cisdesk.reports.files import check_output_path, write_atomically

INFO_SHEET = "info"
DATE_FORMAT = "yyyy-mm-dd"
MAX_WIDTH = 60
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DFE9F2")


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    sheets: int
    rows: int
    digest: str


def column_order(model: type) -> list[str]:
    """``id`` and ``owner`` first, the data columns, ``deleted`` last."""
    keys = [c.key for c in model.__table__.columns]
    middle = [k for k in keys if k not in ("id", "owner", "deleted")]
    return ["id", "owner", *middle, "deleted"]


def _width(values: list[Any], header: str) -> float:
    longest = len(header)
    for value in values[:500]:  # a sample is enough to size a column
        if isinstance(value, dt.date):
            length = 10
        elif value is None:
            continue
        else:
            length = max((len(line) for line in str(value).splitlines()), default=0)
        longest = max(longest, length)
    return min(MAX_WIDTH, longest + 2)


def _cell(ws: Any, value: Any, *, header: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws)
    set_cell(cell, value)
    if header:
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    return cell


def export_workbook(
    record: Record, path: Path | str, progress: ProgressCallback = no_progress
) -> ExportSummary:
    """Write every replicated table to ``path`` (atomically)."""
    path = Path(path)
    check_output_path(path)
    total_steps = len(REPLICATED_MODELS) + 1
    progress(0, total_steps, messages.text("progress.export"))
    wb = Workbook(write_only=True)
    row_count = 0
    install = record.install
    with record.reader() as session, session.begin():
        digest = record_digest(session.connection())
        info = wb.create_sheet(INFO_SHEET)
        info.column_dimensions["A"].width = 16
        info.column_dimensions["B"].width = 70
        info_rows = [
            ("install", install.site_name),
            ("kind", "SISCA" if install.is_regional else f"country {install.country}"),
            ("owner", install.owner),
            ("site_id", install.site_id),
            ("date", record.today()),
            ("exported_at", dt.datetime.now().replace(microsecond=0)),
            ("digest", digest),
            ("cisdesk", __version__),
        ]
        for key, value in info_rows:
            cell = _cell(info, value)
            if isinstance(value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            info.append([_cell(info, key, header=True), cell])
        for step, model in enumerate(REPLICATED_MODELS, start=1):
            keys = column_order(model)
            table = model.__table__
            result = session.execute(select(*(table.c[k] for k in keys)).order_by(table.c.id)).all()
            ws = wb.create_sheet(table.name)
            columns = list(zip(*result, strict=True)) if result else [[] for _ in keys]
            for index, key in enumerate(keys, start=1):
                letter = get_column_letter(index)
                ws.column_dimensions[letter].width = _width(list(columns[index - 1]), key)
            ws.freeze_panes = "A2"
            ws.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{max(len(result), 1) + 1}"
            ws.append([_cell(ws, key, header=True) for key in keys])
            for row in result:
                ws.append([_cell(ws, value) for value in row])
            row_count += len(result)
            progress(step, total_steps, table.name)
    write_atomically(path, wb.save)
    progress(total_steps, total_steps, messages.text("progress.export"))
    return ExportSummary(
        path=path, sheets=len(REPLICATED_MODELS) + 1, rows=row_count, digest=digest
    )
