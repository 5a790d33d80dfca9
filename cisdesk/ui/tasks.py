"""The one mechanism for long work: a background thread, a progress dialog, cancel.

The work function takes a progress callback ``(done, total, message)``; calling it
after the user pressed Cancel raises :class:`cisdesk.progress.Cancelled`, so the
core function stops and rolls its transaction back.
"""

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cisdesk.errors import CisdeskError
from cisdesk.progress import Cancelled, ProgressCallback

log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[ProgressCallback], Any], database: str | None) -> None:
        super().__init__()
        self.work = work
        self.database = database
        self.signals = _Signals()
        self.cancel_event = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        if self.cancel_event.is_set():
            raise Cancelled()
        self.signals.progress.emit(done, total, message)

    def run(self) -> None:
        try:
            result = self.work(self.report)
        except BaseException as exc:  # handed to the UI thread, never lost
            if not isinstance(exc, CisdeskError | Cancelled):
                log.exception("background task failed")
            self.signals.failed.emit(plain_failure(exc, self.database))
        else:
            self.signals.finished.emit(result)


def plain_failure(exc: BaseException, database: str | None = None) -> BaseException:
    """A busy, read-only, full or unreachable database as the CLI's catalogue refusal.

    Every task's ``on_error`` then sees a :class:`CisdeskError` it can show in the
    interface's language; any other failure (a bug) passes through unchanged.
    """
    if isinstance(exc, CisdeskError | Cancelled):
        return exc
    from cisdesk.db.failures import explain

    return explain(exc, database) or exc


class TaskRunner(QObject):
    """Runs work off the UI thread; results come back on the UI thread."""

    #: Emitted with the number of running tasks when it changes.
    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, database: str | None = None) -> None:
        super().__init__(parent)
        # The record's file or URL, named in a database refusal.
        self.database = database
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._jobs: set[_Job] = set()

    def run(
        self,
        parent: QWidget | None,
        title: str,
        work: Callable[[ProgressCallback], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        show_dialog: bool = True,
    ) -> _Job:
        """Start ``work``; ``on_done(result)`` or ``on_error(exc)`` runs on the UI thread.

        A cancelled task calls neither. ``on_error`` defaults to an error dialog.
        """
        job = _Job(work, self.database)
        dialog: QProgressDialog | None = None
        if show_dialog:
            dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.canceled.connect(job.cancel_event.set)

            def show_progress(done: int, total: int, message: str) -> None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total > 0 else 0)
                if message:
                    dialog.setLabelText(f"{title}\n{message}")

            job.signals.progress.connect(show_progress)

        def finish() -> None:
            self._jobs.discard(job)
            self.busy_changed.emit(len(self._jobs))
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled):
                return
            if on_error is not None:
                on_error(exc)
            else:
                from cisdesk.ui.dialogs.errors import show_error

                show_error(parent, exc)

        job.signals.finished.connect(done, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        self._jobs.add(job)
        self.busy_changed.emit(len(self._jobs))
        self.pool.start(job)
        return job

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until every task has ended (used at shutdown and by tests)."""
        return self.pool.waitForDone(msecs)

    @property
    def running(self) -> int:
        return len(self._jobs)
