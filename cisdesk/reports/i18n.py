"""Report and workbook wording in Spanish and English, from the message catalogue.

The words are the catalogue's (``report.<key>`` and the one status vocabulary
``status.*``), so the PDFs, the workbooks and the app say the same thing. Plan
texts (milestones, results) exist only in Spanish in the source and are printed
as they are.
"""

import datetime as dt

from cisdesk.countries import BY_CODE
from cisdesk.db.models import (
    AgreementStatus,
    MeetingKind,
    ProgressStatus,
    ProposalStatus,
    StrategyStatus,
    TrainingKind,
)
from cisdesk.errors import UsageError
from cisdesk.messages import is_code, text
from cisdesk.reports.period import MONTHS_EN, MONTHS_ES

LANGUAGES = ("es", "en")

_ENUMS = {
    "progress": ProgressStatus,
    "strategy": StrategyStatus,
    "meeting": MeetingKind,
    "agreement": AgreementStatus,
    "proposal": ProposalStatus,
    "training": TrainingKind,
}

_COMMITTEE_EN = {
    "PPS": "Specialised Committee on Poverty and Social Protection",
    "MEI": "Specialised Committee on Monitoring, Evaluation and Innovation",
    "CI": "Specialised Committee on International Cooperation",
}


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise UsageError("report.unknown_language", lang=repr(lang))
    return lang


class Labels:
    """The report wording for one language."""

    def __init__(self, lang: str = "es") -> None:
        self.lang = check_language(lang)

    def __call__(self, key: str, **values: object) -> str:
        return text(f"report.{key}", self.lang, **values)

    def enum(self, family: str, value: str | None) -> str:
        """Readable label of a stored enum value (``family`` e.g. ``"progress"``)."""
        if value is None:
            return ""
        code = f"status.{family}.{value}"
        return text(code, self.lang) if is_code(code) else str(value)

    def enum_values(self, family: str) -> list[tuple[str, str]]:
        """``[(stored value, label)]`` of an enum, in declaration order."""
        return [(member.value, self.enum(family, member.value)) for member in _ENUMS[family]]

    def status_code(self, status: str | None) -> str:
        """Compact code of a progress status for the country columns."""
        code = f"status.progress_code.{status or 'none'}"
        return text(code, self.lang) if is_code(code) else "?"

    def no_report(self) -> str:
        """What a result without any progress report shows (the one vocabulary's word)."""
        return text("status.progress.none", self.lang)

    def status_legend(self) -> list[tuple[str, str]]:
        legend = [
            (self.status_code(s.value), self.enum("progress", s.value)) for s in ProgressStatus
        ]
        legend.append((self.status_code(None), self.no_report()))
        return legend

    def country(self, code: str | None) -> str:
        if not code:
            return ""
        if code == "REG":
            return "SISCA"
        country = BY_CODE.get(code)
        if country is None:
            return code
        return text(f"place.{code}", self.lang)

    def committee(self, code: str | None, name_es: str | None) -> str:
        if self.lang == "en" and code in _COMMITTEE_EN:
            return _COMMITTEE_EN[code]
        return name_es or code or ""

    def semester(self, label: str | None) -> str:
        """``"2018-I"`` → ``"Semestre I - 2018"`` as in the source tables."""
        if not label:
            return ""
        year, _, half = label.partition("-")
        return self("semester_label", half=half, year=year)

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        if self.lang == "es":
            return f"{value.day} de {MONTHS_ES[value.month - 1]} de {value.year}"
        return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"

    def short_date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        if self.lang == "es":
            return value.strftime("%d/%m/%Y")
        return value.isoformat()

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return ""
        return self("yes") if value else self("no")

    def plan_text_note(self) -> str:
        """The note that plan texts stay in Spanish: needed only in another language."""
        return "" if self.lang == "es" else self("plan_text_note")
