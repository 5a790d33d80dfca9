"""Fixtures for the data-safety tests: real database files with generated activity."""

from pathlib import Path

import pytest

from cisdesk.db.demo import run_demo
from cisdesk.db.record import Record


@pytest.fixture
def demo_db(make_install) -> Path:
    """A closed Guatemala install holding demo activity."""
    record: Record = make_install("GT")
    run_demo(record, seed=3)
    record.close()
    assert record.path is not None
    return record.path


@pytest.fixture
def backups(tmp_path: Path) -> Path:
    folder = tmp_path / "backups"
    folder.mkdir()
    return folder
