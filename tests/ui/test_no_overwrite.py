"""A "new" form never replaces a stored row the person has not seen.

"Nuevo…" on Avances defaults to the first result and the current semester; when
that pair already has a report, the form opens it (saying so) instead of
overwriting it with the defaults.
"""

import pytest
from record_fixtures import choose, fix_today, result_ids
from sqlalchemy import select

from cisdesk.activity import progress
from cisdesk.db.models import ProgressReport
from cisdesk.errors import CisdeskError
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.progress_dialog import ProgressDialog


@pytest.fixture
def ctx(make_install, qtbot):
    context = AppContext(fix_today(make_install("GT")))
    yield context
    context.tasks.wait()


def stored(record) -> list[tuple[str, str, str, int]]:
    with record.reader() as session:
        rows = session.scalars(select(ProgressReport).where(ProgressReport.deleted.is_not(True)))
        return sorted((r.result_id, r.semester, r.status, r.percent) for r in rows)


def test_new_report_with_the_defaults_does_not_replace_a_completed_one(ctx, qtbot):
    probe = ProgressDialog(ctx)
    first_result = probe.form.fields["result_id"].currentData()
    semester = probe.form.fields["semester"].currentData()
    probe.close()
    progress.save_progress(
        ctx.record, result_id=first_result, semester=semester, status="completed", percent=100
    )

    dialog = ProgressDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.form.fields["result_id"].currentData() == first_result
    # What is stored is shown, and the notice says it is that report being edited.
    assert dialog.form.fields["status"].currentData() == "completed"
    assert dialog.form.fields["percent"].value() == 100
    assert dialog.save()
    assert stored(ctx.record) == [(first_result, semester, "completed", 100)]
    assert not dialog.notice.isHidden()
    assert semester in dialog.notice.text() and "100" in dialog.notice.text()


def test_choosing_a_pair_with_a_report_opens_it_and_another_pair_starts_fresh(ctx, qtbot):
    first, second = result_ids(ctx.record, "2018-I")[:2]
    progress.save_progress(
        ctx.record,
        result_id=first,
        semester="2018-II",
        status="in_progress",
        percent=40,
        note="Taller realizado",
    )
    dialog = ProgressDialog(ctx)
    qtbot.addWidget(dialog)
    choose(dialog.form.fields["result_id"], first)
    choose(dialog.form.fields["semester"], "2018-II")
    assert dialog.form.fields["percent"].value() == 40
    assert dialog.form.fields["note"].toPlainText() == "Taller realizado"
    assert dialog.opened_existing
    dialog.form.fields["percent"].setValue(60)
    choose(dialog.form.fields["result_id"], second)
    assert not dialog.opened_existing and dialog.notice.isHidden()
    assert dialog.form.fields["note"].toPlainText() == ""
    choose(dialog.form.fields["result_id"], first)
    dialog.form.fields["percent"].setValue(55)
    assert dialog.save()
    assert stored(ctx.record) == [(first, "2018-II", "in_progress", 55)]


def test_the_core_refuses_a_new_report_over_an_existing_one(ctx):
    result = result_ids(ctx.record, "2018-I")[0]
    progress.save_progress(
        ctx.record, result_id=result, semester="2018-II", status="completed", percent=100
    )
    with pytest.raises(CisdeskError):
        progress.save_progress(
            ctx.record,
            result_id=result,
            semester="2018-II",
            status="in_progress",
            percent=0,
            replace=False,
        )
    assert stored(ctx.record) == [(result, "2018-II", "completed", 100)]


def test_every_other_new_form_adds_a_row_and_leaves_the_others_alone(ctx, qtbot):
    """Meetings, agreements, delegates, proposals and activities have no natural key:
    "New…" always adds a row, whatever its defaults, and never touches another."""
    import datetime as dt

    from record_fixtures import committees

    from cisdesk.activity import meetings, outreach, people
    from cisdesk.db.digest import record_digest
    from cisdesk.db.models import Agreement, CapacityActivity, Delegate, Meeting, Proposal
    from cisdesk.ui.dialogs.agreement_dialog import AgreementDialog
    from cisdesk.ui.dialogs.capacity_dialog import CapacityDialog
    from cisdesk.ui.dialogs.delegate_dialog import DelegateDialog
    from cisdesk.ui.dialogs.meeting_dialog import MeetingDialog
    from cisdesk.ui.dialogs.proposal_dialog import ProposalDialog

    pps = committees(ctx.record)["PPS"]
    meeting = meetings.create_meeting(
        ctx.record,
        kind="committee",
        committee_id=pps,
        title="Primera",
        date=dt.date(2019, 2, 1),
        duration_minutes=60,
        virtual=True,
    ).row_id
    meetings.create_agreement(
        ctx.record, meeting_id=meeting, text="Primer acuerdo", responsible_country="GT"
    )
    people.create_delegate(ctx.record, name="Ana", committee_id=pps)
    outreach.create_proposal(
        ctx.record, title="Primera propuesta", committee_id=pps, date=dt.date(2019, 1, 5)
    )
    outreach.create_capacity(
        ctx.record,
        kind="training",
        title="Primer curso",
        committee_id=pps,
        date=dt.date(2019, 1, 6),
    )

    def rows(model):
        with ctx.record.reader() as session:
            names = [c.key for c in model.__table__.columns]
            return {r.id: {c: getattr(r, c) for c in names} for r in session.scalars(select(model))}

    cases = [
        (MeetingDialog, {}, Meeting, {"title": "Segunda", "committee_id": pps}),
        (AgreementDialog, {"meeting_id": meeting}, Agreement, {"text": "Segundo acuerdo"}),
        (DelegateDialog, {}, Delegate, {"name": "Luis", "committee_id": pps}),
        (ProposalDialog, {}, Proposal, {"title": "Segunda propuesta", "committee_id": pps}),
        (CapacityDialog, {}, CapacityActivity, {"title": "Segundo curso", "committee_id": pps}),
    ]
    for dialog_class, kwargs, model, values in cases:
        before = rows(model)
        dialog = dialog_class(ctx, **kwargs)
        qtbot.addWidget(dialog)
        for name, value in values.items():
            widget = dialog.form.fields[name]
            if hasattr(widget, "findData"):
                widget.setCurrentIndex(widget.findData(value))
            elif hasattr(widget, "setPlainText"):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        assert dialog.save(), (dialog_class.__name__, dialog.form.banner_text())
        after = rows(model)
        assert len(after) == len(before) + 1, dialog_class.__name__
        assert {k: after[k] for k in before} == before, dialog_class.__name__
    with ctx.record.engine.connect() as conn:
        assert record_digest(conn)
