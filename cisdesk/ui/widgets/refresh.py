"""Refresh a page when the record changes: at once if it is visible, else when next shown."""

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from cisdesk.ui.context import AppContext


class RefreshGate(QObject):
    """Listens to ``record_changed`` for some tables and calls ``refresh`` sparingly.

    Several notifications in one event-loop turn make one refresh; a hidden page
    only notes that it is stale. No tables means any change concerns the page.
    """

    def __init__(
        self,
        page: QWidget,
        ctx: AppContext,
        tables: tuple[str, ...],
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(page)
        self.page = page
        self.tables = tables
        self.refresh = refresh
        self.stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run)
        ctx.record_changed.connect(self._changed)
        page.installEventFilter(self)

    def _changed(self, changed: frozenset[str]) -> None:
        if self.tables and not AppContext.touches(changed, *self.tables):
            return
        if self.page.isVisible():
            self._timer.start()
        else:
            self.stale = True

    def _run(self) -> None:
        self.stale = False
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self._timer.start()
        return False


def alive(widget: QObject) -> bool:
    """False once Qt has deleted the widget (a page rebuilt while its work ran)."""
    return shiboken6.isValid(widget)
