"""A second program on the same database is refused; a crash never leaves a stale lock."""

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from cisdesk.cli import main
from cisdesk.db import lock
from cisdesk.db.backup import backup_database
from cisdesk.db.lock import ALREADY_OPEN, acquire_instance_lock, holds_instance_lock
from cisdesk.db.restore import restore_database
from cisdesk.errors import CisdeskError
from cisdesk.messages import text

HOLDER = """
import sys
from cisdesk.db.lock import acquire_instance_lock
held = acquire_instance_lock(sys.argv[1])
print("locked", flush=True)
sys.stdin.read()
"""


@contextmanager
def held_elsewhere(db: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the lock on ``db`` until the block ends."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "locked", proc.stderr.read() if proc.stderr else line
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)


def test_second_process_is_refused_until_the_first_one_ends(tmp_path: Path) -> None:
    db = tmp_path / "gt.db"
    with held_elsewhere(db) as holder:
        with pytest.raises(CisdeskError) as refused:
            acquire_instance_lock(db)
        assert str(refused.value) == text(ALREADY_OPEN)
        holder.kill()  # as after a crash: the system lets the lock go
        holder.wait(timeout=30)
    with acquire_instance_lock(db) as mine:
        assert mine.held
        assert holds_instance_lock(db)
    assert not holds_instance_lock(db)


def test_same_process_second_window_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "gt.db"
    first = acquire_instance_lock(db)
    try:
        with pytest.raises(CisdeskError, match="already open"):
            acquire_instance_lock(str(db))
    finally:
        first.release()
    first.release()  # releasing twice is harmless
    acquire_instance_lock(db).release()


def test_the_lock_file_sits_beside_the_database(tmp_path: Path) -> None:
    db = tmp_path / "gt.db"
    with acquire_instance_lock(db) as held:
        assert held.path == tmp_path / "gt.db.lock"
        assert held.path.exists()


def test_server_databases_need_no_lock() -> None:
    with acquire_instance_lock("postgresql://sisca@server/cisdesk") as held:
        assert held.path is None and held.held
    assert acquire_instance_lock(None).path is None


def test_missing_folder_is_a_plain_refusal(tmp_path: Path) -> None:
    with pytest.raises(CisdeskError, match=r"^Cannot open .*gt\.db: cannot create gt\.db\.lock"):
        acquire_instance_lock(tmp_path / "missing" / "gt.db")


def test_restore_is_refused_while_another_program_has_the_database(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = backup_database(demo_db, "manual", tmp_path / "b")
    before = demo_db.read_bytes()
    with held_elsewhere(demo_db):
        assert main(["restore", "--db", str(demo_db), str(copy)]) == 1
        assert capsys.readouterr().err == f"cisdesk: {text(ALREADY_OPEN)}\n"
    assert demo_db.read_bytes() == before


def test_the_app_may_restore_the_database_it_holds(demo_db: Path, tmp_path: Path) -> None:
    copy = backup_database(demo_db, "manual", tmp_path / "b")
    with acquire_instance_lock(demo_db):
        result = restore_database(demo_db, copy, backup_folder=tmp_path / "b")
        assert result.safety_copy is not None
        assert holds_instance_lock(demo_db)  # still held by the app afterwards
    with lock.exclusive(demo_db):
        assert holds_instance_lock(demo_db)
    assert not holds_instance_lock(demo_db)
