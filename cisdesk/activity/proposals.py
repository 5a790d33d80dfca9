"""A proposal's path to the CIS agenda, as the guidelines describe it.

The committees raise proposals "a través de los Coordinadores Técnicos y la
SISCA": draft → raised by the CT-CIS → submitted by SISCA → on the CIS agenda →
adopted or declined. Each step is its own dated row naming who recorded it, so
SISCA can record its steps on a proposal a country drafted. Steps go in order,
one at a time; the CIS decision carries its reference.
"""

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from cisdesk.activity.store import ChangeSet, RowChange, Side, Writer
from cisdesk.db.base import Replicated
from cisdesk.db.models import Proposal, ProposalStatus, ProposalStep
from cisdesk.db.record import Record
from cisdesk.errors import ValidationError

#: The path in order; the last place holds either decision.
PATH: tuple[str, ...] = (
    ProposalStatus.DRAFT.value,
    ProposalStatus.RAISED.value,
    ProposalStatus.SUBMITTED.value,
    ProposalStatus.ON_AGENDA.value,
)
DECISIONS: tuple[str, ...] = (ProposalStatus.ADOPTED.value, ProposalStatus.DECLINED.value)
#: Steps only SISCA records.
SISCA_STEPS = frozenset(
    {ProposalStatus.SUBMITTED.value, ProposalStatus.ON_AGENDA.value, *DECISIONS}
)


def _rank(step: str) -> int:
    return PATH.index(step) if step in PATH else len(PATH)


def path_of(proposal: Proposal, steps: Iterable[ProposalStep]) -> list[tuple[str, dt.date | None]]:
    """``[(step, date)]``: the draft, then the recorded steps in path order.

    A proposal recorded before steps existed, with a status past draft, counts as
    having reached that status on its own date.
    """
    path: list[tuple[str, dt.date | None]] = [(ProposalStatus.DRAFT.value, proposal.date)]
    recorded = sorted(
        ((s.step or "", s.date) for s in steps if not s.deleted and s.step),
        key=lambda item: (_rank(item[0]), item[1] or dt.date.min),
    )
    if not recorded and proposal.status and proposal.status != ProposalStatus.DRAFT.value:
        last = proposal.status
        for step in PATH[1:]:
            if _rank(step) < _rank(last):
                path.append((step, proposal.date))
        path.append((last, proposal.date))
        return path
    path.extend(recorded)
    return path


def current_step(proposal: Proposal, steps: Iterable[ProposalStep]) -> str:
    return path_of(proposal, steps)[-1][0]


def next_steps(current: str) -> list[str]:
    if current in DECISIONS:
        return []
    if current == PATH[-1]:
        return list(DECISIONS)
    return [PATH[PATH.index(current) + 1]]


def add_step(
    record: Record,
    proposal_id: str,
    step: str,
    on: dt.date | None = None,
    *,
    reference: str | None = None,
    note: str | None = None,
) -> ChangeSet:
    """Record the next step of a proposal, dated, with who recorded it."""
    if step not in PATH[1:] and step not in DECISIONS:
        raise ValidationError("proposal.step_invalid", field="step", value=step)
    on = on or record.today()
    if on > record.today():
        raise ValidationError("plan.step_in_future", field="date")
    reference = (reference or "").strip() or None
    with record.edit() as session:
        writer = Writer(session, record)
        proposal = writer.load(Proposal, proposal_id, writable=False)
        path = path_of(proposal, _live_steps(session, proposal.id))
        current, previous_date = path[-1]
        if current in DECISIONS:
            raise ValidationError("proposal.closed", current=current)
        _require_next(current, step)
        if step in SISCA_STEPS and not record.install.is_regional:
            raise ValidationError("proposal.step_sisca", field="step")
        if not record.install.is_regional and proposal.owner != writer.owner:
            writer.check_owner(proposal)
        if previous_date is not None and on < previous_date:
            raise ValidationError(
                "proposal.step_before_previous", field="date", previous=previous_date.isoformat()
            )
        if step in DECISIONS and reference is None:
            raise ValidationError("proposal.decision_reference", field="reference")
        values: dict[str, Any] = {
            "proposal_id": proposal.id,
            "step": step,
            "date": on,
            "recorded_by": record.install.site_name,
            "reference": reference,
            "note": (note or "").strip() or None,
        }
        writer.create(ProposalStep, values)
        return writer.result()


def check_replay(writer: Writer, change: RowChange, row: Replicated, side: Side) -> None:
    """Undo takes back only a proposal's last step; redo puts one back only next in order."""
    values = change.before if side == "before" else change.after
    if "deleted" not in values or not isinstance(row, ProposalStep):
        return
    session = writer.session
    proposal = session.get(Proposal, row.proposal_id or "")
    if proposal is None:
        return
    others = [s for s in _live_steps(session, proposal.id) if s.id != row.id]
    current = current_step(proposal, others)
    if values["deleted"] is True and not row.deleted:
        if _rank(current) >= _rank(row.step or ""):
            raise ValidationError("proposal.undo_not_last")
    elif values["deleted"] is False and row.deleted:
        _require_next(current, row.step)


def _live_steps(session: Session, proposal_id: str) -> list[ProposalStep]:
    """The steps of a proposal that are not deleted."""
    query = session.query(ProposalStep).filter(ProposalStep.proposal_id == proposal_id)
    return [s for s in query if not s.deleted]


def _require_next(current: str, step: str | None) -> None:
    """Refuse ``step`` unless it may follow ``current`` on the path."""
    if step not in next_steps(current):
        raise ValidationError(
            "proposal.step_out_of_order",
            field="step",
            current=current,
            expected=" / ".join(next_steps(current)),
        )


def steps_of(record: Record, proposal_id: str) -> list[dict[str, Any]]:
    """The recorded steps of a proposal, in path order, for a view."""
    with record.reader() as session:
        proposal = session.get(Proposal, proposal_id)
        if proposal is None:
            return []
        steps = list(session.query(ProposalStep).filter(ProposalStep.proposal_id == proposal_id))
        by_step = {s.step: s for s in steps if not s.deleted}
        out = []
        for step, date in path_of(proposal, steps):
            row = by_step.get(step)
            out.append(
                {
                    "step": step,
                    "date": date,
                    "recorded_by": row.recorded_by if row else proposal.owner,
                    "reference": row.reference if row else None,
                }
            )
        return out
