"""Read-only, busy, unreachable or full: one plain sentence and exit 1, never a traceback.

Read-only cases run the command in a child process as an unprivileged user when
the tests run as root (root may write anywhere), so the operating system really
refuses the writes.
"""

import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from cisdesk.cli import main
from cisdesk.db import engine
from cisdesk.sync import keys
from cisdesk.sync.provision import create_install

NOBODY = 65534
_CHILD = """
import os, sys
import argparse, json, sqlite3, logging.handlers  # loaded before giving up root
from cisdesk.cli import build_parser, main
build_parser()
import sqlalchemy.dialects.sqlite.pysqlite, cisdesk.db.demo, cisdesk.sync.export  # noqa
if os.geteuid() == 0:
    os.setgid({uid}); os.setuid({uid})
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder an unprivileged user can reach (pytest's own is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="cisdesk-ro-"))
    folder.chmod(0o777)
    yield folder
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_dir():
            path.chmod(0o777)
    subprocess.run(["rm", "-rf", str(folder)], check=False)


def _unprivileged(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    home = folder / "home"
    home.mkdir(exist_ok=True)
    home.chmod(0o777)
    env = {**os.environ, "CISDESK_HOME": str(home), "CISDESK_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-c", _CHILD.format(uid=NOBODY), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=folder,
        timeout=120,
    )


def _installs(folder: Path) -> tuple[Path, Path, Path]:
    sisca = create_install(str(folder / "sisca.db"), regional=True)
    gt = create_install(str(folder / "gt.db"), country="GT")
    with gt.reader() as session:
        (folder / "gt.pub").write_bytes(keys.export_public_key(session))
    sisca.close()
    gt.close()
    for path in folder.iterdir():
        path.chmod(0o666 if path.is_file() else 0o777)
    return folder / "sisca.db", folder / "gt.db", folder / "gt.pub"


def _verbs(sisca: Path, gt: Path, pub: Path, out: Path) -> list[list[str]]:
    return [
        ["demo", "--db", str(gt)],
        ["keys", "enroll", "--db", str(sisca), str(pub), "--country", "GT"],
        ["bundle", "export", "--db", str(gt), "-o", str(out)],
    ]


def _one_plain_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    return line


def test_a_healthy_database_in_a_read_only_folder_is_called_read_only_not_damaged(
    shared_dir: Path,
) -> None:
    folder = shared_dir / "solo lectura"
    folder.mkdir()
    sisca, gt, pub = _installs(folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    folder.chmod(0o555)
    for verb in _verbs(sisca, gt, pub, shared_dir / "out.cisb"):
        line = _one_plain_line(_unprivileged(shared_dir, *verb))
        assert "read-only" in line and "damaged" not in line and "restore" not in line, line
    folder.chmod(0o777)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_read_only_database_file_is_one_plain_sentence(shared_dir: Path) -> None:
    sisca, gt, pub = _installs(shared_dir)
    sisca.chmod(0o444)
    gt.chmod(0o444)
    for verb in _verbs(sisca, gt, pub, shared_dir / "out.cisb"):
        line = _one_plain_line(_unprivileged(shared_dir, *verb))
        assert "read-only" in line and "damaged" not in line, line


def test_a_database_locked_by_another_program_is_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    sisca, gt, pub = _installs(tmp_path)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    holders = []
    for path in (sisca, gt):
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        holders.append(holder)
    try:
        for verb in _verbs(sisca, gt, pub, tmp_path / "out.cisb")[1:]:
            assert main(verb) == 1
            err = capsys.readouterr().err
            assert "busy" in err and "Traceback" not in err and len(err.splitlines()) == 1
    finally:
        for holder in holders:
            holder.rollback()
            holder.close()
    assert not (tmp_path / "out.cisb").exists()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("foo://host/db", "is not a database cisdesk can open"),
        ("mysql://user:secret@localhost/db", "is not a database cisdesk can open"),
        ("://", "is not a database cisdesk can open"),
        ("postgresql+pg8000://user:secret@localhost/db", "needs the database driver"),
        ("postgresql://user:secret@127.0.0.1:1/db", "Cannot use the database"),
    ],
)
def test_a_bad_database_url_is_one_plain_sentence(url: str, expected: str, capsys) -> None:
    assert main(["digest", "--db", url]) == 1
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert "secret" not in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_under_the_log_file_is_one_line_not_a_logging_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    home = tmp_path / "home"
    (home / "logs").mkdir(parents=True)
    (home / "logs" / "cisdesk.log").symlink_to("/dev/full")
    monkeypatch.setenv("CISDESK_HOME", str(home))
    db = tmp_path / "gt.db"
    create_install(str(db), country="GT").close()
    assert main(["digest", "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err
    assert len([line for line in err.splitlines() if "log" in line]) <= 1
