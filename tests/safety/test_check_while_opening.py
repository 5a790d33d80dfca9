"""The application's start may check a record while reading it, never while writing it.

Only a file exactly as cisdesk's last clean close left it opens before its integrity
check ends; any file changed since is checked first and a damaged one refused with
one sentence, unchanged, as before. A damage that leaves the file's size and times
as they were (a failing disk) is found by the check running beside the window: every
write waits for it and is refused, and the file stays as it was.
"""

from pathlib import Path

import pytest
from file_damage import corrupt
from safety_support import digest_of
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from cisdesk.db import integrity
from cisdesk.db.engine import make_engine
from cisdesk.db.record import open_record
from cisdesk.errors import DatabaseError


def _close_cleanly(path: Path) -> None:
    """Open the file as any command does (checked first) and close it."""
    open_record(str(path)).close()


def test_a_file_cisdesk_closed_cleanly_opens_while_its_check_runs(demo_db: Path) -> None:
    _close_cleanly(demo_db)
    assert integrity.left_clean(demo_db)
    with open_record(str(demo_db), check_later=True) as record:
        assert record.integrity is not None
        with record.local_edit() as session:  # waits for the check, then writes as always
            session.execute(text("UPDATE install SET site_name = 'Oficina central'"))
        assert record.integrity.passed
    assert integrity.left_clean(demo_db)  # this close was clean too


def test_a_file_changed_since_its_clean_close_is_checked_first_and_refused(
    demo_db: Path,
) -> None:
    _close_cleanly(demo_db)
    corrupt(demo_db)  # another program (or a copy) wrote it: its times differ
    assert not integrity.left_clean(demo_db)
    before = demo_db.read_bytes()
    with pytest.raises(DatabaseError) as refused:
        open_record(str(demo_db), check_later=True)
    message = str(refused.value)
    assert message.startswith(f"The database {demo_db} is damaged (") and "\n" not in message
    assert demo_db.read_bytes() == before


def test_a_session_that_did_not_end_is_checked_first(demo_db: Path) -> None:
    _close_cleanly(demo_db)
    record = open_record(str(demo_db))
    with record.local_edit() as session:
        session.execute(text("UPDATE install SET site_name = 'Oficina central'"))
    # The program ends here without closing the record: its log stays beside the file.
    assert not integrity.left_clean(demo_db)
    record.close()


def test_damage_its_times_do_not_show_is_refused_before_any_write(demo_db: Path) -> None:
    expected_problem = f"The database {demo_db} is damaged ("
    _close_cleanly(demo_db)
    corrupt(demo_db)
    integrity.remember_clean_close(demo_db)  # as if a failing disk had changed the pages
    assert integrity.left_clean(demo_db)
    before = demo_db.read_bytes()
    with pytest.raises(DatabaseError) as refused:
        record = open_record(str(demo_db), check_later=True)  # may already fail reading
        try:
            with record.local_edit() as session:
                session.execute(text("UPDATE install SET site_name = 'Nunca guardada'"))
        finally:
            record.close()
    message = str(refused.value)
    assert message.startswith(expected_problem) and "\n" not in message
    assert demo_db.read_bytes() == before
    assert not integrity.left_clean(demo_db)  # the next open checks first


def test_connections_stay_read_only_until_the_check_passes(demo_db: Path) -> None:
    expected = digest_of(demo_db)
    check = integrity.IntegrityCheck(demo_db)  # not finished yet
    engine = make_engine(str(demo_db))
    integrity.guard_writes(engine, check)
    try:
        with pytest.raises(OperationalError, match="readonly"), engine.begin() as conn:
            conn.execute(text("UPDATE install SET site_name = 'otra'"))
        assert digest_of(demo_db) == expected
        check._run()  # the check runs to its end and passes
        assert check.passed
        with engine.begin() as conn:  # the same pooled connection may now write
            conn.execute(text("UPDATE install SET site_name = site_name"))
    finally:
        engine.dispose()
