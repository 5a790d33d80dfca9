"""The Plan and Reports pages for the plan's processes: frame, evolution, versions, periods."""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from sqlalchemy import select

from cisdesk.db.digest import record_digest
from cisdesk.db.models import Committee, Milestone, Strategy


def _digest(record) -> str:
    with record.engine.connect() as conn:
        return record_digest(conn)


def test_the_plan_frame_tab_shows_objectives_lines_and_guidelines(
    demo_country_db, open_records, make_window
) -> None:
    plan = make_window(open_records(demo_country_db)).go_to("plan")
    text = plan.frame.text()
    assert "atender los desafíos comunes" in text.lower()
    assert "la reducción de brechas, por medio de la atención a grupos prioritarios" in text
    assert "la medición de la efectividad" in text
    assert "9. Con el apoyo de la SISCA" in text
    assert "Se procurará que cada reunión virtual no sobrepase las 3 horas y media." in text


def test_a_country_cannot_evolve_the_plan_from_the_page(
    demo_country_db, open_records, make_window
) -> None:
    record = open_records(demo_country_db)
    plan = make_window(record).go_to("plan")
    with record.reader() as session:
        committee = session.scalars(select(Committee)).first()
    assert plan.select_row("committee", committee.id)
    button = plan.findChild(QPushButton, "evo_new_period")
    assert button is not None and not button.isEnabled()


def test_new_strategy_period_from_draft_to_approved_then_locked(
    demo_regional_db, open_records, make_window, dialogs
) -> None:
    record = open_records(demo_regional_db)
    window = make_window(record)
    plan = window.go_to("plan")
    with record.reader() as session:
        committee = session.scalars(select(Committee).where(Committee.code == "MEI")).one()
    assert plan.select_row("committee", committee.id)
    plan.findChild(QLineEdit, "evo_period_start").setText("2020-12")
    plan.findChild(QLineEdit, "evo_period_end").setText("2019-07")
    digest = _digest(record)
    plan.findChild(QPushButton, "evo_new_period").click()
    assert "before it starts" in dialogs.texts("warning")[-1]
    assert _digest(record) == digest
    plan.findChild(QLineEdit, "evo_period_start").setText("2019-07")
    plan.findChild(QLineEdit, "evo_period_end").setText("2020-12")
    plan.findChild(QPushButton, "evo_new_period").click()
    plan.refresh()
    with record.reader() as session:
        strategy = session.scalars(
            select(Strategy).where(
                Strategy.committee_id == committee.id, Strategy.period_start == "2019-07"
            )
        ).one()
    assert plan.select_row("strategy", strategy.id)
    panel = plan.detail.evolution
    panel.findChild(QLineEdit, "evo_milestone_text").setText("Evaluación de cierre")
    panel.findChild(QPushButton, "evo_add_milestone").click()
    plan.refresh()
    with record.reader() as session:
        assert (
            session.scalars(select(Milestone).where(Milestone.strategy_id == strategy.id))
            .one()
            .text
            == "Evaluación de cierre"
        )
    plan.select_row("strategy", strategy.id)
    plan.step_date.setDate(QDate(2019, 6, 10))
    plan.findChild(QLineEdit, "stepReference").setText("CT-CIS acta 7")
    plan.findChild(QPushButton, "to_validated").click()
    plan.step_date.setDate(QDate(2019, 6, 28))
    plan.findChild(QLineEdit, "stepReference").setText("CIS res. 45")
    plan.findChild(QPushButton, "to_approved").click()
    with record.reader() as session:
        stored = session.get(Strategy, strategy.id)
        assert (stored.status, stored.approved_on, stored.approved_ref) == (
            "approved",
            dt.date(2019, 6, 28),
            "CIS res. 45",
        )
    # Locked: no milestone can be added; a new version opens a draft and keeps the history.
    panel = plan.detail.evolution
    assert panel.findChild(QPushButton, "evo_add_milestone") is None
    panel.findChild(QPushButton, "evo_new_version").click()
    plan.refresh()
    plan.select_row("strategy", strategy.id)
    lines = plan.detail.evolution.findChild(QLabel, "strategyVersions").text().splitlines()
    assert len(lines) == 2
    assert "CIS res. 45" in lines[0] and "CT-CIS acta 7" in lines[0]


def test_the_reports_page_writes_an_annual_report_for_a_run_of_months(
    demo_regional_db, open_records, make_window, tmp_path, wait_idle, dialogs
) -> None:
    window = make_window(open_records(demo_regional_db))
    page = window.go_to("reports")
    page.period_mode.setCurrentIndex(page.period_mode.findData("months"))
    page.period_from.setDate(QDate(2018, 4, 1))
    page.period_to.setDate(QDate(2017, 5, 1))
    target = tmp_path / "annual.pdf"
    page.write_pdf(str(target))
    assert not target.exists()
    assert "2017-05" in dialogs.texts("warning")[-1]
    page.period_from.setDate(QDate(2017, 5, 1))
    page.period_to.setDate(QDate(2018, 4, 1))
    page.write_pdf(str(target))
    wait_idle(window.ctx)
    assert target.exists()
    assert "2017" in page.last_result.title and "2018" in page.last_result.title


def test_the_proposal_dialog_records_the_next_step(
    demo_country_db, open_records, make_window
) -> None:
    from cisdesk.activity import lookups, outreach, queries
    from cisdesk.ui.dialogs.proposal_dialog import ProposalDialog

    record = open_records(demo_country_db)
    window = make_window(record)
    committee = lookups.committees(record)[0]["id"]
    proposal_id = outreach.create_proposal(
        record, committee_id=committee, title="Agenda regional", date=record.today()
    ).row_id
    dialog = ProposalDialog(window.ctx, window, row_id=proposal_id)
    path = dialog.path
    assert [path.next_step.itemData(i) for i in range(path.next_step.count())] == ["raised"]
    assert path.record_step()
    # The next steps are SISCA's: a country's dialog offers none.
    assert path.next_step.count() == 0 and not path.record_button.isEnabled()
    assert "Raised by the CT-CIS" in path.steps_label.text() or "Elevada" in path.steps_label.text()
    [row] = [r for r in queries.proposals().fetch(record, 0, 500) if r["id"] == proposal_id]
    assert row["status"] == "raised"
    dialog.close()


def test_sisca_records_a_regional_result_from_the_plan_page(
    demo_regional_db, open_records, make_window, dialogs
) -> None:
    from cisdesk.db.models import ProgressReport, Result

    record = open_records(demo_regional_db)
    plan = make_window(record).go_to("plan")
    with record.reader() as session:
        result = session.scalars(select(Result).where(Result.text == "I Mesa de Cooperantes")).one()
    assert plan.select_row("result", result.id)
    panel = plan.detail.evolution
    assert panel.findChild(object, "evo_regional").isChecked()
    panel.findChild(QLineEdit, "evo_progress_semester").setText("2018-I")
    panel.findChild(QLineEdit, "evo_progress_percent").setText("100")
    panel.findChild(QPushButton, "evo_regional_progress").click()
    with record.reader() as session:
        report = session.scalars(
            select(ProgressReport).where(ProgressReport.result_id == result.id)
        ).one()
        assert (report.owner, report.status, report.percent) == ("REG", "completed", 100)


def test_leadership_tab_names_the_lead_and_records_evaluations(
    demo_regional_db, demo_country_db, open_records, make_window
) -> None:
    from cisdesk.activity import evaluations

    sisca = open_records(demo_regional_db)
    plan = make_window(sisca).go_to("plan")
    view = plan.leadership
    view.eval_title.setText("Medición de avances de medio término")
    view.eval_date.setDate(QDate(2019, 5, 20))
    assert view.record_evaluation()
    assert [e["title"] for e in evaluations.evaluations(sisca)] == [
        "Medición de avances de medio término"
    ]
    assert "Medición de avances" in view.evaluations_label.text()
    # At Guatemala, in a semester of its PPT (2019-I), the lead is chosen among its delegates.
    gt = open_records(demo_country_db)
    gt_plan = make_window(gt).go_to("plan")
    view = gt_plan.leadership
    view.semester.setCurrentIndex(view.semester.findData("2019-I"))
    box = view.lead_boxes["PPS"]
    assert box.count() > 1
    box.setCurrentIndex(1)
    assert view.set_lead(_committee_id(gt, "PPS"), "2019-I", box.currentData())


def _committee_id(record, code: str) -> str:
    with record.reader() as session:
        return session.scalars(select(Committee.id).where(Committee.code == code)).one()
