"""PDF reports on real records: content, language, page frame, tables across pages."""

import datetime as dt
from pathlib import Path

import pytest
from report_support import TODAY, digest_of, embedded_fonts, page_texts
from sqlalchemy import select

from cisdesk.countries import COUNTRY_CODES
from cisdesk.db.models import Meeting, ProgressReport
from cisdesk.db.record import Record
from cisdesk.errors import UsageError
from cisdesk.reports import data
from cisdesk.reports.pdf import ReportRequest, write_report
from cisdesk.reports.pdf_common import short_fingerprint


def _write(record: Record, tmp_path: Path, **request: object) -> tuple[Path, list[str]]:
    out = tmp_path / f"report-{len(list(tmp_path.glob('*.pdf')))}.pdf"
    written = write_report(record, out, ReportRequest(**request))  # type: ignore[arg-type]
    assert written.path == out and out.is_file()
    texts = page_texts(out)
    assert written.pages == len(texts)
    return out, texts


def _check_page_frame(texts: list[str], digest: str, lang: str, install: str) -> None:
    """Every page: the install and date in the header, the digest and 'n of N' in the footer."""
    total = len(texts)
    assert total > 1
    date = "1 de septiembre de 2020" if lang == "es" else "1 September 2020"
    assert digest in texts[0]  # whole, once, on the title page with its explanation
    for number, text in enumerate(texts, start=1):
        page = f"Página {number} de {total}" if lang == "es" else f"Page {number} of {total}"
        assert page in text
        assert short_fingerprint(digest) in text  # short, on every page
        assert install in text
        assert date in text


def test_annual_report_in_spanish_on_a_country_install(
    country_demo: Record, tmp_path: Path
) -> None:
    out, texts = _write(country_demo, tmp_path, year=2019)
    _check_page_frame(texts, digest_of(country_demo), "es", "Guatemala")
    everything = " ".join(texts)
    assert "Informe anual de los Comités Especializados del CIS" in everything
    assert "Protección Social" in everything and "Año 2019" in everything
    for table in ("Cuadro 1.", "Cuadro 2.", "Cuadro 3."):
        assert table in everything
    assert "Hito Resultado Inicio de la ejecución GT" in everything
    assert "Símbolos de estado: ○ No iniciado; ◐ En curso; ● Completado" in everything
    assert "NI = No iniciado" not in everything  # NI is Nicaragua only
    assert "Presidencias Pro Témpore involucradas" in everything
    assert "Semestre I - 2019 Guatemala" in everything  # the PPT of 2019-I
    assert any("DejaVuSans" in name for name in embedded_fonts(out))


def test_annual_report_in_english(country_demo: Record, tmp_path: Path) -> None:
    _out, texts = _write(country_demo, tmp_path, year=2019, lang="en")
    _check_page_frame(texts, digest_of(country_demo), "en", "Guatemala")
    everything = " ".join(texts)
    assert "Annual report of the CIS Specialised Committees" in everything
    assert "Milestone Result Start of execution GT" in everything
    assert "Status symbols: ○ Not started; ◐ In progress; ● Completed" in everything
    assert "Specialised Committee on International Cooperation" in everything
    # The report's own words are English; only the plan's texts stay in their Spanish.
    assert "Table 3. Milestones, results and progress by country" in everything
    assert "Cuadro" not in everything
    assert "between January 2018 and June 2019" in everything
    assert "entre enero" not in everything
    assert "Record fingerprint" in everything


def test_annual_report_status_codes_match_the_latest_report_of_the_year(
    country_demo: Record, tmp_path: Path
) -> None:
    """The first result of the plan: its code is that of GT's latest 2019 report."""
    snapshot = data.load_record(country_demo)[1]
    first = snapshot.committees[0].strategies[0].milestones[0].results[0]
    entry = data.latest_reports(snapshot.reports, year=2019)[(first.id, "GT")]
    assert entry.semester == "2019-II"
    code = {"not_started": "○", "in_progress": "◐", "completed": "●", "delayed": "▲"}[
        str(entry.status)
    ]
    _out, texts = _write(country_demo, tmp_path, year=2019)
    assert f"{first.text} Semestre I - 2018 {code} " in " ".join(texts)


def test_annual_report_at_sisca_has_every_country_and_repeats_table_headers(
    regional_demo: Record, tmp_path: Path
) -> None:
    _out, texts = _write(regional_demo, tmp_path, year=2019)
    _check_page_frame(texts, digest_of(regional_demo), "es", "SISCA")
    header = "Hito Resultado Inicio de la ejecución " + " ".join(COUNTRY_CODES)
    with_header = [i for i, text in enumerate(texts) if header in text]
    captions = [i for i, text in enumerate(texts) if "Hitos regionales dinámicos" in text]
    # At least one table continues on a page of its own, under a repeated header.
    continued = [i for i in with_header if i not in captions]
    assert continued, "no milestones table broke across pages"
    assert all(i - 1 in with_header for i in continued)
    everything = " ".join(texts)
    assert "Avance por país (%)" in everything and "Avance por núcleo prioritario (%)" in everything
    assert "HN = Honduras" in everything and "PA = Panamá" in everything
    assert "Aprobada por el CIS" in everything  # SISCA's demo approved the strategies


def test_annual_meetings_and_agreements_figures(regional_demo: Record, tmp_path: Path) -> None:
    year = 2019
    with regional_demo.edit() as session:  # one long virtual meeting, whatever the demo made
        session.add(
            Meeting(
                kind="joint",
                title="Sesión extendida de prueba",
                date=dt.date(year, 5, 6),
                virtual=True,
                duration_minutes=300,
            )
        )
    with regional_demo.reader() as session:
        meetings = list(
            session.scalars(
                select(Meeting).where(
                    Meeting.deleted.is_(False),
                    Meeting.date >= dt.date(year, 1, 1),
                    Meeting.date <= dt.date(year, 12, 31),
                )
            )
        )
    over = [m for m in meetings if m.virtual and (m.duration_minutes or 0) > 210]
    virtual = sum(1 for m in meetings if m.virtual)
    _out, texts = _write(regional_demo, tmp_path, year=year)
    everything = " ".join(texts)
    assert f"Reuniones en el período: {len(meetings)}" in everything
    assert f"Virtuales: {virtual} " in everything
    assert f"Reuniones virtuales que las sobrepasaron: {len(over)}." in everything
    assert "Reuniones virtuales de más de 210 minutos" in everything
    assert (
        "06/05/2019 Reunión conjunta — Sesión extendida de prueba Virtual 300 SISCA" in everything
    )
    snapshot = data.load_record(regional_demo)[1]
    agreements = data.agreements_of_meetings(snapshot, data.select_meetings(snapshot, year=year))
    stats = data.agreement_stats(agreements, dt.date(year, 12, 31))
    assert f"Acuerdos tomados: {stats.taken}" in everything
    assert f"Cumplidos: {stats.fulfilled}" in everything
    assert f"31 de diciembre de 2019): {len(stats.overdue)}" in everything


@pytest.mark.parametrize("lang", ["es", "en"])
def test_country_summary(country_demo: Record, tmp_path: Path, lang: str) -> None:
    _out, texts = _write(country_demo, tmp_path, kind="country", lang=lang)
    _check_page_frame(texts, digest_of(country_demo), lang, "Guatemala")
    everything = " ".join(texts)
    if lang == "es":
        assert "Resumen de país: Guatemala" in everything
        assert "Resultados con informe: 38 de 38" in everything
        header = "Fecha límite Acuerdo Reunión Estado Seguimiento"
        heading = "Acuerdos a cargo del país y su seguimiento"
    else:
        assert "Country summary: Guatemala" in everything
        assert "Results with a report: 38 of 38" in everything
        header = "Due date Agreement Meeting Status Follow-up"
        heading = "Agreements in the country's charge and their follow-up"
    # The agreements table is longer than a page: its header repeats on the next pages.
    pages = [i for i, text in enumerate(texts) if header in text]
    assert len(pages) >= 2
    assert pages == list(range(pages[0], pages[0] + len(pages)))
    assert heading in texts[pages[0]]
    assert heading not in texts[pages[1]]


def test_country_summary_at_sisca_needs_the_country(regional_demo: Record, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="--country"):
        write_report(regional_demo, tmp_path / "x.pdf", ReportRequest(kind="country"))
    _out, texts = _write(regional_demo, tmp_path, kind="country", country="hn", year=2019)
    assert "Resumen de país: Honduras" in " ".join(texts)
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_committee_report(regional_demo: Record, tmp_path: Path, lang: str) -> None:
    _out, texts = _write(regional_demo, tmp_path, kind="committee", committee="MEI", lang=lang)
    _check_page_frame(texts, digest_of(regional_demo), lang, "SISCA")
    everything = " ".join(texts)
    table = "Cuadro 2. Hitos regionales dinámicos" if lang == "es" else "Table 2. Milestones"
    assert table in everything
    assert "Cuadro 1." not in everything and "Table 1." not in everything
    if lang == "es":
        assert "Informe del comité: MEI" in everything
        assert "Combos temáticos" in everything and "Delegados del comité por país" in everything
    else:
        assert "Committee report: MEI" in everything
        assert (
            "Thematic combos" in everything
            and "Delegates of the committee by country" in everything
        )


def test_notes_with_markup_characters_print_as_text(country_demo: Record, tmp_path: Path) -> None:
    with country_demo.edit() as session:
        report = session.scalars(
            select(ProgressReport).where(ProgressReport.semester == "2020-II").limit(1)
        ).one()
        report.note = "Revisión <b>pendiente</b> & año próximo"
    _out, texts = _write(country_demo, tmp_path, kind="country")
    assert "Revisión <b>pendiente</b> & año próximo" in " ".join(texts)


def test_annual_year_defaults_to_the_current_year(country_demo: Record, tmp_path: Path) -> None:
    _out, texts = _write(country_demo, tmp_path)
    assert f"Año {TODAY.year}" in texts[0]


@pytest.mark.parametrize(
    ("request_args", "message"),
    [
        ({"kind": "weekly"}, "Unknown report kind"),
        ({"kind": "committee"}, "--committee"),
        ({"kind": "committee", "committee": "XYZ"}, "Unknown committee"),
        ({"kind": "country", "country": "MX"}, "Unknown country code"),
        ({"kind": "annual", "country": "GT"}, "--country applies only"),
        ({"year": 1850}, "out of range"),
        ({"lang": "fr"}, "Unknown language"),
    ],
)
def test_bad_requests_are_refused_before_any_file(
    country_demo: Record, tmp_path: Path, request_args: dict, message: str
) -> None:
    out = tmp_path / "never.pdf"
    with pytest.raises(UsageError, match=message):
        write_report(country_demo, out, ReportRequest(**request_args))
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.is_file()]


def test_committee_report_prints_a_regional_result_once_as_regional(
    regional_demo: Record, tmp_path: Path
) -> None:
    """SISCA's regional deliverables have no per-country status: one regional cell each."""
    from cisdesk.activity import progress
    from cisdesk.db.models import Result

    with regional_demo.reader() as session:
        regional = {
            r.text: r.id
            for r in session.scalars(select(Result).where(Result.regional.is_(True)))
            if r.text.startswith(("I Mesa", "II Mesa"))
        }
    first = regional["I Mesa de Cooperantes"]
    progress.save_progress(
        regional_demo, result_id=first, semester="2019-I", status="completed", percent=100
    )
    _out, texts = _write(regional_demo, tmp_path, kind="committee", committee="CI", year=2019)
    everything = " ".join(texts)
    done = "Regional (SISCA): Completado, 100 %"
    missing = "Regional (SISCA): Sin reporte"
    assert everything.count(done) == 1, everything
    assert everything.count(missing) == 1  # the second table, not yet reported
    # One cell for the region, not a "no report" per country column.
    for name in ("I Mesa de Cooperantes", "II Mesa de Cooperantes"):
        row = everything.split(f" {name} ", 1)[1][:90]
        assert "– –" not in row, row
