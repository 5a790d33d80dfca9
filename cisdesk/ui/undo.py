"""Undo and redo of record edits through the window's one ``QUndoStack``.

An edit is done first, by calling the core function directly, so a refusal
reaches the form that asked; only a done edit is pushed. Its command then
replays the change set the core returned: undo writes the "before" values (a
creation is tombstoned, a deletion restored, an edit set back) and redo the
"after" values, through ``Record.undo``/``Record.redo``. Every edit of the record
(forms, the progress grid, the Plan page, the Excel import) lands on this one stack.
"""

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from cisdesk.activity.store import ChangeSet
from cisdesk.errors import CisdeskError
from cisdesk.ui.context import AppContext

log = logging.getLogger(__name__)


class RecordCommand(QUndoCommand):
    """A done change of the record that can be undone and redone."""

    def __init__(self, ctx: AppContext, text: str, changes: ChangeSet) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.changes = changes
        self._done = True  # pushed after the core function ran: the first redo is a no-op

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._replay("after")

    def undo(self) -> None:
        self._replay("before")

    def _replay(self, side: str) -> None:
        try:
            if side == "before":
                self.ctx.record.undo(self.changes)
            else:
                self.ctx.record.redo(self.changes)
        except CisdeskError as exc:
            # The record moved on (an import deleted the row): this step cannot be replayed.
            log.warning(
                "cannot %s %r: %s", "undo" if side == "before" else "redo", self.text(), exc
            )
            self.setObsolete(True)
            from cisdesk.ui.dialogs.errors import show_error

            show_error(None, exc)
        finally:
            self.ctx.notify(self.changes.op_changes)


class CreateCommand(RecordCommand):
    """Undo tombstones the new row; redo brings it back."""


class UpdateCommand(RecordCommand):
    """Undo writes the old values back; redo the new ones."""


class DeleteCommand(RecordCommand):
    """Undo lifts the tombstone (and those of the rows deleted with it); redo sets them."""


def perform(
    ctx: AppContext,
    text: str,
    action: Callable[[], ChangeSet],
    command: type[RecordCommand] = UpdateCommand,
) -> ChangeSet:
    """Run a core edit, push it for undo and tell the views; refusals propagate."""
    changes = action()
    record_done(ctx, text, changes, command)
    return changes


def record_done(
    ctx: AppContext, text: str, changes: ChangeSet, command: type[RecordCommand] = UpdateCommand
) -> None:
    """Push an edit already made (e.g. by a background task) and tell the views."""
    if not changes:
        return
    ctx.undo_stack.push(command(ctx, text, changes))
    ctx.notify(changes.op_changes)
