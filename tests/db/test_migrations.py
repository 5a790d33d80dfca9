"""Alembic migrations: they match the models, and an older database upgrades itself."""

import datetime as dt
from pathlib import Path
from typing import Any

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
from cisdesk.db.models import Meeting
from cisdesk.db.record import open_record
from cisdesk.db.versions import ROW, replicated_fields, spell_out
from cisdesk.errors import DatabaseError
from cisdesk.sync.export import count_changes, iter_changes
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


def _version_entries(engine: Any) -> dict[str, set[str]]:
    """``{row_id: {field, ...}}`` of the stored version entries."""
    held: dict[str, set[str]] = {}
    with engine.connect() as conn:
        for row_id, field in conn.execute(text("SELECT row_id, field FROM field_version")):
            held.setdefault(row_id, set()).add(field)
    return held


def test_rows_written_whole_before_0011_keep_one_version_entry(tmp_path: Path) -> None:
    db = tmp_path / "gt.db"
    with create_install(str(db), country="GT") as record:
        with record.edit() as session:
            meetings = [
                Meeting(kind="joint", title=title, date=dt.date(2019, 3, 1))
                for title in ("Primera", "Segunda")
            ]
            session.add_all(meetings)
            session.flush()
            edited, whole = (m.id for m in meetings)
        with record.edit() as session:
            session.get(Meeting, edited).title = "Primera, revisada"
        with record.engine.begin() as conn:  # as a record written before 0011 holds them
            spell_out(conn, list(_version_entries(record.engine)))
        assert all(ROW not in fields for fields in _version_entries(record.engine).values())
        with record.engine.connect() as conn:
            lines, counted = list(iter_changes(conn)), count_changes(conn)
            digest = record_digest(conn)
    engine = make_engine(str(db))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0010'"))
    engine.dispose()

    with open_record(str(db)) as record:
        held = _version_entries(record.engine)
        assert held[whole] == {ROW}
        assert ROW not in held[edited] and "title" in held[edited]
        assert sum(fields == {ROW} for fields in held.values()) == len(held) - 1
        with record.engine.connect() as conn:
            assert list(iter_changes(conn)) == lines
            assert count_changes(conn) == counted == len(lines)
            assert record_digest(conn) == digest
        with record.engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0010")
        assert _version_entries(record.engine)[whole] == set(replicated_fields("meeting"))
        with record.engine.connect() as conn:
            assert list(iter_changes(conn)) == lines


def test_0011_gives_whole_rows_one_entry_on_each_backend(make_backend_install) -> None:
    record = make_backend_install("GT")
    with record.engine.begin() as conn:
        spell_out(conn, list(_version_entries(record.engine)))
        lines = list(iter_changes(conn))
        conn.execute(text("UPDATE alembic_version SET version_num = '0010'"))
    migrate.upgrade(record.engine)
    held = _version_entries(record.engine)
    assert held and all(fields == {ROW} for fields in held.values())  # the plan, written whole
    with record.engine.connect() as conn:
        assert list(iter_changes(conn)) == lines
