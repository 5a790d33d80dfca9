"""The record: one open database and this install's identity.

Like a collection object, a :class:`Record` is what the CLI, the UI and the tests
hold. It has three ways into the database, and only one of them writes the shared
record:

- :meth:`Record.edit` (and :meth:`Record.session`): the write gate. Its flushes
  capture every change of a replicated row as this install's edit, so it syncs.
- :meth:`Record.reader`: reading only. Any flush raises, so an edit made through
  it cannot silently stay on this install.
- :meth:`Record.local`: writing this install's local tables (keys, keyring, logs,
  settings). A flush of a replicated row raises.
"""

import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, inspect, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cisdesk.db import integrity, migrate
from cisdesk.db.backup import backup_database
from cisdesk.db.capture import Capture, install_capture
from cisdesk.db.engine import check_cisdesk_file, check_sqlite_header, make_engine, sqlite_path
from cisdesk.db.failures import refusal
from cisdesk.db.local import Install
from cisdesk.errors import DatabaseError
from cisdesk.progress import ProgressCallback, no_progress

if TYPE_CHECKING:
    from cisdesk.activity.store import ChangeSet
    from cisdesk.reports.excel_import import ImportSummary

log = logging.getLogger(__name__)


class Record:
    """An open cisdesk database."""

    def __init__(
        self, engine: Engine, target: str, check: integrity.IntegrityCheck | None = None
    ) -> None:
        install_capture()
        self.engine = engine
        self.target = target
        self.path: Path | None = sqlite_path(target)
        #: The file's integrity check (SQLite files opened by :func:`open_record`): done,
        #: or still running while the application fills its window; writes wait for it.
        self.integrity = check
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.install = self._load_install()

    def _load_install(self) -> Install:
        with self._sessions() as session:
            install = session.scalars(select(Install)).first()
        if install is None:
            raise DatabaseError("db.not_initialised", path=str(self.target))
        return install

    @property
    def capture(self) -> Capture:
        return Capture(site_id=self.install.site_id, owner=self.install.owner)

    def _writable(self) -> None:
        """Wait for the file's integrity check; a damaged file raises its sentence."""
        if self.integrity is not None and not self.integrity.passed:
            self.integrity.wait()

    def session(self, capture: Capture | None = None) -> Session:
        """A session whose flushes record field versions as this install's edits."""
        self._writable()
        session = self._sessions()
        session.info["capture"] = capture or self.capture
        return session

    def reader(self) -> Session:
        """A session for reading only: flushing any change through it raises."""
        session = self._sessions()
        session.info["read_only"] = True
        return session

    def local(self) -> Session:
        """A session for this install's local tables; a replicated row written here raises.

        The merge writes replicated rows with SQL of its own inside such a session,
        with their field versions: that is the import's way in, not an edit.
        """
        self._writable()
        return self._sessions()

    @contextmanager
    def local_edit(self) -> Iterator[Session]:
        """:meth:`local` in a transaction: commit on success, roll back on error."""
        with self.local() as session, session.begin():
            yield session

    @contextmanager
    def edit(self, capture: Capture | None = None) -> Iterator[Session]:
        """Context manager: commit on success, roll back on error."""
        with self.session(capture) as session, session.begin():
            yield session

    # --- the application's operations ---------------------------------------------------
    # Thin on purpose: each names its module, which holds the rules (docs/ARCHITECTURE.md).
    # Writes return what they changed (a ChangeSet or an OpChanges) for the app to refresh.

    def save_progress(self, **values: Any) -> "ChangeSet":
        """A country's report on a result in a semester (the one row of that key)."""
        from cisdesk.activity import progress

        return progress.save_progress(self, **values)

    def update_progress(self, report_id: str, **changes: Any) -> "ChangeSet":
        from cisdesk.activity import progress

        return progress.update_progress(self, report_id, **changes)

    def undo(self, changes: "ChangeSet") -> None:
        """Write back the values an edit replaced, as a new edit of this install."""
        from cisdesk.activity.store import replay

        replay(self, changes, "before")

    def redo(self, changes: "ChangeSet") -> None:
        from cisdesk.activity.store import replay

        replay(self, changes, "after")

    def import_template(
        self, path: Path | str, *, progress: ProgressCallback = no_progress
    ) -> "ImportSummary":
        """A filled Excel progress template, checked by the form's rules, all or nothing."""
        from cisdesk.reports.excel_import import import_template

        return import_template(self, path, progress=progress)

    def refresh_install(self) -> Install:
        self.install = self._load_install()
        return self.install

    def today(self) -> dt.date:
        return dt.date.today()

    def close(self) -> None:
        self.engine.dispose()
        if self.path is not None and self.integrity is not None and self.integrity.passed:
            integrity.remember_clean_close(self.path)

    def __enter__(self) -> "Record":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_record(target: str, *, upgrade: bool = True, check_later: bool = False) -> Record:
    """Open an existing database, checking it and upgrading an older schema after a backup.

    ``check_later`` (the application's start) lets a file exactly as cisdesk's last clean
    close left it open while its integrity check runs on a thread; until the check
    passes nothing is written (see :mod:`cisdesk.db.integrity`). Any other file is
    checked first, as always.
    """
    path = sqlite_path(target)
    check: integrity.IntegrityCheck | None = None
    if path is not None:
        check_sqlite_header(path)
        if check_later and integrity.left_clean(path):
            check = integrity.IntegrityCheck.in_background(path)
        else:
            check = integrity.IntegrityCheck.now(path)
        check_cisdesk_file(path)  # read-only: another program's file is left as it was
    engine = make_engine(target)
    if check is not None and not check.passed:
        integrity.guard_writes(engine, check)
    try:
        tables = set(inspect(engine).get_table_names())
        if "install" not in tables or "alembic_version" not in tables:
            raise DatabaseError("db.not_cisdesk", path=str(path or target))
        if migrate.needs_upgrade(engine):
            revision = migrate.current_revision(engine)
            if revision is not None and not migrate.is_known_revision(revision):
                raise DatabaseError("db.newer_version", path=str(path or target))
            if not upgrade:
                raise DatabaseError("db.needs_upgrade", path=str(path or target))
            if check is not None:
                check.wait()  # never upgrade a file not yet checked
            if path is not None:
                copy = backup_database(path, "before-upgrade")
                log.info("backup before upgrade: %s", copy)
            migrate.upgrade(engine)
        return Record(engine, target, check)
    except (OperationalError, SADatabaseError) as exc:
        engine.dispose()
        if check is not None:
            check.wait()  # a damaged file is refused with the check's own sentence
        raise refusal(exc, path or target) from exc
    except BaseException:
        engine.dispose()
        raise
