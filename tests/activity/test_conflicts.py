"""Settling conflicts: the chosen value becomes this install's edit, only on its own rows."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from cisdesk.activity.conflicts import KEPT, LOST, list_conflicts, resolve_conflict, site_names
from cisdesk.db.digest import record_digest
from cisdesk.db.local import Conflict
from cisdesk.db.models import Meeting, Result
from cisdesk.db.versions import versions_of
from cisdesk.errors import ValidationError

OTHER_SITE = "11111111-1111-4111-8111-111111111111"


def _conflict(record, table: str, row_id: str, field: str, kept, lost) -> int:
    with record.local() as session, session.begin():
        conflict = Conflict(
            tbl=table,
            row_id=row_id,
            field=field,
            kept_value=json.dumps(kept),
            kept_hlc=5 << 16,
            kept_site=record.install.site_id,
            lost_value=json.dumps(lost),
            lost_hlc=4 << 16,
            lost_site=OTHER_SITE,
            detected_at=dt.datetime.now(dt.UTC),
            resolved=False,
        )
        session.add(conflict)
        session.flush()
        return conflict.id


def _digest(record) -> str:
    with record.engine.connect() as conn:
        return record_digest(conn)


def test_choosing_the_lost_value_writes_a_new_edit(country_record) -> None:
    with country_record.edit() as session:
        meeting = Meeting(kind="joint", title="Kept", date=dt.date(2019, 5, 2))
        session.add(meeting)
    conflict_id = _conflict(
        country_record, "meeting", meeting.id, "date", "2019-05-02", "2019-05-09"
    )
    [item] = list_conflicts(country_record)
    assert item.writable
    assert item.lost_value == "2019-05-09"
    assert item.current_value == dt.date(2019, 5, 2)
    assert resolve_conflict(country_record, conflict_id, LOST)
    with country_record.reader() as session:
        assert session.get(Meeting, meeting.id).date == dt.date(2019, 5, 9)
        version = versions_of(session.connection(), [meeting.id])[(meeting.id, "date")]
        assert version.site == country_record.install.site_id
        assert session.get(Conflict, conflict_id).resolved
    assert list_conflicts(country_record) == []
    assert len(list_conflicts(country_record, include_resolved=True)) == 1


def test_keeping_the_held_value_only_marks_it_resolved(country_record) -> None:
    with country_record.edit() as session:
        meeting = Meeting(kind="joint", title="Kept", date=dt.date(2019, 5, 2))
        session.add(meeting)
    conflict_id = _conflict(country_record, "meeting", meeting.id, "title", "Kept", "Lost")
    digest = _digest(country_record)
    assert not resolve_conflict(country_record, conflict_id, KEPT)
    assert _digest(country_record) == digest
    with pytest.raises(ValidationError, match="already resolved"):
        resolve_conflict(country_record, conflict_id, LOST)


def test_another_owners_row_cannot_take_the_lost_value(country_record) -> None:
    with country_record.reader() as session:
        result = session.scalars(select(Result).order_by(Result.id)).first()
    conflict_id = _conflict(country_record, "result", result.id, "text", result.text, "Otro")
    [item] = list_conflicts(country_record)
    assert not item.writable
    digest = _digest(country_record)
    with pytest.raises(ValidationError, match="SISCA"):
        resolve_conflict(country_record, conflict_id, LOST)
    assert _digest(country_record) == digest
    with country_record.reader() as session:
        assert not session.get(Conflict, conflict_id).resolved


@pytest.mark.parametrize(("conflict_id", "choice"), [(999, KEPT), (None, "both")])
def test_bad_requests_are_refused(country_record, conflict_id, choice) -> None:
    with pytest.raises(ValidationError):
        resolve_conflict(country_record, conflict_id or 1, choice)


def test_site_names_name_this_install(country_record) -> None:
    names = site_names(country_record)
    assert names[country_record.install.site_id].startswith("Guatemala")


def test_a_conflict_names_its_row_and_field_as_people_know_them(country_record) -> None:
    with country_record.edit() as session:
        meeting = Meeting(kind="committee", title="Revisión de hitos", date=dt.date(2026, 11, 19))
        session.add(meeting)
    _conflict(country_record, "meeting", meeting.id, "title", "Revisión de hitos", "Revisión")
    [item] = list_conflicts(country_record, lang="es")
    assert item.what == 'Reunión 19/11/2026 "Revisión de hitos" — Título'
    [item] = list_conflicts(country_record, lang="en")
    assert item.what == 'Meeting 2026-11-19 "Revisión de hitos" — Title'
    assert meeting.id[:8] not in item.what


def test_a_site_named_after_its_country_is_named_once() -> None:
    from cisdesk.activity.conflicts import site_label

    assert site_label("PA", "Panamá", "es") == "Panamá"
    assert site_label("PA", "Panama", "en") == "Panama"
    assert site_label("HN", "Laptop 2", "es") == "Honduras · Laptop 2"
