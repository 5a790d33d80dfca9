"""Who leads each committee: the delegates of the country holding the PPT.

"Los Comités serán liderados por los delegados del país que ejerza la PPT": for
each semester, the PPT country names, per committee, the delegate who leads it.
The row's id comes from (country, committee, semester), so two laptops of that
country naming a lead write one row and the merge keeps the latest choice.
"""

import uuid
from typing import Any

from sqlalchemy import select

from cisdesk.activity.ppt import holder_of
from cisdesk.activity.store import ChangeSet, RowChange, Writer
from cisdesk.countries import parse_semester
from cisdesk.db.models import Committee, CommitteeLead, Delegate
from cisdesk.db.record import Record
from cisdesk.errors import ValidationError

_NAMESPACE = uuid.UUID("b0f3d7a2-4c51-4e8e-9a3f-2f6c1d0e7a11")


def lead_id(country: str, committee_id: str, semester: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"lead|{country}|{committee_id}|{semester}"))


def set_committee_lead(
    record: Record, committee_id: str, semester: str, delegate_id: str
) -> ChangeSet:
    """Name the delegate who leads a committee in a semester of this country's PPT."""
    try:
        parse_semester(semester)
    except ValueError:
        raise ValidationError("plan.semester_invalid", field="semester", value=semester) from None
    with record.edit() as session:
        writer = Writer(session, record)
        committee = session.get(Committee, committee_id)
        if committee is None or committee.deleted:
            raise ValidationError("plan.not_found")
        holder = holder_of(session, semester)
        if holder is None:
            raise ValidationError("people.no_ppt", field="semester", semester=semester)
        if holder != writer.owner:
            raise ValidationError("people.lead_not_ppt", semester=semester, holder=holder)
        delegate = session.get(Delegate, delegate_id) if delegate_id else None
        if delegate is None or delegate.deleted or delegate.owner != writer.owner:
            raise ValidationError("people.lead_delegate", field="delegate_id")
        row_id = lead_id(writer.owner, committee.id, semester)
        row = session.get(CommitteeLead, row_id)
        values = {"committee_id": committee.id, "semester": semester, "delegate_id": delegate.id}
        if row is None:
            session.add(CommitteeLead(id=row_id, owner=writer.owner, deleted=False, **values))
            session.flush()
            after = values | {"deleted": False}
            return ChangeSet((RowChange("committee_lead", row_id, {"deleted": True}, after),))
        writer.update(row, values | {"deleted": False})
        return writer.result()


def leads_of(record: Record, semester: str) -> dict[str, dict[str, Any]]:
    """Committee id → the lead delegate's name and country for ``semester``."""
    with record.reader() as session:
        holder = holder_of(session, semester)
        rows = session.scalars(
            select(CommitteeLead).where(
                CommitteeLead.semester == semester,
                CommitteeLead.deleted.is_(False),
                CommitteeLead.owner == (holder or ""),
            )
        )
        out = {}
        for row in rows:
            delegate = session.get(Delegate, row.delegate_id or "")
            if delegate is not None and not delegate.deleted:
                out[row.committee_id or ""] = {"name": delegate.name, "country": row.owner}
        return out
