"""A kill in the middle of an import leaves the database exactly as it was.

On SQLite the journal undoes the half-written transaction when the file is next
opened; on PostgreSQL the server rolls back the open transaction of a client
that died, and releases its lock on the record.
"""

import os
import subprocess
import threading
import time
from pathlib import Path

import pytest
from factories import Storage, World, database_state, digest_of
from import_paused import MARKER, command
from sqlalchemy import text

from cisdesk.db.demo import run_demo
from cisdesk.db.record import Record, open_record
from cisdesk.sync.importer import import_bundles

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kills with SIGKILL")


def open_transactions_of_others(record: Record) -> int:
    """Server sessions on this database, other than ours, still inside a transaction."""
    query = text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'"
    )
    with record.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def wait_until_rolled_back(record: Record, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while open_transactions_of_others(record):
        assert time.monotonic() < deadline, "the killed client's transaction is still open"
        time.sleep(0.05)


def test_kill_before_commit_then_import_again(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    (tmp_path / "templates").mkdir()
    world = World.open(
        World.build(tmp_path / "templates", Storage.for_backend(backend, request)), tmp_path
    )
    try:
        run_demo(world.gt, seed=5)
        bundle = world.path("gt.cisb")
        world.export(world.gt, bundle)
        expected = digest_of(world.gt)
        before = database_state(world.sisca, skip=())
        sisca_target = world.sisca.target
        world.sisca.close()

        process = subprocess.Popen(
            command(sisca_target, 120, [bundle]),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        watchdog = threading.Timer(90, process.kill)
        watchdog.start()
        try:
            seen: list[str] = []
            for line in process.stderr:  # type: ignore[union-attr]
                seen.append(line)
                if MARKER in line:
                    break
            assert any(MARKER in line for line in seen), "".join(seen)
            if backend == "postgresql":
                with open_record(sisca_target) as record:
                    assert open_transactions_of_others(record) == 1
            process.kill()  # SIGKILL while the transaction is open and its changes written
            process.wait(timeout=30)
        finally:
            watchdog.cancel()
            process.kill()
        assert process.returncode == -9

        record = open_record(sisca_target)
        try:
            if backend == "postgresql":
                wait_until_rolled_back(record)  # and its lock on the record released
            assert database_state(record, skip=()) == before
            [outcome] = import_bundles(record, [bundle])
            assert outcome.outcome == "imported"
            assert digest_of(record) == expected
        finally:
            record.close()
    finally:
        world.close()


def test_production_code_holds_no_pause_hook() -> None:
    """The pause before commit is a seam (``before_commit``), not an environment variable."""
    root = Path(__file__).resolve().parents[2] / "cisdesk"
    hooks = [
        path.relative_to(root).as_posix()
        for path in root.rglob("*.py")
        if "CISDESK_TEST_" in path.read_text(encoding="utf-8")
    ]
    assert hooks == []


def test_a_fault_just_before_commit_changes_nothing(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """The ``before_commit`` seam sees the changes written; a failure there rolls all back."""
    (tmp_path / "templates").mkdir()
    world = World.open(
        World.build(tmp_path / "templates", Storage.for_backend(backend, request)), tmp_path
    )
    try:
        run_demo(world.gt, seed=3)
        bundle = world.path("gt.cisb")
        world.export(world.gt, bundle)
        before = database_state(world.sisca, skip=())
        seen: list[str] = []

        def fault(outcome) -> None:
            seen.append(outcome.outcome)
            raise OSError("power cut")

        with pytest.raises(OSError, match="power cut"):
            import_bundles(world.sisca, [bundle], before_commit=fault)
        assert seen == ["imported"]
        assert database_state(world.sisca, skip=()) == before
        [outcome] = import_bundles(world.sisca, [bundle])
        assert outcome.outcome == "imported"
        assert digest_of(world.sisca) == digest_of(world.gt)
    finally:
        world.close()
