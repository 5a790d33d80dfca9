"""A damaged database is caught when it is opened, with the way out in the message."""

import shutil
from pathlib import Path

import pytest
from file_damage import corrupt
from safety_support import digest_of, quick_check

from cisdesk.cli import main
from cisdesk.db.backup import backup_database
from cisdesk.db.record import open_record
from cisdesk.errors import DatabaseError


def test_corruption_in_the_middle_is_detected_and_names_the_backup(demo_db: Path) -> None:
    older = backup_database(demo_db, "before-import")
    newest = backup_database(demo_db, "manual")
    corrupt(demo_db)
    assert demo_db.read_bytes().startswith(b"SQLite format 3\x00")
    assert quick_check(demo_db) != "ok"  # SQLite itself sees the damage

    with pytest.raises(DatabaseError) as refused:
        open_record(str(demo_db))
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith(f"The database {demo_db} is damaged (")
    assert f"cisdesk restore --db {demo_db} {newest}" in message
    assert str(older) not in message


def test_without_a_backup_the_message_still_says_how_to_restore(demo_db: Path) -> None:
    corrupt(demo_db)
    with pytest.raises(DatabaseError) as refused:
        open_record(str(demo_db))
    assert "no backup copy of it was found" in str(refused.value)
    assert f"cisdesk restore --db {demo_db} BACKUP" in str(refused.value)


def test_paths_with_spaces_are_quoted_for_the_terminal(demo_db: Path, tmp_path: Path) -> None:
    spaced = tmp_path / "Mis documentos" / "gt.db"
    spaced.parent.mkdir()
    shutil.copyfile(demo_db, spaced)
    copy = backup_database(spaced, "manual")
    corrupt(spaced)
    with pytest.raises(DatabaseError) as refused:
        open_record(str(spaced))
    assert f"cisdesk restore --db '{spaced}' {copy}" in str(refused.value)


def test_the_command_line_refuses_with_exit_1_and_one_line(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newest = backup_database(demo_db, "manual")
    corrupt(demo_db)
    before = demo_db.read_bytes()
    assert main(["digest", "--db", str(demo_db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert str(newest) in err and "cisdesk restore --db" in err
    assert demo_db.read_bytes() == before


def test_the_named_backup_restores_the_damaged_database(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = digest_of(demo_db)
    newest = backup_database(demo_db, "manual")
    corrupt(demo_db)
    assert main(["restore", "--db", str(demo_db), str(newest)]) == 0
    out = capsys.readouterr().out
    assert quick_check(demo_db) == "ok"
    assert digest_of(demo_db) == expected
    # The damaged file was kept aside, under a name never offered as a backup.
    kept = [p for p in newest.parent.iterdir() if p.name.endswith(".damaged")]
    assert len(kept) == 1 and str(kept[0]) in out
