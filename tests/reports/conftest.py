"""Records for the report tests: real installs with generated activity, on a fixed day.

Building an install with demo data takes a moment, so each kind is built once per
test session into a file; tests that write get their own copy of that file.
"""

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from report_support import copy_country_rows, fix_today

from cisdesk.db.demo import run_demo
from cisdesk.db.record import Record, open_record
from cisdesk.sync.provision import create_install


def _demo_install(folder: Path, country: str | None, seed: int = 1) -> Record:
    record = fix_today(
        create_install(
            str(folder / f"{country or 'sisca'}.db"), country=country, regional=country is None
        )
    )
    run_demo(record, seed=seed, scale=1)
    return record


@pytest.fixture(scope="session")
def country_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Guatemala install with one run of demo activity."""
    folder = tmp_path_factory.mktemp("gt")
    record = _demo_install(folder, "GT")
    path = Path(str(record.path))
    record.close()
    return path


@pytest.fixture(scope="session")
def regional_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SISCA install holding its own activity and that of Guatemala, Honduras and Panamá."""
    folder = tmp_path_factory.mktemp("sisca")
    sisca = _demo_install(folder, None)
    for seed, country in enumerate(("GT", "HN", "PA"), start=2):
        source = _demo_install(folder, country, seed)
        copy_country_rows(source, sisca)
        source.close()
    path = Path(str(sisca.path))
    sisca.close()
    return path


@pytest.fixture
def open_copy(tmp_path: Path) -> Iterator[Callable[[Path], Record]]:
    """Factory: open a private copy of a module's database file (tests may change it)."""
    opened: list[Record] = []

    def factory(source: Path) -> Record:
        folder = tmp_path / "databases"
        folder.mkdir(exist_ok=True)
        target = folder / f"copy-{len(opened)}-{source.name}"
        shutil.copyfile(source, target)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
        record = fix_today(open_record(str(target)))
        opened.append(record)
        return record

    yield factory
    for record in opened:
        record.close()


@pytest.fixture
def country_demo(open_copy, country_demo_file: Path) -> Record:
    return open_copy(country_demo_file)


@pytest.fixture
def regional_demo(open_copy, regional_demo_file: Path) -> Record:
    return open_copy(regional_demo_file)
