"""What a PDF report is asked for; light to import (no reportlab)."""

from dataclasses import dataclass
from enum import StrEnum


class ReportKind(StrEnum):
    ANNUAL = "annual"
    COUNTRY = "country"
    COMMITTEE = "committee"


@dataclass(frozen=True)
class ReportRequest:
    kind: str = ReportKind.ANNUAL
    lang: str = "es"
    year: int | None = None
    country: str | None = None
    committee: str | None = None
    #: A reporting period of months ("2017-05", "2018-04") instead of a calendar year.
    period_from: str | None = None
    period_to: str | None = None


#: The default request: this year's annual report in Spanish.
ANNUAL_REPORT = ReportRequest()
