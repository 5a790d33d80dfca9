"""Home (dashboard) and Plan pages on real demo databases."""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from cisdesk.activity.dashboard import NO_REPORT, build_dashboard
from cisdesk.db.digest import record_digest
from cisdesk.db.models import PptTerm, Result, Strategy
from cisdesk.db.versions import versions_of
from cisdesk.ui.views.home import OVERDUE_COLOR
from cisdesk.ui.widgets.status import status_label


def _digest(record) -> str:
    with record.engine.connect() as conn:
        return record_digest(conn)


def _home(window, wait_idle):
    home = window.go_to("home")
    wait_idle(window.ctx)
    assert home.dashboard is not None
    return home


# --- Home -------------------------------------------------------------------------------


def test_home_shows_overdue_agreements_in_red(
    demo_country_db, open_records, make_window, wait_idle
):
    record = open_records(demo_country_db)
    home = _home(make_window(record), wait_idle)
    expected = build_dashboard(record).overdue_agreements
    assert expected, "the demo data has overdue agreements"
    assert home.overdue_texts() == [a.text for a in expected]
    item = home.overdue_table.item(0, 3)
    assert item.foreground().color() == QColor(OVERDUE_COLOR)
    assert item.font().bold()
    assert str(len(expected)) in home.overdue_group.title()


def test_sisca_home_says_no_report_where_no_country_reported(
    demo_regional_db, open_records, make_window, wait_idle
):
    """Unreported is not 0 %: the charts say "no report", as the PDFs do."""
    record = open_records(demo_regional_db)
    home = _home(make_window(record), wait_idle)
    board = home.dashboard
    assert all(g.reported == 0 and g.average_percent is None for g in board.by_committee)
    for bar in home.committee_chart.bars:
        assert bar.label.endswith(status_label(NO_REPORT)) and "0 %" not in bar.label
    assert all(b.value is None for b in home.nucleus_chart.bars)
    assert {b.shown for b in home.nucleus_chart.bars} == {status_label(NO_REPORT)}


def test_home_charts_show_committees_and_nuclei(
    demo_country_db, open_records, make_window, wait_idle
):
    record = open_records(demo_country_db)
    home = _home(make_window(record), wait_idle)
    home.set_semester("2019-II")
    wait_idle(home.ctx)
    board = home.dashboard
    assert board.semester == "2019-II"
    bars = home.committee_chart.bars
    assert [b.label.split(" ")[0] for b in bars] == ["PPS", "MEI", "CI"]
    for bar, group in zip(bars, board.by_committee, strict=True):
        assert bar.total == group.total
        assert bar.label.endswith(
            f"{group.average_percent:.0f} %"
            if group.average_percent is not None
            else status_label(NO_REPORT)
        )
    assert len(home.nucleus_chart.bars) == 8
    assert any(b.value > 0 for b in home.nucleus_chart.bars)
    assert home.meetings_table.rowCount() == len(board.meetings_this_semester)
    assert "exported" in home.unexported_label.text()


def test_home_at_sisca_has_the_country_result_matrix(
    demo_regional_db, open_records, make_window, wait_idle
):
    record = open_records(demo_regional_db)
    home = _home(make_window(record), wait_idle)
    assert home.matrix is not None
    assert len(home.matrix.rows) == 8
    assert len(home.matrix.columns) == 38  # the country results; the 4 regional are SISCA's
    assert set(home.matrix.cells.values()) == {NO_REPORT}  # no country has sent anything yet


def test_home_follows_record_changes(demo_country_db, open_records, make_window, wait_idle):
    from cisdesk.db.models import Agreement

    record = open_records(demo_country_db)
    window = make_window(record)
    home = _home(window, wait_idle)
    before = len(home.overdue_texts())
    with record.edit() as session:
        session.add(
            Agreement(
                text="Enviar el informe atrasado",
                responsible_country="GT",
                due_date=dt.date(2019, 1, 10),
                status="pending",
            )
        )
    window.ctx.notify({"agreement"})
    wait_idle(window.ctx)
    assert len(home.overdue_texts()) == before + 1
    assert "Enviar el informe atrasado" in home.overdue_texts()


# --- Plan -------------------------------------------------------------------------------


def _get(record, model, row_id):
    with record.reader() as session:
        return session.get(model, row_id)


def _open_new_version(record, result) -> None:
    from cisdesk.activity.plan_versions import start_new_version
    from cisdesk.db.models import Milestone

    milestone = _get(record, Milestone, result.milestone_id)
    if _get(record, Strategy, milestone.strategy_id).status != "draft":
        start_new_version(record, milestone.strategy_id)


def _first(record, model):
    with record.reader() as session:
        return session.scalars(select(model).order_by(model.id)).first()


def test_plan_is_read_only_at_a_country(demo_country_db, open_records, make_window) -> None:
    record = open_records(demo_country_db)
    plan = make_window(record).go_to("plan")
    assert not plan.editable
    assert plan.findChild(object, "readOnlyNote") is not None
    result = _first(record, Result)
    assert plan.select_row("result", result.id)
    assert plan.editors["text"].isReadOnly()
    assert plan.editors["start_semester"].isReadOnly()
    assert plan.findChild(QPushButton, "savePlan") is None
    assert plan.findChild(QPushButton, "addPptSemester") is None
    strategy = _first(record, Strategy)
    plan.select_row("strategy", strategy.id)
    assert plan.findChild(QPushButton, "to_validated") is None
    assert not plan.has_unsaved_changes()
    assert plan.ppt_table.rowCount() == 28


def test_plan_tree_holds_the_whole_plan(demo_regional_db, open_records, make_window) -> None:
    record = open_records(demo_regional_db)
    plan = make_window(record).go_to("plan")
    kinds: dict[str, int] = {}
    for item in plan.tree.all_items():
        table = item.data(0, 0x0100)[0]
        kinds[table] = kinds.get(table, 0) + 1
    assert kinds["committee"] == 3
    assert kinds["strategy"] == 3
    assert kinds["thematic_combo"] == 9
    assert kinds["combo_line"] == 31
    assert kinds["milestone"] == 23
    assert kinds["result"] == 42


def test_plan_edit_at_sisca_with_undo_and_redo(demo_regional_db, open_records, make_window) -> None:
    record = open_records(demo_regional_db)
    window = make_window(record)
    plan = window.go_to("plan")
    result = _first(record, Result)
    original = result.text
    _open_new_version(record, result)  # the demo approved the strategies: they are locked
    plan.refresh()
    assert plan.select_row("result", result.id)
    plan.editors["text"].setPlainText("Marco regional revisado")
    plan.editors["start_semester"].setText("2019-II")
    assert plan.has_unsaved_changes()
    assert plan.save()
    stored = _first(record, Result)
    assert (stored.text, stored.start_semester) == ("Marco regional revisado", "2019-II")
    with record.reader() as session:
        version = versions_of(session.connection(), [result.id])[(result.id, "text")]
    assert version.site == record.install.site_id  # a captured edit of this install
    assert window.ctx.undo_stack.canUndo()
    window.ctx.undo_stack.undo()
    stored = _first(record, Result)
    assert (stored.text, stored.start_semester) == (original, result.start_semester)
    window.ctx.undo_stack.redo()
    assert _first(record, Result).text == "Marco regional revisado"
    plan.refresh()
    assert plan.editors["text"].toPlainText() == "Marco regional revisado"


def test_plan_refuses_a_bad_semester_and_changes_nothing(
    demo_regional_db, open_records, make_window, dialogs
) -> None:
    record = open_records(demo_regional_db)
    plan = make_window(record).go_to("plan")
    result = _first(record, Result)
    _open_new_version(record, result)
    plan.refresh()
    digest = _digest(record)
    plan.select_row("result", result.id)
    plan.editors["start_semester"].setText("2019-III")
    assert not plan.save()
    assert "not a semester" in dialogs.texts("warning")[-1]
    assert _digest(record) == digest
    assert plan.has_unsaved_changes()  # the typed value stays for correction


def test_strategy_workflow_buttons_and_undo(
    demo_regional_db, open_records, make_window, dialogs
) -> None:
    record = open_records(demo_regional_db)
    window = make_window(record)
    plan = window.go_to("plan")
    with record.reader() as session:
        draft = session.scalars(
            select(Strategy).where(Strategy.status == "draft").order_by(Strategy.id)
        ).first()
    if draft is None:  # the demo approves them: a change starts a new draft version
        from cisdesk.activity.plan_versions import start_new_version

        draft = _first(record, Strategy)
        start_new_version(record, draft.id)
    plan.refresh()
    assert plan.select_row("strategy", draft.id)
    plan.step_date.setDate(QDate(2018, 2, 15))
    plan.findChild(QPushButton, "to_validated").click()
    stored = _get(record, Strategy, draft.id)
    assert (stored.status, stored.validated_on) == ("validated", dt.date(2018, 2, 15))
    plan.step_date.setDate(QDate(2018, 1, 1))
    plan.findChild(QPushButton, "to_approved").click()  # before the validation: refused
    assert "before the CT-CIS validated it" in dialogs.texts("warning")[-1]
    assert _get(record, Strategy, draft.id).status == "validated"
    window.ctx.undo_stack.undo()  # a step taken is not undone: refused, nothing changes
    assert "cannot be undone" in dialogs.texts("warning")[-1]
    assert _get(record, Strategy, draft.id).status == "validated"


def test_ppt_calendar_at_sisca(demo_regional_db, open_records, make_window) -> None:
    record = open_records(demo_regional_db)
    window = make_window(record)
    plan = window.go_to("plan")
    rows = dict(plan.ppt_rows())
    assert rows["2018-I"] == "DO"
    term_id = plan.add_ppt_semester()
    plan.refresh()
    assert plan.ppt_rows()[-1] == ("2031-I", "GT")
    window.ctx.undo_stack.undo()
    plan.refresh()
    assert plan.ppt_rows()[-1][0] == "2030-II"
    assert _get(record, PptTerm, term_id).deleted
    with record.reader() as session:
        first = session.scalars(select(PptTerm).where(PptTerm.semester == "2018-I")).one()
    assert plan.set_ppt_country(first.id, "GT")
    assert _get(record, PptTerm, first.id).country == "GT"
    window.ctx.undo_stack.undo()
    assert _get(record, PptTerm, first.id).country == "DO"


def test_home_recomputes_only_what_an_edit_and_its_undo_touched(
    demo_country_db, open_records, make_window, wait_idle
):
    from cisdesk.activity import progress
    from cisdesk.db.models import ProgressReport
    from cisdesk.ui.undo import perform

    record = open_records(demo_country_db)
    window = make_window(record)
    home = _home(window, wait_idle)
    semester = home.semester()
    with record.reader() as session:
        report = session.scalars(
            select(ProgressReport)
            .where(ProgressReport.deleted.is_(False), ProgressReport.status != "completed")
            .order_by(ProgressReport.semester.desc(), ProgressReport.id)
        ).first()
    meetings_before = home.dashboard.meetings_this_semester
    perform(
        window.ctx,
        "edit",
        lambda: progress.update_progress(record, report.id, status="completed", percent=100),
    )
    wait_idle(window.ctx)
    assert home.last_parts == {"progress", "unexported"}
    assert home.dashboard == build_dashboard(record, semester)
    assert home.dashboard.meetings_this_semester is meetings_before  # not read again
    window.ctx.undo_stack.undo()
    wait_idle(window.ctx)
    assert home.last_parts == {"progress", "unexported"}
    assert home.dashboard == build_dashboard(record, semester)


def test_home_names_conflicts_to_review(demo_country_db, open_records, make_window, wait_idle):
    import json

    from cisdesk.db.local import Conflict
    from cisdesk.db.models import Meeting

    record = open_records(demo_country_db)
    with record.reader() as session:
        meeting = session.scalars(select(Meeting).order_by(Meeting.date.desc())).first()
        meeting_id, date, title = meeting.id, meeting.date, meeting.title
    home = _home(make_window(record), wait_idle)
    assert home.conflicts_group.isHidden()
    with record.local() as session, session.begin():
        session.add(
            Conflict(
                tbl="meeting",
                row_id=meeting_id,
                field="title",
                kept_value=json.dumps(title),
                kept_hlc=5 << 16,
                kept_site=record.install.site_id,
                lost_value=json.dumps("Otro título"),
                lost_hlc=4 << 16,
                lost_site="11111111-1111-4111-8111-111111111111",
                detected_at=dt.datetime.now(dt.UTC),
                resolved=False,
            )
        )
    home.refresh()
    wait_idle(home.ctx)
    assert not home.conflicts_group.isHidden()
    assert "(1)" in home.conflicts_group.title()
    shown = home.conflicts_label.text()
    assert f'Meeting {date.isoformat()} "{title[:20]}' in shown and '" — Title' in shown
    assert meeting_id[:8] not in shown


def test_home_title_says_the_country_once(make_install, make_window, wait_idle):
    window = make_window(make_install("GT"))
    home = _home(window, wait_idle)
    assert home.title.text() == "Guatemala"


def test_first_steps_tick_themselves_on_a_new_install(
    make_install, make_window, wait_idle, tmp_path
):
    from cisdesk.activity import meetings

    record = make_install("GT")
    window = make_window(record)
    home = _home(window, wait_idle)
    steps = home.first_steps
    assert steps.isVisibleTo(home)
    assert steps.ticked() == [False, False, False, False]
    # Step 1 is done by its own button's work: the key file is written, the step ticks.
    target = tmp_path / "cisdesk-GT.pub"
    assert home.save_public_key_to(str(target))
    wait_idle(window.ctx)
    assert target.read_bytes().startswith(b"{")
    assert steps.ticked() == [True, False, False, False]
    # Step 3 ticks once the first meeting is recorded.
    committee = next(iter(_committees(record).values()))
    meetings.create_meeting(
        record,
        kind="committee",
        committee_id=committee,
        title="Primera sesión",
        date=record.today(),
        duration_minutes=60,
        virtual=True,
    )
    window.ctx.notify({"meeting"})
    home.refresh()
    wait_idle(window.ctx)
    assert steps.ticked() == [True, False, True, False]
    # The other steps lead to where they are done.
    steps.buttons[1][0].click()
    assert window.current_key() == "sync"
    assert window.page("sync").tabs.currentWidget() is window.page("sync").keys


def _committees(record):
    from cisdesk.db.models import Committee

    with record.reader() as session:
        return {c.code: c.id for c in session.scalars(select(Committee))}
