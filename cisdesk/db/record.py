"""The record: one open database and this install's identity.

Like a collection object, a :class:`Record` is what the CLI, the UI and the tests
hold; sessions made from it capture changes for sync automatically.
"""

import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, inspect, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from cisdesk.db import migrate
from cisdesk.db.backup import backup_database
from cisdesk.db.engine import check_sqlite_file, make_engine, sqlite_path
from cisdesk.db.local import Install
from cisdesk.errors import DatabaseError
from cisdesk.sync.capture import Capture, install_capture

log = logging.getLogger(__name__)


class Record:
    """An open cisdesk database."""

    def __init__(self, engine: Engine, target: str) -> None:
        install_capture()
        self.engine = engine
        self.target = target
        self.path: Path | None = sqlite_path(target)
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

    def session(self, capture: Capture | None = None) -> Session:
        """A session whose flushes record field versions as this install's edits."""
        session = self._sessions()
        session.info["capture"] = capture or self.capture
        return session

    def reader(self) -> Session:
        """A session for reading, or for writing local (non-replicated) tables only."""
        return self._sessions()

    @contextmanager
    def edit(self, capture: Capture | None = None) -> Iterator[Session]:
        """Context manager: commit on success, roll back on error."""
        with self.session(capture) as session, session.begin():
            yield session

    def refresh_install(self) -> Install:
        self.install = self._load_install()
        return self.install

    def today(self) -> dt.date:
        return dt.date.today()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Record":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_record(target: str, *, upgrade: bool = True) -> Record:
    """Open an existing database, checking it and upgrading an older schema after a backup."""
    path = sqlite_path(target)
    if path is not None:
        check_sqlite_file(path)
    engine = make_engine(target)
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
            if path is not None:
                copy = backup_database(path, "before-upgrade")
                log.info("backup before upgrade: %s", copy)
            migrate.upgrade(engine)
        return Record(engine, target)
    except (OperationalError, SADatabaseError) as exc:
        engine.dispose()
        raise DatabaseError(
            "db.cannot_open", path=str(path or target), reason=str(exc.orig)
        ) from exc
    except BaseException:
        engine.dispose()
        raise
