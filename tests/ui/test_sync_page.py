"""The Sync page: export, import (file list and drops), history, conflicts, keyring."""

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from cisdesk.activity.dashboard import NO_REPORT
from cisdesk.db.digest import record_digest
from cisdesk.db.local import Conflict, ImportLog, KeyringEntry
from cisdesk.db.models import Result
from cisdesk.sync import keys
from cisdesk.sync.export import export_bundle
from cisdesk.sync.provision import create_install


def _digest(record) -> str:
    with record.engine.connect() as conn:
        return record_digest(conn)


def _public_key_file(record, folder: Path) -> Path:
    with record.reader() as session:
        data = keys.export_public_key(session)
    path = folder / f"{record.install.owner}-{record.install.site_id[:6]}.pub"
    path.write_bytes(data)
    return path


@pytest.fixture
def sisca(demo_regional_db, open_records, make_window):
    record = open_records(demo_regional_db)
    window = make_window(record)
    return window, window.go_to("sync")


@pytest.fixture
def guatemala(demo_country_db, open_records):
    return open_records(demo_country_db)


def _import(page, paths, wait_idle):
    assert page.import_files([str(p) for p in paths])
    wait_idle(page.ctx)
    assert not page.exchange.importing
    return page.exchange.last_outcomes


def test_enrol_then_import_changes_what_sisca_shows(
    sisca, guatemala, tmp_path, wait_idle, dialogs
) -> None:
    window, page = sisca
    home = window.page("home")
    wait_idle(window.ctx)
    assert set(home.matrix.cells.values()) == {NO_REPORT}
    assert page.keys.enroll_key_file(str(_public_key_file(guatemala, tmp_path)))
    question = dialogs.texts("question")[-1]
    with guatemala.reader() as session:
        assert keys.fingerprint(keys.own_key(session).public_key) in question
    wait_idle(page.ctx)
    assert page.keys.keyring_table.rowCount() == 2  # SISCA's own key and Guatemala's
    bundle = export_bundle(guatemala, tmp_path / "gt-1.cisb").path

    outcomes = _import(page, [bundle], wait_idle)
    assert [o.outcome for o in outcomes] == ["imported"]
    assert page.exchange.outcome_table.rowCount() == 1
    assert page.history.history_table.rowCount() == 1
    assert not dialogs.texts("warning")
    window.go_to("home")
    wait_idle(window.ctx)
    guatemala_cells = {k: v for k, v in home.matrix.cells.items() if k[0] == "GT"}
    assert any(status != NO_REPORT for status in guatemala_cells.values())
    assert all(v == NO_REPORT for k, v in home.matrix.cells.items() if k[0] == "HN")


def test_a_rejected_bundle_shows_its_reason_and_changes_nothing(
    sisca, make_install, tmp_path, wait_idle, dialogs
) -> None:
    _window, page = sisca
    honduras = make_install("HN")  # never enrolled at SISCA
    with honduras.edit() as session:
        from cisdesk.db.models import Meeting

        session.add(Meeting(kind="joint", title="Sesión", date=dt.date(2019, 3, 1)))
    bundle = export_bundle(honduras, tmp_path / "hn-1.cisb").path
    before = _digest(page.ctx.record)
    outcomes = _import(page, [bundle], wait_idle)
    assert [o.outcome for o in outcomes] == ["rejected"]
    warning = dialogs.texts("warning")[-1]
    assert "hn-1.cisb" in warning
    assert "not enrolled" in warning
    assert _digest(page.ctx.record) == before
    with page.ctx.record.reader() as session:
        log = session.scalars(select(ImportLog)).one()
    assert log.outcome == "rejected"
    assert page.history.history_table.item(0, 4).text() == "rejected"


def test_several_files_each_get_an_outcome(sisca, guatemala, tmp_path, wait_idle, dialogs) -> None:
    _window, page = sisca
    assert page.keys.enroll_key_file(str(_public_key_file(guatemala, tmp_path)))
    bundle = export_bundle(guatemala, tmp_path / "gt-1.cisb").path
    garbage = tmp_path / "broken.cisb"
    garbage.write_bytes(b"not a zip at all")
    outcomes = _import(page, [bundle, garbage, bundle], wait_idle)
    assert [o.outcome for o in outcomes] == ["imported", "rejected", "duplicate"]
    assert page.exchange.outcome_table.rowCount() == 3
    assert "broken.cisb" in dialogs.texts("warning")[-1]


def test_dropping_a_bundle_on_the_window_imports_it(sisca, guatemala, tmp_path, wait_idle) -> None:
    window, page = sisca
    assert page.keys.enroll_key_file(str(_public_key_file(guatemala, tmp_path)))
    bundle = export_bundle(guatemala, tmp_path / "gt-1.cisb").path
    window.go_to("home")
    window.import_bundles([bundle])
    assert window.current_key() == "sync"
    wait_idle(window.ctx)
    assert [o.outcome for o in page.exchange.last_outcomes] == ["imported"]


def test_export_from_the_page_says_where_and_what(sisca, tmp_path, wait_idle) -> None:
    window, page = sisca
    target = tmp_path / "regional-1.cisb"
    assert page.exchange.export_to(str(target))
    wait_idle(window.ctx)
    assert target.exists()
    assert page.exchange.last_export.seq == 1
    text = page.exchange.export_result.text()
    assert str(target) in text
    assert str(page.exchange.last_export.changes) in text
    assert page.history.export_table.rowCount() == 1
    assert window.status.state.last_export is not None


def test_export_asks_for_the_passphrase(make_install, make_window, tmp_path, wait_idle, dialogs):
    record = create_install(str(tmp_path / "protected.db"), country="CR", passphrase="clave segura")
    try:
        window = make_window(record)
        page = window.go_to("sync")
        dialogs.text = "equivocada"
        assert page.exchange.export_to(str(tmp_path / "cr.cisb"))
        wait_idle(window.ctx)
        assert "passphrase" in dialogs.texts("warning")[-1]
        assert not (tmp_path / "cr.cisb").exists()
        dialogs.text = ""
        assert not page.exchange.export_to(str(tmp_path / "cr.cisb"))  # cancelled: nothing started
        dialogs.text = "clave segura"
        assert page.exchange.export_to(str(tmp_path / "cr.cisb"))
        wait_idle(window.ctx)
        assert (tmp_path / "cr.cisb").exists()
    finally:
        window.ctx.tasks.wait()
        record.close()


def _add_conflict(record, table: str, row_id: str, field: str, kept, lost) -> None:
    with record.local() as session, session.begin():
        session.add(
            Conflict(
                tbl=table,
                row_id=row_id,
                field=field,
                kept_value=json.dumps(kept),
                kept_hlc=1 << 16,
                kept_site=record.install.site_id,
                lost_value=json.dumps(lost),
                lost_hlc=2 << 16,
                lost_site="11111111-1111-4111-8111-111111111111",
                detected_at=dt.datetime.now(dt.UTC),
                resolved=False,
            )
        )


def test_choosing_the_other_value_of_a_conflict(sisca, dialogs) -> None:
    window, page = sisca
    record = page.ctx.record
    with record.reader() as session:
        result = session.scalars(select(Result).order_by(Result.id)).first()
    _add_conflict(record, "result", result.id, "text", result.text, "Texto de la otra sede")
    window.ctx.notify({"conflict"})
    page.refresh()
    assert page.conflicts.conflict_table.rowCount() == 1
    assert "(1)" in page.tabs.tabText(2)
    page.conflicts.select_conflict(0)
    assert page.conflicts.kept_text.toPlainText() == result.text
    assert page.conflicts.lost_text.toPlainText() == "Texto de la otra sede"
    other = page.findChild(QPushButton, "useOtherValue")
    assert other.isEnabled()
    other.click()
    with record.reader() as session:
        assert session.get(Result, result.id).text == "Texto de la otra sede"
        assert session.scalars(select(Conflict)).one().resolved
    page.refresh()
    assert page.conflicts.conflict_table.rowCount() == 0


def test_a_conflict_on_another_owners_row_cannot_take_the_other_value(sisca, dialogs):
    _window, page = sisca
    record = page.ctx.record
    from cisdesk.db.capture import Capture
    from cisdesk.db.models import Delegate

    guatemala = Capture(site_id="33333333-3333-4333-8333-333333333333", owner="GT")
    with record.edit(guatemala) as session:  # a row SISCA holds but Guatemala wrote
        delegate = Delegate(id="22222222-2222-4222-8222-222222222222", name="Ana")
        session.add(delegate)
    _add_conflict(record, "delegate", delegate.id, "name", "Ana", "Ana María")
    page.refresh()
    # Named as people know the row and the field, not by table and id.
    table = page.conflicts.conflict_table
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("Delegate Ana", "Name")
    page.conflicts.select_conflict(0)
    assert not page.findChild(QPushButton, "useOtherValue").isEnabled()
    assert "Guatemala" in page.conflicts.conflict_note.text()
    before = _digest(record)
    assert not page.conflicts.choose_conflict_value("lost")
    assert "Guatemala" in dialogs.texts("warning")[-1]
    assert _digest(record) == before
    assert page.conflicts.choose_conflict_value("kept")  # keeping the held value needs no edit
    with record.reader() as session:
        assert session.scalars(select(Conflict)).one().resolved


def test_revoking_and_refusing_keys(sisca, guatemala, tmp_path, dialogs, wait_idle) -> None:
    _window, page = sisca
    assert page.keys.enroll_key_file(str(_public_key_file(guatemala, tmp_path)))
    with guatemala.reader() as session:
        gt_key_id = keys.own_key(session).key_id
    assert page.keys.revoke_key(gt_key_id, 3)
    with page.ctx.record.reader() as session:
        assert session.get(KeyringEntry, gt_key_id).revoked_after_seq == 3
    wait_idle(page.ctx)
    assert any("3" in page.keys.keyring_table.item(r, 4).text() for r in range(2))
    # SISCA's own key file is refused with a sentence, and nothing changes.
    own_file = _public_key_file(page.ctx.record, tmp_path)
    assert not page.keys.enroll_key_file(str(own_file))
    assert dialogs.texts("warning")[-1]
    not_a_key = tmp_path / "x.pub"
    not_a_key.write_text("{}")
    assert not page.keys.enroll_key_file(str(not_a_key))
    assert dialogs.texts("warning")[-1]
    with page.ctx.record.reader() as session:
        assert len(session.scalars(select(KeyringEntry)).all()) == 2


def test_enrolment_needs_the_fingerprint_confirmed(sisca, guatemala, tmp_path, dialogs):
    from PySide6.QtWidgets import QMessageBox

    _window, page = sisca
    dialogs.answer = QMessageBox.StandardButton.No
    assert not page.keys.enroll_key_file(str(_public_key_file(guatemala, tmp_path)))
    with page.ctx.record.reader() as session:
        assert len(session.scalars(select(KeyringEntry)).all()) == 1


def test_a_country_trusts_the_root_and_imports_the_regional_bundle(
    sisca, guatemala, make_window, tmp_path, wait_idle, dialogs
) -> None:
    window, page = sisca
    assert page.keys.enroll_key_file(str(_public_key_file(guatemala, tmp_path)))
    root_file = _public_key_file(page.ctx.record, tmp_path)
    assert page.exchange.export_to(str(tmp_path / "regional.cisb"))
    wait_idle(window.ctx)
    country_window = make_window(guatemala)
    country_page = country_window.go_to("sync")
    assert country_page.findChild(QPushButton, "trustRoot") is not None
    outcomes = _import(country_page, [tmp_path / "regional.cisb"], wait_idle)
    assert outcomes[0].outcome == "rejected"  # not trusted yet
    assert "trust" in dialogs.texts("warning")[-1]
    assert country_page.keys.trust_root_file(str(root_file))
    wait_idle(country_window.ctx)
    assert "Trusted SISCA root key" in country_page.keys.own_key_label.text()
    outcomes = _import(country_page, [tmp_path / "regional.cisb"], wait_idle)
    assert outcomes[0].outcome == "imported"


def test_the_sync_folder_button_sends_and_receives(
    sisca, guatemala, tmp_path, wait_idle, dialogs
) -> None:
    """One remembered folder, one button, one plain summary (issue 12 §5)."""
    import os
    import time

    from cisdesk.sync.folder import remembered_folder, sync_folder

    window, page = sisca
    assert page.keys.enroll_key_file(str(_public_key_file(guatemala, tmp_path)))
    wait_idle(window.ctx)
    folder = tmp_path / "memoria-usb"
    folder.mkdir()
    sync_folder(guatemala, folder)  # the country's laptop left its bundle there
    past = time.time() - 3600
    for path in folder.iterdir():
        os.utime(path, (past, past))
    (folder / "leeme.txt").write_text("no es un paquete")
    box = page.folder
    assert not box.sync_button.isEnabled()
    box.set_folder(folder)
    assert remembered_folder(page.ctx.record) == folder
    assert box.sync_now()
    wait_idle(window.ctx)
    summary = box.summary.toPlainText()
    assert box.last_result is not None and len(box.last_result.imported) == 1
    assert "leeme.txt" in summary
    assert box.last_result.export is not None
    # The laptop trusts SISCA and picks up its regional bundle there: one record.
    from cisdesk.sync import keyring

    root = keys.read_public_key_file(_public_key_file(page.ctx.record, tmp_path).read_bytes())
    with guatemala.local() as session:
        keyring.trust_root(session, root)
        session.commit()
    later = time.time() + 3600
    assert len(sync_folder(guatemala, folder, clock=lambda: later).imported) == 1
    assert _digest(page.ctx.record) == _digest(guatemala)
    assert page.history.history_table.rowCount() == 1
