"""A reporting period of whole months, such as the source's "Mayo 2017-Abril 2018".

The annual report covers a calendar year (``--year``) or any run of months
(``--from YYYY-MM --to YYYY-MM``). A semester belongs to the period when their
months overlap: May 2017–April 2018 touches 2017-I, 2017-II and 2018-I.
"""

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from cisdesk.errors import ValidationError
from cisdesk.messages import text

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
MONTHS_ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def parse_month(value: str | None) -> tuple[int, int]:
    match = _MONTH.match((value or "").strip())
    if not match:
        raise ValidationError("report.month_invalid", field="period", value=value or "")
    return int(match.group(1)), int(match.group(2))


@dataclass(frozen=True)
class Period:
    start: tuple[int, int]  # (year, month)
    end: tuple[int, int]

    @classmethod
    def of_year(cls, year: int) -> "Period":
        return cls((year, 1), (year, 12))

    @classmethod
    def parse(cls, start: str | None, end: str | None) -> "Period":
        """``"2017-05"``, ``"2018-04"`` → the period; refuses an end before the start."""
        first, last = parse_month(start), parse_month(end)
        if last < first:
            raise ValidationError(
                "report.period_end_before_start",
                field="period",
                start=str(start).strip(),
                end=str(end).strip(),
            )
        return cls(first, last)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.start[0], self.start[1], 1)

    @property
    def last_day(self) -> dt.date:
        year, month = self.end
        return dt.date(year, month, calendar.monthrange(year, month)[1])

    @property
    def calendar_year(self) -> int | None:
        """The year, when the period is exactly one calendar year."""
        if self.start == (self.start[0], 1) and self.end == (self.start[0], 12):
            return self.start[0]
        return None

    def contains(self, day: dt.date | None) -> bool:
        return day is not None and self.first_day <= day <= self.last_day

    def touches_semester(self, sem: tuple[int, int]) -> bool:
        """Whether the semester ``(year, half)`` shares a month with the period."""
        year, half = sem
        first, last = (year, 1 if half == 1 else 7), (year, 6 if half == 1 else 12)
        return first <= self.end and last >= self.start

    def semesters(self) -> list[tuple[int, int]]:
        out = []
        for year in range(self.start[0], self.end[0] + 1):
            for half in (1, 2):
                if self.touches_semester((year, half)):
                    out.append((year, half))
        return out

    @property
    def last_semester(self) -> tuple[int, int]:
        return self.semesters()[-1]

    def overlaps_months(self, start: str | None, end: str | None) -> bool:
        """Whether a ``YYYY-MM`` span (open ends allowed) shares a month with the period."""
        low = f"{self.start[0]:04d}-{self.start[1]:02d}"
        high = f"{self.end[0]:04d}-{self.end[1]:02d}"
        return (start or "0000-01") <= high and (end or "9999-12") >= low

    def label(self, lang: str) -> str:
        """``"Mayo 2017 – Abril 2018"``, or ``"Año 2018"`` for a calendar year."""
        year = self.calendar_year
        if year is not None:
            return text("report.period_year", lang, year=year)
        names = MONTHS_ES if lang == "es" else MONTHS_EN
        first = f"{names[self.start[1] - 1]} {self.start[0]}"
        last = f"{names[self.end[1] - 1]} {self.end[0]}"
        return text("report.period_months", lang, first=first.capitalize(), last=last.capitalize())
