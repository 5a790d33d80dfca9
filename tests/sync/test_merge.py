"""The merge: per-field last-writer-wins, tombstones, orphans, conflicts, refusals."""

import datetime as dt
import itertools
import json
from typing import Any

import pytest
from sqlalchemy import select

from cisdesk.db.capture import REFERENCE_HLC, REFERENCE_SITE
from cisdesk.db.local import Conflict
from cisdesk.db.models import Agreement, Committee, Meeting
from cisdesk.db.record import Record
from cisdesk.db.versions import versions_of
from cisdesk.errors import BundleRejected
from cisdesk.sync import merge
from cisdesk.sync.merge import merge_changes
from cisdesk.sync.payload import Change

ROW = "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"
CHILD = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
SITE_A = "aaaaaaaa-0000-4000-8000-000000000001"
SITE_B = "bbbbbbbb-0000-4000-8000-000000000002"


def meeting(field: str, value: Any, hlc: int, site: str = SITE_A, prev=None, row=ROW) -> Change:
    return Change("meeting", row, "GT", field, value, hlc, site, prev)


def apply(record: Record, changes: list[Change]) -> merge.MergeStats:
    with record.engine.begin() as conn:
        return merge_changes(conn, changes)


def row_of(record: Record, model: Any, row_id: str = ROW) -> dict[str, Any] | None:
    with record.engine.connect() as conn:
        row = conn.execute(select(model.__table__).where(model.__table__.c.id == row_id)).first()
    return dict(row._mapping) if row is not None else None


def version_of(record: Record, field: str, row_id: str = ROW) -> tuple[int, str] | None:
    with record.engine.connect() as conn:
        version = versions_of(conn, [row_id]).get((row_id, field))
    return (version.hlc, version.site) if version is not None else None


def conflicts(record: Record) -> list[Conflict]:
    with record.reader() as session:
        return list(session.scalars(select(Conflict).order_by(Conflict.id)))


def new_meeting(hlc: int = 10, site: str = SITE_A) -> list[Change]:
    return [
        meeting("owner", "GT", hlc, site),
        meeting("deleted", False, hlc, site),
        meeting("title", "Sesión ordinaria", hlc, site),
        meeting("date", dt.date(2018, 5, 14), hlc, site),
        meeting("virtual", True, hlc, site),
    ]


def test_a_new_row_is_created_with_the_fields_received(country_record: Record) -> None:
    stats = apply(country_record, new_meeting())
    assert (stats.applied, stats.new_rows, stats.conflicts) == (5, 1, 0)
    assert stats.created == {"meeting": [ROW]}
    row = row_of(country_record, Meeting)
    assert row is not None
    assert row["title"] == "Sesión ordinaria"
    assert row["date"] == dt.date(2018, 5, 14)
    assert row["virtual"] is True
    assert row["place"] is None and row["minutes"] is None
    assert version_of(country_record, "title") == (10, SITE_A)


def test_a_partial_row_gets_owner_from_the_change_and_is_not_deleted(
    country_record: Record,
) -> None:
    apply(country_record, [meeting("title", "Solo el título", 10)])
    row = row_of(country_record, Meeting)
    assert row is not None
    assert (row["owner"], row["deleted"], row["title"]) == ("GT", False, "Solo el título")


def test_newer_wins_older_and_equal_change_nothing(country_record: Record) -> None:
    apply(country_record, new_meeting())
    assert apply(country_record, [meeting("title", "Nuevo", 20, prev=(10, SITE_A))]).applied == 1
    assert row_of(country_record, Meeting)["title"] == "Nuevo"
    assert apply(country_record, [meeting("title", "Viejo", 15, prev=(10, SITE_A))]).applied == 0
    assert row_of(country_record, Meeting)["title"] == "Nuevo"
    assert apply(country_record, [meeting("title", "Nuevo", 20, prev=(10, SITE_A))]).applied == 0
    assert version_of(country_record, "title") == (20, SITE_A)


def test_equal_clocks_are_settled_by_the_site_id(make_install) -> None:
    from_a = meeting("title", "de A", 50, SITE_A, prev=(10, SITE_A))
    from_b = meeting("title", "de B", 50, SITE_B, prev=(10, SITE_A))
    first, second = make_install("GT"), make_install("GT")
    for record, order in ((first, [from_a, from_b]), (second, [from_b, from_a])):
        apply(record, new_meeting())
        for change in order:
            apply(record, [change])
        assert row_of(record, Meeting)["title"] == "de B"  # SITE_B > SITE_A
        assert version_of(record, "title") == (50, SITE_B)


def test_any_order_gives_the_same_row(make_install) -> None:
    changes = [
        *new_meeting(),
        meeting("title", "A2", 30, SITE_A, prev=(10, SITE_A)),
        meeting("title", "B1", 25, SITE_B, prev=(10, SITE_A)),
        meeting("deleted", True, 40, SITE_B, prev=(10, SITE_A)),
        meeting("place", "Tegucigalpa", 35, SITE_A, prev=(10, SITE_A)),
    ]
    results = set()
    for order in itertools.islice(itertools.permutations(changes), 0, 720, 97):
        record = make_install("GT")
        for change in order:
            apply(record, [change])
        results.add(json.dumps(row_of(record, Meeting), default=str, sort_keys=True))
    assert len(results) == 1
    final = json.loads(results.pop())
    assert (final["title"], final["deleted"], final["place"]) == ("A2", True, "Tegucigalpa")


def test_a_child_may_arrive_before_its_parent(country_record: Record) -> None:
    agreement = [
        Change("agreement", CHILD, "GT", "meeting_id", ROW, 12, SITE_B, None),
        Change("agreement", CHILD, "GT", "text", "Enviar insumos", 12, SITE_B, None),
        Change("agreement", CHILD, "GT", "due_date", "2018-06-01", 12, SITE_B, None)._replace(
            value=dt.date(2018, 6, 1)
        ),
    ]
    apply(country_record, agreement)
    assert row_of(country_record, Meeting) is None
    assert row_of(country_record, Agreement, CHILD)["meeting_id"] == ROW
    apply(country_record, new_meeting())
    assert row_of(country_record, Meeting)["title"] == "Sesión ordinaria"


def test_delete_is_a_tombstone_and_an_edit_still_lands(country_record: Record) -> None:
    apply(country_record, new_meeting())
    apply(country_record, [meeting("deleted", True, 20, SITE_B, prev=(10, SITE_A))])
    apply(country_record, [meeting("minutes", "Acta", 15, SITE_A, prev=(10, SITE_A))])
    row = row_of(country_record, Meeting)
    assert row is not None and row["deleted"] is True and row["minutes"] == "Acta"


def test_a_row_owned_by_someone_else_is_refused(country_record: Record) -> None:
    apply(country_record, new_meeting())
    claim = Change("meeting", ROW, "HN", "title", "Nuestro", 99, SITE_B, None)
    with pytest.raises(BundleRejected, match="claims a row owned by Guatemala for Honduras"):
        apply(country_record, [claim])
    assert row_of(country_record, Meeting)["title"] == "Sesión ordinaria"


def test_a_row_of_another_table_is_refused(country_record: Record) -> None:
    apply(country_record, new_meeting())
    with pytest.raises(BundleRejected, match="belongs to meeting"):
        apply(country_record, [Change("agreement", ROW, "GT", "text", "x", 99, SITE_B, None)])


def test_the_reference_plan_is_already_there(country_record: Record) -> None:
    with country_record.reader() as session:
        committee = session.scalars(select(Committee)).first()
    same = Change(
        "committee",
        committee.id,
        "REG",
        "name",
        committee.name,
        REFERENCE_HLC,
        REFERENCE_SITE,
        None,
    )
    stats = apply(country_record, [same])
    assert (stats.applied, stats.new_rows, stats.conflicts) == (0, 0, 0)


# --- conflicts ---------------------------------------------------------------------------------


def test_concurrent_edits_keep_the_loser_when_the_newcomer_wins(country_record: Record) -> None:
    apply(country_record, new_meeting())
    apply(country_record, [meeting("title", "de A", 20, SITE_A, prev=(10, SITE_A))])
    stats = apply(country_record, [meeting("title", "de B", 30, SITE_B, prev=(10, SITE_A))])
    assert stats.conflicts == 1
    assert row_of(country_record, Meeting)["title"] == "de B"
    [item] = conflicts(country_record)
    assert (item.tbl, item.row_id, item.field) == ("meeting", ROW, "title")
    assert (json.loads(item.kept_value), item.kept_hlc, item.kept_site) == ("de B", 30, SITE_B)
    assert (json.loads(item.lost_value), item.lost_hlc, item.lost_site) == ("de A", 20, SITE_A)
    assert item.resolved is False


def test_concurrent_edits_keep_the_loser_when_the_newcomer_loses(country_record: Record) -> None:
    apply(country_record, new_meeting())
    apply(country_record, [meeting("title", "de A", 30, SITE_A, prev=(10, SITE_A))])
    stats = apply(country_record, [meeting("title", "de B", 20, SITE_B, prev=(10, SITE_A))])
    assert stats.conflicts == 1 and stats.applied == 0
    assert row_of(country_record, Meeting)["title"] == "de A"
    [item] = conflicts(country_record)
    assert (json.loads(item.kept_value), item.kept_hlc) == ("de A", 30)
    assert (json.loads(item.lost_value), item.lost_hlc, item.lost_site) == ("de B", 20, SITE_B)


def test_the_same_conflict_is_recorded_once(country_record: Record) -> None:
    apply(country_record, new_meeting())
    apply(country_record, [meeting("title", "de A", 20, SITE_A, prev=(10, SITE_A))])
    late = meeting("title", "de B", 15, SITE_B, prev=(10, SITE_A))
    assert apply(country_record, [late]).conflicts == 1
    assert apply(country_record, [late]).conflicts == 0
    assert len(conflicts(country_record)) == 1


def test_no_conflict_when_the_writer_saw_the_value(country_record: Record) -> None:
    apply(country_record, new_meeting())
    apply(country_record, [meeting("title", "de A", 20, SITE_A, prev=(10, SITE_A))])
    stats = apply(country_record, [meeting("title", "de B", 30, SITE_B, prev=(20, SITE_A))])
    assert stats.conflicts == 0 and stats.applied == 1


def test_no_conflict_when_older_edit_was_seen_by_the_stored_one(country_record: Record) -> None:
    apply(country_record, new_meeting())
    apply(country_record, [meeting("title", "de B", 30, SITE_B, prev=(20, SITE_A))])
    stats = apply(country_record, [meeting("title", "de A", 20, SITE_A, prev=(10, SITE_A))])
    assert stats.conflicts == 0 and stats.applied == 0


def test_no_conflict_between_edits_of_one_site_or_equal_values(country_record: Record) -> None:
    apply(country_record, new_meeting())
    apply(country_record, [meeting("title", "uno", 20, SITE_A, prev=(10, SITE_A))])
    assert apply(country_record, [meeting("title", "dos", 30, SITE_A)]).conflicts == 0
    same_value = meeting("title", "dos", 40, SITE_B, prev=(10, SITE_A))
    assert apply(country_record, [same_value]).conflicts == 0
    assert conflicts(country_record) == []


def test_no_conflict_over_the_reference_plan(country_record: Record) -> None:
    with country_record.reader() as session:
        committee = session.scalars(select(Committee)).first()
    edit = Change("committee", committee.id, "REG", "name", "Comité renombrado", 50, SITE_B, None)
    stats = apply(country_record, [edit])
    assert stats.conflicts == 0 and stats.applied == 1


# --- batches ------------------------------------------------------------------------------------


def test_many_rows_in_several_chunks(
    country_record: Record, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merge, "CHUNK_ROWS", 7)
    rows = [f"{n:08x}-0000-4000-8000-000000000000" for n in range(30)]
    changes = [
        Change("meeting", row, "GT", field, value, 10 + n, SITE_A, None)
        for n, row in enumerate(rows)
        for field, value in (("title", f"Reunión {n}"), ("duration_minutes", n), ("deleted", False))
    ]
    calls: list[tuple[int, int]] = []
    with country_record.engine.begin() as conn:
        stats = merge_changes(conn, changes, progress=lambda d, t, _m: calls.append((d, t)))
    assert (stats.applied, stats.new_rows) == (90, 30)
    assert calls[0] == (0, 90) and calls[-1] == (90, 90) and len(calls) == 6
    edits = [
        c._replace(value=c.value * 2, hlc=c.hlc + 100)
        for c in changes
        if c.field == "duration_minutes"
    ]
    assert apply(country_record, edits).applied == 30
    assert row_of(country_record, Meeting, rows[29])["duration_minutes"] == 58


def test_merge_on_each_backend(make_backend_install) -> None:
    record = make_backend_install("GT")
    apply(record, new_meeting())
    apply(record, [meeting("date", dt.date(2019, 1, 2), 20, SITE_B, prev=(10, SITE_A))])
    apply(record, [meeting("virtual", False, 21, SITE_B, prev=(10, SITE_A))])
    row = row_of(record, Meeting)
    assert (row["date"], row["virtual"], row["title"]) == (
        dt.date(2019, 1, 2),
        False,
        "Sesión ordinaria",
    )
    assert version_of(record, "date") == (20, SITE_B)
