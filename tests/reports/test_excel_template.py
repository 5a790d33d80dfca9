"""The progress template: written, filled with openpyxl as a person would, imported."""

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from report_support import digest_of
from sqlalchemy import select

from cisdesk import paths
from cisdesk.activity.validation import FieldError
from cisdesk.db.models import ProgressReport, Result
from cisdesk.db.record import Record
from cisdesk.db.versions import versions_of
from cisdesk.errors import CisdeskError, UsageError
from cisdesk.progress import Cancelled
from cisdesk.reports.excel_format import COLUMN_INDEX, FIRST_DATA_ROW, META_SHEET
from cisdesk.reports.excel_import import TemplateRejected, import_template
from cisdesk.reports.excel_template import semesters_between, write_template
from cisdesk.sync.provision import create_install

SHEET = "Avance"


def _rows(path: Path) -> list[dict[str, Any]]:
    ws = load_workbook(path)[SHEET]
    out = []
    for r in range(FIRST_DATA_ROW, ws.max_row + 1):
        values = {key: ws.cell(r, col).value for key, col in COLUMN_INDEX.items()}
        values["row"] = r
        out.append(values)
    return out


def _fill(path: Path, cells: dict[tuple[int, str], Any], sheet: str = SHEET) -> None:
    """Change cells as a person would in a spreadsheet program, and save."""
    wb = load_workbook(path)
    ws = wb[sheet]
    for (row, key), value in cells.items():
        ws.cell(row, COLUMN_INDEX[key]).value = value
    wb.save(path)


def _find(rows: list[dict[str, Any]], *, reported: bool) -> list[dict[str, Any]]:
    return [r for r in rows if (r["status"] is not None) == reported]


def _report(record: Record, result_id: str, semester: str) -> ProgressReport | None:
    with record.reader() as session:
        return session.scalars(
            select(ProgressReport).where(
                ProgressReport.result_id == result_id,
                ProgressReport.semester == semester,
                ProgressReport.deleted.is_(False),
            )
        ).first()


def _versions(record: Record, row_id: str) -> dict[str, tuple[int, str]]:
    with record.reader() as session:
        held = versions_of(session.connection(), [row_id])
        return {field: (v.hlc, v.site) for (_row, field), v in held.items()}


@pytest.fixture
def template(country_demo: Record, tmp_path: Path) -> Path:
    out = tmp_path / "plantilla.xlsx"
    write_template(country_demo, out)
    return out


# --- The template as written ------------------------------------------------------------


def test_template_has_a_row_per_result_and_semester(country_demo: Record, template: Path) -> None:
    with country_demo.reader() as session:
        # A country's template holds the country results; SISCA reports the regional ones.
        results = list(
            session.scalars(
                select(Result).where(Result.deleted.is_(False), Result.regional.is_not(True))
            )
        )
    expected = sum(len(semesters_between(r.start_semester or "", "2020-II")) for r in results)
    rows = _rows(template)
    assert len(rows) == expected
    assert {r["semester"] for r in rows} >= {"2017-II", "2018-I", "2020-II"}
    assert not any(r["semester"] == "2021-I" for r in rows)
    # What is recorded is shown: the latest report of GT for that result and semester.
    shown = _find(rows, reported=True)[0]
    report = _report(country_demo, shown["result_id"], shown["semester"])
    assert report is not None
    assert shown["percent"] == report.percent
    assert _find(rows, reported=False), "semesters after 2019-II have no report yet"


def test_template_locks_identifying_columns_and_validates_entries(template: Path) -> None:
    wb = load_workbook(template)
    ws = wb[SHEET]
    assert ws.protection.sheet
    r = FIRST_DATA_ROW
    for key in ("committee", "milestone", "result", "start", "semester", "result_id"):
        assert ws.cell(r, COLUMN_INDEX[key]).protection.locked
    for key in ("status", "percent", "note"):
        assert not ws.cell(r, COLUMN_INDEX[key]).protection.locked
    rules = {dv.type: dv for dv in ws.data_validations.dataValidation}
    assert "Completado" in rules["list"].formula1 and "En curso" in rules["list"].formula1
    assert (rules["whole"].formula1, rules["whole"].formula2) == ("0", "100")
    assert f"F{FIRST_DATA_ROW}" in str(rules["list"].sqref)
    assert wb[META_SHEET].sheet_state == "veryHidden"
    assert ws.column_dimensions["I"].hidden


def test_template_at_sisca_needs_a_country(regional_demo: Record, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="--country"):
        write_template(regional_demo, tmp_path / "t.xlsx")
    assert not (tmp_path / "t.xlsx").exists()


# --- Importing ----------------------------------------------------------------------


def test_untouched_template_changes_nothing(country_demo: Record, template: Path) -> None:
    before = digest_of(country_demo)
    summary = import_template(country_demo, template)
    assert not summary.changed and summary.fields_changed == 0
    assert summary.backup is None
    assert digest_of(country_demo) == before


def test_filled_template_updates_and_creates_reports(country_demo: Record, template: Path) -> None:
    rows = _rows(template)
    reported = _find(rows, reported=True)
    # The demo data is random: pick rows the edits below really change.
    first = next(r for r in reported if r["status"] != "Completado" and r["percent"] != 100)
    second = next(r for r in reported if r is not first)
    empty = _find(rows, reported=False)[0]
    old_first = _report(country_demo, first["result_id"], first["semester"])
    assert old_first is not None
    versions_before = _versions(country_demo, old_first.id)
    before = digest_of(country_demo)

    _fill(
        template,
        {
            (first["row"], "status"): "Completado",
            (first["row"], "percent"): 100,
            (second["row"], "note"): "Nota nueva: año y señales",
            (empty["row"], "status"): "En curso",
            (empty["row"], "percent"): 30,
        },
    )
    summary = import_template(country_demo, template)
    assert (summary.created, summary.updated, summary.fields_changed) == (1, 2, 5)
    assert summary.backup is not None and summary.backup.is_file()
    assert summary.backup.parent == paths.backups_dir()
    assert digest_of(country_demo) != before

    updated = _report(country_demo, first["result_id"], first["semester"])
    assert updated is not None and updated.id == old_first.id
    assert (updated.status, updated.percent) == ("completed", 100)
    assert updated.note == old_first.note
    versions = _versions(country_demo, updated.id)
    site = country_demo.install.site_id
    for field in ("status", "percent"):
        assert versions[field][0] > versions_before[field][0]
        assert versions[field][1] == site
    assert versions["note"] == versions_before["note"]

    noted = _report(country_demo, second["result_id"], second["semester"])
    assert noted is not None and noted.note == "Nota nueva: año y señales"

    created = _report(country_demo, empty["result_id"], empty["semester"])
    assert created is not None
    assert (created.owner, created.status, created.percent) == ("GT", "in_progress", 30)
    assert {"status", "percent", "result_id", "semester", "owner"} <= set(
        _versions(country_demo, created.id)
    )

    # Importing the same file again finds the record already as the file says.
    again = import_template(country_demo, template)
    assert not again.changed


def test_english_template_round_trip(country_demo: Record, tmp_path: Path) -> None:
    out = tmp_path / "template.xlsx"
    write_template(country_demo, out, lang="en")
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["Progress", "Instructions"]
    ws = wb["Progress"]
    row = next(r for r in range(FIRST_DATA_ROW, ws.max_row + 1) if ws.cell(r, 6).value is None)
    ws.cell(row, COLUMN_INDEX["status"]).value = "Delayed"
    ws.cell(row, COLUMN_INDEX["percent"]).value = 15.0  # Excel may store whole numbers as floats
    wb.save(out)
    summary = import_template(country_demo, out)
    assert summary.created == 1
    result_id = ws.cell(row, COLUMN_INDEX["result_id"]).value
    created = _report(country_demo, result_id, ws.cell(row, COLUMN_INDEX["semester"]).value)
    assert created is not None and (created.status, created.percent) == ("delayed", 15)


def test_template_from_another_laptop_of_the_same_country(
    country_demo: Record, template: Path, tmp_path: Path
) -> None:
    other = create_install(str(tmp_path / "gt-laptop2.db"), country="GT")
    try:
        other.today = country_demo.today  # type: ignore[method-assign]
        out = tmp_path / "from-laptop2.xlsx"
        write_template(other, out)
    finally:
        other.close()
    rows = _rows(out)
    target = rows[0]  # the other laptop has no reports: the row shows none
    assert target["status"] is None
    existing = _report(country_demo, target["result_id"], target["semester"])
    assert existing is not None
    new_status, label = (
        ("delayed", "Retrasado") if existing.status == "completed" else ("completed", "Completado")
    )
    _fill(out, {(target["row"], "status"): label})
    summary = import_template(country_demo, out)
    # Guatemala already had a report for that result and semester: it is updated.
    assert (summary.created, summary.updated) == (0, 1)
    report = _report(country_demo, target["result_id"], target["semester"])
    assert report is not None and (report.id, report.status) == (existing.id, new_status)


def test_cancel_while_applying_rolls_back(country_demo: Record, template: Path) -> None:
    row = _find(_rows(template), reported=False)[0]
    _fill(template, {(row["row"], "status"): "Completado"})
    before = digest_of(country_demo)

    def cancel_when_applying(done: int, total: int, message: str = "") -> None:
        if message == "applying" and done == total:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_template(country_demo, template, progress=cancel_when_applying)
    assert digest_of(country_demo) == before


# --- Refusals: each leaves the record as it was ------------------------------------------


@pytest.fixture
def refused(country_demo: Record) -> Callable[..., CisdeskError]:
    """Import ``path`` expecting a refusal; check the digest did not move."""

    def check(path: Path, match: str, record: Record = country_demo) -> CisdeskError:
        before = digest_of(record)
        with pytest.raises(CisdeskError, match=match) as caught:
            import_template(record, path)
        assert digest_of(record) == before
        return caught.value

    return check


def test_refuses_a_template_of_another_country(
    regional_demo: Record, tmp_path: Path, refused: Callable[..., CisdeskError]
) -> None:
    out = tmp_path / "honduras.xlsx"
    write_template(regional_demo, out, country="HN")
    refused(out, "This template is for Honduras; this install records Guatemala")


def test_refuses_a_country_template_at_sisca(
    regional_demo: Record, template: Path, refused: Callable[..., CisdeskError]
) -> None:
    refused(template, "not at SISCA", record=regional_demo)


def test_refuses_a_changed_locked_column(
    template: Path, refused: Callable[..., CisdeskError]
) -> None:
    row = _rows(template)[3]
    _fill(template, {(row["row"], "result"): "Otro resultado", (row["row"], "semester"): "2031-I"})
    error = refused(template, "2 problems in plantilla.xlsx")
    assert isinstance(error, TemplateRejected)
    assert error.problems[0].startswith(f"Sheet 'Avance', row {row['row']}, column C (Resultado)")
    assert "locked" in error.problems[0]
    assert f"row {row['row']}, column E (Semestre)" in error.problems[1]


def test_refuses_changed_hidden_information(
    template: Path, refused: Callable[..., CisdeskError]
) -> None:
    wb = load_workbook(template)
    meta = wb[META_SHEET]
    assert meta.cell(3, 1).value == "country"
    meta.cell(3, 2).value = "GT "  # even a blank is a change
    wb.save(template)
    refused(template, "hidden information was changed")


def test_refuses_a_status_not_in_the_list(
    template: Path, refused: Callable[..., CisdeskError]
) -> None:
    row = _rows(template)[0]
    _fill(template, {(row["row"], "status"): "Terminado"})
    error = refused(template, "'Terminado' is not one of the statuses in the list")
    assert f"row {row['row']}, column F (Estado)" in str(error)


def test_refuses_a_percent_over_100(template: Path, refused: Callable[..., CisdeskError]) -> None:
    row = _rows(template)[0]
    _fill(template, {(row["row"], "percent"): 140})
    error = refused(template, "140 is not between 0 and 100")
    assert f"row {row['row']}, column G (Porcentaje (0-100))" in str(error)


def test_refuses_what_the_progress_form_refuses(
    template: Path, refused: Callable[..., CisdeskError]
) -> None:
    """A completed result at 40 % is refused by the form; the template obeys the same rules."""
    empty = _find(_rows(template), reported=False)[0]
    reported = _find(_rows(template), reported=True)[0]
    _fill(
        template,
        {
            (empty["row"], "status"): "Completado",
            (empty["row"], "percent"): 40,
            (reported["row"], "status"): "No iniciado",
            (reported["row"], "percent"): 25,
        },
    )
    error = refused(template, "2 problems")
    assert isinstance(error, TemplateRejected)
    problems = {p.split(", column")[0].rsplit("row ", 1)[1]: p for p in error.problems}
    completed, not_started = problems[str(empty["row"])], problems[str(reported["row"])]
    assert "column G (Porcentaje (0-100))" in completed
    assert str(FieldError("percent", "completed_not_100")) in completed
    assert str(FieldError("percent", "not_started_not_0")) in not_started


def test_refuses_a_percent_typed_as_text(
    template: Path, refused: Callable[..., CisdeskError]
) -> None:
    row = _rows(template)[0]
    _fill(template, {(row["row"], "percent"): "50"})
    refused(template, "'50' is text")


def test_refuses_a_formula(template: Path, refused: Callable[..., CisdeskError]) -> None:
    row = _rows(template)[0]
    _fill(template, {(row["row"], "percent"): "=20+30"})
    wb = load_workbook(template)
    assert wb[SHEET].cell(row["row"], COLUMN_INDEX["percent"]).data_type == "f"
    refused(template, "a formula is not accepted")


def test_refuses_emptying_the_status_of_a_report(
    template: Path, refused: Callable[..., CisdeskError]
) -> None:
    row = _find(_rows(template), reported=True)[0]
    _fill(template, {(row["row"], "status"): None})
    refused(template, "the status cannot be emptied")


def test_refuses_added_rows(template: Path, refused: Callable[..., CisdeskError]) -> None:
    last = _rows(template)[-1]
    _fill(
        template, {(last["row"] + 1, "committee"): "PPS", (last["row"] + 1, "status"): "Completado"}
    )
    refused(template, f"row {last['row'] + 1}: rows cannot be added")


def test_every_problem_is_reported(template: Path, refused: Callable[..., CisdeskError]) -> None:
    rows = _rows(template)
    _fill(
        template,
        {
            (rows[0]["row"], "percent"): 140,
            (rows[1]["row"], "status"): "Hecho",
            (rows[2]["row"], "percent"): "diez",
        },
    )
    error = refused(template, "^3 problems in plantilla.xlsx: Sheet 'Avance', row 2")
    assert isinstance(error, TemplateRejected)
    assert [p.split(",")[1].strip() for p in error.problems] == [
        f"row {rows[0]['row']}",
        f"row {rows[1]['row']}",
        f"row {rows[2]['row']}",
    ]


def test_refuses_an_empty_workbook(tmp_path: Path, refused: Callable[..., CisdeskError]) -> None:
    out = tmp_path / "vacio.xlsx"
    Workbook().save(out)
    refused(out, "vacio.xlsx is empty")


def test_refuses_a_workbook_that_is_not_a_template(
    tmp_path: Path, refused: Callable[..., CisdeskError]
) -> None:
    out = tmp_path / "otro.xlsx"
    wb = Workbook()
    wb.active.append(["Resultado", "Estado"])
    wb.active.append(["Algo", "Completado"])
    wb.save(out)
    refused(out, "^This workbook is not a cisdesk progress template.$")


@pytest.mark.parametrize("kind", ["text", "zip", "truncated", "zero"])
def test_refuses_a_file_that_is_not_xlsx(
    template: Path, tmp_path: Path, refused: Callable[..., CisdeskError], kind: str
) -> None:
    out = tmp_path / "roto.xlsx"
    if kind == "text":
        out.write_text("Resultado;Estado\nAlgo;Completado\n", encoding="utf-8")
    elif kind == "zip":
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("hello.txt", "not a workbook")
    elif kind == "truncated":
        out.write_bytes(template.read_bytes()[:2000])
    else:
        out.write_bytes(b"")
    refused(out, "roto.xlsx (is not an Excel workbook|is empty)")


def test_refuses_a_missing_file(tmp_path: Path, refused: Callable[..., CisdeskError]) -> None:
    refused(tmp_path / "nowhere.xlsx", "Cannot read")


def test_refuses_a_workbook_that_unpacks_too_large(
    template: Path, refused: Callable[..., CisdeskError], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cisdesk.reports import excel_import

    monkeypatch.setattr(excel_import, "MAX_UNPACKED_BYTES", 10_000)
    refused(template, "plantilla.xlsx is too large to be a progress template")


def test_note_limits_apply_to_what_a_person_typed(
    country_demo: Record, tmp_path: Path, refused: Callable[..., CisdeskError]
) -> None:
    """A long note already in the record passes untouched; a long new note is refused."""
    with country_demo.edit() as session:
        report = session.scalars(
            select(ProgressReport).where(ProgressReport.semester == "2018-I").limit(1)
        ).one()
        report.note = "  Acta extensa. " * 400  # about 6400 characters, with spaces around
        result_id = report.result_id
    out = tmp_path / "plantilla.xlsx"
    write_template(country_demo, out)
    assert not import_template(country_demo, out).changed
    row = next(r for r in _rows(out) if r["result_id"] == result_id and r["semester"] == "2018-I")
    _fill(out, {(row["row"], "note"): "Nueva nota. " * 400})
    refused(out, "the note is longer than 4000 characters")
