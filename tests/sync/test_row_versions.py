"""A row written whole holds one version entry; every reader sees its fields alike."""

import datetime as dt
from typing import Any

from sqlalchemy import select

from cisdesk.activity.dashboard import unexported_by_table, unexported_changes
from cisdesk.db.local import Conflict, FieldVersion
from cisdesk.db.models import Meeting
from cisdesk.db.record import Record
from cisdesk.db.versions import ROW, replicated_fields, spell_out, versions_of
from cisdesk.sync.export import count_changes, iter_changes
from cisdesk.sync.merge import merge_changes
from cisdesk.sync.payload import Change

MEETING = "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"
SITE_A = "aaaaaaaa-0000-4000-8000-000000000001"
SITE_B = "bbbbbbbb-0000-4000-8000-000000000002"

VALUES: dict[str, Any] = {
    "owner": "GT",
    "deleted": False,
    "kind": "committee",
    "title": "Sesión ordinaria",
    "date": dt.date(2018, 5, 14),
    "virtual": True,
}


def whole_meeting(hlc: int = 10, site: str = SITE_A) -> list[Change]:
    """Every replicated field of one meeting, written at one version, as capture writes a row."""
    return [
        Change("meeting", MEETING, "GT", name, VALUES.get(name), hlc, site, None)
        for name in replicated_fields("meeting")
    ]


def apply(record: Record, changes: list[Change]) -> Any:
    with record.engine.begin() as conn:
        return merge_changes(conn, changes)


def entries(record: Record, row_id: str = MEETING) -> dict[str, tuple[int, str, Any]]:
    """The version entries as stored: ``{field: (hlc, site, prev_hlc)}``."""
    with record.engine.connect() as conn:
        rows = conn.execute(
            select(
                FieldVersion.field, FieldVersion.hlc, FieldVersion.site, FieldVersion.prev_hlc
            ).where(FieldVersion.row_id == row_id)
        ).all()
    return {field: (hlc, site, prev) for field, hlc, site, prev in rows}


def test_a_row_received_whole_holds_one_version_entry(make_backend_install) -> None:
    record = make_backend_install("GT")
    stats = apply(record, whole_meeting())
    assert (stats.applied, stats.new_rows) == (len(replicated_fields("meeting")), 1)
    assert entries(record) == {ROW: (10, SITE_A, None)}
    with record.engine.connect() as conn:
        held = versions_of(conn, [MEETING])
    assert set(held) == {(MEETING, name) for name in replicated_fields("meeting")}
    assert {(v.hlc, v.site) for v in held.values()} == {(10, SITE_A)}


def test_a_row_received_in_parts_keeps_one_entry_per_field(country_record: Record) -> None:
    apply(country_record, whole_meeting()[:-1])  # a field short
    assert ROW not in entries(country_record)
    assert len(entries(country_record)) == len(replicated_fields("meeting")) - 1


def test_a_row_received_with_a_later_field_keeps_one_entry_per_field(
    country_record: Record,
) -> None:
    changes = whole_meeting()
    title = next(i for i, c in enumerate(changes) if c.field == "title")
    changes[title] = changes[title]._replace(value="Otra", hlc=11, prev=(10, SITE_A))
    apply(country_record, changes)
    held = entries(country_record)
    assert ROW not in held
    assert held["title"] == (11, SITE_A, 10) and held["kind"] == (10, SITE_A, None)


def test_a_newer_field_spells_the_row_out_and_keeps_the_others(make_backend_install) -> None:
    record = make_backend_install("GT")
    apply(record, whole_meeting())
    newer = Change("meeting", MEETING, "GT", "title", "Sesión revisada", 20, SITE_B, (10, SITE_A))
    stats = apply(record, [newer])
    assert (stats.applied, stats.new_rows, stats.conflicts) == (1, 0, 0)
    held = entries(record)
    assert set(held) == set(replicated_fields("meeting"))
    assert held["title"] == (20, SITE_B, 10)
    assert all(held[name] == (10, SITE_A, None) for name in held if name != "title")
    with record.reader() as session:
        assert session.get(Meeting, MEETING).title == "Sesión revisada"


def test_an_older_or_equal_change_leaves_a_whole_row_whole(country_record: Record) -> None:
    apply(country_record, whole_meeting())
    stats = apply(country_record, whole_meeting())  # the same bundle again
    assert stats.applied == 0
    older = Change("meeting", MEETING, "GT", "title", "Vieja", 5, SITE_B, None)
    stats = apply(country_record, [older])
    assert (stats.applied, stats.conflicts) == (0, 1)  # written without seeing the row
    assert entries(country_record) == {ROW: (10, SITE_A, None)}


def test_a_concurrent_edit_of_a_whole_row_keeps_the_loser(country_record: Record) -> None:
    apply(country_record, whole_meeting())
    concurrent = Change("meeting", MEETING, "GT", "title", "Sin ver", 30, SITE_B, None)
    assert apply(country_record, [concurrent]).conflicts == 1
    with country_record.reader() as session:
        conflict = session.scalars(select(Conflict)).one()
    assert (conflict.field, conflict.kept_hlc, conflict.lost_hlc) == ("title", 30, 10)
    assert conflict.lost_value == '"Sesión ordinaria"'


def test_the_export_spells_a_whole_row_out_field_by_field(make_backend_install) -> None:
    record = make_backend_install("GT")
    apply(record, whole_meeting())
    with record.engine.connect() as conn:
        whole = list(iter_changes(conn, site=SITE_A))
        counted = count_changes(conn, site=SITE_A)
    with record.engine.begin() as conn:
        assert spell_out(conn, [MEETING]) == 1
    assert ROW not in entries(record)
    with record.engine.connect() as conn:
        spelled = list(iter_changes(conn, site=SITE_A))
        assert count_changes(conn, site=SITE_A) == counted
    assert whole == spelled == sorted(whole_meeting(), key=lambda c: c.field)
    assert counted == len(replicated_fields("meeting"))


def test_a_new_row_counts_as_its_fields_until_exported(country_record: Record) -> None:
    before = unexported_changes_of(country_record)
    with country_record.edit() as session:
        session.add(Meeting(kind="joint", title="Reunión", date=dt.date(2019, 2, 1)))
    assert entries_count(country_record, ROW) >= 1
    after = unexported_changes_of(country_record)
    assert after[0] - before[0] == len(replicated_fields("meeting"))
    assert dict(after[1])["meeting"] - dict(before[1]).get("meeting", 0) == len(
        replicated_fields("meeting")
    )


def unexported_changes_of(record: Record) -> tuple[int, list[tuple[str, int]]]:
    with record.reader() as session:
        install = record.install
        return unexported_changes(session, install), unexported_by_table(session, install)


def entries_count(record: Record, field: str) -> int:
    with record.engine.connect() as conn:
        rows = conn.execute(select(FieldVersion.row_id).where(FieldVersion.field == field))
        return len(rows.all())
