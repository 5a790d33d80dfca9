"""The whole-record workbook, read back with openpyxl."""

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from report_support import digest_of
from sqlalchemy import func, select

from cisdesk.db.models import REPLICATED_MODELS, Meeting
from cisdesk.db.record import Record
from cisdesk.errors import CisdeskError
from cisdesk.reports.excel_export import column_order, export_workbook


def test_export_has_a_sheet_per_replicated_table(country_demo: Record, tmp_path: Path) -> None:
    out = tmp_path / "record.xlsx"
    summary = export_workbook(country_demo, out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["info"] + [m.__tablename__ for m in REPLICATED_MODELS]
    total = 0
    with country_demo.reader() as session:
        for model in REPLICATED_MODELS:
            ws = wb[model.__tablename__]
            header = [c.value for c in ws[1]]
            assert header == column_order(model)
            assert header[:2] == ["id", "owner"] and header[-1] == "deleted"
            assert ws.freeze_panes == "A2"
            assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A1:")
            count = session.scalar(select(func.count()).select_from(model))
            assert ws.max_row == count + 1
            total += count
            for column in range(1, len(header) + 1):
                assert ws.column_dimensions[ws.cell(1, column).column_letter].width >= 4
    assert summary.rows == total
    assert summary.digest == digest_of(country_demo)


def test_export_keeps_types(country_demo: Record, tmp_path: Path) -> None:
    out = tmp_path / "record.xlsx"
    export_workbook(country_demo, out)
    ws = load_workbook(out)["meeting"]
    header = [c.value for c in ws[1]]
    with country_demo.reader() as session:
        meeting = session.scalars(select(Meeting).order_by(Meeting.id).limit(1)).one()
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == meeting.id)
    date_cell = row[header.index("date")]
    assert date_cell.is_date
    assert date_cell.value.date() == meeting.date
    assert row[header.index("virtual")].value is meeting.virtual
    assert row[header.index("duration_minutes")].value == meeting.duration_minutes
    assert row[header.index("deleted")].value is False


def test_info_sheet_names_the_install_and_the_digest(country_demo: Record, tmp_path: Path) -> None:
    out = tmp_path / "record.xlsx"
    export_workbook(country_demo, out)
    info = {r[0]: r[1] for r in load_workbook(out)["info"].iter_rows(values_only=True)}
    assert info["install"] == "Guatemala"
    assert info["owner"] == "GT"
    assert info["digest"] == digest_of(country_demo)
    assert isinstance(info["date"], dt.datetime)
    assert info["date"].date() == country_demo.today()


def test_text_that_looks_like_a_formula_is_exported_as_text(
    country_demo: Record, tmp_path: Path
) -> None:
    with country_demo.edit() as session:
        meeting = session.scalars(select(Meeting).order_by(Meeting.id).limit(1)).one()
        meeting.title = '=HYPERLINK("http://example.invalid","x")'
        meeting_id = meeting.id
    out = tmp_path / "record.xlsx"
    export_workbook(country_demo, out)
    ws = load_workbook(out)["meeting"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == meeting_id)
    cell = row[header.index("title")]
    assert cell.data_type == "s"
    assert cell.value.startswith("=HYPERLINK")


def test_export_into_a_missing_folder_is_refused(country_demo: Record, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "record.xlsx"
    with pytest.raises(CisdeskError, match="does not exist"):
        export_workbook(country_demo, out)
    assert not out.parent.exists()
