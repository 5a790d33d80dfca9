"""Shared fixtures: real SQLite installs in temporary folders."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cisdesk.db.install import create_install
from cisdesk.db.record import Record


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep backups, logs and default databases out of the real user folder."""
    monkeypatch.setenv("CISDESK_HOME", str(tmp_path_factory.mktemp("cisdesk-home")))


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
