"""What the Plan page's parts share: the node a tree item stands for, status words."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from cisdesk.activity.plan_outline import StrategyStatus

#: Tree items carry (table, row id) under this role.
KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class Node:
    """One element of the plan: its table and row id."""

    table: str
    row_id: str


def status_text(status: str | None) -> str:
    """A strategy's approval status in the interface language."""
    return {
        StrategyStatus.DRAFT.value: QCoreApplication.translate("PlanPage", "Draft"),
        StrategyStatus.VALIDATED.value: QCoreApplication.translate(
            "PlanPage", "Validated by the CT-CIS"
        ),
        StrategyStatus.APPROVED.value: QCoreApplication.translate(
            "PlanPage", "Approved by the CIS"
        ),
    }.get(status or "draft", status or "")
