"""The replicated record (docs/ARCHITECTURE.md §3).

Data columns are nullable at the database level on purpose: a replica can hold a
row of which it has so far received only some fields. Forms and imports validate
completeness; the merge validates types.
"""

import datetime as dt

from sqlalchemy import Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cisdesk.db import statuses
from cisdesk.db.base import Base, Replicated

# The closed lists live apart, without SQLAlchemy; here for the models and their callers.
StrategyStatus = statuses.StrategyStatus
ProgressStatus = statuses.ProgressStatus
MeetingKind = statuses.MeetingKind
AgreementStatus = statuses.AgreementStatus
ProposalStatus = statuses.ProposalStatus
DelegateRole = statuses.DelegateRole
EvaluationKind = statuses.EvaluationKind
TrainingKind = statuses.TrainingKind

#: Guideline: a virtual meeting should not exceed three and a half hours.
VIRTUAL_MEETING_LIMIT_MINUTES = 210


# --- The plan: regional rows, written at SISCA -------------------------------


class PlanObjective(Replicated, Base):
    """The plan's general objective (number 0) and its specific objectives."""

    __tablename__ = "plan_objective"
    ownership = "regional"
    number: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)


class ActionLine(Replicated, Base):
    __tablename__ = "action_line"
    ownership = "regional"
    number: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)


class PriorityNucleus(Replicated, Base):
    __tablename__ = "priority_nucleus"
    ownership = "regional"
    number: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)


class Committee(Replicated, Base):
    __tablename__ = "committee"
    ownership = "regional"
    code: Mapped[str | None] = mapped_column(String(8))
    name: Mapped[str | None] = mapped_column(Text)


class Strategy(Replicated, Base):
    __tablename__ = "strategy"
    ownership = "regional"
    committee_id: Mapped[str | None] = mapped_column(String(36), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    period_start: Mapped[str | None] = mapped_column(String(7))  # "2018-01"
    period_end: Mapped[str | None] = mapped_column(String(7))
    period_text: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(16), default=StrategyStatus.DRAFT.value)
    validated_on: Mapped[dt.date | None] = mapped_column(Date)
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    table_title: Mapped[str | None] = mapped_column(Text)
    #: Number of the version being worked on (None: the reference plan's first version).
    version: Mapped[int | None] = mapped_column(Integer)
    #: References of the CT-CIS validation and of the CIS approval (minutes, resolution).
    validated_ref: Mapped[str | None] = mapped_column(Text)
    approved_ref: Mapped[str | None] = mapped_column(Text)


class StrategyVersion(Replicated, Base):
    """A closed version of a strategy: its workflow state and what it said, kept as history.

    When a validated or approved strategy must change, its current state is kept
    here and the strategy starts a new draft version; ``content`` is the plan text
    of the closed version (JSON), so the history stays visible after edits.
    """

    __tablename__ = "strategy_version"
    ownership = "regional"
    strategy_id: Mapped[str | None] = mapped_column(String(36), index=True)
    number: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str | None] = mapped_column(String(16))
    validated_on: Mapped[dt.date | None] = mapped_column(Date)
    validated_ref: Mapped[str | None] = mapped_column(Text)
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    approved_ref: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    content: Mapped[str | None] = mapped_column(Text)


class ThematicCombo(Replicated, Base):
    __tablename__ = "thematic_combo"
    ownership = "regional"
    strategy_id: Mapped[str | None] = mapped_column(String(36), index=True)
    number: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)


class ComboLine(Replicated, Base):
    __tablename__ = "combo_line"
    ownership = "regional"
    combo_id: Mapped[str | None] = mapped_column(String(36), index=True)
    number: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)


class Milestone(Replicated, Base):
    """A hito: an activity of a committee's strategy, with its results."""

    __tablename__ = "milestone"
    ownership = "regional"
    strategy_id: Mapped[str | None] = mapped_column(String(36), index=True)
    number: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    #: Priority nuclei this milestone works on, as numbers "1,5".
    nuclei: Mapped[str | None] = mapped_column(String(32))
    #: Specific objectives of the plan it serves, as numbers "1,4".
    objectives: Mapped[str | None] = mapped_column(String(16))
    #: First semester it no longer applies (retired); None while it applies.
    retired_in: Mapped[str | None] = mapped_column(String(7))


class Result(Replicated, Base):
    __tablename__ = "result"
    ownership = "regional"
    milestone_id: Mapped[str | None] = mapped_column(String(36), index=True)
    number: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    start_semester: Mapped[str | None] = mapped_column(String(7))  # "2018-I"
    #: A regional deliverable: SISCA reports its progress; country averages leave it out.
    regional: Mapped[bool | None] = mapped_column(Boolean)
    #: First semester it no longer applies (retired); None while it applies.
    retired_in: Mapped[str | None] = mapped_column(String(7))


class PptTerm(Replicated, Base):
    """The country holding the pro tempore presidency in one semester."""

    __tablename__ = "ppt_term"
    ownership = "regional"
    semester: Mapped[str | None] = mapped_column(String(7), index=True)
    country: Mapped[str | None] = mapped_column(String(2))


# --- Activity: rows owned by the country that recorded them --------------------


class ProgressReport(Replicated, Base):
    """A country's status on one result in one semester."""

    __tablename__ = "progress_report"
    __table_args__ = (Index("ix_progress_report_result_semester", "result_id", "semester"),)
    #: ix_progress_report_result_semester serves lookups by result alone too.
    result_id: Mapped[str | None] = mapped_column(String(36))
    semester: Mapped[str | None] = mapped_column(String(7), index=True)
    status: Mapped[str | None] = mapped_column(String(16))
    percent: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)


class Evidence(Replicated, Base):
    """A file supporting a progress report; its bytes travel as a bundle blob."""

    __tablename__ = "evidence"
    progress_report_id: Mapped[str | None] = mapped_column(String(36), index=True)
    file_name: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64))
    size: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)


class Meeting(Replicated, Base):
    __tablename__ = "meeting"
    kind: Mapped[str | None] = mapped_column(String(16))
    committee_id: Mapped[str | None] = mapped_column(String(36), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    virtual: Mapped[bool | None] = mapped_column(Boolean)
    place: Mapped[str | None] = mapped_column(Text)
    participants: Mapped[str | None] = mapped_column(Text)
    agenda: Mapped[str | None] = mapped_column(Text)
    minutes: Mapped[str | None] = mapped_column(Text)
    #: The country holding the PPT that convened the meeting.
    convened_by: Mapped[str | None] = mapped_column(String(2))
    #: For an urgent consultation: the instrument or project consulted.
    instrument: Mapped[str | None] = mapped_column(Text)

    @property
    def exceeds_virtual_limit(self) -> bool:
        """True for a virtual meeting longer than the guidelines' 3.5 hours."""
        return bool(self.virtual) and (self.duration_minutes or 0) > VIRTUAL_MEETING_LIMIT_MINUTES


class Agreement(Replicated, Base):
    __tablename__ = "agreement"
    meeting_id: Mapped[str | None] = mapped_column(String(36), index=True)
    text: Mapped[str | None] = mapped_column(Text)
    responsible_country: Mapped[str | None] = mapped_column(String(3))
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[str | None] = mapped_column(String(16))

    def is_overdue(self, today: dt.date) -> bool:
        open_statuses = (AgreementStatus.PENDING, AgreementStatus.IN_PROGRESS)
        return (
            not self.deleted
            and self.status in open_statuses
            and self.due_date is not None
            and self.due_date < today
        )


class AgreementFollowUp(Replicated, Base):
    __tablename__ = "agreement_followup"
    agreement_id: Mapped[str | None] = mapped_column(String(36), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)


class Proposal(Replicated, Base):
    """A proposal a committee raises for the CIS agenda."""

    __tablename__ = "proposal"
    committee_id: Mapped[str | None] = mapped_column(String(36), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(16))


class ProposalStep(Replicated, Base):
    """One step of a proposal's path to the CIS, dated, with who recorded it.

    A step is its own row so that SISCA can record the steps it takes on a
    proposal a country drafted (it may not write the country's row).
    """

    __tablename__ = "proposal_step"
    proposal_id: Mapped[str | None] = mapped_column(String(36), index=True)
    step: Mapped[str | None] = mapped_column(String(16))
    date: Mapped[dt.date | None] = mapped_column(Date)
    recorded_by: Mapped[str | None] = mapped_column(Text)
    #: The CIS decision's reference (resolution, minutes) for adopted or declined.
    reference: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)


class Delegate(Replicated, Base):
    __tablename__ = "delegate"
    #: None for a CT-CIS coordinator, who serves no single committee.
    committee_id: Mapped[str | None] = mapped_column(String(36), index=True)
    role: Mapped[str | None] = mapped_column(String(16))
    name: Mapped[str | None] = mapped_column(Text)
    institution: Mapped[str | None] = mapped_column(Text)
    position: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(40))
    is_focal_point: Mapped[bool | None] = mapped_column(Boolean)


class CapacityActivity(Replicated, Base):
    """An exchange of experiences, a training or an expert conference."""

    __tablename__ = "capacity_activity"
    kind: Mapped[str | None] = mapped_column(String(16))
    committee_id: Mapped[str | None] = mapped_column(String(36), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    extra_regional: Mapped[bool | None] = mapped_column(Boolean)
    participants: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)


class CommitteeLead(Replicated, Base):
    """The PPT country's delegate leading a committee in one semester.

    The id is derived from (committee, semester), so two laptops of the PPT
    country naming a lead write the same row and the merge keeps one.
    """

    __tablename__ = "committee_lead"
    committee_id: Mapped[str | None] = mapped_column(String(36), index=True)
    semester: Mapped[str | None] = mapped_column(String(7))
    delegate_id: Mapped[str | None] = mapped_column(String(36))


class Evaluation(Replicated, Base):
    """The plan's mid-term or closing evaluation and the strategy version it led to."""

    __tablename__ = "evaluation"
    ownership = "regional"
    kind: Mapped[str | None] = mapped_column(String(16))
    date: Mapped[dt.date | None] = mapped_column(Date)
    title: Mapped[str | None] = mapped_column(Text)
    findings: Mapped[str | None] = mapped_column(Text)
    adjustments: Mapped[str | None] = mapped_column(Text)
    strategy_id: Mapped[str | None] = mapped_column(String(36))
    strategy_version: Mapped[int | None] = mapped_column(Integer)


#: Replicated tables, parents before children: bundles and the digest use this order.
REPLICATED_MODELS: tuple[type[Replicated], ...] = (
    PlanObjective,
    ActionLine,
    PriorityNucleus,
    Committee,
    Strategy,
    StrategyVersion,
    ThematicCombo,
    ComboLine,
    Milestone,
    Result,
    PptTerm,
    Evaluation,
    Delegate,
    CommitteeLead,
    Meeting,
    Agreement,
    AgreementFollowUp,
    ProgressReport,
    Evidence,
    Proposal,
    ProposalStep,
    CapacityActivity,
)
MODEL_BY_TABLE: dict[str, type[Replicated]] = {m.__tablename__: m for m in REPLICATED_MODELS}
