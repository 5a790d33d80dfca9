"""Automatic backup copies: one before every risky operation, the newest N kept."""

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from safety_support import digest_of, quick_check

from cisdesk.cli import main
from cisdesk.db import backup as backup_module
from cisdesk.db import migrate
from cisdesk.db.backup import KEEP, backup_database, list_backups, newest_backup
from cisdesk.db.demo import run_demo
from cisdesk.db.digest import record_digest
from cisdesk.db.record import open_record
from cisdesk.errors import CisdeskError

REASONS = ["before-import", "before-upgrade", "before-excel-import", "before-restore", "manual"]


@pytest.mark.parametrize("reason", REASONS)
def test_each_reason_makes_a_full_copy_and_rotation_keeps_n(
    demo_db: Path, backups: Path, reason: str
) -> None:
    first = backup_database(demo_db, reason, backups)
    assert first.parent == backups
    assert first.name.startswith(f"{demo_db.stem}-") and first.name.endswith(f"-{reason}.db")
    assert quick_check(first) == "ok"
    assert digest_of(first) == digest_of(demo_db)

    made = [first] + [backup_database(demo_db, reason, backups, keep=3) for _ in range(4)]
    kept = sorted(p.name for p in backups.glob("*.db"))
    assert kept == sorted(p.name for p in made[-3:])


def test_default_rotation_keeps_ten(demo_db: Path, backups: Path) -> None:
    made = [backup_database(demo_db, "before-import", backups) for _ in range(KEEP + 2)]
    copies = list_backups(demo_db, backups)
    assert len(copies) == KEEP
    assert [c.path for c in copies] == list(reversed(made[2:]))
    assert newest_backup(demo_db, backups) == made[-1]


def test_rotation_leaves_other_databases_alone(
    demo_db: Path, tmp_path: Path, backups: Path
) -> None:
    """Copies of "gt" never rotate away those of "gt-2" or "gt-20240101-101010-000001"."""
    mine = tmp_path / "gt.db"
    shutil.copyfile(demo_db, mine)
    others = [tmp_path / "gt-2.db", tmp_path / "gt-20240101-101010-000001.db"]
    theirs = []
    for other in others:
        shutil.copyfile(demo_db, other)
        theirs.append(backup_database(other, "manual", backups))
    for _ in range(4):
        backup_database(mine, "manual", backups, keep=2)
    assert all(copy.exists() for copy in theirs)
    assert len(list_backups(mine, backups)) == 2
    for other, copy in zip(others, theirs, strict=True):
        assert [c.path for c in list_backups(other, backups)] == [copy]


def test_copy_includes_changes_still_in_the_write_ahead_log(country_record, backups: Path) -> None:
    """A copy taken while the app has the database open holds everything committed."""
    run_demo(country_record, seed=9)
    assert country_record.path is not None
    wal = country_record.path.with_name(country_record.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the changes are not checkpointed yet
    with country_record.engine.connect() as conn:
        live = record_digest(conn)
    copy = backup_database(country_record.path, "manual", backups)
    assert digest_of(copy) == live
    assert not copy.with_name(copy.name + "-wal").exists()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_copies_are_readable_by_their_owner_only(demo_db: Path, backups: Path) -> None:
    copy = backup_database(demo_db, "manual", backups)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(demo_db.stat().st_mode) == 0o600  # init made the database private


def test_odd_reasons_become_file_name_safe(demo_db: Path, backups: Path) -> None:
    copy = backup_database(demo_db, "before import/../x", backups)
    assert copy.parent == backups
    assert copy.name.endswith("-before-import-x.db")


def test_default_folder_is_the_user_backups_folder(demo_db: Path) -> None:
    copy = backup_database(demo_db, "manual")
    assert copy.parent == Path(os.environ["CISDESK_HOME"]) / "backups"


def test_open_makes_a_copy_before_upgrading_the_schema(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "needs_upgrade", lambda engine: True)
    monkeypatch.setattr(migrate, "upgrade", lambda engine: upgraded.append("done"))
    with open_record(str(demo_db)):
        pass
    copies = list_backups(demo_db)
    assert upgraded == ["done"]
    assert [c.reason for c in copies] == ["before-upgrade"]
    assert digest_of(copies[0].path) == digest_of(demo_db)


def test_open_refuses_to_upgrade_when_no_copy_can_be_made(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "needs_upgrade", lambda engine: True)
    monkeypatch.setattr(migrate, "upgrade", lambda engine: upgraded.append("done"))

    def no_space(*_args: object, **_kwargs: object) -> Path:
        raise CisdeskError("Not enough space to write the copy; nothing was written.")

    monkeypatch.setattr("cisdesk.db.record.backup_database", no_space)
    with pytest.raises(CisdeskError, match="Not enough space"):
        open_record(str(demo_db))
    assert upgraded == []


def test_list_ignores_files_that_are_not_copies(demo_db: Path, backups: Path) -> None:
    (backups / f"{demo_db.stem}-notes.db").write_bytes(b"x")
    (backups / f"{demo_db.stem}-20240101-101010-000001-manual.db.part").write_bytes(b"x")
    assert list_backups(demo_db, backups) == []
    assert backup_module.newest_backup(demo_db, backups / "missing") is None


def test_bundle_import_makes_a_copy_first(make_install, tmp_path: Path) -> None:
    sisca, gt = make_install(None), make_install("GT")
    run_demo(gt, seed=2)
    assert sisca.path is not None and gt.path is not None
    sisca_db, gt_db = str(sisca.path), str(gt.path)
    key = tmp_path / "gt.pub"
    bundle = tmp_path / "gt.cisb"
    assert main(["keys", "export", "--db", gt_db, "-o", str(key)]) == 0
    assert main(["keys", "enroll", "--db", sisca_db, str(key), "--country", "GT"]) == 0
    assert main(["bundle", "export", "--db", gt_db, "-o", str(bundle)]) == 0
    before = digest_of(sisca.path)
    assert main(["bundle", "import", "--db", sisca_db, str(bundle)]) == 0
    copies = list_backups(sisca.path)
    assert [c.reason for c in copies] == ["before-import"]
    assert digest_of(copies[0].path) == before != digest_of(sisca.path)


def test_excel_import_makes_a_copy_first(country_record, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from cisdesk.reports.excel_format import status_choices
    from cisdesk.reports.excel_template import COLUMN_INDEX, FIRST_DATA_ROW

    assert country_record.path is not None
    db = str(country_record.path)
    template = tmp_path / "progress.xlsx"
    assert main(["excel", "template", "--db", db, "-o", str(template)]) == 0
    workbook = load_workbook(template)
    sheet = workbook.worksheets[0]
    sheet.cell(FIRST_DATA_ROW, COLUMN_INDEX["status"]).value = status_choices("es")[-1]
    sheet.cell(FIRST_DATA_ROW, COLUMN_INDEX["percent"]).value = 0  # the form needs one too
    sheet.cell(FIRST_DATA_ROW, COLUMN_INDEX["note"]).value = "Informe entregado al ministro"
    workbook.save(template)
    before = digest_of(country_record.path)
    assert main(["excel", "import", "--db", db, str(template)]) == 0
    copies = list_backups(country_record.path)
    assert [c.reason for c in copies] == ["before-excel-import"]
    assert digest_of(copies[0].path) == before != digest_of(country_record.path)


def test_rotation_removes_copies_left_half_made_by_a_killed_program(
    demo_db: Path, backups: Path
) -> None:
    stale = backups / f".{demo_db.stem}-20240101-101010-000001-manual.0a1b2c3d.tmp.db"
    fresh = backups / f".{demo_db.stem}-20240101-101010-000002-manual.0a1b2c3e.tmp.db"
    for partial in (stale, fresh):
        partial.write_bytes(b"SQLite format 3\x00 half")
    os.utime(stale, (1_600_000_000, 1_600_000_000))
    backup_database(demo_db, "manual", backups)
    assert not stale.exists()
    assert fresh.exists()  # may still be being written by another program


def test_two_installs_with_the_same_file_name_keep_their_own_copies(
    make_install, tmp_path: Path, backups: Path
) -> None:
    """cisdesk.db in two folders (say Guatemala's and a Honduras test): neither loses its copies."""
    paths = []
    for country in ("GT", "HN"):
        record = make_install(country)
        record.close()
        assert record.path is not None
        folder = tmp_path / country
        folder.mkdir()
        paths.append(record.path.rename(folder / "cisdesk.db"))
    gt, hn = paths
    hn_copies = [backup_database(hn, "manual", backups, keep=2) for _ in range(2)]
    for _ in range(4):
        backup_database(gt, "manual", backups, keep=2)
    assert all(copy.exists() for copy in hn_copies)
    assert len(list_backups(gt, backups)) == 4  # both installs' copies are listed by name


def test_a_full_disk_while_copying_leaves_no_copy_behind(
    demo_db: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_connect = sqlite3.connect

    class FillsUp:
        """A source connection whose copy runs out of space halfway."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            self.conn = real_connect(*args, **kwargs)

        def backup(self, dest: sqlite3.Connection) -> None:
            def stop(_status: int, remaining: int, total: int) -> None:
                if remaining < total // 2:
                    raise sqlite3.OperationalError("database or disk is full")

            self.conn.backup(dest, pages=8, progress=stop)

        def close(self) -> None:
            self.conn.close()

    monkeypatch.setattr(
        backup_module.sqlite3,
        "connect",
        lambda *a, **k: FillsUp(*a, **k) if "mode=ro" in str(a[0]) else real_connect(*a, **k),
    )
    with pytest.raises(CisdeskError) as refused:
        backup_database(demo_db, "before-import", backups)
    assert str(refused.value).startswith("Not enough space to write ")
    assert str(refused.value).endswith("; nothing was written.")
    assert list(backups.iterdir()) == []
