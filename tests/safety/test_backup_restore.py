"""``cisdesk backup`` and ``cisdesk restore``: the round trip and every refusal."""

import re
import sqlite3
from pathlib import Path

import pytest
from file_damage import corrupt
from safety_support import digest_of

from cisdesk.cli import main
from cisdesk.db.backup import backup_database, list_backups
from cisdesk.db.demo import run_demo
from cisdesk.db.record import open_record
from cisdesk.db.restore import inspect_database, restore_database
from cisdesk.errors import CisdeskError


def _state(path: Path) -> tuple[bytes, list[str]]:
    """The database bytes and the files beside it: proof that nothing changed.

    SQLite's own -wal/-shm files (left by any read-only look) and the lock file
    don't count.
    """
    beside = [
        p.name for p in path.parent.iterdir() if not p.name.endswith(("-wal", "-shm", ".lock"))
    ]
    return path.read_bytes(), sorted(beside)


def test_round_trip_through_the_command_line(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest_of(demo_db)
    copy = tmp_path / "copy.db"
    assert main(["backup", "--db", str(demo_db), "-o", str(copy)]) == 0
    assert f"written to {copy}" in capsys.readouterr().out

    with open_record(str(demo_db)) as record:
        run_demo(record, seed=11)
    assert digest_of(demo_db) != before

    assert main(["restore", "--db", str(demo_db), str(copy)]) == 0
    out = capsys.readouterr().out
    assert digest_of(demo_db) == before
    safety = list_backups(demo_db)
    assert [c.reason for c in safety] == ["before-restore"]
    assert f"saved as {safety[0].path}" in out
    assert digest_of(safety[0].path) != before  # the replaced state is kept


def test_backup_without_output_goes_to_the_backups_folder(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(demo_db)]) == 0
    copies = list_backups(demo_db)
    assert [c.reason for c in copies] == ["manual"]
    assert str(copies[0].path) in capsys.readouterr().out

    elsewhere = tmp_path / "usb"
    assert main(["backup", "--db", str(demo_db), "--backup-dir", str(elsewhere)]) == 0
    assert len(list_backups(demo_db, elsewhere)) == 1
    assert main(["backup", "--db", str(demo_db), "--list", "--backup-dir", str(elsewhere)]) == 0
    assert "manual" in capsys.readouterr().out


def test_backup_refuses_to_overwrite_the_database(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _state(demo_db)
    assert main(["backup", "--db", str(demo_db), "-o", str(demo_db)]) == 1
    assert "is the database itself" in capsys.readouterr().err
    assert _state(demo_db) == before


def test_restore_refuses_a_file_that_is_not_sqlite(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "notes.db"
    fake.write_text("minutes of the meeting", encoding="utf-8")
    before = _state(demo_db)
    assert main(["restore", "--db", str(demo_db), str(fake)]) == 1
    assert (
        capsys.readouterr().err
        == f"cisdesk: {fake} is not a cisdesk backup (not an SQLite file).\n"
    )
    assert _state(demo_db) == before
    assert list_backups(demo_db) == []


def test_restore_refuses_a_damaged_backup(demo_db: Path, tmp_path: Path) -> None:
    copy = backup_database(demo_db, "manual", tmp_path / "b")
    corrupt(copy)
    before = _state(demo_db)
    with pytest.raises(
        CisdeskError, match=r"^The backup .* is damaged \(.*\); choose another one\.$"
    ):
        restore_database(demo_db, copy)
    assert _state(demo_db) == before


def test_restore_refuses_a_backup_of_another_install(
    demo_db: Path, make_install, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = make_install("HN")
    other.close()
    assert other.path is not None
    foreign = backup_database(other.path, "manual", tmp_path / "b")
    before = _state(demo_db)
    assert main(["restore", "--db", str(demo_db), str(foreign)]) == 1
    err = capsys.readouterr().err
    assert "belongs to another install" in err and "country HN" in err and "--force" in err
    assert _state(demo_db) == before

    assert main(["restore", "--db", str(demo_db), str(foreign), "--force"]) == 0
    assert digest_of(demo_db) == digest_of(other.path)


def test_restore_refuses_sqlite_files_that_are_not_cisdesk(demo_db: Path, tmp_path: Path) -> None:
    plain = tmp_path / "other.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(CisdeskError, match="the cisdesk tables are missing"):
        restore_database(demo_db, plain)

    empty_install = tmp_path / "empty.db"
    backup_database(demo_db, "manual", tmp_path)
    copy = next(tmp_path.glob(f"{demo_db.stem}-*-manual.db"))
    copy.rename(empty_install)
    with sqlite3.connect(empty_install) as conn:
        conn.execute("DELETE FROM install")
    conn.close()
    with pytest.raises(CisdeskError, match="it has no install"):
        restore_database(demo_db, empty_install)


def test_restore_refuses_a_backup_from_a_newer_version(demo_db: Path, tmp_path: Path) -> None:
    copy = backup_database(demo_db, "manual", tmp_path / "b")
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = _state(demo_db)
    with pytest.raises(CisdeskError, match="made by a newer version of cisdesk"):
        restore_database(demo_db, copy)
    assert _state(demo_db) == before


def test_restore_refuses_missing_files_and_the_database_itself(demo_db: Path) -> None:
    with pytest.raises(CisdeskError, match="There is no file"):
        restore_database(demo_db, demo_db.with_name("missing.db"))
    with pytest.raises(CisdeskError, match="is the database itself"):
        restore_database(demo_db, demo_db)
    with pytest.raises(CisdeskError, match="is a folder"):
        restore_database(demo_db, demo_db.parent)


def test_restore_removes_the_stale_write_ahead_log(demo_db: Path, tmp_path: Path) -> None:
    copy = backup_database(demo_db, "manual", tmp_path / "b")
    expected = digest_of(demo_db)
    wal = demo_db.with_name(demo_db.name + "-wal")
    shm = demo_db.with_name(demo_db.name + "-shm")
    # A kill while the app wrote: the log of the old file is still lying there.
    holder = sqlite3.connect(demo_db)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute("UPDATE install SET site_name = 'changed after the backup'")
    holder.commit()
    stale_wal, stale_shm = wal.read_bytes(), shm.read_bytes()
    holder.close()
    wal.write_bytes(stale_wal)
    shm.write_bytes(stale_shm)

    result = restore_database(demo_db, copy)
    assert not wal.exists() and not shm.exists()
    assert digest_of(demo_db) == expected
    assert result.identity.site_name == "Guatemala"
    with open_record(str(demo_db)) as record:
        assert record.install.site_name == "Guatemala"


def test_restore_keeps_the_clock_and_bundle_numbers_moving_forward(
    demo_db: Path, tmp_path: Path
) -> None:
    copy = backup_database(demo_db, "manual", tmp_path / "b")
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE install SET hlc = hlc + 1000000")
        hlc = conn.execute("SELECT hlc FROM install").fetchone()[0]
        conn.execute(
            "INSERT INTO export_log (seq, bundle_id, path, created_at, highest_hlc, changes, full)"
            " VALUES (1, 'b1', NULL, '2024-01-01 00:00:00', 5, 3, 0)"
        )
    conn.close()
    restore_database(demo_db, copy)
    with sqlite3.connect(demo_db) as conn:
        assert conn.execute("SELECT hlc FROM install").fetchone()[0] == hlc
        assert conn.execute("SELECT seq, bundle_id FROM export_log").fetchall() == [(1, "b1")]
    conn.close()


def test_restore_creates_a_missing_database(demo_db: Path, tmp_path: Path) -> None:
    copy = backup_database(demo_db, "manual", tmp_path / "b")
    fresh = tmp_path / "new-laptop" / "gt.db"
    fresh.parent.mkdir()
    result = restore_database(fresh, copy, backup_folder=tmp_path / "b")
    assert result.safety_copy is None
    assert digest_of(fresh) == digest_of(demo_db)


def test_restore_into_a_missing_folder_is_refused(demo_db: Path, tmp_path: Path) -> None:
    copy = backup_database(demo_db, "manual", tmp_path / "b")
    with pytest.raises(CisdeskError, match="does not exist"):
        restore_database(tmp_path / "nowhere" / "gt.db", copy)


def test_inspect_names_the_install(demo_db: Path) -> None:
    identity = inspect_database(demo_db, "database")
    assert identity.country == "GT" and identity.kind == "country"
    assert str(identity.describe()) == "site 'Guatemala', country GT"


def test_backup_and_restore_refuse_what_they_cannot_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = "postgresql+psycopg://sisca@localhost/cisdesk"
    assert main(["backup", "--db", server]) == 2
    assert "server's own backups" in capsys.readouterr().err
    missing = tmp_path / "missing.db"
    assert main(["backup", "--db", str(missing)]) == 1
    assert capsys.readouterr().err == f"cisdesk: There is no file {missing}.\n"
    assert not missing.exists()
    assert main(["backup", "--db", str(missing), "--list", "-o", "x.db"]) == 2


def test_restore_puts_the_safety_copy_where_asked(demo_db: Path, tmp_path: Path) -> None:
    copy = backup_database(demo_db, "manual", tmp_path / "b")
    usb = tmp_path / "usb"
    assert main(["restore", "--db", str(demo_db), str(copy), "--backup-dir", str(usb)]) == 0
    assert [c.reason for c in list_backups(demo_db, usb)] == ["before-restore"]
    assert list_backups(demo_db) == []


# --- another install's identity, and a crash at the end of a restore ----------------------------


@pytest.mark.parametrize(
    ("change", "what"),
    [
        ("UPDATE install SET deployment_id = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d'", "deployment"),
        ("UPDATE install SET country = 'HN'", "country"),
    ],
)
def test_restore_refuses_a_backup_of_another_country_or_deployment(
    demo_db: Path, tmp_path: Path, change: str, what: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Same site id, but another country or another SISCA's deployment: not ours."""
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE install SET deployment_id = 'aa9f3e5c-1c1e-4a55-9d6e-1a2b3c4d5e6f'")
    conn.close()
    foreign = tmp_path / "foreign.db"
    backup_database(demo_db, "manual", tmp_path / "b").rename(foreign)
    with sqlite3.connect(foreign) as conn:
        conn.execute(change)
    conn.close()
    before = _state(demo_db)
    assert main(["restore", "--db", str(demo_db), str(foreign)]) == 1
    err = capsys.readouterr().err
    assert "belongs to another install" in err and what in err and "--force" in err
    assert _state(demo_db) == before


def test_restore_over_an_unreadable_database_still_checks_whose_backup_it_is(
    demo_db: Path, make_install, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A crash emptied the Guatemalan file; its earlier copies say whose it was."""
    backup_database(demo_db, "manual")  # in the default backups folder, like every copy
    other = make_install("HN")
    other.close()
    assert other.path is not None
    foreign = backup_database(other.path, "manual", tmp_path / "hn")
    demo_db.write_bytes(b"\0" * 8192)
    assert main(["restore", "--db", str(demo_db), str(foreign)]) == 1
    err = capsys.readouterr().err
    assert "belongs to another install" in err and "country HN" in err
    assert demo_db.read_bytes() == b"\0" * 8192
    assert main(["restore", "--db", str(demo_db), str(foreign), "--force"]) == 0


def test_restore_over_an_unknown_unreadable_database_needs_force(
    demo_db: Path, make_install, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = make_install("HN")
    other.close()
    assert other.path is not None
    foreign = backup_database(other.path, "manual", tmp_path / "hn")
    demo_db.write_bytes(b"\0" * 8192)
    assert main(["restore", "--db", str(demo_db), str(foreign)]) == 1
    assert "Cannot read which install" in capsys.readouterr().err


class _Crash(BaseException):
    """The power goes off."""


def test_a_crash_at_the_end_of_a_restore_keeps_the_edits_in_the_live_log(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cisdesk import fsutil

    copy = backup_database(demo_db, "manual", tmp_path / "b")
    wal = demo_db.with_name(demo_db.name + "-wal")
    shm = demo_db.with_name(demo_db.name + "-shm")
    # An edit committed by the app, still only in the write-ahead log when restore runs.
    holder = sqlite3.connect(demo_db)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute("UPDATE install SET site_name = 'committed edit'")
    holder.commit()
    # What a killed app leaves on disk: the file without the edit, the edit in the log.
    kept = demo_db.read_bytes(), wal.read_bytes(), shm.read_bytes()
    holder.close()
    for path, data in zip((demo_db, wal, shm), kept, strict=True):
        path.write_bytes(data)
    real_fsync = fsutil._fsync_file
    crashed_at_the_end: list[Path] = []

    def crash_on_the_staged_database(path: Path) -> None:
        # The staged database itself, not the copy made inside it.
        if path.parent == demo_db.parent and re.fullmatch(
            rf"\.{re.escape(demo_db.stem)}\.[0-9a-f]{{8}}\.tmp\.db", path.name
        ):
            crashed_at_the_end.append(path)
            raise _Crash
        real_fsync(path)

    monkeypatch.setattr(fsutil, "_fsync_file", crash_on_the_staged_database)
    with pytest.raises(_Crash):
        restore_database(demo_db, copy)
    assert crashed_at_the_end
    conn = sqlite3.connect(demo_db)
    try:
        assert conn.execute("SELECT site_name FROM install").fetchone()[0] == "committed edit"
    finally:
        conn.close()
