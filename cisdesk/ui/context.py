"""What every window, page and dialog is handed: the open record and the change bus.

Importing this module costs no database layer (``Record`` is only named for the
type checker), so the window frame shown at start can name ``AppContext`` before
SQLAlchemy is loaded.
"""

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from cisdesk.db.record import Record


class AppContext(QObject):
    """The open record plus one "record changed" signal that views listen to.

    Views never poll: whoever changes the record calls :meth:`notify` with what
    the operation returned (an :class:`~cisdesk.db.changes.OpChanges`: tables, row
    ids and countries; or just table names; nothing means "everything"), and each
    view refreshes itself if it shows something that changed.
    """

    #: An OpChanges (a frozenset of table names), empty for "everything may have changed".
    record_changed = Signal(object)

    def __init__(self, record: "Record", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.record = record
        from cisdesk.ui.tasks import TaskRunner

        self.tasks = TaskRunner(self, database=str(record.target))
        #: One undo history for the window; edits push commands that call core functions.
        self.undo_stack = QUndoStack(self)

    def notify(self, tables: Iterable[str] = ()) -> None:
        from cisdesk.db.changes import OpChanges

        changes = tables if isinstance(tables, OpChanges) else OpChanges(tables)
        self.record_changed.emit(changes)

    @staticmethod
    def touches(changed: frozenset[str], *tables: str) -> bool:
        """True when a ``record_changed`` payload concerns any of ``tables``."""
        return not changed or any(t in changed for t in tables)
