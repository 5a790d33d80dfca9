"""Plan edits on the undo stack: Ctrl+Z writes the previous values back as a new edit."""

from typing import Any

from PySide6.QtGui import QUndoCommand

from cisdesk.activity import plan_edit
from cisdesk.errors import CisdeskError
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error


class PlanEditCommand(QUndoCommand):
    """An applied plan edit: undo writes the old values back, redo the new ones."""

    def __init__(
        self,
        ctx: AppContext,
        table: str,
        row_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(text)
        self.ctx, self.table, self.row_id = ctx, table, row_id
        self.old, self.new = old, new
        self._applied = True  # pushed after the edit was made

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)

    def _write(self, values: dict[str, Any]) -> None:
        try:
            plan_edit.restore_fields(self.ctx.record, self.table, self.row_id, values)
        except CisdeskError as exc:
            show_error(None, exc)
        self.ctx.notify({self.table})


def push_edit(
    ctx: AppContext, table: str, row_id: str, old: dict[str, Any], new: dict[str, Any], text: str
) -> None:
    """Record an edit already made, and tell the open pages."""
    ctx.undo_stack.push(PlanEditCommand(ctx, table, row_id, old, new, text))
    ctx.notify({table})
