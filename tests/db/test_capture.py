"""Change capture: edits stamp field versions; forbidden writes are refused."""

import datetime as dt

import pytest
from sqlalchemy import select

from cisdesk.db import clock
from cisdesk.db.local import FieldVersion, Install
from cisdesk.db.models import Meeting, Result
from cisdesk.db.record import Record
from cisdesk.db.versions import ROW, Version, versions_of
from cisdesk.errors import CisdeskError


def _versions(record: Record, row_id: str) -> dict[str, Version]:
    with record.reader() as session:
        held = versions_of(session.connection(), [row_id])
        return {field: version for (_row, field), version in held.items()}


def _entries(record: Record, row_id: str) -> dict[str, FieldVersion]:
    """The version entries as stored, in whichever shape the row is held."""
    with record.reader() as session:
        rows = session.scalars(select(FieldVersion).where(FieldVersion.row_id == row_id))
        return {v.field: v for v in rows}


def _new_meeting(record: Record) -> str:
    with record.edit() as session:
        meeting = Meeting(kind="joint", title="Reunión conjunta", date=dt.date(2018, 3, 1))
        session.add(meeting)
        session.flush()
        return meeting.id


def test_new_row_records_every_field(country_record: Record) -> None:
    meeting_id = _new_meeting(country_record)
    versions = _versions(country_record, meeting_id)
    assert {"owner", "deleted", "kind", "title", "date", "virtual"} <= set(versions)
    assert "id" not in versions
    site = country_record.install.site_id
    assert {v.site for v in versions.values()} == {site}
    assert len({v.hlc for v in versions.values()}) == 1
    assert all(v.prev_hlc is None for v in versions.values())
    with country_record.reader() as session:
        assert session.get(Meeting, meeting_id).owner == "GT"


def test_a_new_row_holds_one_version_entry_until_a_field_changes(
    country_record: Record,
) -> None:
    meeting_id = _new_meeting(country_record)
    entries = _entries(country_record, meeting_id)
    assert set(entries) == {ROW}
    assert entries[ROW].tbl == "meeting" and entries[ROW].prev_hlc is None
    with country_record.edit() as session:
        session.get(Meeting, meeting_id).title = "Sesión del comité"
    spelled = _entries(country_record, meeting_id)
    assert ROW not in spelled
    assert set(spelled) == set(_versions(country_record, meeting_id))
    assert "id" not in spelled and {"title", "kind", "owner", "deleted"} <= set(spelled)
    assert spelled["kind"].hlc == entries[ROW].hlc
    assert (spelled["title"].prev_hlc, spelled["title"].prev_site) == (
        entries[ROW].hlc,
        entries[ROW].site,
    )


def test_edit_records_only_changed_fields_with_previous_version(country_record: Record) -> None:
    meeting_id = _new_meeting(country_record)
    before = _versions(country_record, meeting_id)
    with country_record.edit() as session:
        session.get(Meeting, meeting_id).title = "Sesión del comité"
    after = _versions(country_record, meeting_id)
    assert after["title"].hlc > before["title"].hlc
    assert (after["title"].prev_hlc, after["title"].prev_site) == (
        before["title"].hlc,
        before["title"].site,
    )
    assert after["kind"].hlc == before["kind"].hlc


def test_clock_is_monotonic_and_persisted(country_record: Record, monkeypatch) -> None:
    monkeypatch.setattr(clock, "wall_ms", lambda: 1_600_000_000_000)  # wall clock went back
    first = _versions(country_record, _new_meeting(country_record))["title"].hlc
    second = _versions(country_record, _new_meeting(country_record))["title"].hlc
    assert second > first
    with country_record.reader() as session:
        assert session.scalars(select(Install.hlc)).one() == second


def test_country_cannot_write_the_plan(country_record: Record) -> None:
    refused = pytest.raises(CisdeskError, match="cannot write records of the regional plan")
    with refused, country_record.edit() as session:
        session.scalars(select(Result)).first().text = "otro"
    with country_record.reader() as session:
        assert all(r.text != "otro" for r in session.scalars(select(Result)))


def test_country_cannot_write_another_country(country_record: Record) -> None:
    with pytest.raises(CisdeskError, match="Honduras"), country_record.edit() as session:
        session.add(Meeting(owner="HN", kind="joint", title="x"))


def test_rows_are_never_erased(country_record: Record) -> None:
    meeting_id = _new_meeting(country_record)
    with pytest.raises(CisdeskError, match="never erased"), country_record.edit() as session:
        session.delete(session.get(Meeting, meeting_id))
    with country_record.edit() as session:
        session.get(Meeting, meeting_id).deleted = True
    assert _versions(country_record, meeting_id)["deleted"].prev_hlc is not None


def test_owner_cannot_change(regional_record: Record) -> None:
    with regional_record.edit() as session:
        meeting = Meeting(kind="joint", title="x")
        session.add(meeting)
    with pytest.raises(CisdeskError, match="owner"), regional_record.edit() as session:
        session.get(Meeting, meeting.id).owner = "GT"


def test_sisca_writes_the_plan(regional_record: Record) -> None:
    with regional_record.edit() as session:
        result = session.scalars(select(Result).order_by(Result.id)).first()
        result.start_semester = "2019-II"
    version = _versions(regional_record, result.id)["start_semester"]
    assert version.site == regional_record.install.site_id
