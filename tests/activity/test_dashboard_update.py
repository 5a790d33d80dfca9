"""Home updated in part after a change equals Home computed from scratch.

Each change redoes only the parts whose tables it touched: the other parts are
the very objects of the board before (not recomputed).
"""

import datetime as dt

from cisdesk.activity import meetings, progress
from cisdesk.activity.dashboard import build_dashboard
from cisdesk.activity.dashboard_update import PARTS, Changes, update_dashboard
from cisdesk.activity.store import ChangeSet, replay
from cisdesk.db.models import ProgressReport
from cisdesk.db.record import Record

SEMESTER = "2019-I"


def changes_of(changeset: ChangeSet) -> Changes:
    rows: dict[str, set[str]] = {}
    for change in changeset:
        rows.setdefault(change.table, set()).add(change.row_id)
    return Changes.of(changeset.tables, rows)


def board(record: Record):
    return build_dashboard(record, SEMESTER, today=record.today())


def test_a_progress_edit_redoes_its_cells_only(gt: Record, make) -> None:
    report = make.progress(semester="2018-II", percent=40)
    make.meeting(date=dt.date(2019, 2, 1))
    before = board(gt)
    changed = progress.update_progress(gt, report, status="completed", percent=100)
    after, parts = update_dashboard(gt, before, changes_of(changed))
    assert parts == {"progress", "unexported"}
    assert after == board(gt)
    assert after.meetings_this_semester is before.meetings_this_semester
    assert after.overdue_agreements is before.overdue_agreements
    assert after.by_committee != before.by_committee


def test_undo_updates_the_figures_back(gt: Record, make) -> None:
    first = board(gt)
    created = progress.save_progress(
        gt, result_id=make.result(), semester="2018-II", status="delayed", percent=10
    )
    middle, _ = update_dashboard(gt, first, changes_of(created))
    assert middle == board(gt) != first
    replay(gt, created, "before")  # undo: the report is tombstoned again
    last, parts = update_dashboard(gt, middle, changes_of(created))
    assert last == board(gt)
    assert last.by_committee == first.by_committee
    assert "meetings" not in parts


def test_a_meeting_leaves_the_progress_figures_alone(gt: Record, make) -> None:
    make.progress()
    before = board(gt)
    meeting = make.meeting(date=dt.date(2019, 3, 1), title="Reunión de seguimiento")
    meetings.update_meeting(gt, meeting, title="Reunión de seguimiento técnico")
    after, parts = update_dashboard(gt, before, Changes.of({"meeting"}))
    assert parts == {"meetings", "unexported"}
    assert after == board(gt)
    assert after.by_committee is before.by_committee
    assert [m.title for m in after.meetings_this_semester] == ["Reunión de seguimiento técnico"]


def test_an_overdue_agreement_updates_the_overdue_list(gt: Record, make) -> None:
    before = board(gt)
    agreement = make.agreement(due_date=dt.date(2019, 3, 1), status="pending")
    after, parts = update_dashboard(gt, before, Changes.of({"meeting", "agreement"}))
    assert parts == {"meetings", "overdue", "unexported"}
    assert [a.id for a in after.overdue_agreements] == [agreement]
    assert after == board(gt)
    assert after.by_committee is before.by_committee


def test_unknown_changes_recompute_everything(gt: Record, make) -> None:
    before = board(gt)
    make.progress()
    after, parts = update_dashboard(gt, before, Changes())
    assert parts == PARTS
    assert after == board(gt)


def test_reports_of_another_country_at_sisca(sisca: Record, make_sisca, foreign) -> None:
    before = build_dashboard(sisca, SEMESTER)
    with sisca.edit(foreign("HN")) as session:
        report = ProgressReport(
            result_id=make_sisca.result(), semester="2018-II", status="completed", percent=100
        )
        session.add(report)
        session.flush()
        report_id = report.id
    after, _ = update_dashboard(
        sisca, before, Changes.of({"progress_report"}, {"progress_report": [report_id]})
    )
    assert after == build_dashboard(sisca, SEMESTER)
    assert after.matrix is not None
    assert after.matrix.status("HN", make_sisca.result()) == "completed"


def test_changes_merge() -> None:
    a = Changes.of({"progress_report"}, {"progress_report": ["1"]})
    b = Changes.of({"progress_report", "meeting"}, {"progress_report": ["2"]})
    merged = a.merged(b)
    assert merged.tables == {"progress_report", "meeting"}
    assert merged.rows == {"progress_report": {"1", "2"}}
    assert a.merged(Changes.of({"progress_report"})).rows == {}
    assert a.merged(Changes()) == Changes()


def test_home_lists_the_most_overdue_and_counts_them_all(gt: Record, make, monkeypatch) -> None:
    from cisdesk.activity import dashboard

    monkeypatch.setattr(dashboard, "HOME_LIST_LIMIT", 2)
    meeting = make.meeting(date=dt.date(2018, 12, 1))
    for day in (20, 5, 12):
        make.agreement(meeting, due_date=dt.date(2019, 1, day), text=f"Vence el {day}")
    board = build_dashboard(gt, SEMESTER)
    assert board.overdue_total == 3
    assert [a.text for a in board.overdue_agreements] == ["Vence el 5", "Vence el 12"]
