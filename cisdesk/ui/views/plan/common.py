"""What the Plan page's parts share: the node a tree item stands for, status words."""

from dataclasses import dataclass

from PySide6.QtCore import Qt

from cisdesk.activity.plan_outline import StrategyStatus
from cisdesk.messages import is_code, text

#: Tree items carry (table, row id) under this role.
KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class Node:
    """One element of the plan: its table and row id."""

    table: str
    row_id: str


def status_text(status: str | None) -> str:
    """A strategy's approval status in the one vocabulary (``status.strategy.*``)."""
    code = f"status.strategy.{status or StrategyStatus.DRAFT.value}"
    return text(code) if is_code(code) else str(status or "")
