"""Proposals the committees raise for the CIS agenda, and capacity building.

The guidelines ask the committees to raise proposals through the CT-CIS and SISCA,
and to promote extra-regional exchanges of experience and conferences by
international experts; trainings are recorded alongside.
"""

from typing import Any

from sqlalchemy.orm import Session

from cisdesk.activity import validation as v
from cisdesk.activity.store import ChangeSet, Writer, check_fields, delete_row
from cisdesk.db.base import Replicated
from cisdesk.db.models import CapacityActivity, Proposal, ProposalStatus, TrainingKind
from cisdesk.db.record import Record

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


def _create(record: Record, model: type[Replicated], clean: Any, values: dict) -> ChangeSet:
    with record.edit() as session:
        writer = Writer(session, record)
        writer.create(model, clean(session, record, values))
        return writer.result()


def _update(
    record: Record,
    model: type[Replicated],
    fields: tuple[str, ...],
    clean: Any,
    row_id: str,
    changes: dict[str, Any],
) -> ChangeSet:
    with record.edit() as session:
        writer = Writer(session, record)
        row = writer.load(model, row_id)
        merged = {key: getattr(row, key) for key in fields} | changes
        writer.update(row, clean(session, record, merged))
        return writer.result()


def create_proposal(record: Record, **values: Any) -> ChangeSet:
    check_fields(values, PROPOSAL_FIELDS)
    return _create(record, Proposal, clean_proposal, values)


def update_proposal(record: Record, proposal_id: str, **changes: Any) -> ChangeSet:
    check_fields(changes, PROPOSAL_FIELDS)
    return _update(record, Proposal, PROPOSAL_FIELDS, clean_proposal, proposal_id, changes)


def delete_proposal(record: Record, proposal_id: str) -> ChangeSet:
    return delete_row(record, Proposal, proposal_id)


def create_capacity(record: Record, **values: Any) -> ChangeSet:
    check_fields(values, CAPACITY_FIELDS)
    return _create(record, CapacityActivity, clean_capacity, values)


def update_capacity(record: Record, activity_id: str, **changes: Any) -> ChangeSet:
    check_fields(changes, CAPACITY_FIELDS)
    return _update(record, CapacityActivity, CAPACITY_FIELDS, clean_capacity, activity_id, changes)


def delete_capacity(record: Record, activity_id: str) -> ChangeSet:
    return delete_row(record, CapacityActivity, activity_id)
