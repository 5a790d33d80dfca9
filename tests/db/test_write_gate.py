"""The write gate: only an edit writes the shared record, and every edit syncs.

An edit made through ``Record.reader()`` used to be flushed without a field
version: it stayed on this install and never travelled. Now a session that does
not capture cannot write a replicated row; local tables have their own way in.
"""

import datetime as dt
import subprocess
import sys

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cisdesk.activity import progress
from cisdesk.db.changes import OpChanges
from cisdesk.db.digest import record_digest
from cisdesk.db.local import ExportLog, FieldVersion
from cisdesk.db.models import Meeting, ProgressReport, Result
from cisdesk.db.record import Record
from cisdesk.errors import CisdeskError


def _meeting(record: Record) -> str:
    with record.edit() as session:
        row = Meeting(kind="committee", title="Sesión", date=dt.date(2018, 4, 2), virtual=True)
        session.add(row)
    return row.id


def _state(record: Record) -> tuple[str, int]:
    with record.engine.connect() as conn:
        versions = conn.execute(select(func.count()).select_from(FieldVersion)).scalar_one()
        return record_digest(conn), versions


def test_an_edit_through_a_reader_raises_instead_of_never_syncing(country_record) -> None:
    meeting_id = _meeting(country_record)
    before = _state(country_record)
    with pytest.raises(CisdeskError) as caught, country_record.reader() as session:
        session.get(Meeting, meeting_id).title = "Cambiado sin captura"
        session.commit()
    assert caught.value.code == "record.read_only_session"
    assert _state(country_record) == before


def test_a_session_without_capture_cannot_write_a_replicated_row(country_record) -> None:
    meeting_id = _meeting(country_record)
    before = _state(country_record)
    for open_session in (country_record.local, lambda: Session(country_record.engine)):
        with pytest.raises(CisdeskError) as caught, open_session() as session:
            session.get(Meeting, meeting_id).title = "Cambiado sin captura"
            session.commit()
        assert caught.value.code == "record.write_outside_edit"
    with pytest.raises(CisdeskError), country_record.local() as session:
        session.add(Meeting(kind="committee", title="Nueva", date=dt.date(2018, 4, 2)))
        session.commit()
    assert _state(country_record) == before


def test_a_reader_cannot_write_local_tables_either(country_record) -> None:
    with pytest.raises(CisdeskError), country_record.reader() as session:
        session.add(_export_log())
        session.commit()
    with country_record.local_edit() as session:
        session.add(_export_log())
    with country_record.reader() as session:
        assert session.scalar(select(func.count()).select_from(ExportLog)) == 1


def _export_log() -> ExportLog:
    return ExportLog(
        seq=1,
        bundle_id="b" * 64,
        path=None,
        created_at=dt.datetime.now(dt.UTC),
        highest_hlc=1,
        changes=0,
    )


def _first_result(record: Record) -> str:
    with record.reader() as session:
        return session.scalars(select(Result.id).where(Result.start_semester == "2018-I")).first()


def test_what_identifies_a_progress_report_cannot_change(country_record) -> None:
    with country_record.reader() as session:
        result_id = session.scalars(
            select(Result.id).where(Result.start_semester == "2018-I")
        ).first()
    report_id = progress.save_progress(
        country_record, result_id=result_id, semester="2018-I", status="in_progress", percent=10
    ).row_id
    with pytest.raises(CisdeskError) as caught, country_record.edit() as session:
        session.get(ProgressReport, report_id).semester = "2018-II"
    assert caught.value.code == "record.natural_key_fixed"


def test_an_edit_says_what_it_changed(country_record) -> None:
    with country_record.reader() as session:
        result_id = session.scalars(
            select(Result.id).where(Result.start_semester == "2018-I")
        ).first()
    changes = progress.save_progress(
        country_record, result_id=result_id, semester="2018-I", status="in_progress", percent=10
    ).op_changes
    assert isinstance(changes, OpChanges)
    assert changes == {"progress_report"} and changes.countries == {"GT"}
    assert changes.countries == {"GT"} and len(changes.rows("progress_report") or ()) == 1
    assert changes.touches("progress_report") and not changes.touches("meeting")
    merged = changes | OpChanges({"meeting"})
    assert merged == {"progress_report", "meeting"} and merged.rows("meeting") is None
    assert (changes | OpChanges()).everything


def test_an_edit_is_captured_with_no_sync_module_loaded(country_record) -> None:
    """The gate belongs to storage: opening a record alone arms it, with nothing of sync."""
    country_record.close()
    code = (
        "import sys, datetime as dt\n"
        "from sqlalchemy import func, select\n"
        "from cisdesk.db.local import FieldVersion\n"
        "from cisdesk.db.models import Meeting\n"
        "from cisdesk.db.record import open_record\n"
        "with open_record(sys.argv[1]) as record:\n"
        "    with record.edit() as session:\n"
        "        row = Meeting(kind='joint', title='Sesión', date=dt.date(2018, 4, 2))\n"
        "        session.add(row)\n"
        "    with record.reader() as session:\n"
        "        count = select(func.count()).where(FieldVersion.row_id == row.id)\n"
        "        print(session.scalar(count) > 0)\n"
        "print(sorted(m for m in sys.modules if m.startswith('cisdesk.sync')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(country_record.path)], capture_output=True, text=True
    )
    assert result.stdout.split("\n")[:2] == ["True", "[]"], result.stderr
