"""Meetings of the committees, the agreements taken in them, and their follow-up.

The guidelines ask for joint meetings (CT-CIS and the three committees), sessions
of one committee, and urgent consultations; virtual meetings are preferred and
should not exceed three and a half hours. A longer virtual meeting is recorded but
flagged (:attr:`Meeting.exceeds_virtual_limit`), never refused.
"""

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cisdesk.activity import validation as v
from cisdesk.activity.ppt import holder_of
from cisdesk.activity.store import (
    ChangeSet,
    Writer,
    check_fields,
    create_row,
    delete_row,
    is_live,
    update_row,
)
from cisdesk.countries import BY_CODE, COUNTRY_CODES, REGIONAL, semester_of
from cisdesk.db.models import (
    VIRTUAL_MEETING_LIMIT_MINUTES,
    Agreement,
    AgreementFollowUp,
    AgreementStatus,
    Meeting,
    MeetingKind,
)
from cisdesk.db.record import Record
from cisdesk.errors import ValidationError

MEETING_FIELDS = (
    "kind",
    "committee_id",
    "title",
    "date",
    "duration_minutes",
    "virtual",
    "place",
    "participants",
    "agenda",
    "minutes",
    "convened_by",
    "instrument",
)
AGREEMENT_FIELDS = ("meeting_id", "text", "responsible_country", "due_date", "status")
FOLLOWUP_FIELDS = ("agreement_id", "date", "status", "note")
#: Who may be named responsible for an agreement: a member country or SISCA.
RESPONSIBLE_CODES = (*COUNTRY_CODES, REGIONAL)
MAX_MINUTES = 24 * 60


def exceeds_virtual_limit(virtual: bool, duration_minutes: int | None) -> bool:
    """The guidelines' flag, for a form that has no Meeting row yet."""
    return bool(virtual) and (duration_minutes or 0) > VIRTUAL_MEETING_LIMIT_MINUTES


# --- meetings ----------------------------------------------------------------------


def clean_meeting(session: Session, record: Record, values: dict[str, Any]) -> dict[str, Any]:
    kind = v.choice(values.get("kind"), MeetingKind, "kind", "kind_invalid")
    if kind == MeetingKind.JOINT:
        if values.get("committee_id") not in (None, ""):
            v.fail("committee_id", "joint_no_committee")
        committee_id = None
    else:
        committee_id = v.committee(session, values.get("committee_id"), required=True)
    date = v.date(values.get("date"), "date", record.today(), allow_future=True)
    return {
        "kind": kind,
        "committee_id": committee_id,
        "title": v.text(
            values.get("title"), "title", required_code="title_required", limit=v.TITLE_LIMIT
        ),
        "date": date,
        "duration_minutes": v.whole_number(
            values.get("duration_minutes"), "duration_minutes", "duration_range", 1, MAX_MINUTES
        ),
        "virtual": v.flag(values.get("virtual"), "virtual"),
        "place": v.text(values.get("place"), "place", limit=v.TITLE_LIMIT),
        "participants": v.text(values.get("participants"), "participants"),
        "agenda": v.text(values.get("agenda"), "agenda"),
        "minutes": v.text(values.get("minutes"), "minutes"),
        "convened_by": _convener(session, values.get("convened_by"), date),
        # An urgent consultation is about an instrument or project (the guidelines' example).
        "instrument": v.text(values.get("instrument"), "instrument", limit=v.TITLE_LIMIT),
    }


def _convener(session: Session, value: Any, date: Any) -> str | None:
    """The PPT country that convened the meeting: as given, else the calendar's holder."""
    if value not in (None, ""):
        if value not in BY_CODE:
            raise ValidationError("plan.country_invalid", field="convened_by", value=value)
        return str(value)
    if isinstance(date, dt.date):
        return holder_of(session, semester_of(date.month, date.year))
    return None


def create_meeting(record: Record, **values: Any) -> ChangeSet:
    check_fields(values, MEETING_FIELDS)
    return create_row(
        record, Meeting, lambda w, vals: clean_meeting(w.session, record, vals), values
    )


def update_meeting(record: Record, meeting_id: str, **changes: Any) -> ChangeSet:
    check_fields(changes, MEETING_FIELDS)
    with record.edit() as session:
        writer = Writer(session, record)
        row = writer.load(Meeting, meeting_id)
        merged = {key: getattr(row, key) for key in MEETING_FIELDS} | changes
        values = clean_meeting(session, record, merged)
        _check_agreements_after(session, row.id, values["date"])
        writer.update(row, values)
        return writer.result()


def _check_agreements_after(session: Session, meeting_id: str, date: dt.date) -> None:
    """Moving a meeting must not leave an agreement due before it."""
    earliest = session.scalar(
        select(Agreement.due_date)
        .where(Agreement.meeting_id == meeting_id, Agreement.deleted.is_not(True))
        .where(Agreement.due_date.is_not(None))
        .order_by(Agreement.due_date)
        .limit(1)
    )
    if earliest is not None and earliest < date:
        v.fail("date", "meeting_after_due", due_date=earliest.isoformat())


def delete_meeting(record: Record, meeting_id: str) -> ChangeSet:
    """Tombstone a meeting with its agreements and their follow-ups."""
    return delete_row(record, Meeting, meeting_id)


# --- agreements --------------------------------------------------------------------


def _meeting_of(writer: Writer, meeting_id: Any) -> Meeting:
    meeting = writer.session.get(Meeting, meeting_id) if meeting_id else None
    if meeting is None or not is_live(meeting):
        v.fail("meeting_id", "meeting_unknown")
    if meeting.owner != writer.owner:
        v.fail("meeting_id", "foreign_meeting", country=meeting.owner)
    return meeting


def clean_agreement(writer: Writer, values: dict[str, Any]) -> dict[str, Any]:
    meeting = _meeting_of(writer, values.get("meeting_id"))
    responsible = values.get("responsible_country")
    if responsible not in RESPONSIBLE_CODES:
        v.fail("responsible_country", "responsible_invalid")
    due = values.get("due_date")
    if due is not None:
        if isinstance(due, dt.datetime) or not isinstance(due, dt.date):
            v.fail("due_date", "date_required")
        if meeting.date is not None and due < meeting.date:
            v.fail("due_date", "due_before_meeting", meeting_date=meeting.date.isoformat())
    status = values.get("status") or AgreementStatus.PENDING.value
    return {
        "meeting_id": meeting.id,
        "text": v.text(values.get("text"), "text", required_code="agreement_text_required"),
        "responsible_country": responsible,
        "due_date": due,
        "status": v.choice(status, AgreementStatus, "status", "status_invalid"),
    }


def create_agreement(record: Record, **values: Any) -> ChangeSet:
    check_fields(values, AGREEMENT_FIELDS)
    return create_row(record, Agreement, clean_agreement, values)


def update_agreement(record: Record, agreement_id: str, **changes: Any) -> ChangeSet:
    check_fields(changes, AGREEMENT_FIELDS)
    return update_row(record, Agreement, AGREEMENT_FIELDS, clean_agreement, agreement_id, changes)


def delete_agreement(record: Record, agreement_id: str) -> ChangeSet:
    """Tombstone an agreement with its follow-ups."""
    return delete_row(record, Agreement, agreement_id)


# --- follow-ups --------------------------------------------------------------------


def clean_followup(writer: Writer, record: Record, values: dict[str, Any]) -> dict[str, Any]:
    agreement_id = values.get("agreement_id")
    agreement = writer.session.get(Agreement, agreement_id) if agreement_id else None
    if agreement is None or not is_live(agreement):
        v.fail("agreement_id", "agreement_unknown")
    writer.check_owner(agreement)
    date = v.date(values.get("date"), "date", record.today())
    meeting = writer.session.get(Meeting, agreement.meeting_id) if agreement.meeting_id else None
    if meeting is not None and meeting.date is not None and date < meeting.date:
        v.fail("date", "followup_before_meeting", meeting_date=meeting.date.isoformat())
    return {
        "agreement_id": agreement.id,
        "date": date,
        "status": v.choice(values.get("status"), AgreementStatus, "status", "status_invalid"),
        "note": v.text(values.get("note"), "note", required_code="followup_note_required"),
    }


def _carry_status(writer: Writer, followup: AgreementFollowUp) -> None:
    """The latest follow-up states where the agreement stands; a later one is not undone."""
    later = writer.session.scalar(
        select(AgreementFollowUp.id)
        .where(
            AgreementFollowUp.agreement_id == followup.agreement_id,
            AgreementFollowUp.deleted.is_not(True),
            AgreementFollowUp.id != followup.id,
            AgreementFollowUp.date > followup.date,
        )
        .limit(1)
    )
    if later is None:
        agreement = writer.load(Agreement, followup.agreement_id)
        writer.update(agreement, {"status": followup.status})


def add_followup(record: Record, **values: Any) -> ChangeSet:
    """Record a follow-up; when it is the latest, the agreement takes its status."""
    check_fields(values, FOLLOWUP_FIELDS)
    with record.edit() as session:
        writer = Writer(session, record)
        row = writer.create(AgreementFollowUp, clean_followup(writer, record, values))
        _carry_status(writer, row)
        return writer.result()


def update_followup(record: Record, followup_id: str, **changes: Any) -> ChangeSet:
    check_fields(changes, FOLLOWUP_FIELDS)
    with record.edit() as session:
        writer = Writer(session, record)
        row = writer.load(AgreementFollowUp, followup_id)
        merged = {key: getattr(row, key) for key in FOLLOWUP_FIELDS} | changes
        writer.update(row, clean_followup(writer, record, merged))
        _carry_status(writer, row)
        return writer.result()


def delete_followup(record: Record, followup_id: str) -> ChangeSet:
    """Tombstone a follow-up; the agreement keeps the status it has."""
    return delete_row(record, AgreementFollowUp, followup_id)
