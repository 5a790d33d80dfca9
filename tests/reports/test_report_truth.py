"""An official report says what it knows: no invented zeros, unambiguous symbols, headings
kept with their tables, a real creation date and the institution in the running head."""

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from report_support import page_texts

from cisdesk.db.record import Record
from cisdesk.reports.pdf import ReportRequest, write_report


def _texts(record: Record, tmp_path: Path, **request: object) -> tuple[Path, list[str]]:
    out = tmp_path / f"truth-{len(list(tmp_path.glob('*.pdf')))}.pdf"
    write_report(record, out, ReportRequest(**request))  # type: ignore[arg-type]
    return out, page_texts(out)


def test_countries_without_reports_are_no_data_not_zero(regional_demo: Record, tmp_path: Path):
    """SISCA holds Guatemala, Honduras and Panamá: the five others sent nothing."""
    _out, texts = _texts(regional_demo, tmp_path, year=2019)
    everything = " ".join(texts)
    assert "un resultado sin informe no es 0 %" in everything
    assert "cuenta como 0 %" not in everything
    assert "Sin datos (ningún informe de avance recibido en el período): Belice, El Salvador" in (
        everything
    )
    assert "sin datos" in everything  # the bar of a country without reports
    # Three countries of eight reported every country result (the 4 regional are SISCA's).
    assert "Informes considerados: 114 de 304 resultados esperados (8 países × 38 resultados)" in (
        everything
    )


def test_a_country_with_no_data_gets_a_sentence_not_a_chart(regional_demo: Record, tmp_path):
    _out, texts = _texts(regional_demo, tmp_path, kind="country", country="BZ", year=2019)
    everything = " ".join(texts)
    assert "Belice no tiene informes de avance registrados para el período" in everything
    assert "Avance por núcleo prioritario" not in everything
    assert "Resultados con informe: 0 de 38 (sin datos)" in everything
    assert "avance medio" not in everything.split("Resultados con informe: 0 de 38")[1][:40]


def test_status_symbols_cannot_be_read_as_country_codes(regional_demo: Record, tmp_path: Path):
    _out, texts = _texts(regional_demo, tmp_path, year=2019)
    everything = " ".join(texts)
    assert "NI = No iniciado" not in everything
    assert "○ No iniciado" in everything and "NI = Nicaragua" in everything


def test_table_headings_are_never_left_at_a_page_foot(regional_demo: Record, tmp_path: Path):
    for request in (
        {"year": 2019},
        {"year": 2019, "lang": "en"},
        {"kind": "committee", "committee": "CI"},
    ):
        _out, texts = _texts(regional_demo, tmp_path, **request)
        for text in texts:
            for caption in ("Hitos regionales dinámicos", "Milestones, results and progress by"):
                if caption in text and "Table" not in caption:
                    tail = text.split(caption, 1)[1]
                    assert "Hito Resultado" in tail or "Milestone Result" in tail, text[-300:]


def test_the_pdf_records_when_it_was_made(country_demo: Record, tmp_path: Path):
    out, _ = _texts(country_demo, tmp_path, year=2019)
    created = PdfReader(out).metadata.creation_date
    assert created is not None
    assert abs((created.date() - dt.date.today()).days) <= 1


def test_running_head_names_the_institution_and_foot_a_short_fingerprint(
    country_demo: Record, tmp_path: Path
):
    _out, texts = _texts(country_demo, tmp_path, year=2019)
    for text in texts:
        assert text.startswith("SICA · Consejo de la Integración Social Centroamericana")
        assert "Guatemala" in text[:80]
        assert "cisdesk ·" not in text
    assert "primeros 12 caracteres" in texts[0]


def test_english_report_speaks_english(regional_demo: Record, tmp_path: Path):
    _out, texts = _texts(regional_demo, tmp_path, year=2019, lang="en")
    everything = " ".join(texts)
    for spanish in ("Cuadro", "entre enero", "sin datos", "Huella"):
        assert spanish not in everything
    assert "No data (no progress report received for the period): Belize" in everything
