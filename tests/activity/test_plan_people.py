"""Proposals' path to the CIS, coordinators and committee leads, meetings' convener, evaluations."""

import datetime as dt

import pytest
from plan_support import TODAY, refused
from sqlalchemy import select

from cisdesk.activity import evaluations, leadership, meetings, outreach, proposals
from cisdesk.db.models import Delegate, Meeting, ProposalStep, Strategy
from cisdesk.errors import CisdeskError

# --- proposals ------------------------------------------------------------------------


def test_a_proposal_walks_its_path_in_order_with_dates_and_who(make, gt, make_sisca, sisca):
    # A country raises its own proposal through its CT-CIS.
    proposal_id = make.proposal(date=dt.date(2019, 1, 10))
    proposals.add_step(gt, proposal_id, "raised", dt.date(2019, 1, 20))
    with gt.reader() as session:
        step = session.scalars(select(ProposalStep)).one()
        assert (step.recorded_by, step.date) == (gt.install.site_name, dt.date(2019, 1, 20))
    # At SISCA, the whole path.
    proposal_id = make_sisca.proposal(date=dt.date(2019, 1, 10))
    proposals.add_step(sisca, proposal_id, "raised", dt.date(2019, 1, 20))
    proposals.add_step(sisca, proposal_id, "submitted", dt.date(2019, 2, 1))
    proposals.add_step(sisca, proposal_id, "on_agenda", dt.date(2019, 2, 15))
    with refused(sisca, "proposal.decision_reference"):
        proposals.add_step(sisca, proposal_id, "adopted", dt.date(2019, 3, 1))
    proposals.add_step(sisca, proposal_id, "adopted", dt.date(2019, 3, 1), reference="CIS res. 9")
    path = proposals.steps_of(sisca, proposal_id)
    assert [p["step"] for p in path] == ["draft", "raised", "submitted", "on_agenda", "adopted"]
    assert path[-1]["reference"] == "CIS res. 9"
    assert path[-1]["recorded_by"] == sisca.install.site_name
    with refused(sisca, "proposal.closed"):
        proposals.add_step(sisca, proposal_id, "declined", dt.date(2019, 3, 2), reference="x")


def test_steps_out_of_order_are_refused(make, gt) -> None:
    proposal_id = make.proposal()
    with refused(gt, "proposal.step_out_of_order"):
        proposals.add_step(gt, proposal_id, "adopted", TODAY, reference="CIS res. 1")
    proposals.add_step(gt, proposal_id, "raised", dt.date(2019, 1, 25))
    with refused(gt, "proposal.step_sisca"):
        proposals.add_step(gt, proposal_id, "submitted", dt.date(2019, 1, 26))
    with refused(gt, "proposal.step_out_of_order"):
        proposals.add_step(gt, proposal_id, "raised", dt.date(2019, 1, 27))
    with refused(gt, "proposal.status_by_steps"):
        outreach.update_proposal(gt, proposal_id, status="adopted")
    with refused(gt, "proposal.status_by_steps"):
        make.proposal(status="adopted")


def test_a_step_cannot_predate_the_previous_one(make, gt) -> None:
    proposal_id = make.proposal(date=dt.date(2019, 1, 20))
    with refused(gt, "proposal.step_before_previous"):
        proposals.add_step(gt, proposal_id, "raised", dt.date(2019, 1, 2))


# --- people and leadership ------------------------------------------------------------


def test_a_ct_cis_coordinator_has_no_committee(make, gt) -> None:
    coordinator = make.delegate(committee_id=None, role="coordinator", name="Luis Pérez")
    with gt.reader() as session:
        row = session.get(Delegate, coordinator)
        assert (row.role, row.committee_id) == ("coordinator", None)
    with pytest.raises(CisdeskError):
        make.delegate(committee_id=None)  # a committee delegate still needs a committee


def test_the_ppt_country_names_each_committee_lead(make, gt) -> None:
    delegate = make.delegate(committee_id=make.committees["PPS"])
    # 2019-I: Guatemala held the PPT.
    leadership.set_committee_lead(gt, make.committees["PPS"], "2019-I", delegate)
    assert leadership.leads_of(gt, "2019-I")[make.committees["PPS"]]["name"] == "Ana López"
    with refused(gt, "people.lead_not_ppt"):
        leadership.set_committee_lead(gt, make.committees["PPS"], "2018-II", delegate)


def test_a_meeting_records_the_convening_ppt_and_the_instrument(make, gt) -> None:
    meeting_id = make.meeting(date=dt.date(2019, 2, 1))
    urgent = make.meeting(
        kind="urgent",
        date=dt.date(2019, 2, 10),
        instrument="Proyecto ALTERNATIVAS",
        convened_by="GT",
    )
    with gt.reader() as session:
        assert session.get(Meeting, meeting_id).convened_by == "GT"  # the 2019-I holder
        assert session.get(Meeting, urgent).instrument == "Proyecto ALTERNATIVAS"
    with pytest.raises(CisdeskError):
        meetings.update_meeting(gt, meeting_id, convened_by="MX")


# --- evaluations ----------------------------------------------------------------------


def test_sisca_records_the_mid_term_evaluation(sisca, gt) -> None:
    with sisca.reader() as session:
        strategy_id = session.scalars(select(Strategy.id)).first()
    evaluation_id = evaluations.record_evaluation(
        sisca,
        kind="mid_term",
        date=dt.date(2019, 3, 1),
        findings="Avance desigual",
        adjustments="Concentrar hitos",
        strategy_id=strategy_id,
    )
    [row] = evaluations.evaluations(sisca)
    assert row["id"] == evaluation_id and row["strategy_version"] == 1
    with refused(gt, "plan.sisca_only"):
        evaluations.record_evaluation(gt, kind="closing", date=dt.date(2019, 3, 1))
    with refused(sisca, "evaluation.kind_invalid"):
        evaluations.record_evaluation(sisca, kind="final", date=dt.date(2019, 3, 1))
