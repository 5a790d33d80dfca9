"""Proposals the committees raise for the CIS agenda, and capacity building.

The guidelines ask the committees to raise proposals through the CT-CIS and SISCA,
and to promote extra-regional exchanges of experience and conferences by
international experts; trainings are recorded alongside.
"""

from typing import Any

from sqlalchemy.orm import Session

from cisdesk.activity import validation as v
from cisdesk.activity.store import ChangeSet, check_fields, create_row, delete_row, update_row
from cisdesk.db.models import CapacityActivity, Proposal, ProposalStatus, TrainingKind
from cisdesk.db.record import Record
from cisdesk.errors import ValidationError

PROPOSAL_FIELDS = ("committee_id", "title", "description", "date", "status")
CAPACITY_FIELDS = (
    "kind",
    "committee_id",
    "title",
    "date",
    "extra_regional",
    "participants",
    "description",
)
MAX_PARTICIPANTS = 10_000


def clean_proposal(session: Session, record: Record, values: dict[str, Any]) -> dict[str, Any]:
    status = values.get("status") or ProposalStatus.DRAFT.value
    return {
        "committee_id": v.committee(session, values.get("committee_id"), required=True),
        "title": v.text(
            values.get("title"), "title", required_code="title_required", limit=v.TITLE_LIMIT
        ),
        "description": v.text(values.get("description"), "description"),
        # The day it was drafted or raised: already happened.
        "date": v.date(values.get("date"), "date", record.today()),
        "status": v.choice(status, ProposalStatus, "status", "status_invalid"),
    }


def clean_capacity(session: Session, record: Record, values: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": v.choice(values.get("kind"), TrainingKind, "kind", "kind_invalid"),
        # Optional: an exchange may serve the three committees at once.
        "committee_id": v.committee(session, values.get("committee_id"), required=False),
        "title": v.text(
            values.get("title"), "title", required_code="title_required", limit=v.TITLE_LIMIT
        ),
        # Trainings are often planned ahead.
        "date": v.date(values.get("date"), "date", record.today(), allow_future=True),
        "extra_regional": v.flag(values.get("extra_regional"), "extra_regional"),
        "participants": v.optional_number(
            values.get("participants"), "participants", "participants_range", 0, MAX_PARTICIPANTS
        ),
        "description": v.text(values.get("description"), "description"),
    }


def create_proposal(record: Record, **values: Any) -> ChangeSet:
    """A proposal starts as a draft; it advances by its steps (``activity.proposals``)."""
    check_fields(values, PROPOSAL_FIELDS)
    later = {s.value for s in ProposalStatus} - {ProposalStatus.DRAFT.value}
    if values.get("status") in later:
        raise ValidationError("proposal.status_by_steps", field="status")
    return create_row(
        record, Proposal, lambda w, vals: clean_proposal(w.session, record, vals), values
    )


def update_proposal(record: Record, proposal_id: str, **changes: Any) -> ChangeSet:
    check_fields(changes, PROPOSAL_FIELDS)
    if "status" in changes:
        with record.reader() as session:
            row = session.get(Proposal, proposal_id)
            stored = row.status if row is not None else None
        if changes["status"] != stored:
            raise ValidationError("proposal.status_by_steps", field="status")
    return update_row(
        record,
        Proposal,
        PROPOSAL_FIELDS,
        lambda w, vals: clean_proposal(w.session, record, vals),
        proposal_id,
        changes,
    )


def delete_proposal(record: Record, proposal_id: str) -> ChangeSet:
    return delete_row(record, Proposal, proposal_id)


def create_capacity(record: Record, **values: Any) -> ChangeSet:
    check_fields(values, CAPACITY_FIELDS)
    return create_row(
        record,
        CapacityActivity,
        lambda w, vals: clean_capacity(w.session, record, vals),
        values,
    )


def update_capacity(record: Record, activity_id: str, **changes: Any) -> ChangeSet:
    check_fields(changes, CAPACITY_FIELDS)
    return update_row(
        record,
        CapacityActivity,
        CAPACITY_FIELDS,
        lambda w, vals: clean_capacity(w.session, record, vals),
        activity_id,
        changes,
    )


def delete_capacity(record: Record, activity_id: str) -> ChangeSet:
    return delete_row(record, CapacityActivity, activity_id)
