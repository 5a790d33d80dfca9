"""Starting the desktop application: language, settings, which database, the window.

The first run shows the wizard; later runs reopen the last database. One window
is open on a database at a time; the instance lock keeps a second program (or a
second window) off the same file.
"""

import importlib.util
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

# Surprise: once PySide6 is imported, its import hook makes every later import of
# a Python module markedly slower. The database layer (SQLAlchemy, Alembic) is
# therefore imported before Qt, which roughly halves the time to a shown window.
import cisdesk.activity.dashboard
import cisdesk.db.record
import cisdesk.sync.keys  # noqa: F401

# isort: split
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from cisdesk import paths
from cisdesk.errors import CisdeskError
from cisdesk.logging_setup import log_file, setup_logging
from cisdesk.ui.i18n import Translations, system_language
from cisdesk.ui.settings import Settings


def _acquire_lock(target: str) -> Any:
    """The instance lock on ``target`` when the lock module is available."""
    if importlib.util.find_spec("cisdesk.db.lock") is None:
        return None
    from cisdesk.db.lock import acquire_instance_lock

    return acquire_instance_lock(target)


def _release(lock: Any) -> None:
    if lock is not None:
        lock.release()


class Shell(QObject):
    """Owns the open record, its window and its lock; swaps them when another is opened."""

    def __init__(self, app: QApplication, settings: Settings, translations: Translations) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.translations = translations
        self.window: Any = None  # MainWindow, imported lazily
        self.ctx: Any = None
        self._lock: Any = None
        self._lock_target: str | None = None

    # --- choosing the database --------------------------------------------------------
    def default_target(self) -> str | None:
        last = self.settings.last_database
        if last and (("://" in last) or Path(last).exists()):
            return last
        default = paths.default_database()
        return str(default) if default.exists() else None

    def start(self, db: str | None) -> bool:
        """Show the window on ``db``, else on the last database, else the wizard.

        False when nothing opened: the database given was refused (the reason was
        shown) or the person left the wizard.
        """
        if db is not None:
            return self.open_database(db)
        target = self.default_target()
        if target is not None and self.open_database(target):
            return True
        return self.run_wizard()

    def run_wizard(self, parent: QWidget | None = None) -> bool:
        from cisdesk.ui.dialogs.wizard import SetupWizard

        wizard = SetupWizard(parent)
        if wizard.exec() != QDialog.DialogCode.Accepted or not wizard.database_path:
            return False
        return self.open_database(wizard.database_path)

    def open_database(self, target: str) -> bool:
        """Open ``target`` in a new window (closing the current one); False after an error shown."""
        from cisdesk.db.engine import sqlite_path
        from cisdesk.db.record import open_record

        path = sqlite_path(target)
        key = str(path) if path is not None else target
        reuse = self._lock if key == self._lock_target else None
        try:
            lock = reuse or _acquire_lock(target)
        except CisdeskError as exc:
            self._error(exc)
            return False
        try:
            record = open_record(target)
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
        return True

    def _replace(self, record: Any, lock: Any, key: str) -> None:
        from cisdesk.ui.context import AppContext
        from cisdesk.ui.main_window import MainWindow

        old_window, old_ctx, old_lock = self.window, self.ctx, self._lock
        if old_window is not None:
            self.settings.geometry = old_window.saveGeometry()
        self.ctx = AppContext(record)
        window = MainWindow(self.ctx, self.settings, self.translations)
        window.open_requested.connect(self.open_database)
        window.new_install_requested.connect(lambda: self.run_wizard(self.window))
        window.restore_requested.connect(self.restore)
        self.window = window
        self._lock, self._lock_target = lock, key
        window.show()
        # The new window shows before the old one goes, so the application never
        # finds itself without a window.
        self._dispose(old_window, old_ctx)
        if old_lock is not None and old_lock is not lock:
            _release(old_lock)

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
        if isinstance(exc, CisdeskError):
            show_error(shell.window, exc)
            return
        database = str(shell.ctx.record.target) if shell.ctx is not None else None
        show_crash(shell.window, exc.with_traceback(tb), database, log_file())

    sys.excepthook = hook


def launch(db: str | None, app: QApplication | None = None) -> Shell | None:
    """Everything up to a shown main window; None when the person cancelled the wizard."""
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
    setup_logging()  # again is harmless: the command line may have done it already
    app = create_application()
    shell = launch(db, app)
    if shell is None:
        return 1 if db is not None else 0  # a refused --db is an error; leaving the wizard is not
    try:
        return app.exec()
    finally:
        shell.shutdown()
