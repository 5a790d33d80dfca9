"""The record's closed lists (statuses and kinds), for callers that must not import the ORM.

The values are the stored codes; their words in each language come from the
message catalogue. Front ends take the lists from here, so they depend on the
core and not on the models (docs/ARCHITECTURE.md §2).
"""

from cisdesk.db.statuses import (
    AgreementStatus,
    MeetingKind,
    ProgressStatus,
    ProposalStatus,
    StrategyStatus,
    TrainingKind,
)

__all__ = [
    "AgreementStatus",
    "MeetingKind",
    "ProgressStatus",
    "ProposalStatus",
    "StrategyStatus",
    "TrainingKind",
]
