"""Meetings, agreements and follow-ups: rules, the 3.5-hour flag, cascades and status."""

import datetime as dt

import pytest
from sqlalchemy import select

from cisdesk.activity import meetings
from cisdesk.db.models import Agreement, AgreementFollowUp, Meeting


def get(record, model, row_id):
    with record.reader() as session:
        return session.get(model, row_id)


# --- meetings ----------------------------------------------------------------------------


def test_create_meeting_stores_cleaned_values(gt, make):
    meeting_id = make.meeting(title="  Revisión de hitos ", place="", participants="A; B")
    row = get(gt, Meeting, meeting_id)
    assert (row.owner, row.kind, row.title, row.place, row.participants) == (
        "GT",
        "committee",
        "Revisión de hitos",
        None,
        "A; B",
    )


@pytest.mark.parametrize(
    ("virtual", "minutes", "flagged"),
    [(True, 240, True), (False, 240, False), (True, 210, False), (True, 211, True)],
)
def test_long_virtual_meetings_are_flagged_not_refused(gt, make, virtual, minutes, flagged):
    row = get(gt, Meeting, make.meeting(virtual=virtual, duration_minutes=minutes))
    assert row.exceeds_virtual_limit is flagged
    assert meetings.exceeds_virtual_limit(virtual, minutes) is flagged


def test_a_joint_meeting_has_no_committee(gt, make, refuses):
    meeting_id = make.meeting(kind="joint", committee_id=None)
    assert get(gt, Meeting, meeting_id).committee_id is None
    with refuses(gt, "committee_id", "joint_no_committee"):
        make.meeting(kind="joint")


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"kind": "lunch"}, "kind", "kind_invalid"),
        ({"committee_id": None}, "committee_id", "committee_required"),
        ({"kind": "urgent", "committee_id": ""}, "committee_id", "committee_required"),
        ({"committee_id": "no-such"}, "committee_id", "committee_unknown"),
        ({"title": "   "}, "title", "title_required"),
        ({"title": "x" * 501}, "title", "too_long"),
        ({"date": None}, "date", "date_required"),
        ({"date": "2019-02-01"}, "date", "date_required"),
        ({"date": dt.date(2016, 12, 31)}, "date", "date_too_early"),
        ({"date": dt.date(2020, 4, 1)}, "date", "date_too_late"),
        ({"duration_minutes": 0}, "duration_minutes", "duration_range"),
        ({"duration_minutes": 1441}, "duration_minutes", "duration_range"),
        ({"duration_minutes": None}, "duration_minutes", "duration_range"),
        ({"virtual": "yes"}, "virtual", "flag_invalid"),
    ],
)
def test_meeting_refusals(gt, make, refuses, values, field, code):
    with refuses(gt, field, code):
        make.meeting(**values)


def test_meetings_may_be_planned_ahead(gt, make):
    make.meeting(date=dt.date(2019, 9, 1))


def test_update_meeting(gt, make):
    meeting_id = make.meeting()
    changes = meetings.update_meeting(gt, meeting_id, duration_minutes=240)
    assert dict(changes.changes[0].before) == {"duration_minutes": 120}
    assert get(gt, Meeting, meeting_id).exceeds_virtual_limit


def test_moving_a_meeting_after_an_agreement_due_date_refuses(gt, make, refuses):
    meeting_id = make.meeting(date=dt.date(2019, 2, 1))
    make.agreement(meeting_id, due_date=dt.date(2019, 2, 15))
    with refuses(gt, "date", "meeting_after_due"):
        meetings.update_meeting(gt, meeting_id, date=dt.date(2019, 2, 20))
    meetings.update_meeting(gt, meeting_id, date=dt.date(2019, 2, 10))


def test_deleting_a_meeting_tombstones_its_agreements_and_followups(gt, make):
    meeting_id = make.meeting()
    agreement_id = make.agreement(meeting_id)
    followup_id = make.followup(agreement_id)
    changes = meetings.delete_meeting(gt, meeting_id)
    assert [c.row_id for c in changes] == [meeting_id, agreement_id, followup_id]
    assert get(gt, Agreement, agreement_id).deleted
    assert get(gt, AgreementFollowUp, followup_id).deleted


def test_foreign_meeting_is_read_only(gt, make, refuses, foreign):
    with gt.edit(foreign("SV")) as session:
        row = Meeting(kind="joint", title="Reunión conjunta", date=dt.date(2019, 1, 10))
        session.add(row)
    with refuses(gt, None, "read_only"):
        meetings.update_meeting(gt, row.id, title="Cambio")
    with refuses(gt, "meeting_id", "foreign_meeting") as info:
        make.agreement(row.id)
    assert "El Salvador" in str(info.value)


# --- agreements -----------------------------------------------------------------------------


def test_create_agreement_defaults_to_pending(gt, make):
    agreement_id = make.agreement(status=None, due_date=None)
    row = get(gt, Agreement, agreement_id)
    assert (row.status, row.due_date, row.owner) == ("pending", None, "GT")


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"text": ""}, "text", "agreement_text_required"),
        ({"responsible_country": "MX"}, "responsible_country", "responsible_invalid"),
        ({"responsible_country": None}, "responsible_country", "responsible_invalid"),
        ({"due_date": dt.date(2019, 1, 31)}, "due_date", "due_before_meeting"),
        ({"due_date": "mañana"}, "due_date", "date_required"),
        ({"status": "done"}, "status", "status_invalid"),
        ({"meeting_id": "no-such"}, "meeting_id", "meeting_unknown"),
    ],
)
def test_agreement_refusals(gt, make, refuses, values, field, code):
    meeting_id = make.meeting(date=dt.date(2019, 2, 1))
    values = {"meeting_id": meeting_id} | values
    with refuses(gt, field, code):
        make.agreement(**values)


def test_agreement_of_a_deleted_meeting_refuses(gt, make, refuses):
    meeting_id = make.meeting()
    meetings.delete_meeting(gt, meeting_id)
    with refuses(gt, "meeting_id", "meeting_unknown"):
        make.agreement(meeting_id)


def test_sisca_may_be_responsible(gt, make):
    assert get(gt, Agreement, make.agreement(responsible_country="REG")).responsible_country == (
        "REG"
    )


def test_overdue(gt, make):
    today = gt.today()
    late = get(gt, Agreement, make.agreement(due_date=dt.date(2019, 3, 1)))
    on_time = get(gt, Agreement, make.agreement(due_date=dt.date(2019, 4, 1)))
    done = get(gt, Agreement, make.agreement(due_date=dt.date(2019, 3, 1), status="fulfilled"))
    assert late.is_overdue(today)
    assert not on_time.is_overdue(today)
    assert not done.is_overdue(today)


def test_update_and_delete_agreement(gt, make):
    agreement_id = make.agreement()
    followup_id = make.followup(agreement_id)
    meetings.update_agreement(gt, agreement_id, text="Texto corregido")
    assert get(gt, Agreement, agreement_id).text == "Texto corregido"
    changes = meetings.delete_agreement(gt, agreement_id)
    assert {c.row_id for c in changes} == {agreement_id, followup_id}


# --- follow-ups -------------------------------------------------------------------------------


def test_a_fulfilled_followup_fulfils_the_agreement(gt, make):
    agreement_id = make.agreement()
    changes = meetings.add_followup(
        gt,
        agreement_id=agreement_id,
        date=dt.date(2019, 3, 12),
        status="fulfilled",
        note="Insumos enviados",
    )
    assert changes.tables == {"agreement_followup", "agreement"}
    assert dict(changes.changes[1].before) == {"status": "pending"}
    row = get(gt, Agreement, agreement_id)
    assert row.status == "fulfilled"
    assert not row.is_overdue(gt.today())


def test_an_older_followup_does_not_overturn_a_newer_one(gt, make):
    agreement_id = make.agreement()
    make.followup(agreement_id, date=dt.date(2019, 3, 12), status="fulfilled")
    changes = meetings.add_followup(
        gt,
        agreement_id=agreement_id,
        date=dt.date(2019, 3, 2),
        status="in_progress",
        note="Nota atrasada",
    )
    assert changes.tables == {"agreement_followup"}
    assert get(gt, Agreement, agreement_id).status == "fulfilled"


def test_editing_the_latest_followup_carries_its_status(gt, make):
    agreement_id = make.agreement()
    followup_id = make.followup(agreement_id, status="in_progress")
    meetings.update_followup(gt, followup_id, status="cancelled")
    assert get(gt, Agreement, agreement_id).status == "cancelled"
    meetings.delete_followup(gt, followup_id)
    assert get(gt, Agreement, agreement_id).status == "cancelled"
    assert get(gt, AgreementFollowUp, followup_id).deleted


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"date": dt.date(2019, 3, 16)}, "date", "date_in_future"),
        ({"date": None}, "date", "date_required"),
        ({"date": dt.date(2019, 1, 20)}, "date", "followup_before_meeting"),
        ({"note": " "}, "note", "followup_note_required"),
        ({"status": "finished"}, "status", "status_invalid"),
        ({"agreement_id": "no-such"}, "agreement_id", "agreement_unknown"),
    ],
)
def test_followup_refusals(gt, make, refuses, values, field, code):
    agreement_id = make.agreement(make.meeting(date=dt.date(2019, 2, 1)))
    values = {"agreement_id": agreement_id} | values
    with refuses(gt, field, code):
        make.followup(**values)


def test_followup_of_a_foreign_agreement_refuses(gt, make, refuses, foreign):
    with gt.edit(foreign("HN")) as session:
        meeting = Meeting(kind="joint", title="Conjunta", date=dt.date(2019, 1, 10))
        session.add(meeting)
        session.flush()
        agreement = Agreement(
            meeting_id=meeting.id, text="Acuerdo", responsible_country="GT", status="pending"
        )
        session.add(agreement)
    with refuses(gt, None, "read_only"):
        make.followup(agreement.id)
    with gt.reader() as session:
        assert session.scalars(select(AgreementFollowUp)).all() == []
