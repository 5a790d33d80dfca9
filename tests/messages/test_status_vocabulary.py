"""One status vocabulary: the app, Home, the PDFs and the workbooks say the same words."""

import pytest

from cisdesk.activity import vocabulary
from cisdesk.messages import set_language, text
from cisdesk.messages.catalog import CATALOGUE
from cisdesk.reports.excel_format import status_choices, status_lookup
from cisdesk.reports.i18n import Labels

FAMILIES = {
    "progress": vocabulary.ProgressStatus,
    "strategy": vocabulary.StrategyStatus,
    "meeting": vocabulary.MeetingKind,
    "agreement": vocabulary.AgreementStatus,
    "proposal": vocabulary.ProposalStatus,
    "training": vocabulary.TrainingKind,
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_stored_value_has_its_words(family: str) -> None:
    for member in FAMILIES[family]:
        assert f"status.{family}.{member.value}" in CATALOGUE


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_app_the_pdfs_and_the_template_use_the_same_words(qapp, lang: str) -> None:
    from cisdesk.ui import labels
    from cisdesk.ui.widgets.status import status_label

    set_language(lang)
    pdf = Labels(lang)
    for family, table in (
        ("progress", labels.PROGRESS_STATUS),
        ("meeting", labels.MEETING_KIND),
        ("agreement", labels.AGREEMENT_STATUS),
        ("proposal", labels.PROPOSAL_STATUS),
        ("training", labels.TRAINING_KIND),
    ):
        for value in table:
            assert labels.label(table, value) == pdf.enum(family, value)
    for member in vocabulary.ProgressStatus:
        assert status_label(member.value) == pdf.enum("progress", member.value)
    assert status_label("no_report") == labels.tr(labels.NO_REPORT) == pdf.no_report()
    assert status_choices(lang) == [
        labels.label(labels.PROGRESS_STATUS, v) for v in labels.PROGRESS_STATUS
    ]


def test_home_the_grid_and_the_pdf_agree_on_a_result_without_report() -> None:
    assert text("status.progress.none", "es") == "Sin reporte"
    assert Labels("es").status_legend()[-1] == ("–", "Sin reporte")


def test_the_import_accepts_exactly_the_words_shown() -> None:
    shown = {word.casefold() for lang in ("es", "en") for word in status_choices(lang)}
    assert set(status_lookup()) == shown
    assert "in_progress" not in status_lookup()  # a stored code is not a word anyone sees
