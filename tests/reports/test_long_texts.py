"""Every text the forms accept lays out: long cells are shortened and given whole in an annex."""

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from cisdesk.activity.validation import TEXT_LIMIT
from cisdesk.db.models import Agreement, AgreementFollowUp, Meeting, ProgressReport, Result
from cisdesk.db.record import Record
from cisdesk.reports.pdf import write_report
from cisdesk.reports.request import ReportKind, ReportRequest

WORDS = "seguimiento regional del acuerdo sobre protección social "


def _long(n: int, end: str) -> str:
    return (WORDS * (n // len(WORDS) + 1))[: n - len(end)] + end


@pytest.fixture
def long_record(make_install) -> Record:
    record = make_install("GT")
    with record.edit() as session:
        result = session.scalars(select(Result).order_by(Result.id)).first()
        meeting = Meeting(kind="joint", title="T" * 500, date=dt.date(2018, 3, 1))
        session.add(meeting)
        session.flush()
        agreement = Agreement(
            meeting_id=meeting.id,
            text=_long(3000, "FINDELACUERDO"),
            responsible_country="GT",
            due_date=dt.date(2018, 6, 1),
            status="pending",
        )
        session.add(agreement)
        session.flush()
        session.add(
            AgreementFollowUp(
                agreement_id=agreement.id,
                date=dt.date(2018, 4, 1),
                status="pending",
                note="x" * TEXT_LIMIT,  # one unbroken word, as long as a form allows
            )
        )
        session.add(
            ProgressReport(
                result_id=result.id,
                semester="2018-I",
                status="in_progress",
                percent=50,
                note=_long(TEXT_LIMIT, "FINDELANOTA"),
            )
        )
    return record


@pytest.mark.parametrize(
    "request_",
    [
        ReportRequest(kind=ReportKind.COUNTRY, lang="es", country="GT"),
        ReportRequest(kind=ReportKind.COUNTRY, lang="en", country="GT"),
        ReportRequest(kind=ReportKind.ANNUAL, lang="es", year=2018),
    ],
)
def test_long_texts_lay_out_with_an_annex(
    long_record: Record, tmp_path: Path, request_: ReportRequest
) -> None:
    out = tmp_path / "informe.pdf"
    written = write_report(long_record, out, request_)
    reader = PdfReader(out)
    assert written.pages == len(reader.pages) >= 2
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    if request_.kind == ReportKind.COUNTRY:
        annex, pointer = (
            ("Anexo: textos completos", "texto completo en el anexo A")
            if request_.lang == "es"
            else ("Annex: full texts", "full text in annex A")
        )
        assert annex in text and pointer in text
        # The whole texts are in the report: their last words made it to the annex.
        assert "FINDELANOTA" in text and "FINDELACUERDO" in text
