"""Text search finds every row, folds accents, and takes any string literally."""

import datetime as dt
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from cisdesk.activity import meetings, search
from cisdesk.db.models import Committee
from cisdesk.db.record import Record


def committee(record: Record, code: str = "PPS") -> str:
    with record.reader() as session:
        return session.scalars(select(Committee.id).where(Committee.code == code)).one()


def add_meeting(record: Record, title: str, **values: object) -> str:
    defaults = {
        "kind": "committee",
        "committee_id": committee(record),
        "title": title,
        "date": dt.date(2019, 2, 1),
        "duration_minutes": 60,
        "virtual": True,
    }
    return str(meetings.create_meeting(record, **(defaults | values)).row_id)


def found(record: Record, query: str, kind: str = "meeting") -> set[str]:
    return {hit.id for hit in search.find(record, query) if hit.kind == kind}


@pytest.fixture
def gt(make_backend_install) -> Record:
    return make_backend_install("GT")


def test_accents_and_case_are_ignored(gt: Record) -> None:
    wanted = add_meeting(gt, "Reunión técnica de seguimiento")
    add_meeting(gt, "Sesión ordinaria")
    for query in ("reunion", "REUNIÓN", "Reunion tecnica", "reu", "técnica reunión"):
        assert found(gt, query) == {wanted}, query


def test_the_index_follows_edits_and_deletes(gt: Record) -> None:
    meeting = add_meeting(gt, "Consulta urgente")
    meetings.update_meeting(gt, meeting, title="Intercambio bilateral")
    assert found(gt, "consulta") == set()
    assert found(gt, "intercambio") == {meeting}
    meetings.delete_meeting(gt, meeting)
    assert found(gt, "intercambio") == set()


def test_operators_are_ordinary_characters(gt: Record) -> None:
    percent = add_meeting(gt, "Meta del 50% cumplida")
    plain = add_meeting(gt, "Meta del 500 cumplida")
    near = add_meeting(gt, 'Acta "NEAR(a b)" con comillas')
    assert found(gt, "%") == {percent}
    assert found(gt, "_") == set()
    assert found(gt, "\\") == set()
    assert found(gt, '"NEAR(a b)"') == {near}
    assert found(gt, "meta AND NOT 500") == set()  # AND and NOT are words here, not operators
    assert plain in found(gt, "meta 500")
    for hostile in ('"', "*", "NEAR", "NEAR(", "a OR b", "'; DROP TABLE meeting; --", "^", "-"):
        search.find(gt, hostile)  # never raises


TEXT = st.text(
    alphabet=st.sampled_from(list("abcñáéÍóúü AZ09\"'*%_\\()-:^+NEAR")), min_size=1, max_size=20
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(title=TEXT)
def test_any_title_is_found_by_itself(gt: Record, title: str) -> None:
    if not title.strip():
        assert search.find(gt, title) == []
        return
    meeting = add_meeting(gt, title)
    assert meeting in found(gt, title)


def test_find_on_the_command_line(make_install, tmp_path) -> None:
    record = make_install("GT")
    add_meeting(record, "Reunión de la Red de Cooperación")
    target = str(record.path)
    record.close()
    run = subprocess.run(
        [sys.executable, "-m", "cisdesk", "find", "--db", target, "reunion"],
        capture_output=True,
        text=True,
        env=os.environ | {"CISDESK_LANG": "es"},
        check=True,
    )
    lines = run.stdout.splitlines()
    assert lines[0].split("\t") == ["Tipo", "Título", "País", "Fecha"]
    assert lines[1].split("\t") == [
        "Reunión",
        "Reunión de la Red de Cooperación",
        "Guatemala",
        "2019-02-01",
    ]
    assert lines[-1] == "Coincidencias con «reunion»: 1."


def test_an_existing_database_is_indexed_when_it_upgrades(make_install) -> None:
    from alembic import command

    from cisdesk.db import migrate
    from cisdesk.db.engine import make_engine
    from cisdesk.db.record import open_record

    record = make_install("GT")
    meeting = add_meeting(record, "Reunión previa a la migración")
    target = str(record.path)
    record.close()
    engine = make_engine(target)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0004")  # the revision before 0007
    engine.dispose()
    with open_record(target) as upgraded:
        assert found(upgraded, "reunion migracion") == {meeting}
