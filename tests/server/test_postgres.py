"""SISCA's record on a real PostgreSQL server: the same code paths as SQLite."""

from pathlib import Path

import pytest
from sqlalchemy import select, text

from cisdesk.cli import main
from cisdesk.db.demo import run_demo
from cisdesk.db.digest import record_digest
from cisdesk.db.local import SigningKey
from cisdesk.db.record import Record, open_record
from cisdesk.errors import CisdeskError
from cisdesk.sync import keys
from cisdesk.sync.provision import create_install, migrate_to


def _digest(record: Record) -> str:
    with record.engine.connect() as conn:
        return record_digest(conn)


def test_regional_on_server_needs_a_passphrase(pg_server) -> None:
    url = pg_server.new_database()
    with pytest.raises(CisdeskError, match="passphrase"):
        create_install(url, regional=True)
    with create_install(url, regional=True, passphrase="s3creto") as record:
        with record.reader() as session:
            key = session.scalars(select(SigningKey)).one()
        assert key.encrypted
        assert b"ENCRYPTED" in key.private_key_pem
        keys.load_private(key.private_key_pem, "s3creto")


def test_init_refuses_a_database_that_holds_an_install(pg_server) -> None:
    url = pg_server.new_database()
    create_install(url, regional=True, passphrase="x").close()
    with pytest.raises(CisdeskError, match="already holds"):
        create_install(url, regional=True, passphrase="x")


def test_same_digest_as_sqlite_after_the_same_edits(pg_server, tmp_path: Path) -> None:
    server = create_install(pg_server.new_database(), regional=True, passphrase="x")
    local = create_install(str(tmp_path / "sisca.db"), regional=True)
    assert _digest(server) == _digest(local)
    run_demo(server, seed=3)
    assert _digest(server) != _digest(local)
    server.close()
    local.close()


def test_migrate_to_round_trip(pg_server, tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "sisca.db"
    with create_install(str(source), regional=True) as record:
        run_demo(record, seed=5, scale=2)
        expected = _digest(record)
    url = pg_server.new_database()
    with pytest.raises(CisdeskError, match="not protected"):
        migrate_to(str(source), url)
    assert migrate_to(str(source), url, passphrase="clave") == expected
    with open_record(url) as copy:
        assert _digest(copy) == expected
        assert copy.install.is_regional
        with copy.reader() as session:
            assert session.scalars(select(SigningKey)).one().encrypted
        run_demo(copy, seed=6)  # the copy keeps working, clock and ids included
        assert _digest(copy) != expected


def test_a_migrated_record_has_its_planner_statistics(pg_server, tmp_path: Path) -> None:
    """Autovacuum would gather them only later, and never for the plan's few results:
    the copy leaves every table analyzed, so its first reads are planned from its rows."""
    source = tmp_path / "sisca.db"
    with create_install(str(source), regional=True) as record:
        run_demo(record, seed=5, scale=1)
    url = pg_server.new_database()
    migrate_to(str(source), url, passphrase="clave")
    with open_record(url) as copy, copy.engine.connect() as conn:
        estimated = dict(
            conn.execute(
                text(
                    "SELECT relname, reltuples FROM pg_class WHERE relname IN "
                    "('result', 'milestone', 'meeting', 'agreement')"
                )
            ).all()
        )
        counted = {
            name: conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one()
            for name in estimated
        }
    assert estimated == counted


def test_migrate_to_cli_refuses_non_empty_target(
    pg_server, tmp_path: Path, capsys, monkeypatch
) -> None:
    source = tmp_path / "sisca.db"
    create_install(str(source), regional=True).close()
    url = pg_server.new_database()
    monkeypatch.setenv("PASS", "clave")
    assert main(["migrate-to", "--db", str(source), url, "--passphrase-env", "PASS"]) == 0
    assert "verified" in capsys.readouterr().out
    assert main(["migrate-to", "--db", str(source), url, "--passphrase-env", "PASS"]) == 1
    assert "already holds" in capsys.readouterr().err


def test_country_record_does_not_migrate(pg_server, tmp_path: Path) -> None:
    source = tmp_path / "gt.db"
    create_install(str(source), country="GT").close()
    with pytest.raises(CisdeskError, match="Only a SISCA"):
        migrate_to(str(source), pg_server.new_database())


def test_digest_verb_on_a_url(pg_server, capsys) -> None:
    url = pg_server.new_database()
    create_install(url, country="HN").close()
    assert main(["digest", "--db", url]) == 0
    assert len(capsys.readouterr().out.strip()) == 64
