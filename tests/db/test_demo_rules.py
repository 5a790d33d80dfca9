"""The demo data follow the app's own rules, so what it shows is what a kept record looks like."""

import datetime as dt
from collections import defaultdict

import pytest
from sqlalchemy import select

from cisdesk.activity import validation as v
from cisdesk.db.demo import run_demo
from cisdesk.db.models import Agreement, AgreementFollowUp, Meeting, ProgressReport

TODAY = dt.date(2026, 11, 19)


@pytest.fixture
def demo(make_install):
    record = make_install("GT")
    record.today = lambda: TODAY  # type: ignore[method-assign]
    run_demo(record)
    run_demo(record, seed=2)  # a second run edits what exists, as people would
    return record


def _live(session, model):
    return session.scalars(select(model).where(model.deleted.is_not(True))).all()


def test_no_meeting_is_dated_after_today(make_install):
    record = make_install("GT")
    early = dt.date(2018, 6, 1)  # a young record: any meeting "to come" would show
    record.today = lambda: early  # type: ignore[method-assign]
    run_demo(record)
    with record.reader() as session:
        dates = [m.date for m in _live(session, Meeting)]
    assert dates and max(dates) <= early


def test_each_agreement_stands_where_its_latest_follow_up_says(demo):
    with demo.reader() as session:
        followups = defaultdict(list)
        for f in _live(session, AgreementFollowUp):
            followups[f.agreement_id].append(f)
        agreements = _live(session, Agreement)
        disagree = []
        for agreement in agreements:
            rows = followups.get(agreement.id)
            if not rows:
                continue
            newest = max(f.date for f in rows)
            if agreement.status not in {f.status for f in rows if f.date == newest}:
                disagree.append(agreement.id)
    assert len(agreements) > 20
    assert disagree == []


def test_overdue_agreements_are_few_and_mostly_recent(demo):
    with demo.reader() as session:
        agreements = _live(session, Agreement)
    overdue = [a for a in agreements if a.is_overdue(TODAY)]
    assert overdue, "a plausible record has something overdue"
    assert len(overdue) <= len(agreements) // 3
    ages = sorted((TODAY - a.due_date).days for a in overdue)
    assert ages[len(ages) // 2] <= 365  # the median overdue item is less than a year late


def test_progress_history_reaches_the_current_semester_and_only_grows(demo):
    with demo.reader() as session:
        reports = _live(session, ProgressReport)
    current = v.current_semester(TODAY)
    assert current in {r.semester for r in reports}
    by_result = defaultdict(list)
    for report in reports:
        by_result[report.result_id].append(report)
    for rows in by_result.values():
        rows.sort(key=lambda r: v.semester_key(r.semester))
        percents = [r.percent for r in rows]
        # A later run may add to one report; the first run's history never goes back.
        assert percents[-1] >= percents[0]
        for report in rows:
            assert (report.status == "completed") == (report.percent == 100)
