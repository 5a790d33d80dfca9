"""Home statistics: progress by committee and nucleus, due results, overdue agreements."""

import datetime as dt

import pytest
from sqlalchemy import select

from cisdesk.activity.dashboard import (
    NO_REPORT,
    ClockProblem,
    build_dashboard,
    clock_problem,
    latest_reports,
    parse_numbers,
    plan_results,
    semester_bounds,
    semesters_with_activity,
    sync_state,
)
from cisdesk.db import clock
from cisdesk.db.local import ExportLog
from cisdesk.db.models import Agreement, Meeting, ProgressReport, Result
from cisdesk.errors import CisdeskError

TODAY = dt.date(2018, 11, 20)


def _results(record) -> list:
    with record.reader() as session:
        return plan_results(session)


def _report(session, result_id: str, semester: str, status: str, percent: int) -> None:
    session.add(
        ProgressReport(
            result_id=result_id, semester=semester, status=status, percent=percent, note=""
        )
    )


def test_parse_numbers_ignores_noise() -> None:
    assert parse_numbers("5, 1,,x,1") == (1, 5)
    assert parse_numbers(None) == ()


def test_semester_bounds() -> None:
    assert semester_bounds("2018-II") == (dt.date(2018, 7, 1), dt.date(2018, 12, 31))


def test_plan_results_are_labelled_in_plan_order(country_record) -> None:
    results = _results(country_record)
    assert len(results) == 42
    assert results[0].label == "PPS 1.1"
    assert [r.committee_code for r in results][-1] == "CI"
    assert results[0].nuclei == (1, 2)


def test_progress_by_committee_uses_latest_report_as_of_semester(country_record) -> None:
    results = _results(country_record)
    first, second = results[0], results[1]
    with country_record.edit() as session:
        _report(session, first.id, "2018-I", "in_progress", 40)
        _report(session, first.id, "2018-II", "completed", 100)
        _report(session, second.id, "2018-I", "delayed", 20)
        _report(session, second.id, "2019-I", "completed", 100)  # after the semester looked at
    board = build_dashboard(country_record, "2018-II", today=TODAY)
    pps = next(g for g in board.by_committee if g.key == "PPS")
    pps_results = [r for r in results if r.committee_code == "PPS"]
    assert pps.total == len(pps_results)
    assert pps.counts["completed"] == 1
    assert pps.counts["delayed"] == 1
    assert pps.counts[NO_REPORT] == len(pps_results) - 2
    assert pps.reported == 2  # the others have no report: out of the mean, not 0 %
    assert pps.average_percent == pytest.approx(60)
    earlier = build_dashboard(country_record, "2018-I", today=TODAY)
    pps_earlier = next(g for g in earlier.by_committee if g.key == "PPS")
    assert pps_earlier.counts.get("completed", 0) == 0
    assert pps_earlier.counts["in_progress"] == 1


def test_progress_by_nucleus_counts_each_tag_of_the_milestone(country_record) -> None:
    results = _results(country_record)
    tagged = results[0]  # PPS milestone 1 works on nuclei 1 and 2
    with country_record.edit() as session:
        _report(session, tagged.id, "2018-I", "completed", 100)
    board = build_dashboard(country_record, "2018-I", today=TODAY)
    by_key = {g.key: g for g in board.by_nucleus}
    assert len(board.by_nucleus) == 8
    assert by_key["1"].counts["completed"] == 1
    assert by_key["2"].counts["completed"] == 1
    assert by_key["3"].counts.get("completed", 0) == 0
    expected_in_1 = sum(1 for r in results if 1 in r.nuclei)
    assert by_key["1"].total == expected_in_1


def test_deleted_reports_and_other_countries_do_not_count(country_record) -> None:
    result = _results(country_record)[0]
    with country_record.edit() as session:
        report = ProgressReport(
            result_id=result.id, semester="2018-I", status="completed", percent=100
        )
        session.add(report)
        session.flush()
        report.deleted = True
    with country_record.reader() as session:
        assert latest_reports(session, "2018-II", ["GT"]) == {}


def test_results_due_this_semester(country_record) -> None:
    board = build_dashboard(country_record, "2019-I", today=TODAY)
    with country_record.reader() as session:
        expected = session.scalars(
            select(Result.id).where(Result.start_semester == "2019-I", Result.regional.is_not(True))
        ).all()
    assert sorted(d.result.id for d in board.due_this_semester) == sorted(expected)
    assert all(d.statuses == {"GT": None} for d in board.due_this_semester)


def test_overdue_agreements_and_meetings_of_the_semester(country_record) -> None:
    with country_record.edit() as session:
        meeting = Meeting(
            kind="committee",
            title="Sesión",
            date=dt.date(2018, 9, 3),
            virtual=True,
            duration_minutes=240,
        )
        session.add(meeting)
        session.add(Meeting(kind="joint", title="Antes", date=dt.date(2018, 3, 1)))
        session.flush()
        session.add_all(
            [
                Agreement(
                    meeting_id=meeting.id,
                    text="Late",
                    responsible_country="GT",
                    due_date=dt.date(2018, 10, 1),
                    status="pending",
                ),
                Agreement(
                    meeting_id=meeting.id,
                    text="Done",
                    responsible_country="GT",
                    due_date=dt.date(2018, 10, 1),
                    status="fulfilled",
                ),
                Agreement(
                    meeting_id=meeting.id,
                    text="Future",
                    responsible_country="GT",
                    due_date=dt.date(2018, 12, 1),
                    status="in_progress",
                ),
            ]
        )
    board = build_dashboard(country_record, "2018-II", today=TODAY)
    assert [a.text for a in board.overdue_agreements] == ["Late"]
    assert board.overdue_agreements[0].days_overdue == 50
    assert [m.title for m in board.meetings_this_semester] == ["Sesión"]
    assert board.meetings_this_semester[0].exceeds_virtual_limit
    assert board.unexported > 0
    assert board.matrix is None
    assert board.ppt_country == "BZ"  # 2018-II: the rotation wraps after República Dominicana


def test_regional_dashboard_has_every_country_and_a_matrix(regional_record) -> None:
    board = build_dashboard(regional_record, "2018-I", today=TODAY)
    assert board.regional
    assert len(board.countries) == 8
    assert board.matrix is not None
    assert len(board.matrix.results) == 38  # the 4 regional results are SISCA's own
    first = board.matrix.results[0]
    assert board.matrix.status("GT", first.id) == NO_REPORT
    pps = next(g for g in board.by_committee if g.key == "PPS")
    assert pps.total == 8 * sum(1 for r in board.matrix.results if r.committee_code == "PPS")


def test_a_malformed_semester_is_refused(country_record) -> None:
    with pytest.raises(ValueError):
        build_dashboard(country_record, "2018-3", today=TODAY)


def test_semesters_cover_the_plan_up_to_today(country_record) -> None:
    labels = semesters_with_activity(country_record, today=TODAY)
    assert labels[0] == "2017-II"
    assert labels[-1] == "2019-I"


def test_unexported_changes_drop_after_an_export(country_record) -> None:
    assert sync_state(country_record).unexported == 0  # the reference plan is nobody's edit
    with country_record.edit() as session:
        session.add(Meeting(kind="joint", title="x", date=TODAY))
    before = sync_state(country_record)
    assert before.unexported == len(Meeting.__table__.columns) - 1  # every field but the id
    board = build_dashboard(country_record, "2019-I", today=TODAY)
    assert board.unexported_by_table == [("meeting", before.unexported)]
    assert before.last_export is None
    with country_record.local() as session, session.begin():
        session.add(
            ExportLog(
                seq=1,
                bundle_id="b" * 64,
                path=None,
                created_at=dt.datetime.now(dt.UTC),
                highest_hlc=country_record.refresh_install().hlc,
                changes=1,
            )
        )
    after = sync_state(country_record)
    assert after.unexported == 0
    assert after.last_export is not None


def test_clock_problems() -> None:
    now = dt.datetime(2020, 5, 1, tzinfo=dt.UTC)
    now_ms = int(now.timestamp() * 1000)
    assert clock_problem(clock.from_wall(now_ms), now) is None
    ahead = clock.from_wall(now_ms + 3600 * 1000)
    assert clock_problem(ahead, now) is ClockProblem.BEHIND_RECORD
    assert clock_problem(0, dt.datetime(2001, 1, 1, tzinfo=dt.UTC)) is ClockProblem.TOO_EARLY


def test_country_install_cannot_write_plan_rows(country_record) -> None:
    with pytest.raises(CisdeskError), country_record.edit() as session:
        session.scalars(select(Result)).first().text = "x"
