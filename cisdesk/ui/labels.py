"""How stored values read in the interface: statuses, kinds, countries, dates, durations.

Stored values are stable English codes (``in_progress``); people see them in the
interface's language. Labels are looked up when needed, so a language switch
shows in every page rebuilt afterwards.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from cisdesk import messages
from cisdesk.activity.vocabulary import (
    AgreementStatus,
    MeetingKind,
    ProgressStatus,
    ProposalStatus,
    TrainingKind,
)
from cisdesk.countries import BY_CODE, COUNTRY_CODES, REGIONAL
from cisdesk.messages import is_code

_CONTEXT = "Labels"

# Status and kind words come from the one vocabulary in the message catalogue
# (``status.*``), shared with the PDFs and the workbooks: stored code -> catalogue code.
PROGRESS_STATUS = {s.value: f"status.progress.{s.value}" for s in ProgressStatus}
MEETING_KIND = {k.value: f"status.meeting.{k.value}" for k in MeetingKind}
AGREEMENT_STATUS = {s.value: f"status.agreement.{s.value}" for s in AgreementStatus}
PROPOSAL_STATUS = {s.value: f"status.proposal.{s.value}" for s in ProposalStatus}
TRAINING_KIND = {k.value: f"status.training.{k.value}" for k in TrainingKind}
NO_REPORT = "status.progress.none"
_MINUTES = QT_TRANSLATE_NOOP("Labels", "%1 min")
_HOURS = QT_TRANSLATE_NOOP("Labels", "%1 h")
_HOURS_MINUTES = QT_TRANSLATE_NOOP("Labels", "%1 h %2 min")
_YES = QT_TRANSLATE_NOOP("Labels", "Yes")
_NO = QT_TRANSLATE_NOOP("Labels", "No")


def tr(text: str) -> str:
    """A catalogue code in the app's language, or a source string through Qt."""
    if is_code(text):
        return messages.text(text)
    return QCoreApplication.translate(_CONTEXT, text)


def label(table: dict[str, str], value: Any) -> str:
    """The label of a stored code; an unknown code (from a newer version) shows as is."""
    if value is None:
        return ""
    source = table.get(str(value))
    return tr(source) if source else str(value)


def choices(table: dict[str, str]) -> list[tuple[str, str]]:
    """(code, label) pairs for a combo box, in declaration order."""
    return [(code, tr(source)) for code, source in table.items()]


def spanish() -> bool:
    return QLocale().language() == QLocale.Language.Spanish


def country(code: str | None) -> str:
    """A member country's name in the interface's language; SISCA for regional rows."""
    if not code:
        return ""
    if code == REGIONAL:
        return "SISCA"
    known = BY_CODE.get(code)
    if known is None:
        return code
    return known.name_es if spanish() else known.name_en


def country_choices(*, with_sisca: bool = False) -> list[tuple[str, str]]:
    pairs = [(code, country(code)) for code in COUNTRY_CODES]
    pairs.sort(key=lambda pair: pair[1])
    if with_sisca:
        pairs.append((REGIONAL, "SISCA"))
    return pairs


def committee(code: str | None, name: str | None) -> str:
    """ "PPS — Pobreza y Protección Social": the code and the name without its long prefix."""
    short = name or ""
    for prefix in ("Comité Especializado sobre ", "Comité Especializado de ", "Comité de "):
        if short.startswith(prefix):
            short = short[len(prefix) :]
            break
    return f"{code} — {short}" if short else str(code or "")


def committee_choices(rows: list[dict[str, Any]], empty: str | None) -> list[tuple[Any, str]]:
    """(id, label) pairs for a committee combo, led by an "empty" choice when given."""
    items: list[tuple[Any, str]] = [] if empty is None else [(None, empty)]
    return items + [(row["id"], committee(row["code"], row["name"])) for row in rows]


def date(value: dt.date | None) -> str:
    """Dates as the language writes them: 19/11/2026 in Spanish, 2026-11-19 in English
    (as the PDFs print them)."""
    if not value:
        return ""
    return value.strftime("%d/%m/%Y") if spanish() else value.isoformat()


def date_format() -> str:
    """The display format of date fields (Qt's notation), matching :func:`date`."""
    return "dd/MM/yyyy" if spanish() else "yyyy-MM-dd"


def duration(minutes: int | None) -> str:
    if not minutes:
        return ""
    hours, rest = divmod(int(minutes), 60)
    if not hours:
        return tr(_MINUTES).replace("%1", str(rest))
    if not rest:
        return tr(_HOURS).replace("%1", str(hours))
    return tr(_HOURS_MINUTES).replace("%1", str(hours)).replace("%2", str(rest))


def yes_no(value: bool | None) -> str:
    return tr(_YES) if value else tr(_NO)


def percent(value: int | None) -> str:
    return "" if value is None else f"{value} %"
