"""Delegates, proposals and capacity building: what each accepts and refuses."""

import datetime as dt

import pytest

from cisdesk.activity import outreach, people
from cisdesk.db.models import CapacityActivity, Delegate, Proposal


def get(record, model, row_id):
    with record.reader() as session:
        return session.get(model, row_id)


def test_create_update_delete_delegate(gt, make):
    delegate_id = make.delegate(email=" Ana.Lopez@segeplan.gob.gt ", is_focal_point=True)
    row = get(gt, Delegate, delegate_id)
    assert (row.owner, row.email, row.is_focal_point) == ("GT", "Ana.Lopez@segeplan.gob.gt", True)
    people.update_delegate(gt, delegate_id, phone="", position="Directora")
    row = get(gt, Delegate, delegate_id)
    assert (row.phone, row.position) == (None, "Directora")
    people.delete_delegate(gt, delegate_id)
    assert get(gt, Delegate, delegate_id).deleted


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"name": ""}, "name", "name_required"),
        ({"name": "x" * 201}, "name", "too_long"),
        ({"email": "ana.lopez"}, "email", "email_invalid"),
        ({"email": "ana@segeplan"}, "email", "email_invalid"),
        ({"email": "ana lopez@segeplan.gob.gt"}, "email", "email_invalid"),
        ({"email": "a@b.gt, c@d.gt"}, "email", "email_invalid"),
        ({"phone": "llamar al despacho"}, "phone", "phone_invalid"),
        ({"committee_id": None}, "committee_id", "committee_required"),
        ({"committee_id": "no-such"}, "committee_id", "committee_unknown"),
        ({"is_focal_point": "sí"}, "is_focal_point", "flag_invalid"),
    ],
)
def test_delegate_refusals(gt, make, refuses, values, field, code):
    with refuses(gt, field, code):
        make.delegate(**values)


def test_delegate_without_contact_is_fine(gt, make):
    row = get(gt, Delegate, make.delegate(email=None, phone=None, institution=None))
    assert (row.email, row.phone, row.institution) == (None, None, None)


def test_delegate_of_another_country_is_read_only(gt, make, refuses, foreign):
    with gt.edit(foreign("PA")) as session:
        row = Delegate(committee_id=make.committees["PPS"], name="Luis Pérez")
        session.add(row)
    with refuses(gt, None, "read_only") as info:
        people.update_delegate(gt, row.id, name="Otro")
    assert "Panama" in str(info.value)


def test_proposal_defaults_and_edits(gt, make):
    proposal_id = make.proposal(status=None)
    assert get(gt, Proposal, proposal_id).status == "draft"
    outreach.update_proposal(gt, proposal_id, title="Nueva propuesta")
    assert get(gt, Proposal, proposal_id).title == "Nueva propuesta"
    outreach.delete_proposal(gt, proposal_id)
    assert get(gt, Proposal, proposal_id).deleted


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"title": ""}, "title", "title_required"),
        ({"committee_id": None}, "committee_id", "committee_required"),
        ({"date": dt.date(2019, 3, 16)}, "date", "date_in_future"),
        ({"date": dt.date(2016, 5, 1)}, "date", "date_too_early"),
        ({"status": "won"}, "status", "status_invalid"),
    ],
)
def test_proposal_refusals(gt, make, refuses, values, field, code):
    with refuses(gt, field, code):
        make.proposal(**values)


def test_capacity_activity(gt, make):
    activity_id = make.capacity(committee_id=None, participants="")
    row = get(gt, CapacityActivity, activity_id)
    assert (row.kind, row.committee_id, row.participants, row.extra_regional) == (
        "conference",
        None,
        None,
        True,
    )
    outreach.update_capacity(gt, activity_id, participants=45)
    assert get(gt, CapacityActivity, activity_id).participants == 45
    outreach.delete_capacity(gt, activity_id)
    assert get(gt, CapacityActivity, activity_id).deleted


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"kind": "party"}, "kind", "kind_invalid"),
        ({"title": None}, "title", "title_required"),
        ({"date": None}, "date", "date_required"),
        ({"date": dt.date(2021, 1, 1)}, "date", "date_too_late"),
        ({"participants": -3}, "participants", "participants_range"),
        ({"participants": 10_001}, "participants", "participants_range"),
        ({"committee_id": "no-such"}, "committee_id", "committee_unknown"),
        ({"extra_regional": 1}, "extra_regional", "flag_invalid"),
    ],
)
def test_capacity_refusals(gt, make, refuses, values, field, code):
    with refuses(gt, field, code):
        make.capacity(**values)


def test_unknown_fields(gt, make):
    with pytest.raises(TypeError):
        outreach.create_proposal(gt, titel="x")
    with pytest.raises(TypeError):
        people.update_delegate(gt, make.delegate(), mail="x@y.org")
