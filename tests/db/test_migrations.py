"""Alembic migrations: they match the models, and an older database upgrades itself."""

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from cisdesk import paths
from cisdesk.db import migrate
from cisdesk.db.base import Base
from cisdesk.db.digest import record_digest
from cisdesk.db.engine import make_engine
from cisdesk.db.record import open_record
from cisdesk.errors import DatabaseError
from cisdesk.sync.provision import create_install


def test_migrations_match_the_models(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "m.db"))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": migrate.include_name})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_head_constant_matches_the_scripts() -> None:
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_database_from_a_newer_cisdesk_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "gt.db"
    create_install(str(db), country="GT").close()
    engine = make_engine(str(db))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = db.read_bytes()
    with pytest.raises(DatabaseError, match="newer version of cisdesk"):
        open_record(str(db))
    assert db.read_bytes() == before


def test_older_database_upgrades_after_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "gt.db"
    with create_install(str(db), country="GT") as record, record.engine.connect() as conn:
        digest = record_digest(conn)
    engine = make_engine(str(db))
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0001")
    assert migrate.current_revision(engine) == "0001"
    engine.dispose()

    with open_record(str(db)) as record:
        assert migrate.current_revision(record.engine) == migrate.head_revision()
        indexes = {i["name"] for i in inspect(record.engine).get_indexes("progress_report")}
        assert "ix_progress_report_result_semester" in indexes
        with record.engine.connect() as conn:
            assert record_digest(conn) == digest
    copies = list(paths.backups_dir().glob("gt-*before-upgrade*.db"))
    assert len(copies) == 1
    old = make_engine(str(copies[0]))  # the copy keeps the old schema
    assert migrate.current_revision(old) == "0001"
    old.dispose()
