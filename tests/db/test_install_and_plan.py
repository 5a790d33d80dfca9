"""The install, the loaded reference plan and the digest."""

from pathlib import Path

import pytest
from sqlalchemy import func, select

from cisdesk.countries import ppt_country
from cisdesk.db.capture import REFERENCE_HLC, REFERENCE_SITE
from cisdesk.db.digest import record_digest
from cisdesk.db.local import FieldVersion, Install, KeyringEntry, SigningKey
from cisdesk.db.models import (
    ActionLine,
    ComboLine,
    Committee,
    Milestone,
    PlanObjective,
    PptTerm,
    PriorityNucleus,
    Result,
    Strategy,
    ThematicCombo,
)
from cisdesk.db.record import Record
from cisdesk.db.reference_plan import build_plan_rows, read_plan
from cisdesk.errors import CisdeskError
from cisdesk.sync.provision import create_install

EXPECTED = {"PPS": (7, 12), "MEI": (9, 17), "CI": (7, 13)}


def _digest(record: Record) -> str:
    with record.engine.connect() as conn:
        return record_digest(conn)


def test_plan_counts_per_committee(country_record: Record) -> None:
    with country_record.reader() as session:
        for code, (milestones, results) in EXPECTED.items():
            committee = session.scalars(select(Committee).where(Committee.code == code)).one()
            strategy = session.scalars(
                select(Strategy).where(Strategy.committee_id == committee.id)
            ).one()
            milestone_ids = session.scalars(
                select(Milestone.id).where(Milestone.strategy_id == strategy.id)
            ).all()
            assert len(milestone_ids) == milestones
            count = session.scalar(
                select(func.count())
                .select_from(Result)
                .where(Result.milestone_id.in_(milestone_ids))
            )
            assert count == results
            combos = session.scalars(
                select(ThematicCombo).where(ThematicCombo.strategy_id == strategy.id)
            ).all()
            assert len(combos) == 3
        assert session.scalar(select(func.count()).select_from(PriorityNucleus)) == 8
        assert session.scalar(select(func.count()).select_from(ActionLine)) == 3
        assert session.scalar(select(func.count()).select_from(PlanObjective)) == 5
        assert session.scalar(select(func.count()).select_from(ComboLine)) == 31


def test_plan_is_word_for_word(country_record: Record) -> None:
    plan = read_plan()
    with country_record.reader() as session:
        stored = set(session.scalars(select(Result.text)))
        stored_milestones = set(session.scalars(select(Milestone.text)))
    for committee in plan["committees"]:
        for milestone in committee["milestones"]:
            assert milestone["text"] in stored_milestones
            for result in milestone["results"]:
                assert result["text"] in stored
    assert any("Cooperera" in text for text in stored)  # the source's own spelling


def test_start_semesters_and_periods(country_record: Record) -> None:
    with country_record.reader() as session:
        result = session.scalars(select(Result).where(Result.text == "I Mesa de Cooperantes")).one()
        assert result.start_semester == "2018-I"
        periods = {
            code: (s.period_start, s.period_end)
            for code, s in session.execute(
                select(Committee.code, Strategy).join(
                    Strategy, Strategy.committee_id == Committee.id
                )
            )
        }
    assert periods == {
        "PPS": ("2018-01", "2019-06"),
        "MEI": ("2018-01", "2019-06"),
        "CI": ("2017-06", "2019-06"),
    }


def test_ppt_calendar(country_record: Record) -> None:
    assert ppt_country(2018, 1) == "DO"
    assert ppt_country(2018, 2) == "BZ"
    assert ppt_country(2019, 1) == "GT"
    with country_record.reader() as session:
        terms = {t.semester: t.country for t in session.scalars(select(PptTerm))}
    assert terms["2018-I"] == "DO"
    assert terms["2017-II"] == "PA"
    assert terms["2026-II"] == "BZ"
    assert len(terms) == 2 * (2030 - 2017 + 1)


def test_ids_are_deterministic() -> None:
    first = {(type(r).__name__, r.id) for r in build_plan_rows(read_plan())}
    second = {(type(r).__name__, r.id) for r in build_plan_rows(read_plan())}
    assert first == second
    assert len({row_id for _, row_id in first}) == len(first)


def test_two_countries_start_with_equal_digests(make_install) -> None:
    gt = make_install("GT")
    hn = make_install("HN")
    sisca = make_install(None)
    assert _digest(gt) == _digest(hn) == _digest(sisca)


def test_plan_versions_are_the_reference_version(country_record: Record) -> None:
    with country_record.reader() as session:
        sites = set(session.scalars(select(FieldVersion.site).distinct()))
        clocks = set(session.scalars(select(FieldVersion.hlc).distinct()))
    assert sites == {REFERENCE_SITE}
    assert clocks == {REFERENCE_HLC}


def test_install_identity_and_key(country_record: Record, regional_record: Record) -> None:
    assert country_record.install.country == "GT"
    assert country_record.install.kind == "country"
    assert country_record.install.owner == "GT"
    assert regional_record.install.is_regional
    assert regional_record.install.owner == "REG"
    with regional_record.reader() as session:
        key = session.scalars(select(SigningKey)).one()
        assert key.is_root
        assert session.scalars(select(KeyringEntry)).one().key_id == key.key_id
    with country_record.reader() as session:
        assert not session.scalars(select(SigningKey)).one().is_root
        assert session.scalars(select(Install)).one().deployment_id is None


def test_wal_and_foreign_keys(country_record: Record) -> None:
    with country_record.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"country": "XX"}, "Unknown country code"),
        ({"country": "GT", "regional": True}, "either a country"),
        ({}, "either a country"),
    ],
)
def test_create_refuses_bad_choices(tmp_path: Path, kwargs: dict, message: str) -> None:
    with pytest.raises(CisdeskError, match=message):
        create_install(str(tmp_path / "x.db"), **kwargs)
    assert not (tmp_path / "x.db").exists()


def test_create_refuses_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "x.db"
    target.write_bytes(b"keep me")
    with pytest.raises(CisdeskError, match="already exists"):
        create_install(str(target), country="GT")
    assert target.read_bytes() == b"keep me"
