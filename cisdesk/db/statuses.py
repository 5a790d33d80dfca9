"""The record's closed lists (statuses and kinds) as plain enums.

Kept apart from the ORM models so that what only names a status (Home's figures,
the labels) can be imported without SQLAlchemy, e.g. before the record is opened.
"""

from enum import StrEnum


class StrategyStatus(StrEnum):
    DRAFT = "draft"
    VALIDATED = "validated"  # validated by the CT-CIS
    APPROVED = "approved"  # approved by the CIS


class ProgressStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DELAYED = "delayed"
    CANCELLED = "cancelled"


class MeetingKind(StrEnum):
    JOINT = "joint"  # CT-CIS and the delegates of the three committees
    COMMITTEE = "committee"  # a committee session
    URGENT = "urgent"  # urgent consultation


class AgreementStatus(StrEnum):
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    FULFILLED = "fulfilled"
    CANCELLED = "cancelled"


class ProposalStatus(StrEnum):
    """The path of a proposal to the CIS, in order; adopted and declined both end it."""

    DRAFT = "draft"
    RAISED = "raised"  # raised by the CT-CIS
    SUBMITTED = "submitted"  # submitted to the CIS by SISCA
    ON_AGENDA = "on_agenda"  # on the CIS agenda
    ADOPTED = "adopted"
    DECLINED = "declined"


class DelegateRole(StrEnum):
    DELEGATE = "delegate"  # a committee's specialised delegate
    COORDINATOR = "coordinator"  # a CT-CIS technical coordinator (no committee)


class EvaluationKind(StrEnum):
    MID_TERM = "mid_term"
    CLOSING = "closing"


class TrainingKind(StrEnum):
    EXCHANGE = "exchange"
    TRAINING = "training"
    CONFERENCE = "conference"  # conference by an international expert
