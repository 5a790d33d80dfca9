"""Change sets: undo writes the "before" values back, redo the "after" values."""

import datetime as dt

from sqlalchemy import func, select

from cisdesk.activity import meetings, progress
from cisdesk.activity.store import replay
from cisdesk.db.models import Agreement, AgreementFollowUp, Meeting, ProgressReport
from cisdesk.db.versions import versions_of


def get(record, model, row_id):
    with record.reader() as session:
        return session.get(model, row_id)


def test_undo_and_redo_a_creation(gt, make):
    changes = progress.save_progress(
        gt, result_id=make.result(), semester="2018-II", status="delayed", percent=20
    )
    assert changes.created
    replay(gt, changes, "before")
    assert get(gt, ProgressReport, changes.row_id).deleted is True
    replay(gt, changes, "after")
    row = get(gt, ProgressReport, changes.row_id)
    assert (row.deleted, row.status, row.percent) == (False, "delayed", 20)


def test_undo_and_redo_an_edit(gt, make):
    report_id = make.progress(percent=40)
    changes = progress.update_progress(gt, report_id, percent=70, note="Casi listo")
    replay(gt, changes, "before")
    row = get(gt, ProgressReport, report_id)
    assert (row.percent, row.note) == (40, "Avance según lo previsto")
    replay(gt, changes, "after")
    assert get(gt, ProgressReport, report_id).percent == 70


def test_undo_a_cascading_delete_brings_everything_back(gt, make):
    meeting_id = make.meeting()
    agreement_id = make.agreement(meeting_id)
    followup_id = make.followup(agreement_id)
    changes = meetings.delete_meeting(gt, meeting_id)
    replay(gt, changes, "before")
    for model, row_id in (
        (Meeting, meeting_id),
        (Agreement, agreement_id),
        (AgreementFollowUp, followup_id),
    ):
        assert get(gt, model, row_id).deleted is False


def test_undo_a_fulfilling_followup_restores_the_agreement_status(gt, make):
    agreement_id = make.agreement()
    changes = meetings.add_followup(
        gt, agreement_id=agreement_id, date=dt.date(2019, 3, 1), status="fulfilled", note="Hecho"
    )
    replay(gt, changes, "before")
    assert get(gt, Agreement, agreement_id).status == "pending"
    assert get(gt, AgreementFollowUp, changes.row_id).deleted
    replay(gt, changes, "after")
    assert get(gt, Agreement, agreement_id).status == "fulfilled"


def test_replayed_changes_are_captured_for_sync(gt, make):
    report_id = make.progress(percent=40)
    changes = progress.update_progress(gt, report_id, percent=70)
    with gt.reader() as session:
        before = versions_of(session.connection(), [report_id])[(report_id, "percent")].hlc
    replay(gt, changes, "before")
    with gt.reader() as session:
        after = versions_of(session.connection(), [report_id])[(report_id, "percent")].hlc
    assert after > before


def test_replay_of_a_row_gone_refuses(gt, make, refuses):
    report_id = make.progress()
    changes = progress.update_progress(gt, report_id, percent=70)
    with gt.engine.begin() as conn:
        conn.execute(ProgressReport.__table__.delete())
    with refuses(gt, None, "not_found"):
        replay(gt, changes, "before")


def test_change_set_summary(gt, make):
    changes = meetings.create_meeting(
        gt,
        kind="joint",
        title="Reunión conjunta",
        date=dt.date(2019, 1, 15),
        duration_minutes=180,
        virtual=True,
    )
    assert changes and changes.created
    assert changes.tables == {"meeting"}
    assert changes.changes[0].after["deleted"] is False
    with gt.reader() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 1
