"""Shared fixtures: real SQLite installs in temporary folders."""

import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # test helper modules

from cisdesk.db.record import Record
from cisdesk.sync.provision import create_install


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Keep backups, logs and default databases out of the real user folder.

    Messages are in English unless a test asks for another language, whatever the
    machine's locale: assertions on wording stay stable.
    """
    monkeypatch.setenv("CISDESK_HOME", str(tmp_path_factory.mktemp("cisdesk-home")))
    monkeypatch.setenv("CISDESK_LANG", "en")
    from cisdesk.messages import set_language

    set_language(None)
    yield
    set_language(None)
    gc.unfreeze()  # an app opened in this test settled its heap: the next test starts plain


@pytest.fixture
def make_install(tmp_path: Path) -> Iterator:
    """Factory: ``make_install("GT")`` or ``make_install(None)`` for SISCA."""
    opened: list[Record] = []

    def factory(country: str | None, name: str | None = None) -> Record:
        file = tmp_path / f"{name or country or 'sisca'}-{len(opened)}.db"
        record = create_install(str(file), country=country, regional=country is None)
        opened.append(record)
        return record

    yield factory
    for record in opened:
        record.close()


@pytest.fixture
def country_record(make_install) -> Record:
    return make_install("GT")


@pytest.fixture
def regional_record(make_install) -> Record:
    return make_install(None)


@pytest.fixture(scope="session")
def pg_server() -> Iterator:
    """A real PostgreSQL server for this test session (skipped where none is installed).

    With CISDESK_REQUIRE_POSTGRES=1 (set by CI) a missing server fails instead.
    """
    from pg_server import PgServer, find_pg_bin

    if find_pg_bin() is None:
        if os.environ.get("CISDESK_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL server binaries are required but not installed")
        pytest.skip("PostgreSQL server binaries (initdb) are not installed")
    server = PgServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make_backend_install(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator:
    """Like ``make_install``, on the parametrised backend (SQLite file or PostgreSQL)."""
    opened: list[Record] = []

    def factory(country: str | None, name: str | None = None) -> Record:
        if backend == "postgresql":
            server = request.getfixturevalue("pg_server")
            target = server.new_database()
            passphrase = "root passphrase" if country is None else None
        else:
            target = str(tmp_path / f"{name or country or 'sisca'}-{len(opened)}.db")
            passphrase = None
        record = create_install(
            target, country=country, regional=country is None, passphrase=passphrase
        )
        opened.append(record)
        return record

    yield factory
    for record in opened:
        record.close()
