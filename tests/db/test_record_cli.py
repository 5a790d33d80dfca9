"""The init, demo, digest and --version verbs, and their refusals."""

import datetime as dt
import os
import random
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cisdesk import __version__
from cisdesk.cli import main
from cisdesk.db.models import Agreement, Meeting, ProgressReport
from cisdesk.db.record import Record, open_record


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors and --version
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def digest(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    code, out, err = run(capsys, "digest", "--db", str(db))
    assert code == 0, err
    return out.strip()


def test_version(capsys) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert __version__ in out


def test_init_country_and_regional_equal_digest(tmp_path: Path, capsys) -> None:
    for name, args in (
        ("a", ["--country", "GT"]),
        ("b", ["--country", "hn"]),
        ("c", ["--regional"]),
    ):
        code, out, err = run(capsys, "init", "--db", str(tmp_path / f"{name}.db"), *args)
        assert code == 0, err
        assert "Fingerprint:" in out
    digests = {digest(capsys, tmp_path / f"{n}.db") for n in "abc"}
    assert len(digests) == 1
    assert len(digests.pop()) == 64


def _seeded_uuid4(seed: int) -> Callable[[], uuid.UUID]:
    """uuid4 from a fixed seed: an install whose site id (the demo's seed) is always the same."""
    rng = random.Random(seed)
    return lambda: uuid.UUID(int=rng.getrandbits(128), version=4)


def test_demo_adds_then_edits_and_deletes(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The demo draws from (seed, site id, today): all three fixed, so every run checks
    # the same rows (with a random site id about one run in fifty edited or deleted none).
    monkeypatch.setattr(Record, "today", lambda _self: dt.date(2026, 11, 30))
    db = tmp_path / "gt.db"
    with monkeypatch.context() as init_only:
        init_only.setattr(uuid, "uuid4", _seeded_uuid4(20181))
        assert run(capsys, "init", "--db", str(db), "--country", "GT")[0] == 0
    empty = digest(capsys, db)
    code, out, _ = run(capsys, "demo", "--db", str(db))
    assert code == 0 and "meeting" in out
    first = digest(capsys, db)
    assert first != empty
    with open_record(str(db)) as record, record.reader() as session:
        meetings = session.scalar(select(func.count()).select_from(Meeting))
        virtual_long = session.scalars(select(Meeting)).all()
        assert any(m.exceeds_virtual_limit for m in virtual_long)
        assert any(m.virtual for m in virtual_long) and any(not m.virtual for m in virtual_long)
        agreements = session.scalars(select(Agreement)).all()
        assert any(a.is_overdue(record.today()) for a in agreements)
        assert session.scalar(select(func.count()).select_from(ProgressReport)) > 100
    code, out, _ = run(capsys, "demo", "--db", str(db), "--seed", "2")
    assert code == 0
    assert "edited" in out and " 0 edited" not in out and " 0 deleted" not in out
    assert digest(capsys, db) != first
    with open_record(str(db)) as record, record.reader() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) > meetings
        assert session.scalar(
            select(func.count()).select_from(ProgressReport).where(ProgressReport.deleted.is_(True))
        )


def test_demo_scale_multiplies_volume(tmp_path: Path, capsys) -> None:
    counts = []
    for scale in ("1", "3"):
        db = tmp_path / f"s{scale}.db"
        run(capsys, "init", "--db", str(db), "--country", "SV")
        assert run(capsys, "demo", "--db", str(db), "--scale", scale)[0] == 0
        with open_record(str(db)) as record, record.reader() as session:
            counts.append(session.scalar(select(func.count()).select_from(Meeting)))
    assert counts[1] == 3 * counts[0]


def test_demo_is_reproducible(tmp_path: Path, capsys) -> None:
    """The same seed on the same install makes the same rows (ids differ per install)."""
    db = tmp_path / "r.db"
    run(capsys, "init", "--db", str(db), "--regional")
    assert run(capsys, "demo", "--db", str(db), "--seed", "7")[0] == 0
    with open_record(str(db)) as record, record.reader() as session:
        assert session.scalar(
            select(func.count()).select_from(Meeting).where(Meeting.owner == "REG")
        )


def test_init_refuses_existing_database(tmp_path: Path, capsys) -> None:
    db = tmp_path / "a.db"
    run(capsys, "init", "--db", str(db), "--country", "GT")
    before = db.read_bytes()
    code, _, err = run(capsys, "init", "--db", str(db), "--country", "HN")
    assert code == 1
    assert err.count("\n") == 1 and "already exists" in err
    assert db.read_bytes() == before


def test_init_refuses_unknown_country(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "init", "--db", str(tmp_path / "a.db"), "--country", "MX")
    assert code == 1 and "Unknown country code 'MX'" in err
    assert list(tmp_path.iterdir()) == []


def test_init_refuses_missing_folder(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "init", "--db", str(tmp_path / "no" / "a.db"), "--country", "GT")
    assert code == 1 and "does not exist" in err


def test_init_refuses_a_file_as_folder(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    code, _, err = run(capsys, "init", "--db", str(blocker / "a.db"), "--country", "GT")
    assert code == 1 and err.startswith("cisdesk: ")
    assert blocker.read_text() == "x"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_init_refuses_unwritable_folder(tmp_path: Path, capsys) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    code, _, err = run(capsys, "init", "--db", str(locked / "a.db"), "--country", "GT")
    assert code == 1 and "not writable" in err


def test_usage_errors_exit_2(tmp_path: Path, capsys) -> None:
    assert run(capsys, "init", "--country", "GT")[0] == 2
    assert run(capsys, "init", "--db", str(tmp_path / "a.db"))[0] == 2
    both = ("init", "--db", str(tmp_path / "a.db"), "--country", "GT", "--regional")
    assert run(capsys, *both)[0] == 2
    assert run(capsys, "demo", "--db", str(tmp_path / "a.db"), "--scale", "x")[0] == 2
    assert run(capsys, "no-such-verb")[0] == 2
    assert not (tmp_path / "a.db").exists()


def test_demo_scale_zero_is_usage_error(tmp_path: Path, capsys) -> None:
    db = tmp_path / "a.db"
    run(capsys, "init", "--db", str(db), "--country", "GT")
    assert run(capsys, "demo", "--db", str(db), "--scale", "0")[0] == 2


def test_missing_database(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "digest", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no database" in err


def test_not_sqlite(tmp_path: Path, capsys) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"PK\x03\x04 definitely a zip, not a database" * 10)
    code, _, err = run(capsys, "digest", "--db", str(junk))
    assert code == 1 and "not a cisdesk database" in err
    assert junk.read_bytes().startswith(b"PK")


def test_sqlite_but_not_cisdesk(tmp_path: Path, capsys) -> None:
    import sqlite3

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    code, _, err = run(capsys, "digest", "--db", str(other))
    assert code == 1 and "not a cisdesk database" in err


def test_corrupt_database(tmp_path: Path, capsys) -> None:
    db = tmp_path / "a.db"
    run(capsys, "init", "--db", str(db), "--country", "GT")
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(2 * page, min(len(data), 12 * page), 7):
        data[offset] = 0xFF
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "digest", "--db", str(db))
    assert code == 1
    assert "damaged" in err or "not a cisdesk database" in err
    assert err.count("\n") == 1
