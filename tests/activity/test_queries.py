"""Paged queries for the tables: filters, sorting, paging and derived columns."""

import datetime as dt

import pytest
from sqlalchemy import select

from cisdesk.activity import lookups, meetings, progress, queries
from cisdesk.db.demo import run_demo
from cisdesk.db.models import Agreement, Delegate, ProgressReport, Proposal, Result


def all_rows(record, query, page=7, **sort):
    rows, offset = [], 0
    while True:
        chunk = query.fetch(record, offset, page, **sort)
        rows.extend(chunk)
        offset += page
        if len(chunk) < page:
            return rows


def test_grid_lists_started_results_with_own_reports(gt, make, foreign):
    mine = make.progress(semester="2018-II", percent=40)
    with gt.edit(foreign("HN")) as session:
        session.add(
            ProgressReport(result_id=make.result(), semester="2018-II", status="delayed", percent=5)
        )
    rows = queries.progress_grid("GT", "2018-II").fetch(gt, 0, 200)
    started = [rid for rid, start in make.results.items() if start <= "2018-II"]
    assert len(rows) == len(started) == 29  # country results; 2 regional ones started too
    reported = [r for r in rows if r["id"] is not None]
    assert [(r["id"], r["owner"], r["percent"]) for r in reported] == [(mine, "GT", 40)]
    assert all(r["owner"] == "GT" and r["semester"] == "2018-II" for r in rows)
    # Honduras' grid shows its own report only.
    hn = [r for r in queries.progress_grid("HN", "2018-II").fetch(gt, 0, 200) if r["id"]]
    assert [r["percent"] for r in hn] == [5]


def test_grid_filters(gt, make):
    make.progress(semester="2018-II", status="completed", percent=100)
    grid = queries.progress_grid("GT", "2018-II", status="completed")
    assert [r["status"] for r in grid.fetch(gt, 0, 200)] == ["completed"]
    missing = queries.progress_grid("GT", "2018-II", status=queries.NO_REPORT)
    assert missing.count(gt) == 28
    pps = queries.progress_grid("GT", "2018-II", committee_id=make.committees["PPS"])
    assert {r["committee_code"] for r in pps.fetch(gt, 0, 200)} == {"PPS"}
    assert 0 < pps.count(gt) < 31


def test_grid_hides_deleted_reports_and_counts_evidence(gt, make):
    report_id = make.progress()
    progress.attach_evidence(gt, report_id, "acta.txt", b"acta")
    progress.attach_evidence(gt, report_id, "foto.jpg", b"foto")
    rows = {r["result_id"]: r for r in queries.progress_grid("GT", "2018-II").fetch(gt, 0, 200)}
    assert rows[make.result()]["evidence_count"] == 2
    progress.delete_progress(gt, report_id)
    rows = {r["result_id"]: r for r in queries.progress_grid("GT", "2018-II").fetch(gt, 0, 200)}
    assert rows[make.result()]["id"] is None


def test_list_pages_cover_every_row_once_in_order(gt):
    run_demo(gt)
    query = queries.progress_list(owner="GT")
    total = query.count(gt)
    # Many pages of 7; the demo skips a random share of the current semester's reports,
    # so the exact count varies with the install's site id.
    assert total > 7 * 6
    rows = all_rows(gt, query, sort="percent", descending=False)
    assert len(rows) == total == len({r["id"] for r in rows})
    percents = [r["percent"] for r in rows]
    assert percents == sorted(percents)
    newest_first = query.fetch(gt, 0, 5)
    assert newest_first[0]["semester"] == max(r["semester"] for r in rows)
    assert queries.progress_list(owner="HN").count(gt) == 0
    # Country results started by then (the demo leaves the regional ones to SISCA).
    assert queries.progress_list(semester="2018-I").count(gt) == 21
    assert queries.progress_list(status=queries.NO_REPORT).count(gt) == 0


def test_every_sort_key_runs(gt):
    run_demo(gt)
    today = gt.today()
    for query in (
        queries.progress_grid("GT", "2019-I"),
        queries.progress_list(),
        queries.meetings(),
        queries.agreements(today),
        queries.delegates(),
        queries.proposals(),
        queries.capacity(),
    ):
        for key in query.sort_keys:
            for descending in (False, True):
                assert query.fetch(gt, 0, 3, key, descending), key


def test_meeting_rows(gt, make):
    long_virtual = make.meeting(duration_minutes=240, virtual=True, date=dt.date(2019, 2, 1))
    long_in_person = make.meeting(duration_minutes=240, virtual=False, date=dt.date(2018, 8, 1))
    make.agreement(long_virtual)
    make.agreement(long_virtual, status="fulfilled")
    rows = {r["id"]: r for r in queries.meetings().fetch(gt, 0, 50)}
    assert rows[long_virtual]["exceeds_virtual_limit"] is True
    assert rows[long_in_person]["exceeds_virtual_limit"] is False
    assert (rows[long_virtual]["agreements"], rows[long_virtual]["open_agreements"]) == (2, 1)
    assert [r["id"] for r in queries.meetings(semester="2018-II").fetch(gt, 0, 50)] == [
        long_in_person
    ]
    assert queries.meetings(kind="joint").count(gt) == 0
    assert queries.meetings(committee_id=make.committees["PPS"]).count(gt) == 2
    meetings.delete_meeting(gt, long_in_person)
    assert queries.meetings().count(gt) == 1


def test_overdue_column_matches_the_model_rule(gt):
    run_demo(gt)
    today = gt.today()
    rows = {r["id"]: r for r in all_rows(gt, queries.agreements(today), page=50)}
    with gt.reader() as session:
        agreements = session.scalars(select(Agreement).where(Agreement.deleted.is_(False))).all()
    assert len(rows) == len(agreements)
    assert any(a.is_overdue(today) for a in agreements)
    for agreement in agreements:
        assert rows[agreement.id]["overdue"] == agreement.is_overdue(today)
    overdue = all_rows(gt, queries.agreements(today, only_overdue=True))
    assert {r["id"] for r in overdue} == {a.id for a in agreements if a.is_overdue(today)}


def test_agreement_filters_and_followups(gt, make):
    meeting_id = make.meeting()
    agreement_id = make.agreement(meeting_id, responsible_country="SV")
    make.agreement(meeting_id, status="fulfilled")
    make.followup(agreement_id, date=dt.date(2019, 3, 1), note="primero")
    make.followup(agreement_id, date=dt.date(2019, 3, 10), note="segundo")
    today = gt.today()
    (row,) = queries.agreements(today, responsible="SV").fetch(gt, 0, 10)
    assert (row["followups"], row["last_followup"], row["meeting_id"]) == (
        2,
        dt.date(2019, 3, 10),
        meeting_id,
    )
    assert queries.agreements(today, meeting_id=meeting_id).count(gt) == 2
    assert queries.agreements(today, status="fulfilled").count(gt) == 1
    assert queries.agreements(today, committee_id=make.committees["MEI"]).count(gt) == 0
    notes = [r["note"] for r in queries.followups(agreement_id).fetch(gt, 0, 10)]
    assert notes == ["segundo", "primero"]


def test_no_meeting_chosen_lists_no_agreements(gt, make):
    meeting_id = make.meeting()
    make.agreement(meeting_id)
    today = gt.today()
    assert queries.agreements(today, meeting_id="").fetch(gt, 0, 10) == []
    assert len(queries.agreements(today, meeting_id=meeting_id).fetch(gt, 0, 10)) == 1
    assert len(queries.agreements(today).fetch(gt, 0, 10)) == 1


def test_people_and_outreach_rows(gt, make, foreign):
    make.delegate(name="Beatriz")
    make.delegate(name="Alberto", committee_id=make.committees["PPS"])
    with gt.edit(foreign("CR")) as session:
        session.add(Delegate(committee_id=make.committees["PPS"], name="Carmen"))
    names = [r["name"] for r in queries.delegates().fetch(gt, 0, 10)]
    assert names == ["Alberto", "Beatriz", "Carmen"]
    assert queries.delegates(owner="GT").count(gt) == 2
    assert queries.delegates(committee_id=make.committees["PPS"]).count(gt) == 2
    assert lookups.owners(gt, "delegate") == ["CR", "GT"]
    with gt.edit() as session:  # a proposal recorded before its path had steps
        session.add(
            Proposal(
                committee_id=make.committees["PPS"],
                title="Propuesta",
                status="adopted",
                date=dt.date(2018, 10, 1),
            )
        )
    make.proposal()
    assert queries.proposals(status="adopted").count(gt) == 1
    assert queries.proposals(semester="2019-I").count(gt) == 1
    make.capacity(kind="exchange", date=dt.date(2018, 5, 5))
    make.capacity()
    assert queries.capacity(kind="exchange").count(gt) == 1
    assert queries.capacity(semester="2019-I", committee_id=make.committees["MEI"]).count(gt) == 1


def test_lookups(gt, make):
    assert [c["code"] for c in lookups.committees(gt)] == ["PPS", "MEI", "CI"]
    older = make.meeting(date=dt.date(2018, 5, 1))
    newer = make.meeting(date=dt.date(2019, 1, 1))
    assert [m["id"] for m in lookups.own_meetings(gt)] == [newer, older]
    values = lookups.row_values(gt, "meeting", older)
    assert values["date"] == dt.date(2018, 5, 1)
    assert lookups.row_values(gt, "meeting", "missing") is None
    with pytest.raises(KeyError):  # only the rows a form opens, never a local table
        lookups.row_values(gt, "signing_key", "any")
    assert queries.semester_dates("2018-II") == (dt.date(2018, 7, 1), dt.date(2018, 12, 31))


def test_grid_shows_the_report_that_counts_when_an_older_install_made_a_twin(gt, make):
    """A twin with a random id (made by a cisdesk before derived ids) does not double the
    row; the grid shows the report written last, as every other view does."""
    from cisdesk.db.base import new_id
    from cisdesk.db.capture import Capture

    mine = make.progress(percent=40)
    other_laptop = Capture(site_id="33333333-3333-3333-3333-333333333333", owner="GT")
    with gt.edit(other_laptop) as session:
        twin = ProgressReport(
            id=new_id(), result_id=make.result(), semester="2018-II", status="delayed", percent=10
        )
        session.add(twin)
    rows = queries.progress_grid("GT", "2018-II").fetch(gt, 0, 200)
    assert len(rows) == 29
    shown = next(r for r in rows if r["result_id"] == make.result())
    assert (shown["id"], shown["percent"]) == (twin.id, 10)
    # Saving from the grid edits the one report of the pair, which now counts.
    changes = progress.save_progress(
        gt, result_id=make.result(), semester="2018-II", status="in_progress", percent=55
    )
    assert changes.row_id == mine
    shown = next(
        r
        for r in queries.progress_grid("GT", "2018-II").fetch(gt, 0, 200)
        if r["result_id"] == make.result()
    )
    assert (shown["id"], shown["percent"]) == (mine, 55)


def test_result_choices_name_each_live_result_as_every_view_does(sisca):
    """The progress form lists results by the read model's label, in plan order."""
    choices = lookups.results(sisca)
    assert choices, "the reference plan has results"
    assert choices[0].label.startswith("CI 1.")
    codes = [c.label.split()[0] for c in choices]
    assert codes == sorted(codes)
    assert all(c.text for c in choices)
    gone = choices[-1].id
    with sisca.edit() as session:
        session.get(Result, gone).deleted = True
    assert [c.id for c in lookups.results(sisca)] == [c.id for c in choices[:-1]]
