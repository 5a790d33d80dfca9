"""A refused workbook with many problems lists the first few and counts the rest."""

from pathlib import Path

from openpyxl import load_workbook

from cisdesk.cli import main
from cisdesk.commands.excel_cmds import SHOWN_PROBLEMS
from cisdesk.db.record import Record
from cisdesk.reports.excel_format import COLUMN_INDEX, FIRST_DATA_ROW
from cisdesk.reports.excel_template import write_template


def test_many_problems_print_the_first_few_and_a_count(
    country_demo: Record, tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("CISDESK_LANG", "en")
    template = tmp_path / "plantilla.xlsx"
    write_template(country_demo, template)
    wb = load_workbook(template)
    ws = wb["Avance"]
    rows = range(FIRST_DATA_ROW, ws.max_row + 1)
    for row in rows:
        ws.cell(row, COLUMN_INDEX["percent"]).value = 140
    wb.save(template)
    total = len(rows)
    assert total > SHOWN_PROBLEMS + 5
    capsys.readouterr()
    assert main(["excel", "import", "--db", country_demo.target, str(template)]) == 1
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == SHOWN_PROBLEMS + 2  # the problems shown, the count, the refusal
    assert f"and {total - SHOWN_PROBLEMS} more problems" in lines[SHOWN_PROBLEMS]
    assert lines[-1].startswith(f"cisdesk: {total} problems in plantilla.xlsx")
