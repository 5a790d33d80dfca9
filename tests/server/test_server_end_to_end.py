"""SISCA's whole cycle on a PostgreSQL URL gives what it gives on a SQLite file.

Every step goes through the command line, as SISCA's staff would type it: a
regional install on the server, enrolment of the countries' keys, a country
bundle imported, reports and the Excel export written, a regional bundle sent
back. A Honduran install also lives on the server and fills in its progress
template there. The same steps on SQLite files must give the same digest, the
same workbook and the same reports. The server database has a Spanish collation
so that anything ordered by the database instead of by cisdesk would show.
"""

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select
from sync.factories import key_file_of

from cisdesk.cli import main
from cisdesk.db.models import Committee, Delegate, ProgressReport
from cisdesk.db.record import Record, open_record
from cisdesk.reports.excel_format import COLUMN_INDEX, FIRST_DATA_ROW
from cisdesk.reports.pdf import ReportRequest, write_report
from cisdesk.sync import keyring
from cisdesk.sync.export import export_bundle
from cisdesk.sync.importer import import_bundles
from cisdesk.sync.provision import create_install

PASSPHRASE_VAR = "SISCA_ROOT_PASSPHRASE"
TEMPLATE_SHEET = "Avance"


def cli(capsys: pytest.CaptureFixture[str], *args: Any, code: int = 0) -> str:
    """Run one cisdesk command; return what it printed."""
    assert main([str(a) for a in args]) == code, capsys.readouterr()
    return capsys.readouterr().out


def digest(capsys: pytest.CaptureFixture[str], db: str) -> str:
    return cli(capsys, "digest", "--db", db).strip()


def sheet_values(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    workbook = load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in workbook.worksheets}


def pdf_text(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def fill_template(path: Path) -> None:
    """Report progress on the first rows without a report, as a person would in Excel."""
    workbook = load_workbook(path)
    sheet = workbook[TEMPLATE_SHEET]
    filled = 0
    for row in range(FIRST_DATA_ROW, sheet.max_row + 1):
        if sheet.cell(row, COLUMN_INDEX["status"]).value is None and filled < 6:
            sheet.cell(row, COLUMN_INDEX["status"]).value = "En curso"
            sheet.cell(row, COLUMN_INDEX["percent"]).value = 10 * (filled + 1)
            sheet.cell(row, COLUMN_INDEX["note"]).value = f"Avance señalado {filled}"
            filled += 1
    assert filled == 6
    workbook.save(path)


def progress_rows(db: str) -> list[tuple[Any, ...]]:
    """A country's progress reports by their content (ids and clocks differ per install)."""
    with open_record(db) as record, record.reader() as session:
        reports = session.scalars(select(ProgressReport)).all()
        return sorted(
            (r.owner, r.result_id, r.semester, r.status, r.percent, r.note, r.deleted)
            for r in reports
        )


def honduras_on(
    capsys: pytest.CaptureFixture[str], db: str, folder: Path
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """A Honduran install fills in its progress template; what it recorded, and the template."""
    cli(capsys, "init", "--db", db, "--country", "HN")
    template = folder / "hn-template.xlsx"
    cli(capsys, "excel", "template", "--db", db, "-o", template)
    blank = sheet_values(template)[TEMPLATE_SHEET]  # the hidden sheet names the install
    fill_template(template)
    assert "6 progress reports created" in cli(capsys, "excel", "import", "--db", db, template)
    return progress_rows(db), blank


def test_sisca_on_a_server_equals_sisca_on_a_file(
    pg_server, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_VAR, "clave de la raíz")
    # One day for the whole run: the PDFs print the day they were made, and a run that
    # crosses midnight would otherwise compare two different days.
    day = dt.date.today()
    monkeypatch.setattr(Record, "today", lambda self: day)
    local, server = tmp_path / "local", tmp_path / "server"
    local.mkdir()
    server.mkdir()

    # Guatemala works on a laptop; Honduras keeps its record on the server.
    gt = str(tmp_path / "gt.db")
    cli(capsys, "init", "--db", gt, "--country", "GT")
    cli(capsys, "demo", "--db", gt, "--seed", 3)
    cli(capsys, "bundle", "export", "--db", gt, "-o", tmp_path / "gt-1.cisb")
    cli(capsys, "demo", "--db", gt, "--seed", 4)  # edits and deletes rows of the first
    cli(capsys, "bundle", "export", "--db", gt, "-o", tmp_path / "gt-2.cisb")
    hn = pg_server.new_database(icu_locale="es")
    hn_reports, hn_template = honduras_on(capsys, hn, server)
    cli(capsys, "bundle", "export", "--db", hn, "-o", tmp_path / "hn-1.cisb")
    # The same template filled the same way on a file records the same progress.
    hn_file_reports, hn_file_template = honduras_on(capsys, str(local / "hn.db"), local)
    assert hn_file_template == hn_template
    assert hn_file_reports == hn_reports
    for name, db in (("gt", gt), ("hn", hn)):
        cli(capsys, "keys", "export", "--db", db, "-o", tmp_path / f"{name}.pub")

    results: dict[str, dict[str, Any]] = {}
    for where, db in (
        ("server", pg_server.new_database(icu_locale="es")),
        ("local", str(local / "sisca.db")),
    ):
        folder = tmp_path / where
        out: dict[str, Any] = {}
        cli(capsys, "init", "--db", db, "--regional", "--passphrase-env", PASSPHRASE_VAR)
        for name, country in (("gt", "GT"), ("hn", "HN")):
            key_file = tmp_path / f"{name}.pub"
            cli(capsys, "keys", "enroll", "--db", db, key_file, "--country", country)
        # The second bundle updates rows the first made: a server moves updated rows
        # within its tables, so anything read in storage order would show.
        bundles = [tmp_path / f"{name}.cisb" for name in ("gt-1", "hn-1", "gt-2")]
        imported = cli(capsys, "bundle", "import", "--db", db, *bundles)
        assert imported.count(": imported from ") == 3, imported
        out["digest"] = digest(capsys, db)
        for kind, extra in (("annual", ["--year", 2019]), ("country", ["--country", "HN"])):
            pdf = folder / f"{kind}.pdf"
            cli(capsys, "report", "pdf", "--db", db, "-o", pdf, "--kind", kind, *extra)
            out[kind] = pdf_text(pdf)
        cli(capsys, "excel", "export", "--db", db, "-o", folder / "record.xlsx")
        out["workbook"] = sheet_values(folder / "record.xlsx")
        cli(
            capsys,
            "bundle",
            "export",
            "--db",
            db,
            "-o",
            folder / "regional.cisb",
            "--passphrase-env",
            PASSPHRASE_VAR,
        )
        cli(capsys, "keys", "export", "--db", db, "-o", folder / "root.pub")
        # At SISCA the Excel import refuses a country's template, and changes nothing.
        assert main(["excel", "import", "--db", db, str(local / "hn-template.xlsx")]) == 1
        assert "not at SISCA" in capsys.readouterr().err
        assert digest(capsys, db) == out["digest"]
        results[where] = out

    on_server, on_file = results["server"], results["local"]
    assert on_server["digest"] == on_file["digest"]
    assert on_server["annual"] == on_file["annual"]
    assert on_server["country"] == on_file["country"]
    assert any("Honduras" in page for page in on_server["country"])
    info_server = on_server["workbook"].pop("info")
    info_file = on_file["workbook"].pop("info")
    assert on_server["workbook"] == on_file["workbook"]
    assert ("digest", on_server["digest"]) in info_server
    assert ("digest", on_file["digest"]) in info_file

    # Guatemala trusts the server's root key and receives the whole record from it.
    cli(capsys, "keys", "trust", "--db", gt, server / "root.pub")
    received = cli(capsys, "bundle", "import", "--db", gt, server / "regional.cisb")
    assert ": imported from " in received
    assert digest(capsys, gt) == on_server["digest"]


def test_rows_alike_but_for_their_id_print_in_the_same_order(pg_server, tmp_path: Path) -> None:
    """Delegates of one name: a report orders them by id, not as the database stores them."""
    gt = create_install(str(tmp_path / "gt.db"), country="GT")
    with gt.reader() as session:
        committee = session.scalars(select(Committee.id).where(Committee.code == "CI")).one()
    with gt.edit() as session:
        namesakes = [
            Delegate(name="Ana Pérez", committee_id=committee, institution=f"Institución {n}")
            for n in range(6)
        ]
        session.add_all(namesakes)
    export_bundle(gt, tmp_path / "gt-1.cisb")
    with gt.edit() as session:  # updated rows move within a server's table
        for delegate in namesakes[:3]:
            session.get(Delegate, delegate.id).phone = "+502 5555 0000"
    export_bundle(gt, tmp_path / "gt-2.cisb")
    texts = []
    for target in (str(tmp_path / "sisca.db"), pg_server.new_database(icu_locale="es")):
        with create_install(target, regional=True, passphrase="clave") as sisca:
            with sisca.local() as session:
                keyring.enroll(session, key_file_of(gt), "GT")
                session.commit()
            bundles = [tmp_path / "gt-1.cisb", tmp_path / "gt-2.cisb"]
            assert all(o.ok for o in import_bundles(sisca, bundles))
            pdf = tmp_path / f"committee-{len(texts)}.pdf"
            write_report(sisca, pdf, ReportRequest(kind="committee", committee="CI"))
            texts.append(pdf_text(pdf))
    gt.close()
    assert texts[0] == texts[1]
    assert texts[0][-1].count("Ana Pérez") == 6
