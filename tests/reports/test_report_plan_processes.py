"""Reports and averages on the plan's processes: periods, PPTs, regional results, proposals,
evaluations, the plan's frame."""

import datetime as dt
from pathlib import Path

import pytest
from report_support import page_texts
from sqlalchemy import select

from cisdesk.activity import progress, proposals
from cisdesk.activity.dashboard import build_dashboard
from cisdesk.cli import main
from cisdesk.db.models import Committee, Evaluation, Result, Strategy
from cisdesk.db.record import Record
from cisdesk.errors import CisdeskError
from cisdesk.reports import data
from cisdesk.reports.pdf import ReportRequest, write_report
from cisdesk.reports.period import Period


def _annual(record: Record, tmp_path: Path, **request: object) -> str:
    out = tmp_path / f"annual-{len(list(tmp_path.glob('*.pdf')))}.pdf"
    write_report(record, out, ReportRequest(kind="annual", **request))  # type: ignore[arg-type]
    return " ".join(page_texts(out))


def test_period_may_2017_to_april_2018_names_the_three_ppts(
    regional_demo: Record, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "informe.pdf"
    args = ["report", "pdf", "--db", str(regional_demo.path), "-o", str(out)]
    assert main([*args, "--kind", "annual", "--from", "2017-05", "--to", "2018-04"]) == 0
    texts = page_texts(out)
    assert "Mayo 2017 – Abril 2018" in texts[0]
    everything = " ".join(texts)
    assert (
        "Presidencias Pro Témpore del período: Costa Rica, Panamá, República Dominicana."
        in everything.replace("\n", " ")
    )
    # What each country reported within the period: the demo's reports of 2018-I.
    assert "Lo que cada país reportó en el período" in everything
    assert "Semestre I - 2018 Costa Rica" not in everything  # 2018-I was República Dominicana
    assert "Semestre I - 2018 República Dominicana" in everything


def test_the_period_filters_what_each_country_reported(regional_demo: Record) -> None:
    snapshot = data.load_record(regional_demo)[1]
    period = Period.parse("2017-05", "2018-04")
    latest = data.latest_reports(snapshot.reports, period=period)
    assert latest and {e.semester for e in latest.values()} <= {"2017-I", "2017-II", "2018-I"}
    assert [t.country for t in data.ppt_of_period(snapshot, period)] == ["CR", "PA", "DO"]


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        (["--from", "2018-04", "--to", "2017-05"], "report.period_end_before_start"),
        (["--from", "2018-13", "--to", "2019-01"], "report.month_invalid"),
    ],
)
def test_a_bad_period_is_refused_in_one_sentence(
    regional_demo: Record, tmp_path: Path, capsys, extra: list[str], code: str
) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", "pdf", "--db", str(regional_demo.path), "-o", str(out), *extra]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "{" not in err
    assert not out.exists()
    with pytest.raises(CisdeskError) as info:
        Period.parse(extra[1], extra[3])
    assert info.value.code == code


def test_a_year_is_the_same_as_its_twelve_months(country_demo: Record, tmp_path: Path) -> None:
    by_year = _annual(country_demo, tmp_path, year=2019)
    by_months = _annual(country_demo, tmp_path, period_from="2019-01", period_to="2019-12")
    assert "Año 2019" in by_year and "Año 2019" in by_months


# --- regional results -----------------------------------------------------------------


def test_regional_results_no_longer_lower_a_country_average(make_install, tmp_path: Path) -> None:
    gt = make_install("GT")
    gt.today = lambda: dt.date(2019, 3, 15)  # type: ignore[method-assign]
    with gt.reader() as session:
        country_results = list(
            session.scalars(select(Result.id).where(Result.regional.is_not(True)))
        )
        regional = list(session.scalars(select(Result.id).where(Result.regional.is_(True))))
    assert len(regional) == 4
    for result_id in country_results:
        progress.save_progress(
            gt, result_id=result_id, semester="2019-I", status="completed", percent=100
        )
    board = build_dashboard(gt, "2019-I")
    assert [round(g.average_percent) for g in board.by_committee] == [100, 100, 100]
    snapshot = data.load_record(gt)[1]
    results = data.results_in_scope(snapshot.committees, 2019)
    latest = data.latest_reports(snapshot.reports, year=2019)
    [(country, coverage)] = data.progress_by_country(results, latest, ["GT"])
    assert (country, coverage.mean, coverage.total) == ("GT", 100.0, 38)
    # Even counting a missing report as 0, the regional results would not lower it.
    assert data.mean_percent(results, latest, ["GT"]) == 100.0


def test_sisca_regional_progress_shows_in_its_own_section(make_install, tmp_path: Path) -> None:
    sisca = make_install(None)
    sisca.today = lambda: dt.date(2018, 9, 1)  # type: ignore[method-assign]
    with sisca.reader() as session:
        report_result = session.scalars(
            select(Result.id).where(Result.text == "Informe anual Mayo 2017-Abril 2018")
        ).one()
    progress.save_progress(
        sisca, result_id=report_result, semester="2018-I", status="completed", percent=100
    )
    text = _annual(sisca, tmp_path, year=2018)
    assert "Resultados regionales" in text
    assert "no cuentan en el promedio de ningún país" in text
    section = text.split("Resultados regionales", 1)[1]
    assert "Informe anual Mayo 2017-Abril 2018" in section and "Completado" in section


# --- proposals, evaluations, frame --------------------------------------------------------


def test_only_raised_proposals_appear_with_their_path(make_install, tmp_path: Path) -> None:
    gt = make_install("GT")
    gt.today = lambda: dt.date(2019, 6, 1)  # type: ignore[method-assign]
    with gt.reader() as session:
        committee = session.scalars(select(Committee.id).where(Committee.code == "PPS")).one()
    from cisdesk.activity import outreach

    draft = outreach.create_proposal(
        gt, committee_id=committee, title="Borrador sin elevar", date=dt.date(2019, 2, 1)
    ).row_id
    raised = outreach.create_proposal(
        gt, committee_id=committee, title="Agenda intersectorial", date=dt.date(2019, 2, 1)
    ).row_id
    proposals.add_step(gt, raised, "raised", dt.date(2019, 3, 1))
    assert draft
    text = _annual(gt, tmp_path, year=2019)
    section = text.split("Propuestas elevadas al CIS", 1)[1]
    assert "Agenda intersectorial" in section
    assert "Borrador sin elevar" not in section
    assert "Elevada por los CT-CIS" in section


def test_evaluation_appears_in_the_report_of_its_period(make_install, tmp_path: Path) -> None:
    sisca = make_install(None)
    with sisca.reader() as session:
        strategy_id = session.scalars(select(Strategy.id)).first()
    with sisca.edit() as session:
        session.add(
            Evaluation(
                kind="mid_term",
                date=dt.date(2019, 5, 20),
                title="Medición de avances",
                findings="Avance desigual entre comités",
                adjustments="Concentrar los hitos",
                strategy_id=strategy_id,
            )
        )
    in_period = _annual(sisca, tmp_path, period_from="2019-01", period_to="2019-06")
    assert "Evaluación de medio término: Medición de avances" in in_period
    assert "Concentrar los hitos" in in_period and "Dio lugar a" in in_period
    other = _annual(sisca, tmp_path, year=2018)
    assert "Medición de avances" not in other


def test_the_annual_report_shows_the_plan_frame(country_demo: Record, tmp_path: Path) -> None:
    text = _annual(country_demo, tmp_path, year=2019)
    for title in ("Objetivo general", "Objetivos específicos", "Ejes de acción"):
        assert title in text
    assert "Lineamientos de funcionamiento de los comités" in text
    assert "9. Con el apoyo de la SISCA" in text
    assert "lectura propia de cisdesk" in text


def test_committee_report_renders_the_source_emphasis(country_demo: Record, tmp_path: Path) -> None:
    out = tmp_path / "ci.pdf"
    write_report(country_demo, out, ReportRequest(kind="committee", committee="CI"))
    text = " ".join(page_texts(out))
    assert "identificada por los otros 2" in text
    assert "*identificada" not in text and "especializados*" not in text
