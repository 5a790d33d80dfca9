"""The ``report`` and ``excel`` verbs through the real command line entry point."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from report_support import digest_of, page_texts

from cisdesk.cli import main
from cisdesk.db.record import Record
from cisdesk.reports.excel_format import COLUMN_INDEX, FIRST_DATA_ROW
from cisdesk.reports.i18n import Labels


def _db(record: Record) -> str:
    return str(record.path)


def test_report_pdf_verb(country_demo: Record, tmp_path: Path, capsys) -> None:
    out = tmp_path / "informe.pdf"
    code = main(["report", "pdf", "--db", _db(country_demo), "-o", str(out), "--year", "2019"])
    assert code == 0
    printed = capsys.readouterr().out
    assert f"Wrote {out}" in printed and digest_of(country_demo) in printed
    assert "Año 2019" in page_texts(out)[0]


@pytest.mark.parametrize(
    ("kind_args", "expected"),
    [
        (["--kind", "country", "--lang", "en"], "Country summary: Guatemala"),
        (["--kind", "committee", "--committee", "pps"], "Informe del comité: PPS"),
    ],
)
def test_report_pdf_kinds(
    country_demo: Record, tmp_path: Path, kind_args: list[str], expected: str
) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", "pdf", "--db", _db(country_demo), "-o", str(out), *kind_args]) == 0
    assert expected in page_texts(out)[0]


def test_report_pdf_usage_errors(regional_demo: Record, tmp_path: Path, capsys) -> None:
    out = tmp_path / "r.pdf"
    assert (
        main(["report", "pdf", "--db", _db(regional_demo), "-o", str(out), "--kind", "country"])
        == 2
    )
    assert "--country" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["report", "pdf", "--db", _db(regional_demo)])  # no -o
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        main(["report", "pdf", "--db", _db(regional_demo), "-o", str(out), "--kind", "weekly"])
    assert exited.value.code == 2
    assert not out.exists()


def test_report_pdf_into_a_missing_folder_exits_1(
    country_demo: Record, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "missing" / "r.pdf"
    assert main(["report", "pdf", "--db", _db(country_demo), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("cisdesk: Cannot write") and "\n" not in err


def test_excel_export_verb(country_demo: Record, tmp_path: Path, capsys) -> None:
    out = tmp_path / "registro.xlsx"
    assert main(["excel", "export", "--db", _db(country_demo), "-o", str(out)]) == 0
    assert "registro.xlsx" in capsys.readouterr().out
    assert "progress_report" in load_workbook(out, read_only=True).sheetnames


def test_excel_template_and_import_verbs(country_demo: Record, tmp_path: Path, capsys) -> None:
    out = tmp_path / "plantilla.xlsx"
    assert main(["excel", "template", "--db", _db(country_demo), "-o", str(out)]) == 0
    assert "rows for GT" in capsys.readouterr().out

    assert main(["excel", "import", "--db", _db(country_demo), str(out)]) == 0
    assert "nothing changed" in capsys.readouterr().out

    wb = load_workbook(out)
    ws = wb["Avance"]
    ws.cell(FIRST_DATA_ROW, COLUMN_INDEX["percent"]).value = 140
    ws.cell(FIRST_DATA_ROW + 1, COLUMN_INDEX["status"]).value = "Listo"
    wb.save(out)
    before = digest_of(country_demo)
    assert main(["excel", "import", "--db", _db(country_demo), str(out)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0].strip().startswith(f"Sheet 'Avance', row {FIRST_DATA_ROW}, column G")
    assert lines[1].strip().startswith(f"Sheet 'Avance', row {FIRST_DATA_ROW + 1}, column F")
    assert lines[-1].startswith("cisdesk: 2 problems in plantilla.xlsx: Sheet 'Avance'")
    assert digest_of(country_demo) == before

    # Values the progress form accepts too (a completed result is at 100 %).
    words = dict(Labels("es").enum_values("progress"))
    ws.cell(FIRST_DATA_ROW, COLUMN_INDEX["status"]).value = words["in_progress"]
    ws.cell(FIRST_DATA_ROW, COLUMN_INDEX["percent"]).value = 90
    ws.cell(FIRST_DATA_ROW + 1, COLUMN_INDEX["status"]).value = words["completed"]
    ws.cell(FIRST_DATA_ROW + 1, COLUMN_INDEX["percent"]).value = 100
    wb.save(out)
    assert main(["excel", "import", "--db", _db(country_demo), str(out)]) == 0
    printed = capsys.readouterr().out
    assert "updated" in printed and "Backup before the import" in printed
    assert digest_of(country_demo) != before


def test_excel_template_at_sisca_needs_a_country(
    regional_demo: Record, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "t.xlsx"
    assert main(["excel", "template", "--db", _db(regional_demo), "-o", str(out)]) == 2
    assert "--country" in capsys.readouterr().err
    assert (
        main(["excel", "template", "--db", _db(regional_demo), "-o", str(out), "--country", "NI"])
        == 0
    )
    assert out.is_file()


def test_excel_import_of_a_non_workbook_exits_1(
    country_demo: Record, tmp_path: Path, capsys
) -> None:
    bad = tmp_path / "notas.xlsx"
    bad.write_text("hola", encoding="utf-8")
    assert main(["excel", "import", "--db", _db(country_demo), str(bad)]) == 1
    assert capsys.readouterr().err.strip() == (
        "cisdesk: notas.xlsx is not an Excel workbook (.xlsx), or it is damaged."
    )
