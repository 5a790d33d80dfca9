"""The plan as a process: the PPT calendar as recorded, versions, new periods, regional results."""

import datetime as dt

import pytest
from plan_support import fix_today, refused, snapshot, strategy_of
from sqlalchemy import select

from cisdesk.activity import plan_versions, ppt, progress
from cisdesk.activity.plan_edit import add_ppt_semester, set_plan_fields, transition_strategy
from cisdesk.db.models import Milestone, PptTerm, ProgressReport, Result, Strategy
from cisdesk.db.record import Record
from cisdesk.errors import CisdeskError, ValidationError

ACTUAL_HOLDERS = {
    "2017-I": "CR",
    "2017-II": "PA",
    "2018-I": "DO",
    "2021-I": "CR",
    "2021-II": "GT",
    "2022-I": "PA",
    "2022-II": "DO",
    "2023-I": "BZ",
    "2023-II": "SV",
    "2024-I": "HN",
    "2024-II": "NI",
    "2025-I": "CR",
    "2025-II": "PA",
    "2026-I": "DO",
}


def calendar(record: Record) -> dict[str, str]:
    with record.reader() as session:
        return {t.semester: t.country for t in ppt.live_terms(session)}


# --- PPT calendar ---------------------------------------------------------------------


def test_the_calendar_ships_the_actual_holders(gt: Record) -> None:
    held = calendar(gt)
    for semester, country in ACTUAL_HOLDERS.items():
        assert held[semester] == country, semester
    # After the recorded rows, the rotation continues from the row before.
    assert held["2026-II"] == "BZ" and held["2030-II"] == "BZ"


def test_an_added_semester_follows_the_previous_row_so_a_correction_carries(
    sisca: Record,
) -> None:
    with sisca.reader() as session:
        last = session.scalars(select(PptTerm).where(PptTerm.semester == "2030-II")).one()
    set_plan_fields(sisca, "ppt_term", last.id, {"country": "PA"})
    add_ppt_semester(sisca)
    assert calendar(sisca)["2031-I"] == "DO"  # after Panamá, not the formula's Guatemala


def test_an_overlapping_semester_is_refused(sisca: Record) -> None:
    with refused(sisca, "plan.ppt_overlap"):
        ppt.add_ppt_term(sisca, "2022-I", "GT")


def test_a_country_cannot_touch_the_calendar(gt: Record) -> None:
    with refused(gt, "plan.sisca_only"):
        ppt.add_ppt_term(gt, "2040-I", "GT")


# --- strategy versions ----------------------------------------------------------------


def _approve(record: Record, strategy_id: str) -> None:
    transition_strategy(record, strategy_id, "validated", dt.date(2018, 2, 1), "CT-CIS acta 3")
    transition_strategy(record, strategy_id, "approved", dt.date(2018, 3, 1), "CIS res. 12")


def test_an_approved_version_is_locked_and_a_change_starts_a_new_draft(sisca: Record) -> None:
    fix_today(sisca)
    strategy = strategy_of(sisca)
    _approve(sisca, strategy.id)
    with sisca.reader() as session:
        milestone = session.scalars(
            select(Milestone).where(Milestone.strategy_id == strategy.id, Milestone.number == 1)
        ).one()
    with refused(sisca, "plan.version_locked"):
        set_plan_fields(sisca, "milestone", milestone.id, {"text": "Otro texto"})
    with refused(sisca, "plan.version_locked"):
        plan_versions.add_milestone(sisca, strategy.id, "Nuevo hito")
    # The tags are the app's reading, not the approved text: SISCA edits them any time.
    set_plan_fields(sisca, "milestone", milestone.id, {"nuclei": "1,2,3"})

    plan_versions.start_new_version(sisca, strategy.id)
    set_plan_fields(sisca, "milestone", milestone.id, {"text": "Texto revisado"})
    new_id = plan_versions.add_milestone(sisca, strategy.id, "Nuevo hito", nuclei="8").row_id
    plan_versions.add_result(sisca, new_id, "Nuevo resultado", "2019-I")
    history = plan_versions.versions_of(sisca, strategy.id)
    assert [(v.number, v.status, v.current) for v in history] == [
        (1, "approved", False),
        (2, "draft", True),
    ]
    assert history[0].approved_ref == "CIS res. 12"
    assert history[0].validated_ref == "CT-CIS acta 3"
    # The history keeps what version 1 said.
    assert history[0].content["milestones"][0]["text"] == milestone.text
    with refused(sisca, "plan.version_is_draft"):
        plan_versions.start_new_version(sisca, strategy.id)


def test_approving_without_validation_and_going_back_are_refused(sisca: Record) -> None:
    strategy = strategy_of(sisca)
    with refused(sisca, "plan.approve_needs_validation"):
        transition_strategy(sisca, strategy.id, "approved", dt.date(2018, 3, 1))
    transition_strategy(sisca, strategy.id, "validated", dt.date(2018, 2, 1))
    with refused(sisca, "plan.workflow_backwards"):
        transition_strategy(sisca, strategy.id, "draft", dt.date(2018, 2, 2))


def test_a_retired_result_keeps_its_progress(sisca: Record, gt: Record) -> None:
    fix_today(gt)
    result_id = next(iter(_results(gt)))
    progress.save_progress(
        gt, result_id=result_id, semester="2018-II", status="in_progress", percent=30
    )
    plan_versions.retire(sisca, "result", result_id, "2019-I")
    with sisca.reader() as session:
        assert session.get(Result, result_id).retired_in == "2019-I"


def _results(record: Record) -> dict[str, Result]:
    with record.reader() as session:
        return {
            r.id: r
            for r in session.scalars(
                select(Result).where(Result.regional.is_(None)).order_by(Result.start_semester)
            )
        }


def test_a_new_period_is_refused_when_it_ends_before_it_starts_or_overlaps(sisca: Record) -> None:
    committee_id = strategy_of(sisca).committee_id
    with refused(sisca, "plan.period_end_before_start"):
        plan_versions.start_strategy_period(sisca, committee_id, "2020-12", "2019-07")
    with refused(sisca, "plan.period_overlaps"):
        plan_versions.start_strategy_period(sisca, committee_id, "2019-01", "2020-12")


def test_a_country_install_cannot_evolve_the_plan(gt: Record) -> None:
    strategy = strategy_of(gt)
    with refused(gt, "plan.sisca_only"):
        plan_versions.start_strategy_period(gt, strategy.committee_id, "2019-07", "2020-12")
    with refused(gt, "plan.sisca_only"):
        plan_versions.add_milestone(gt, strategy.id, "Hito")
    with refused(gt, "plan.sisca_only"):
        plan_versions.set_regional(gt, next(iter(_results(gt))), True)
    # Even past the core, the flush refuses a plan row written by a country.
    before = snapshot(gt)
    with pytest.raises(CisdeskError), gt.edit() as session:
        session.get(Strategy, strategy.id).title = "Otra"
    assert snapshot(gt) == before


# --- regional results -----------------------------------------------------------------


def _regional_result(record: Record, text: str = "I Mesa de Cooperantes") -> str:
    with record.reader() as session:
        return session.scalars(select(Result.id).where(Result.text == text)).one()


def test_the_reference_plan_marks_the_regional_deliverables(gt: Record) -> None:
    with gt.reader() as session:
        regional = set(session.scalars(select(Result.text).where(Result.regional.is_(True))))
    assert regional == {
        "I Mesa de Cooperantes",
        "II Mesa de Cooperantes",
        "Informe anual Mayo 2017-Abril 2018",
        "Evaluación de medio término y propuesta de ajustes",
    }


def test_sisca_reports_regional_results_and_countries_cannot(sisca: Record, gt: Record) -> None:
    fix_today(sisca)
    fix_today(gt)
    result_id = _regional_result(sisca)
    changes = progress.save_progress(
        sisca, result_id=result_id, semester="2018-I", status="completed", percent=100
    )
    with sisca.reader() as session:
        assert session.get(ProgressReport, changes.row_id).owner == "REG"
    with refused(gt, "plan.regional_result_sisca"):
        progress.save_progress(
            gt, result_id=result_id, semester="2018-I", status="completed", percent=100
        )
    with pytest.raises(ValidationError):
        progress.save_progress(
            sisca,
            result_id=next(iter(_results(sisca))),
            semester="2018-I",
            status="completed",
            percent=100,
        )
