"""Rows and fields named as a person knows them, for lists such as the sync conflicts.

«Reunión 19/11/2026 "Revisión de hitos" — Título» instead of "meeting 38fed0f7 / title":
a row by its kind, date and title (or reference), a field by its label, in the
reader's language, from the message catalogue.
"""

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from cisdesk.db.models import (
    Agreement,
    Committee,
    Meeting,
    Milestone,
    Result,
    Strategy,
)
from cisdesk.messages import current_language, text

#: Longest quoted text in a row's name.
QUOTE_LENGTH = 50


def short_date(value: dt.date | None, lang: str) -> str:
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y") if lang == "es" else value.isoformat()


def _quote(value: str | None) -> str:
    value = " ".join((value or "").split())
    return value if len(value) <= QUOTE_LENGTH else value[: QUOTE_LENGTH - 1] + "…"


def result_ref(session: Session, result: Any) -> str:
    """``"CI 1.1"``: committee code, milestone number and result number."""
    milestone = session.get(Milestone, result.milestone_id) if result.milestone_id else None
    strategy = session.get(Strategy, milestone.strategy_id) if milestone else None
    committee = session.get(Committee, strategy.committee_id) if strategy else None
    code = committee.code if committee else "?"
    return f"{code} {milestone.number if milestone else '?'}.{result.number}"


def row_label(session: Session, table: str, row: Any, lang: str | None = None) -> str:
    """A row as a person knows it, e.g. «Reunión 19/11/2026 "Revisión de hitos"»."""
    lang = lang or current_language()
    if row is None:
        return text("record.gone", lang, table=table)
    if table == "meeting":
        date = short_date(row.date, lang)
        return text("record.meeting", lang, date=date, title=_quote(row.title))
    if table == "agreement":
        meeting = session.get(Meeting, row.meeting_id) if row.meeting_id else None
        return text(
            "record.agreement",
            lang,
            text=_quote(row.text),
            date=short_date(meeting.date if meeting else None, lang),
        )
    if table == "agreement_followup":
        agreement = session.get(Agreement, row.agreement_id) if row.agreement_id else None
        return text(
            "record.followup",
            lang,
            date=short_date(row.date, lang),
            text=_quote(agreement.text if agreement else ""),
        )
    if table == "progress_report":
        result = session.get(Result, row.result_id) if row.result_id else None
        ref = result_ref(session, result) if result else "?"
        return text("record.progress", lang, ref=ref, semester=row.semester or "")
    if table == "result":
        return text("record.result", lang, ref=result_ref(session, row))
    if table == "delegate":
        return text("record.delegate", lang, name=row.name or "")
    if table == "proposal":
        return text("record.proposal", lang, title=_quote(row.title))
    if table == "capacity_activity":
        return text("record.capacity", lang, title=_quote(row.title))
    if table == "evidence":
        return text("record.evidence", lang, name=row.file_name or "")
    if table == "strategy":
        return text("record.strategy", lang, title=_quote(row.title))
    if table == "milestone":
        return text("record.milestone", lang, number=row.number or "?", text=_quote(row.text))
    if table == "ppt_term":
        return text("record.ppt", lang, semester=row.semester or "")
    return text("record.other", lang, table=table, id=str(getattr(row, "id", ""))[:8])


def field_label(field: str, lang: str | None = None) -> str:
    """A field by its label ("Título"); an unknown one by its stored name."""
    lang = lang or current_language()
    code = f"field.{field}"
    try:
        return text(code, lang)
    except KeyError:
        return field
