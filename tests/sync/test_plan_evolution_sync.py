"""The plan evolves at SISCA and reaches the countries; countries cannot touch it at merge."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import World, digest_of
from sqlalchemy import select

from cisdesk.activity import plan_versions, progress
from cisdesk.activity.plan_edit import transition_strategy
from cisdesk.db.models import (
    Committee,
    Milestone,
    ProgressReport,
    Result,
    Strategy,
    StrategyVersion,
)
from cisdesk.sync.export import export_bundle
from cisdesk.sync.importer import import_bundles


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return World.build(tmp_path_factory.mktemp("world"))


@pytest.fixture
def world(templates, tmp_path: Path) -> Iterator[World]:
    opened = World.open(templates, tmp_path)
    yield opened
    opened.close()


def _country_result(record, start: str = "2018-I") -> str:
    with record.reader() as session:
        return session.scalars(
            select(Result.id)
            .where(Result.regional.is_not(True), Result.start_semester == start)
            .order_by(Result.id)
        ).first()


def test_a_new_strategy_period_goes_draft_to_approved_and_reaches_a_country(
    world: World,
) -> None:
    gt, sisca = world.gt, world.sisca
    # Guatemala reported on the first strategy, and SISCA holds it.
    result_id = _country_result(gt)
    saved = progress.save_progress(
        gt, result_id=result_id, semester="2019-I", status="in_progress", percent=60, note="Mapeo"
    )
    export_bundle(gt, world.path("gt-1.cisb"))
    [outcome] = import_bundles(sisca, [world.path("gt-1.cisb")])
    assert outcome.outcome == "imported"

    # SISCA opens the second strategy period for one committee and takes it through approval.
    with sisca.reader() as session:
        pps = session.scalars(select(Committee.id).where(Committee.code == "PPS")).one()
    strategy_id = plan_versions.start_strategy_period(
        sisca, pps, "2019-07", "2020-12", period_text="entre julio de 2019 y diciembre de 2020"
    ).row_id
    milestone_id = plan_versions.add_milestone(
        sisca, strategy_id, "Seguimiento de la agenda intersectorial", nuclei="1"
    ).row_id
    new_result = plan_versions.add_result(
        sisca, milestone_id, "Informe de seguimiento de la agenda", "2019-II"
    ).row_id
    transition_strategy(sisca, strategy_id, "validated", dt.date(2019, 6, 10), "CT-CIS acta 7")
    transition_strategy(sisca, strategy_id, "approved", dt.date(2019, 6, 28), "CIS res. 45")
    # The old strategy's approved version changes through a new version, kept as history.
    with sisca.reader() as session:
        first = session.scalars(
            select(Strategy).where(Strategy.committee_id == pps, Strategy.id != strategy_id)
        ).one()
    transition_strategy(sisca, first.id, "validated", dt.date(2018, 2, 1))
    transition_strategy(sisca, first.id, "approved", dt.date(2018, 3, 1))
    plan_versions.start_new_version(sisca, first.id)
    plan_versions.retire(sisca, "result", result_id, "2019-II")

    export_bundle(sisca, world.path("regional-1.cisb"))
    [outcome] = import_bundles(gt, [world.path("regional-1.cisb")])
    assert outcome.outcome == "imported"
    assert digest_of(gt) == digest_of(sisca)
    with gt.reader() as session:
        strategy = session.get(Strategy, strategy_id)
        assert (strategy.status, strategy.approved_ref) == ("approved", "CIS res. 45")
        assert strategy.period_start == "2019-07" and strategy.version == 1
        assert session.get(Milestone, milestone_id).strategy_id == strategy_id
        assert session.get(Result, new_result).start_semester == "2019-II"
        history = session.scalars(
            select(StrategyVersion).where(StrategyVersion.strategy_id == first.id)
        ).all()
        assert [(v.number, v.status) for v in history] == [(1, "approved")]
        # Guatemala's earlier progress is intact, on the result it was reported on.
        report = session.get(ProgressReport, saved.row_id)
        assert (report.result_id, report.percent, report.note) == (result_id, 60, "Mapeo")
        assert not report.deleted
        assert session.get(Result, result_id).retired_in == "2019-II"


def test_a_country_bundle_reporting_on_a_regional_result_is_refused(world: World) -> None:
    gt, sisca = world.gt, world.sisca
    with gt.reader() as session:
        regional = session.scalars(
            select(Result.id).where(Result.text == "I Mesa de Cooperantes")
        ).one()
    # Past the core's check (an older version of cisdesk, or an edited database).
    with gt.edit() as session:
        session.add(
            ProgressReport(result_id=regional, semester="2018-I", status="completed", percent=100)
        )
    export_bundle(gt, world.path("gt-1.cisb"))
    before = digest_of(sisca)
    [outcome] = import_bundles(sisca, [world.path("gt-1.cisb")])
    assert outcome.outcome == "rejected"
    assert "regional result" in (outcome.reason or "") or "resultado regional" in (
        outcome.reason or ""
    )
    assert digest_of(sisca) == before


def test_sisca_reports_regional_results_and_they_reach_the_countries(world: World) -> None:
    gt, sisca = world.gt, world.sisca
    with sisca.reader() as session:
        regional = session.scalars(
            select(Result.id).where(Result.text == "I Mesa de Cooperantes")
        ).one()
    saved = progress.save_progress(
        sisca, result_id=regional, semester="2018-I", status="completed", percent=100
    )
    export_bundle(sisca, world.path("regional-1.cisb"))
    import_bundles(gt, [world.path("regional-1.cisb")])
    with gt.reader() as session:
        report = session.get(ProgressReport, saved.row_id)
        assert (report.owner, report.percent) == ("REG", 100)
