"""Starting the desktop application: language, settings, which database, the window.

The first run shows the wizard; later runs reopen the last database. One window
is open on a database at a time; the instance lock keeps a second program (or a
second window) off the same file.

Start is in two phases so that the window appears at once on an old laptop:
phase one shows the window frame (title, sidebar, menus, "Opening the record…")
having imported no database code; phase two, on the event-loop turn after the
frame was painted, imports the database layer, takes the instance lock, opens
and checks the record, and fills the window. Nothing can be edited before phase
two: pages exist only once the record is open. A record refused in phase two
shows the same plain sentence as before and the application ends.

When Home's cached figures match a SQLite record's change counter, phase one shows
Home filled from them, read only (``cisdesk.activity.home_snapshot``: ``sqlite3``
opened read-only, no SQLAlchemy, nothing written, before the lock and the integrity
check); phase two's Home takes its place and confirms or updates them.
"""

import importlib.util
import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from cisdesk import heap, paths
from cisdesk.errors import CisdeskError
from cisdesk.logging_setup import log_file, setup_logging
from cisdesk.ui.i18n import Translations, system_language
from cisdesk.ui.settings import Settings

log = logging.getLogger(__name__)


def snapshot_key(target: str) -> str | None:
    """How :meth:`Shell.open_database` names ``target``'s file (None for a server URL)."""
    from cisdesk.db.sqlite_files import sqlite_path

    path = sqlite_path(target)
    return str(path) if path is not None else None


def _cached_home(target: str) -> Any:
    """Home's cached figures for ``target`` read without the database layer (phase one);
    None when there are none that match, or they cannot be read: Home comes as before."""
    from cisdesk.activity.home_snapshot import cached_home

    try:
        return cached_home(target)
    except Exception:  # a convenience: never in the way of opening the record
        log.exception("Home's cached figures could not be shown at start")
        return None


def _acquire_lock(target: str) -> Any:
    """The instance lock on ``target`` when the lock module is available."""
    if importlib.util.find_spec("cisdesk.db.lock") is None:
        return None
    from cisdesk.db.lock import acquire_instance_lock

    return acquire_instance_lock(target)


def _release(lock: Any) -> None:
    if lock is not None:
        lock.release()


#: Phase two starts this long after the frame was shown even if it was never painted
#: (a window started minimised or on a locked screen), in milliseconds.
FRAME_PAINT_WAIT_MS = 300
#: How often the application looks whether a record's integrity check (still running
#: when the record was opened) has ended, in milliseconds.
INTEGRITY_POLL_MS = 100


class Shell(QObject):
    """Owns the open record, its window and its lock; swaps them when another is opened."""

    #: Phase two ended with the record open in the window.
    ready = Signal()

    def __init__(self, app: QApplication, settings: Settings, translations: Translations) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.translations = translations
        self.window: Any = None  # MainWindow, imported lazily
        self.ctx: Any = None
        #: The exit code when phase two gave up (the record was refused); None otherwise.
        self.exit_code: int | None = None
        self._lock: Any = None
        self._lock_target: str | None = None
        #: (database, given with --db) that phase two still has to open.
        self._pending: tuple[str, bool] | None = None
        #: A failed integrity check's sentence was shown: the application is ending on it.
        self._damage_shown = False
        #: The database whose cached Home figures the frame shows (phase one), if any.
        self._cached_for: str | None = None
        from cisdesk.ui.dialogs import errors

        errors.error_filter = self._filter_error

    # --- choosing the database --------------------------------------------------------
    def default_target(self) -> str | None:
        last = self.settings.last_database
        if last and (("://" in last) or Path(last).exists()):
            return last
        default = paths.default_database()
        return str(default) if default.exists() else None

    def start(self, db: str | None) -> bool:
        """Phase one: show the window frame for ``db``, else the last database.

        Phase two (:meth:`finish_start`) opens the record on a later event-loop
        turn. With no database yet (first run) the wizard shows instead, before
        any window; False when the person left it.
        """
        target = db if db is not None else self.default_target()
        if target is None:
            return self.run_wizard()
        self.show_frame(target)
        self._pending = (target, db is not None)
        # A zero timer set now would fire before the frame is first painted (so the
        # person would see nothing until the record is open): wait for the paint.
        self.window.frame_painted.connect(self._frame_painted)
        QTimer.singleShot(FRAME_PAINT_WAIT_MS, self, self.finish_start)  # never painted
        return True

    def _frame_painted(self) -> None:
        QTimer.singleShot(0, self, self.finish_start)  # once the painted frame is on screen

    def show_frame(self, target: str) -> None:
        """The main window without its record: it says the record is being opened."""
        from cisdesk.ui.main_window import MainWindow

        name = "" if "://" in target else Path(target).name  # a URL may hold a password
        self.window = self._connect(MainWindow(None, self.settings, self.translations, None, name))
        snapshot = _cached_home(target)
        if snapshot is not None:
            self._cached_for = snapshot_key(target)
            self.window.show_cached_home(snapshot)
        self.window.show()

    def finish_start(self) -> None:
        """Phase two: open the record into the frame; on refusal, as before, end the application.

        A database given on the command line that is refused ends it with exit
        code 1. The last database, when refused, leads to the wizard as on a first
        run; leaving the wizard ends the application normally.
        """
        pending, self._pending = self._pending, None
        if pending is None or self.window is None or self.window.ctx is not None:
            return  # already done, or another database was opened from the frame
        if not self.window.isVisible():
            return  # the frame was closed before its record was opened
        target, given = pending
        try:
            opened = self.open_database(target) or (not given and self.run_wizard(self.window))
        except BaseException:
            if self.refuse_if_damaged():
                return  # a damaged page read before the check ended: the check's sentence
            self._end(1)  # the crash dialog still shows (excepthook), then the application ends
            raise
        if opened:
            self.ready.emit()
        else:
            self._end(1 if given else 0)

    def _end(self, code: int) -> None:
        """Phase two has nothing to show: close the frame and end the application with ``code``."""
        self.exit_code = code
        self._close_current()
        self.app.exit(code)

    def run_wizard(self, parent: QWidget | None = None) -> bool:
        from cisdesk.ui.dialogs.wizard import SetupWizard

        wizard = SetupWizard(parent)
        if wizard.exec() != QDialog.DialogCode.Accepted or not wizard.database_path:
            return False
        return self.open_database(wizard.database_path)

    def open_database(self, target: str) -> bool:
        """Open ``target`` in a new window (closing the current one); False after an error shown."""
        from cisdesk.db.record import open_record
        from cisdesk.db.sqlite_files import sqlite_path

        path = sqlite_path(target)
        key = str(path) if path is not None else target
        reuse = self._lock if key == self._lock_target else None
        try:
            lock = reuse or _acquire_lock(target)
        except CisdeskError as exc:
            self._error(exc)
            return False
        try:
            record = open_record(target, check_later=True)
        except CisdeskError as exc:
            if lock is not reuse:
                _release(lock)
            self._error(exc)
            return False
        except BaseException:
            if lock is not reuse:
                _release(lock)
            raise
        self._replace(record, lock, key)
        self.settings.add_recent(key)
        if record.integrity is not None and not record.integrity.done:
            self._watch_integrity(record)
        QTimer.singleShot(0, self, heap.settle)  # once the record's window is drawn
        return True

    def _filter_error(self, exc: BaseException) -> bool:
        check = self.ctx.record.integrity if self.ctx is not None else None
        if check is not None and exc is check.error:
            return False  # the check's own sentence: shown
        return self.refuse_if_damaged()

    def refuse_if_damaged(self) -> bool:
        """An error while the record's integrity check has not passed (reading a damaged
        page fails before the check ends): wait for the check; when it fails, show its
        sentence instead of the error and end the application. True when it did."""
        if self._damage_shown:
            return True  # the application is ending on that sentence: nothing more to say
        check = self.ctx.record.integrity if self.ctx is not None else None
        if check is None or check.passed:
            return False
        try:
            check.wait()
        except CisdeskError as error:
            self._damage_shown = True
            self._error(error)
            self._end(1)
            return True
        return False

    def _watch_integrity(self, record: Any) -> None:
        """A record opened while its integrity check runs: a failed check shows its
        sentence and ends the application (nothing was written before it passed)."""
        timer = QTimer(self)
        timer.setInterval(INTEGRITY_POLL_MS)

        def poll() -> None:
            check = record.integrity
            if self.ctx is None or self.ctx.record is not record:
                timer.stop()  # another record was opened, or the window closed
                timer.deleteLater()
                return
            if not check.done:
                return
            timer.stop()
            timer.deleteLater()
            if check.error is not None and not self._damage_shown:
                self._damage_shown = True
                self._error(check.error)
                self._end(1)

        timer.timeout.connect(poll)
        timer.start()

    def _replace(self, record: Any, lock: Any, key: str) -> None:
        from cisdesk.ui.context import AppContext
        from cisdesk.ui.main_window import MainWindow

        old_window, old_ctx, old_lock = self.window, self.ctx, self._lock
        self.ctx = AppContext(record)
        if old_window is not None and old_window.ctx is None:
            # The frame shown at start gets its record (phase two).
            window, old_window = old_window, None
            if key != self._cached_for:
                window.drop_cached_home()  # another database than the one it was shown for
            self._cached_for = None
            window.attach(self.ctx)
        else:
            if old_window is not None:
                self.settings.geometry = old_window.saveGeometry()
            window = self._connect(MainWindow(self.ctx, self.settings, self.translations))
        self.window = window
        self._lock, self._lock_target = lock, key
        window.show()
        # The new window shows before the old one goes, so the application never
        # finds itself without a window.
        self._dispose(old_window, old_ctx)
        if old_lock is not None and old_lock is not lock:
            _release(old_lock)

    def _connect(self, window: Any) -> Any:
        window.open_requested.connect(self.open_database)
        window.new_install_requested.connect(lambda: self.run_wizard(self.window))
        window.restore_requested.connect(self.restore)
        return window

    @staticmethod
    def _dispose(window: Any, ctx: Any) -> None:
        if ctx is not None:
            # Work ends, and its result is queued, before the widgets it reports to go.
            ctx.tasks.wait()
        if window is not None:
            window.hide()
            window.deleteLater()
        if ctx is not None:
            ctx.record.close()

    def _close_current(self, keep_lock: bool = False) -> None:
        window, ctx = self.window, self.ctx
        self.window = self.ctx = None
        if window is not None:
            self.settings.geometry = window.saveGeometry()
        self._dispose(window, ctx)
        if not keep_lock:
            _release(self._lock)
            self._lock, self._lock_target = None, None

    def restore(self, backup: str) -> bool:
        """Put a backup in place of the open database and reopen it."""
        from cisdesk.db.restore import restore_database

        if self.ctx is None or self.ctx.record.path is None:
            return False
        target = str(self.ctx.record.path)
        self._close_current(keep_lock=True)
        try:
            restore_database(Path(target), Path(backup))
        except CisdeskError as exc:
            self._error(exc)
        if self.open_database(target):
            return True
        self.app.quit()  # nothing left to show
        return False

    def shutdown(self) -> None:
        from cisdesk.ui.dialogs import errors

        if errors.error_filter == self._filter_error:
            errors.error_filter = None
        self._close_current()

    def _error(self, exc: BaseException) -> None:
        from cisdesk.ui.dialogs.errors import show_error

        show_error(self.window, exc)


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("cisdesk")
    app.setOrganizationName("SICA")
    return app


def install_excepthook(shell: Shell) -> None:
    """Unexpected errors show a dialog with what to send to support instead of vanishing."""
    from cisdesk.ui.dialogs.crash import show_crash
    from cisdesk.ui.dialogs.errors import show_error

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if shell.refuse_if_damaged():
            return
        if isinstance(exc, CisdeskError):
            show_error(shell.window, exc)
            return
        database = str(shell.ctx.record.target) if shell.ctx is not None else None
        show_crash(shell.window, exc.with_traceback(tb), database, log_file())

    sys.excepthook = hook


def launch(db: str | None, app: QApplication | None = None) -> Shell | None:
    """Phase one: everything up to a shown window (the record opens once the loop turns).

    None when the person left the first-run wizard.
    """
    app = app or create_application()
    settings = Settings()
    translations = Translations(app)
    translations.apply(settings.language or system_language())
    shell = Shell(app, settings, translations)
    install_excepthook(shell)
    if not shell.start(db):
        return None
    return shell


def run_app(db: str | None) -> int:
    """The ``cisdesk`` command without a verb."""
    setup_logging()  # the command line leaves this to the app
    app = create_application()
    shell = launch(db, app)
    if shell is None:
        return 0  # the person left the first-run wizard
    try:
        code = app.exec()
    finally:
        shell.shutdown()
    # A refused --db is an error; leaving the wizard is not (both decided in phase two).
    return shell.exit_code if shell.exit_code is not None else code
