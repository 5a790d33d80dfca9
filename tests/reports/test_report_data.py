"""The statistics behind the reports, on small hand-made records."""

import datetime as dt

from report_support import fix_today
from sqlalchemy import select

from cisdesk.db.base import new_id
from cisdesk.db.models import Agreement, Meeting, ProgressReport, Result
from cisdesk.db.record import Record
from cisdesk.reports import data
from cisdesk.reports.excel_template import semesters_between
from cisdesk.reports.i18n import Labels


def _results(record: Record) -> list[Result]:
    with record.reader() as session:
        return list(session.scalars(select(Result).order_by(Result.id)))


def _report(
    record: Record, result: Result, semester: str, status: str, percent: int, legacy: bool = False
) -> str:
    """A report; ``legacy``: with a random id, as a cisdesk before derived ids made twins."""
    with record.edit() as session:
        report = ProgressReport(
            id=new_id() if legacy else None,
            result_id=result.id,
            semester=semester,
            status=status,
            percent=percent,
        )
        session.add(report)
        session.flush()
        return report.id


def test_latest_report_is_the_latest_semester_then_the_latest_written(
    country_record: Record,
) -> None:
    result = _results(country_record)[0]
    _report(country_record, result, "2018-II", "completed", 100)
    first = _report(country_record, result, "2018-I", "in_progress", 20, legacy=True)
    second = _report(country_record, result, "2018-I", "delayed", 10, legacy=True)
    snapshot = data.load_record(country_record)[1]

    of_2018 = data.latest_reports(snapshot.reports, year=2018)
    assert of_2018[(result.id, "GT")].semester == "2018-II"
    latest = data.latest_reports(snapshot.reports, year=2019)
    assert (result.id, "GT") not in latest
    # Two reports for one semester (two laptops): the one written last counts...
    entry = data.latest_report_for(snapshot.reports, "GT", result.id, "2018-I")
    assert entry is not None and entry.id == second
    # ...and editing the other one makes it the latest.
    with country_record.edit() as session:
        session.get(ProgressReport, first).note = "corregido"
    snapshot = data.load_record(country_record)[1]
    entry = data.latest_report_for(snapshot.reports, "GT", result.id, "2018-I")
    assert entry is not None and entry.id == first


def test_deleted_reports_do_not_count(country_record: Record) -> None:
    result = _results(country_record)[0]
    report_id = _report(country_record, result, "2019-I", "completed", 100)
    with country_record.edit() as session:
        session.get(ProgressReport, report_id).deleted = True
    snapshot = data.load_record(country_record)[1]
    assert data.latest_reports(snapshot.reports) == {}


def test_mean_percent_counts_only_what_was_reported(country_record: Record) -> None:
    results = _results(country_record)
    _report(country_record, results[0], "2019-I", "completed", 100)
    _report(country_record, results[1], "2019-I", "in_progress", 50)
    identity, snapshot = data.load_record(country_record)
    latest = data.latest_reports(snapshot.reports, year=2019)
    infos = [snapshot.results[r.id] for r in results[:3]]
    # A result without a report is "no data", not 0 %: the mean is over the two reported.
    assert data.mean_percent(infos, latest, ["GT"]) == 75
    assert data.mean_percent(infos, latest, ["GT", "HN"]) == 75
    assert data.mean_percent(infos, latest, ["HN"]) is None
    assert data.mean_percent([], latest, ["GT"]) is None
    coverage = data.progress_coverage(infos, latest, ["GT", "HN"])
    assert (coverage.reported, coverage.total) == (2, 6)
    assert identity.scope == "GT" and len(identity.digest) == 64


def test_progress_by_nucleus_uses_the_milestone_tags(country_record: Record) -> None:
    snapshot = data.load_record(country_record)[1]
    results = data.results_in_scope(snapshot.committees, 2019)
    assert len(results) == 42  # every result of the plan started by 2019
    by_nucleus = dict(data.progress_by_nucleus(snapshot, results, {}, ["GT"]))
    assert sorted(by_nucleus) == list(range(1, 9))
    assert {c.mean for c in by_nucleus.values()} == {None}  # no report: no data, not 0 %
    mei = [r for r in results if r.committee_code == "MEI"]
    assert [n for n, _ in data.progress_by_nucleus(snapshot, mei, {}, ["GT"])] == [5, 6, 7, 8]


def test_meeting_and_agreement_figures(country_record: Record) -> None:
    fix_today(country_record, dt.date(2019, 6, 30))
    with country_record.edit() as session:
        long_virtual = Meeting(
            kind="committee", date=dt.date(2019, 2, 1), virtual=True, duration_minutes=240
        )
        short_virtual = Meeting(
            kind="joint", date=dt.date(2019, 3, 1), virtual=True, duration_minutes=210
        )
        in_person = Meeting(
            kind="joint", date=dt.date(2019, 4, 1), virtual=False, duration_minutes=480
        )
        other_year = Meeting(
            kind="joint", date=dt.date(2018, 4, 1), virtual=True, duration_minutes=300
        )
        session.add_all([long_virtual, short_virtual, in_person, other_year])
        session.flush()
        session.add_all(
            [
                Agreement(
                    meeting_id=long_virtual.id, status="fulfilled", due_date=dt.date(2019, 3, 1)
                ),
                Agreement(
                    meeting_id=long_virtual.id, status="pending", due_date=dt.date(2019, 3, 1)
                ),
                Agreement(
                    meeting_id=in_person.id, status="in_progress", due_date=dt.date(2019, 12, 1)
                ),
                Agreement(meeting_id=other_year.id, status="pending", due_date=dt.date(2018, 5, 1)),
            ]
        )
    snapshot = data.load_record(country_record)[1]
    meetings = data.select_meetings(snapshot, year=2019)
    stats = data.meeting_stats(meetings)
    assert (stats.total, stats.virtual, stats.virtual_percent) == (3, 2, 67)
    assert [m.duration_minutes for m in stats.over_limit] == [240]  # 210 is within the guideline
    as_of = data.overdue_reference_date(2019, country_record.today())
    assert as_of == dt.date(2019, 6, 30)
    agreements = data.agreement_stats(data.agreements_of_meetings(snapshot, meetings), as_of)
    assert (agreements.taken, agreements.fulfilled, len(agreements.overdue)) == (3, 1, 1)
    assert data.overdue_reference_date(2018, country_record.today()) == dt.date(2018, 12, 31)


def test_semesters_between() -> None:
    assert semesters_between("2018-II", "2019-II") == ["2018-II", "2019-I", "2019-II"]
    assert semesters_between("2019-II", "2019-I") == []
    assert semesters_between("", "2019-I") == []


def test_labels_in_both_languages() -> None:
    es, en = Labels("es"), Labels("en")
    assert es.date(dt.date(2019, 3, 5)) == "5 de marzo de 2019"
    assert en.date(dt.date(2019, 3, 5)) == "5 March 2019"
    assert es("page_of", page=3, total=12) == "Página 3 de 12"
    assert en("page_of", page=3, total=12) == "Page 3 of 12"
    assert es.semester("2018-I") == "Semestre I - 2018"
    assert es.country("PA") == "Panamá" and en.country("PA") == "Panama"
    assert es.status_code("delayed") == "R" and en.status_code("delayed") == "D"
    assert es.status_code(None) == "–"
    codes = [code for code, _ in es.status_legend()]
    assert len(codes) == len(set(codes))
