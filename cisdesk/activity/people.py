"""The delegates each country names to the committees, and their contacts.

A delegate's country is the owner of the row: the install that records them. A
country's CT-CIS technical coordinators are recorded alongside, without a committee.
"""

from typing import Any

from sqlalchemy.orm import Session

from cisdesk.activity import validation as v
from cisdesk.activity.store import ChangeSet, check_fields, create_row, delete_row, update_row
from cisdesk.db.models import Delegate, DelegateRole
from cisdesk.db.record import Record

FIELDS = (
    "committee_id",
    "name",
    "institution",
    "position",
    "email",
    "phone",
    "is_focal_point",
    "role",
)


def clean_delegate(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    """A committee's delegate names the committee; a CT-CIS coordinator serves none."""
    role = v.choice(
        values.get("role") or DelegateRole.DELEGATE.value, DelegateRole, "role", "kind_invalid"
    )
    coordinator = role == DelegateRole.COORDINATOR
    return {
        "role": role,
        "committee_id": v.committee(session, values.get("committee_id"), required=not coordinator),
        "name": v.text(values.get("name"), "name", required_code="name_required", limit=200),
        "institution": v.text(values.get("institution"), "institution", limit=v.TITLE_LIMIT),
        "position": v.text(values.get("position"), "position", limit=200),
        "email": v.email(values.get("email")),
        "phone": v.phone(values.get("phone")),
        "is_focal_point": v.flag(values.get("is_focal_point"), "is_focal_point"),
    }


def create_delegate(record: Record, **values: Any) -> ChangeSet:
    check_fields(values, FIELDS)
    return create_row(record, Delegate, lambda w, vals: clean_delegate(w.session, vals), values)


def update_delegate(record: Record, delegate_id: str, **changes: Any) -> ChangeSet:
    check_fields(changes, FIELDS)
    return update_row(
        record,
        Delegate,
        FIELDS,
        lambda w, vals: clean_delegate(w.session, vals),
        delegate_id,
        changes,
    )


def delete_delegate(record: Record, delegate_id: str) -> ChangeSet:
    return delete_row(record, Delegate, delegate_id)
