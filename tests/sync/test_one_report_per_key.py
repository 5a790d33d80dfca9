"""A country's progress on a result in a semester is one row on every install.

Two laptops of Guatemala report on the same result in the same semester (30 %,
then 100 %). Before ids were derived from (country, result, semester) that made two
rows, and Home, the progress grid, the PDFs and Excel each chose between them their
own way (which one depended on random UUID order). Now both laptops write the one
row: the merge settles it field by field, the value written later wins everywhere,
the concurrent loser is listed as a conflict, and every view shows the same report.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import World, WorldTemplates
from sqlalchemy import select

from cisdesk.activity import conflicts, dashboard, progress, queries
from cisdesk.db.models import ProgressReport, Result
from cisdesk.db.natural_keys import progress_report_id
from cisdesk.db.record import Record
from cisdesk.reports import data, excel_template
from cisdesk.sync.importer import import_bundles


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> WorldTemplates:
    return World.build(tmp_path_factory.mktemp("world"))


@pytest.fixture
def world(templates: WorldTemplates, tmp_path: Path) -> Iterator[World]:
    world = World.open(templates, tmp_path)
    yield world
    world.close()


def _result(record: Record) -> str:
    with record.reader() as session:
        return session.scalars(
            select(Result.id).where(Result.start_semester == "2018-I").order_by(Result.id)
        ).first()


def _views(record: Record, result_id: str) -> dict[str, tuple[str | None, int | None]]:
    """What each view says Guatemala's status on the result is in 2018-II."""
    with record.reader() as session:
        home = dashboard.latest_reports(session, "2018-II", ["GT"])[("GT", result_id)]
    grid = next(
        row
        for row in queries.progress_grid("GT", "2018-II").fetch(record, 0, 500)
        if row["result_id"] == result_id
    )
    snapshot = data.load_record(record)[1]
    pdf = data.latest_reports(snapshot.reports, year=2018)[(result_id, "GT")]
    excel = next(
        entry
        for result, _code, _number, semester, entry in excel_template.build_rows(
            snapshot, "GT", record.today()
        )
        if result.id == result_id and semester == "2018-II"
    )
    assert excel is not None
    return {
        "home": (home.status, home.percent),
        "grid": (grid["status"], grid["percent"]),
        "pdf": (pdf.status, pdf.percent),
        "excel": (excel.status, excel.percent),
    }


@pytest.mark.parametrize("order", ["first_laptop_first", "second_laptop_first"])
def test_two_laptops_reporting_the_same_pair_make_one_report(world: World, order: str) -> None:
    gt, gt2, sisca = world.gt, world.gt2, world.sisca
    result_id = _result(gt)
    progress.save_progress(
        gt, result_id=result_id, semester="2018-II", status="in_progress", percent=30
    )
    progress.save_progress(
        gt2, result_id=result_id, semester="2018-II", status="completed", percent=100
    )
    bundles = [world.path("gt.cisb"), world.path("gt2.cisb")]
    world.export(gt, bundles[0])
    world.export(gt2, bundles[1])
    if order == "second_laptop_first":
        bundles.reverse()
    assert all(outcome.ok for outcome in import_bundles(sisca, bundles))

    with sisca.reader() as session:
        rows = session.scalars(
            select(ProgressReport).where(
                ProgressReport.result_id == result_id, ProgressReport.semester == "2018-II"
            )
        ).all()
    assert [row.id for row in rows] == [progress_report_id("GT", result_id, "2018-II")]
    assert set(_views(sisca, result_id).values()) == {("completed", 100)}
    # The 30 % lost to a concurrent edit: a person can see it and choose it.
    lost = {(c.field, c.lost_value) for c in conflicts.list_conflicts(sisca)}
    assert {("status", "in_progress"), ("percent", 30)} <= lost


def test_every_view_agrees_on_the_report_that_counts_between_legacy_twins(world: World) -> None:
    """Twins made by an older cisdesk, not yet folded: every view picks the same one."""
    from cisdesk.db.base import new_id
    from cisdesk.db.capture import Capture

    gt = world.gt
    result_id = _result(gt)
    for site, status, percent in (
        ("33333333-3333-4333-8333-333333333333", "in_progress", 30),
        ("44444444-4444-4444-8444-444444444444", "completed", 100),
    ):
        with gt.edit(Capture(site_id=site, owner="GT")) as session:
            session.add(
                ProgressReport(
                    id=new_id(),
                    result_id=result_id,
                    semester="2018-II",
                    status=status,
                    percent=percent,
                )
            )
    assert set(_views(gt, result_id).values()) == {("completed", 100)}
