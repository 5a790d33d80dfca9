"""Bundles that must be refused (exit 1, nothing changed) and warnings that must not refuse.

Every test runs on both backends: the installs are SQLite files, or databases on
the test PostgreSQL server ("nothing changed" compares every table's rows).
"""

import datetime as dt
import hashlib
import re
import uuid
from pathlib import Path

import pytest
from factories import (
    World,
    change_line,
    database_state,
    digest_of,
    key_file_of,
    meeting_lines,
    replace_entry,
)
from sqlalchemy import select

from cisdesk.cli import main
from cisdesk.db import clock
from cisdesk.db.capture import REFERENCE_SITE
from cisdesk.db.local import ImportLog, Quarantine
from cisdesk.db.models import Committee, Meeting, Result
from cisdesk.db.record import Record
from cisdesk.sync import container, keyring
from cisdesk.sync.importer import import_bundles


def new_id() -> str:
    return str(uuid.uuid4())


def now_hlc() -> int:
    return clock.from_wall(clock.wall_ms())


def import_cli(record: Record, *files: Path) -> int:
    return main(["bundle", "import", "--db", record.target, *map(str, files)])


def assert_refused(
    record: Record, bundle: Path, capsys: pytest.CaptureFixture[str], reason: str
) -> None:
    """Exit 1, a one-line reason, nothing changed but a 'rejected' line in the import log."""
    before_digest = digest_of(record)
    before = database_state(record)
    assert import_cli(record, bundle) == 1
    out, err = capsys.readouterr()
    assert not out.strip()
    line, total = err.strip().splitlines()
    assert line.startswith(f"{bundle.name}: rejected: ")
    assert re.search(reason, line), line
    assert "were not imported" in total
    assert digest_of(record) == before_digest
    assert database_state(record) == before
    with record.reader() as session:
        last = session.scalars(select(ImportLog).order_by(ImportLog.id.desc())).first()
    assert last is not None and last.outcome == "rejected"
    assert re.search(reason, last.reason or "")
    assert last.file_name == bundle.name and len(last.file_sha256) == 64


# --- what a country key may write ---------------------------------------------------------------


def test_a_country_key_cannot_touch_another_countrys_rows(world: World, capsys) -> None:
    bundle = world.forge(world.gt, world.path("b.cisb"), meeting_lines(world.gt, owner="HN"))
    assert_refused(
        world.sisca, bundle, capsys, "bundle from Guatemala cannot change a row of Honduras"
    )


def test_a_country_key_cannot_touch_the_plan(world: World, capsys) -> None:
    with world.gt.reader() as session:
        committee = session.scalars(select(Committee)).first()
    line = change_line(
        "committee", committee.id, "REG", "name", "Otro", now_hlc(), world.gt.install.site_id
    )
    bundle = world.forge(world.gt, world.path("b.cisb"), [line])
    assert_refused(world.sisca, bundle, capsys, "cannot change a row of SISCA")


def test_a_country_cannot_add_rows_to_the_plan(world: World, capsys) -> None:
    line = change_line(
        "committee", new_id(), "GT", "name", "Comité propio", now_hlc(), world.gt.install.site_id
    )
    bundle = world.forge(world.gt, world.path("b.cisb"), [line])
    assert_refused(world.sisca, bundle, capsys, r"row of the plan \(committee\) under Guatemala")


def test_a_country_report_on_a_regional_result_is_refused_at_its_line(world: World, capsys) -> None:
    """Many reports on country results, then one on a regional result: that line is named."""
    with world.gt.reader() as session:
        ordinary = session.scalars(select(Result.id).where(Result.regional.is_not(True))).all()
        regional = session.scalars(select(Result.id).where(Result.regional.is_(True))).first()
    site, hlc = world.gt.install.site_id, now_hlc()
    lines = [
        change_line("progress_report", new_id(), "GT", "result_id", result_id, hlc, site)
        for result_id in ordinary
    ]
    lines.append(change_line("progress_report", new_id(), "GT", "result_id", regional, hlc, site))
    bundle = world.forge(world.gt, world.path("b.cisb"), lines)
    assert_refused(
        world.sisca, bundle, capsys, f"line {len(lines)} of the bundle reports .* regional result"
    )


def test_a_line_written_at_a_site_of_another_country_is_refused(world: World, capsys) -> None:
    lines = meeting_lines(world.gt, site=world.hn.install.site_id)
    bundle = world.forge(world.gt, world.path("b.cisb"), lines)
    assert_refused(world.sisca, bundle, capsys, "site the keyring does not enrol for Guatemala")


def test_a_line_written_at_another_laptop_of_the_country_is_relayed(world: World) -> None:
    """Relay (docs/ARCHITECTURE.md §4): any key of the country may carry the country's rows."""
    lines = meeting_lines(world.gt, site=world.gt2.install.site_id)
    bundle = world.forge(world.gt, world.path("b.cisb"), lines)
    [outcome] = import_bundles(world.sisca, [bundle])
    assert outcome.outcome == "imported" and outcome.applied == len(lines)


def test_a_bundle_claiming_another_origin_is_refused(world: World, capsys) -> None:
    lines = meeting_lines(world.gt, owner="HN", site=world.hn.install.site_id)
    bundle = world.forge(
        world.gt,
        world.path("b.cisb"),
        lines,
        origin_country="HN",
        origin_site=world.hn.install.site_id,
    )
    assert_refused(world.sisca, bundle, capsys, "enrolled for Guatemala, not Honduras")
    other_site = world.forge(
        world.gt,
        world.path("c.cisb"),
        meeting_lines(world.gt2),
        origin_site=world.gt2.install.site_id,
    )
    assert_refused(world.sisca, other_site, capsys, "enrolled for another site of Guatemala")


def test_a_row_owned_by_another_country_is_refused(world: World, capsys) -> None:
    lines = meeting_lines(world.gt)
    world.forge(world.gt, world.path("gt.cisb"), lines)
    assert import_bundles(world.sisca, [world.path("gt.cisb")])[0].outcome == "imported"
    hn_site = world.hn.install.site_id
    claim = [change_line("meeting", lines[0]["r"], "HN", "title", "Nuestra", now_hlc(), hn_site)]
    bundle = world.forge(world.hn, world.path("hn.cisb"), claim)
    assert_refused(world.sisca, bundle, capsys, "claims a row owned by Guatemala for Honduras")


# --- the file itself ----------------------------------------------------------------------------


def test_a_payload_taken_from_another_bundle_is_refused(world: World, capsys) -> None:
    with world.gt.edit() as session:
        session.add(Meeting(title="Una"))
    world.export(world.gt, world.path("gt-1.cisb"))
    with world.gt.edit() as session:
        session.add(Meeting(title="Otra", place="Managua"))
    world.export(world.gt, world.path("gt-2.cisb"))
    first_payload = container.inspect_container(world.path("gt-1.cisb").read_bytes()).payload
    bundle = replace_entry(
        world.path("gt-2.cisb"), world.path("mixed.cisb"), container.PAYLOAD_ENTRY, first_payload
    )
    assert_refused(world.sisca, bundle, capsys, "altered or damaged")


def test_a_row_count_that_does_not_match_is_refused(world: World, capsys) -> None:
    lines = meeting_lines(world.gt)
    bundle = world.forge(world.gt, world.path("b.cisb"), lines, row_count=len(lines) + 1)
    assert_refused(world.sisca, bundle, capsys, f"manifest says {len(lines) + 1}")


def test_a_highest_clock_that_does_not_match_is_refused(world: World, capsys) -> None:
    lines = meeting_lines(world.gt)
    bundle = world.forge(world.gt, world.path("b.cisb"), lines, highest_hlc=lines[0]["h"] + 5)
    assert_refused(world.sisca, bundle, capsys, "highest clock value")


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("duration_minutes", "90", "expected a whole number"),
        ("virtual", "yes", "expected true or false"),
        ("date", "02/04/2018", "expected a date"),
        ("place", 12, "expected text"),
    ],
)
def test_a_value_of_the_wrong_type_is_refused(world: World, capsys, field, value, reason) -> None:
    lines = meeting_lines(world.gt)
    lines.append({**lines[-1], "f": field, "v": value})
    bundle = world.forge(world.gt, world.path("b.cisb"), lines)
    assert_refused(world.sisca, bundle, capsys, f"Line 4 .*{reason}")


def test_an_unknown_table_or_field_is_refused(world: World, capsys) -> None:
    lines = meeting_lines(world.gt)
    bundle = world.forge(world.gt, world.path("t.cisb"), [*lines, {**lines[0], "t": "salary"}])
    assert_refused(world.sisca, bundle, capsys, "unknown table 'salary'")
    bundle = world.forge(world.gt, world.path("f.cisb"), [*lines, {**lines[0], "f": "salary"}])
    assert_refused(world.sisca, bundle, capsys, "meeting has no field 'salary'")


def test_files_that_are_not_bundles_are_refused(world: World, capsys, tmp_path: Path) -> None:
    text = tmp_path / "notes.cisb"
    text.write_text("not a bundle")
    assert_refused(world.sisca, text, capsys, "not a cisdesk bundle")
    empty = tmp_path / "empty.cisb"
    empty.write_bytes(b"")
    assert_refused(world.sisca, empty, capsys, "empty")


def test_a_missing_evidence_file_waits_for_its_volume(world: World) -> None:
    lines = meeting_lines(world.gt)
    sha = hashlib.sha256(b"never sent").hexdigest()
    row = new_id()
    evidence = [
        change_line("evidence", row, "GT", "owner", "GT", lines[0]["h"], lines[0]["s"]),
        change_line("evidence", row, "GT", "sha256", sha, lines[0]["h"], lines[0]["s"]),
    ]
    bundle = world.forge(world.gt, world.path("b.cisb"), evidence)
    [outcome] = import_bundles(world.sisca, [bundle])
    assert outcome.outcome == "imported" and outcome.pending_blobs == 1
    assert "1 evidence files not yet received" in outcome.summary()


# --- keys ----------------------------------------------------------------------------------------


def test_a_bundle_from_a_key_that_is_not_enrolled_is_refused(world: World, capsys) -> None:
    stranger = world.new_install("gt-new", country="GT")
    with stranger.edit() as session:
        session.add(Meeting(title="Sin enrolar"))
    world.export(stranger, world.path("b.cisb"))
    assert_refused(world.sisca, world.path("b.cisb"), capsys, "is not enrolled for Guatemala")


def test_a_revoked_key_is_refused_after_its_cut_off(world: World, capsys) -> None:
    for title in ("Primera", "Segunda"):
        with world.gt.edit() as session:
            session.add(Meeting(title=title))
        world.export(world.gt, world.path(f"gt-{title}.cisb"))
    assert import_cli(world.sisca, world.path("gt-Primera.cisb")) == 0
    capsys.readouterr()
    with world.sisca.local() as session:
        keyring.revoke(session, key_file_of(world.gt).key_id, 1)
        session.commit()
    assert_refused(world.sisca, world.path("gt-Segunda.cisb"), capsys, "revoked after bundle 1")
    assert import_cli(world.sisca, world.path("gt-Primera.cisb")) == 0  # a duplicate


def test_a_regional_bundle_from_an_untrusted_root_is_refused(world: World, capsys) -> None:
    impostor = world.new_install("impostor")
    world.export(impostor, world.path("regional.cisb"))
    assert_refused(world.hn, world.path("regional.cisb"), capsys, "another deployment|root key")


def test_an_older_keyring_is_refused(world: World, capsys) -> None:
    world.export(world.sisca, world.path("regional-1.cisb"))
    newcomer = world.new_install("bz", country="BZ")
    with world.sisca.local() as session:
        keyring.enroll(session, key_file_of(newcomer), "BZ")
        session.commit()
    world.export(world.sisca, world.path("regional-2.cisb"))
    assert import_cli(world.hn, world.path("regional-2.cisb")) == 0
    capsys.readouterr()
    assert_refused(world.hn, world.path("regional-1.cisb"), capsys, "keyring rollback")


def test_regional_lines_must_come_from_enrolled_sites_of_their_owner(world: World, capsys) -> None:
    world.export(world.sisca, world.path("keyring.cisb"))
    assert import_cli(world.hn, world.path("keyring.cisb")) == 0  # HN learns the sites
    capsys.readouterr()
    stranger = new_id()
    gt_site = world.gt.install.site_id
    cases = {
        "unknown.cisb": (meeting_lines(world.gt, site=stranger), "site the keyring does not enrol"),
        "owner.cisb": (
            meeting_lines(world.gt, owner="HN", site=gt_site),
            "a site of Guatemala cannot change a row of Honduras",
        ),
        "plan.cisb": (
            [change_line("committee", new_id(), "REG", "name", "x", 5, REFERENCE_SITE)],
            "reference plan",
        ),
    }
    for name, (lines, reason) in cases.items():
        bundle = world.forge(world.sisca, world.path(name), lines)
        assert_refused(world.hn, bundle, capsys, reason)


# --- held back, and warnings that do not refuse ---------------------------------------------------


def test_a_bundle_from_the_far_future_is_quarantined(world: World, capsys) -> None:
    future = clock.from_wall(clock.wall_ms() + 3 * 86_400_000)
    lines = [{**line, "h": future} for line in meeting_lines(world.gt)]
    bundle = world.forge(world.gt, world.path("future.cisb"), lines)
    before = database_state(world.sisca, skip=("import_log", "quarantine"))
    digest = digest_of(world.sisca)
    assert import_cli(world.sisca, bundle) == 1
    err = capsys.readouterr().err
    assert "future.cisb: quarantined" in err and "days ahead" in err
    assert digest_of(world.sisca) == digest
    assert database_state(world.sisca, skip=("import_log", "quarantine")) == before
    with world.sisca.reader() as session:
        [held] = session.scalars(select(Quarantine)).all()
        log = session.get(ImportLog, held.import_log_id)
    assert held.data == bundle.read_bytes()
    assert log.outcome == "quarantined"


def test_a_quarantined_bundle_is_stored_once_however_often_it_is_offered(
    world: World, capsys
) -> None:
    future = clock.from_wall(clock.wall_ms() + 3 * 86_400_000)
    lines = [{**line, "h": future} for line in meeting_lines(world.gt)]
    bundle = world.forge(world.gt, world.path("future.cisb"), lines)
    for _attempt in range(5):
        assert import_cli(world.sisca, bundle) == 1
    capsys.readouterr()
    with world.sisca.reader() as session:
        held = session.scalars(select(Quarantine)).all()
        logs = session.scalars(select(ImportLog).where(ImportLog.outcome == "quarantined")).all()
    assert len(held) == 1 and held[0].data == bundle.read_bytes()
    assert len(logs) == 5


def test_a_quarantined_bundle_imports_once_the_clocks_agree(
    world: World, capsys, monkeypatch
) -> None:
    ahead_ms = clock.wall_ms() + 3 * 86_400_000
    lines = [{**line, "h": clock.from_wall(ahead_ms)} for line in meeting_lines(world.gt)]
    bundle = world.forge(world.gt, world.path("future.cisb"), lines)
    assert import_cli(world.sisca, bundle) == 1
    digest = digest_of(world.sisca)
    monkeypatch.setattr(clock, "wall_ms", lambda: ahead_ms)  # three days later
    assert import_cli(world.sisca, bundle) == 0
    assert "future.cisb: imported" in capsys.readouterr().out
    assert digest_of(world.sisca) != digest


def test_gaps_and_late_bundles_are_reported_and_imported(world: World, capsys) -> None:
    for n in (1, 2, 3):
        with world.gt.edit() as session:
            session.add(Meeting(title=f"Reunión {n}"))
        world.export(world.gt, world.path(f"gt-{n}.cisb"))
    assert import_cli(world.sisca, world.path("gt-3.cisb"), world.path("gt-1.cisb")) == 0
    out = capsys.readouterr().out.splitlines()
    assert "Gap: bundles 1 to 2 of this site have not been imported." in out[0]
    assert "Out of order: bundle 3 of this site was imported before." in out[1]
    assert digest_of(world.sisca) == digest_of(world.gt)
    with world.sisca.reader() as session:
        reasons = [e.reason for e in session.scalars(select(ImportLog).order_by(ImportLog.id))]
    assert "Gap" in reasons[0] and "Out of order" in reasons[1]


def test_a_fork_is_reported_and_imported(world: World, capsys) -> None:
    twin = world.copy(world.gt, "gt-twin")  # e.g. a restored old copy
    for record, name in ((world.gt, "gt-a.cisb"), (twin, "gt-b.cisb")):
        with record.edit() as session:
            session.add(Meeting(title=name, date=dt.date(2018, 1, 9)))
        world.export(record, world.path(name))
    assert import_cli(world.sisca, world.path("gt-a.cisb"), world.path("gt-b.cisb")) == 0
    out = capsys.readouterr().out.splitlines()
    assert "Fork" not in out[0]
    assert "Fork: bundle 1 of this site was imported before with other contents." in out[1]
    with world.sisca.reader() as session:
        titles = set(session.scalars(select(Meeting.title).where(Meeting.owner == "GT")))
    assert titles == {"gt-a.cisb", "gt-b.cisb"}
    again = import_bundles(world.sisca, [world.path("gt-b.cisb")])
    assert again[0].outcome == "duplicate"


def test_one_refused_file_does_not_stop_the_others(world: World, capsys) -> None:
    bad = world.forge(world.gt, world.path("bad.cisb"), meeting_lines(world.gt, owner="HN"))
    good = world.forge(world.gt, world.path("good.cisb"), meeting_lines(world.gt), seq=2)
    assert import_cli(world.sisca, bad, good) == 1
    out, err = capsys.readouterr()
    assert err.startswith("bad.cisb: rejected") and out.startswith("good.cisb: imported")
