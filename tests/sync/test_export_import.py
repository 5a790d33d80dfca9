"""Export and import end to end: round trips, deltas, acknowledgements, logs, the CLI."""

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import (
    World,
    change_line,
    connect,
    copy_install,
    database_state,
    digest_of,
    forge_bundle,
)
from sqlalchemy import select, update

from cisdesk import paths
from cisdesk.activity import conflicts
from cisdesk.cli import main
from cisdesk.db import clock
from cisdesk.db.base import new_id
from cisdesk.db.demo import run_demo
from cisdesk.db.local import (
    Acknowledgement,
    Blob,
    Conflict,
    ExportLog,
    HeldVersion,
    ImportLog,
    Install,
    SeenBundle,
)
from cisdesk.db.models import Evidence, Meeting, ProgressReport, Result
from cisdesk.db.natural_keys import progress_report_id
from cisdesk.db.record import Record
from cisdesk.errors import CisdeskError
from cisdesk.messages import text
from cisdesk.progress import Cancelled
from cisdesk.sync.container import inspect_container, read_bundle_file
from cisdesk.sync.export import ExportResult, export_bundle
from cisdesk.sync.importer import ImportOutcome, import_bundles
from cisdesk.sync.payload import decode_payload
from cisdesk.sync.provision import create_install


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return World.build(tmp_path_factory.mktemp("world"))


@pytest.fixture
def world(templates: dict[str, Path], tmp_path: Path) -> Iterator[World]:
    opened = World.open(templates, tmp_path)
    yield opened
    opened.close()


def export(record: Record, path: Path, **kwargs) -> ExportResult:
    return export_bundle(record, path, **kwargs)


def import_one(record: Record, path: Path) -> ImportOutcome:
    [outcome] = import_bundles(record, [path])
    return outcome


def add_meeting(record: Record, title: str = "Sesión del comité") -> str:
    with record.edit() as session:
        row = Meeting(kind="committee", title=title, date=dt.date(2018, 4, 2), virtual=True)
        session.add(row)
    return row.id


def set_title(record: Record, row_id: str, title: str) -> None:
    with record.edit() as session:
        session.get(Meeting, row_id).title = title


def changes_in(path: Path) -> list:
    opened = inspect_container(read_bundle_file(path))
    return decode_payload(opened.payload).changes


def test_round_trip_through_sisca_and_back_with_the_cli(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    run_demo(world.gt, seed=3)
    gt_file, regional_file = world.path("gt-1.cisb"), world.path("regional-1.cisb")
    assert main(["bundle", "export", "--db", str(world.gt.path), "-o", str(gt_file)]) == 0
    assert "Wrote bundle 1" in capsys.readouterr().out
    assert main(["bundle", "import", "--db", str(world.sisca.path), str(gt_file)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("gt-1.cisb: imported from Guatemala (Guatemala A), bundle 1:")
    assert digest_of(world.sisca) == digest_of(world.gt)

    run_demo(world.sisca, seed=4)  # SISCA's own work on the plan
    sisca_digest = digest_of(world.sisca)
    args = ["bundle", "export", "--db", str(world.sisca.path), "-o", str(regional_file)]
    assert main(args) == 0
    assert "Wrote regional bundle 1" in capsys.readouterr().out
    for country in (world.hn, world.gt, world.gt2):
        assert main(["bundle", "import", "--db", str(country.path), str(regional_file)]) == 0
        assert "Keyring version 1 accepted" in capsys.readouterr().out
        assert digest_of(country) == sisca_digest


def test_second_export_carries_only_what_sisca_has_not_acknowledged(world: World) -> None:
    meeting_id = add_meeting(world.gt)
    first = export(world.gt, world.path("gt-1.cisb"))
    assert first.changes == len(Meeting.__table__.columns) - 1
    assert first.since_hlc == 0
    assert import_one(world.sisca, world.path("gt-1.cisb")).outcome == "imported"
    export(world.sisca, world.path("regional-1.cisb"))
    assert import_one(world.gt, world.path("regional-1.cisb")).outcome == "imported"
    with world.gt.reader() as session:
        ack = session.get(Acknowledgement, world.gt.install.site_id)
    assert ack is not None and ack.hlc == first.highest_hlc

    set_title(world.gt, meeting_id, "Título corregido")
    second = export(world.gt, world.path("gt-2.cisb"))
    assert (second.changes, second.seq, second.since_hlc) == (1, 2, first.highest_hlc)
    [change] = changes_in(world.path("gt-2.cisb"))
    assert (change.field, change.value, change.prev) == (
        "title",
        "Título corregido",
        (first.highest_hlc, world.gt.install.site_id),
    )
    full = export(world.gt, world.path("gt-3.cisb"), full=True)
    assert full.changes == first.changes and full.full

    manifest = inspect_container(read_bundle_file(world.path("gt-2.cisb"))).manifest
    assert manifest["prev_bundle_id"] == first.bundle_id
    # A country bundle states what its install holds: its own changes, at least.
    assert manifest["acks"][world.gt.install.site_id] >= second.highest_hlc
    assert manifest["keyring"] is None


def test_a_lost_bundle_loses_nothing(world: World) -> None:
    first_id = add_meeting(world.gt, "Primera")
    export(world.gt, world.path("lost.cisb"))
    add_meeting(world.gt, "Segunda")
    set_title(world.gt, first_id, "Primera, corregida")
    second = export(world.gt, world.path("gt-2.cisb"))
    assert second.rows == 2
    outcome = import_one(world.sisca, world.path("gt-2.cisb"))
    assert outcome.outcome == "imported" and outcome.gap == (1, 1)
    assert "Gap: bundle 1 of this site has not been imported." in outcome.summary()
    assert digest_of(world.sisca) == digest_of(world.gt)


def test_sisca_acknowledges_each_site_in_the_regional_bundle(world: World) -> None:
    add_meeting(world.gt)
    add_meeting(world.hn)
    gt_result = export(world.gt, world.path("gt.cisb"))
    hn_result = export(world.hn, world.path("hn.cisb"))
    import_bundles(world.sisca, [world.path("hn.cisb"), world.path("gt.cisb")])
    regional = export(world.sisca, world.path("regional.cisb"))
    manifest = inspect_container(read_bundle_file(world.path("regional.cisb"))).manifest
    acks = dict(manifest["acks"])
    assert acks.pop(world.sisca.install.site_id) > 0  # SISCA holds its own changes
    assert acks == {
        world.gt.install.site_id: gt_result.highest_hlc,
        world.hn.install.site_id: hn_result.highest_hlc,
    }
    assert manifest["keyring"] is not None and manifest["full"] is True
    assert manifest["direction"] == "regional" and manifest["origin_country"] == "REG"
    changes = changes_in(world.path("regional.cisb"))
    assert regional.changes == len(changes)
    assert {c.site for c in changes} >= {world.gt.install.site_id, world.hn.install.site_id}
    assert any(c.hlc == 1 for c in changes)  # the reference plan travels too


def test_logs_sequence_and_clock_after_an_import(world: World) -> None:
    add_meeting(world.gt)
    result = export(world.gt, world.path("gt.cisb"))
    outcome = import_one(world.sisca, world.path("gt.cisb"))
    with world.gt.reader() as session:
        [logged] = session.scalars(select(ExportLog)).all()
    assert (logged.seq, logged.bundle_id, logged.changes) == (1, result.bundle_id, result.changes)
    assert logged.highest_hlc == result.highest_hlc and logged.path == str(world.path("gt.cisb"))
    with world.sisca.reader() as session:
        [entry] = session.scalars(select(ImportLog)).all()
        seen = session.get(SeenBundle, (world.gt.install.site_id, 1))
        install = session.scalars(select(Install)).one()
        held = session.get(HeldVersion, world.gt.install.site_id)
    assert entry.file_name == "gt.cisb" and entry.outcome == "imported"
    assert entry.file_sha256 == outcome.file_sha256 and entry.signer_key_id == outcome.signer_key_id
    assert (entry.origin_country, entry.seq, entry.changes, entry.applied) == (
        "GT",
        1,
        result.changes,
        result.changes,
    )
    assert seen is not None and seen.bundle_id == result.bundle_id
    assert install.hlc >= result.highest_hlc
    assert held is not None and held.hlc == result.highest_hlc


def test_importing_twice_is_a_duplicate(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    add_meeting(world.gt)
    export(world.gt, world.path("gt.cisb"))
    import_one(world.sisca, world.path("gt.cisb"))
    before = database_state(world.sisca)
    args = ["bundle", "import", "--db", str(world.sisca.path), str(world.path("gt.cisb"))]
    assert main(args) == 0
    assert "already imported" in capsys.readouterr().out
    assert database_state(world.sisca) == before
    with world.sisca.reader() as session:
        outcomes = [e.outcome for e in session.scalars(select(ImportLog).order_by(ImportLog.id))]
    assert outcomes == ["imported", "duplicate"]


def test_evidence_files_travel_with_their_rows(world: World) -> None:
    data = b"Acta firmada\n"
    sha = hashlib.sha256(data).hexdigest()
    with world.gt.edit() as session:
        session.add(Blob(sha256=sha, data=data))
        session.add(Evidence(file_name="acta.txt", sha256=sha, size=len(data)))
    result = export(world.gt, world.path("gt.cisb"))
    assert result.blobs == 1
    assert inspect_container(read_bundle_file(world.path("gt.cisb"))).blobs == {sha: data}
    outcome = import_one(world.sisca, world.path("gt.cisb"))
    assert outcome.blobs == 1
    with world.sisca.reader() as session:
        assert session.get(Blob, sha).data == data
    export(world.sisca, world.path("regional.cisb"))
    assert import_one(world.hn, world.path("regional.cisb")).blobs == 1


def test_bundles_between_laptops_of_a_country(world: World) -> None:
    export(world.sisca, world.path("regional.cisb"))
    for laptop in (world.gt, world.gt2):
        import_one(laptop, world.path("regional.cisb"))  # brings the keyring
    meeting_id = add_meeting(world.gt)
    export(world.gt, world.path("gt.cisb"))
    assert import_one(world.gt2, world.path("gt.cisb")).outcome == "imported"
    with world.gt2.reader() as session:
        assert session.get(Meeting, meeting_id).title == "Sesión del comité"


def test_concurrent_edits_on_two_laptops_end_with_one_value_and_a_conflict(world: World) -> None:
    meeting_id = add_meeting(world.gt, "Original")
    export(world.gt, world.path("gt-1.cisb"))
    import_one(world.sisca, world.path("gt-1.cisb"))
    export(world.sisca, world.path("regional-1.cisb"))
    for laptop in (world.gt, world.gt2):
        import_one(laptop, world.path("regional-1.cisb"))
    set_title(world.gt, meeting_id, "Versión de A")
    set_title(world.gt2, meeting_id, "Versión de B")
    export(world.gt, world.path("gt-2.cisb"))
    export(world.gt2, world.path("gt2-1.cisb"))
    outcomes = import_bundles(world.sisca, [world.path("gt-2.cisb"), world.path("gt2-1.cisb")])
    assert [o.conflicts for o in outcomes] == [0, 1]
    export(world.sisca, world.path("regional-2.cisb"))
    titles = set()
    for record in (world.sisca, world.gt, world.gt2, world.hn):
        if record is not world.sisca:
            import_one(record, world.path("regional-2.cisb"))
        with record.reader() as session:
            titles.add(session.get(Meeting, meeting_id).title)
    assert len(titles) == 1
    with world.sisca.reader() as session:
        [conflict] = session.scalars(select(Conflict)).all()
    values = {json.loads(conflict.kept_value), json.loads(conflict.lost_value)}
    assert values == {"Versión de A", "Versión de B"}
    assert json.loads(conflict.kept_value) == titles.pop()


def test_twins_from_an_older_cisdesk_are_folded_into_one_report(world: World) -> None:
    """Before derived ids, two laptops made two rows for one pair; an import folds them."""
    with world.gt.reader() as session:
        result_id = session.scalars(select(Result.id).order_by(Result.id)).first()
    for laptop, percent in ((world.gt, 30), (world.gt2, 60)):
        with laptop.edit() as session:
            session.add(
                ProgressReport(
                    id=new_id(),
                    result_id=result_id,
                    semester="2018-II",
                    status="in_progress",
                    percent=percent,
                )
            )
        export(laptop, laptop.path.with_suffix(".cisb"))
    first, second = import_bundles(
        world.sisca, [world.gt.path.with_suffix(".cisb"), world.gt2.path.with_suffix(".cisb")]
    )
    assert first.outcome == second.outcome == "imported"
    assert first.notes[0] == text("record.progress_folded", count=1)
    with world.sisca.reader() as session:
        [report] = session.scalars(
            select(ProgressReport).where(ProgressReport.result_id == result_id)
        ).all()
    assert report.id == progress_report_id("GT", result_id, "2018-II")
    assert report.percent == 60  # written last
    assert [c.field for c in conflicts.list_conflicts(world.sisca)] == ["percent"]


def test_a_backup_is_made_before_merging_only(world: World) -> None:
    def copies() -> list[Path]:
        return list(paths.backups_dir().glob("sisca-*-before-import.db"))

    line = change_line(
        "meeting", str(uuid.uuid4()), "HN", "title", "x", 5, world.gt.install.site_id
    )
    refused = forge_bundle(world.gt, world.path("refused.cisb"), [line])
    assert import_one(world.sisca, refused).outcome == "rejected"  # refused by authorisation
    assert copies() == []
    add_meeting(world.gt)
    export(world.gt, world.path("gt.cisb"))
    import_one(world.sisca, world.path("gt.cisb"))
    assert len(copies()) == 1
    import_one(world.sisca, world.path("gt.cisb"))  # a duplicate merges nothing
    assert len(copies()) == 1


def test_progress_is_reported_and_cancel_rolls_back(world: World) -> None:
    run_demo(world.gt)
    calls: list[tuple[int, int, str]] = []
    export(world.gt, world.path("gt.cisb"), progress=lambda d, t, m: calls.append((d, t, m)))
    assert calls[-1][0] == calls[-1][1] and len(calls) > 2
    before = database_state(world.sisca, skip=())

    def cancel_when_merging(done: int, total: int, message: str) -> None:
        if "merging" in message and done > 0:
            raise Cancelled

    with pytest.raises(Cancelled):
        import_bundles(world.sisca, [world.path("gt.cisb")], progress=cancel_when_merging)
    assert database_state(world.sisca, skip=()) == before

    def cancel_at_once(done: int, total: int, message: str) -> None:
        raise Cancelled

    gt_before = database_state(world.gt, skip=())
    with pytest.raises(Cancelled):
        export(world.gt, world.path("again.cisb"), progress=cancel_at_once)
    assert not world.path("again.cisb").exists()
    assert database_state(world.gt, skip=()) == gt_before
    assert [p.name for p in world.folder.iterdir() if p.name.endswith(".part")] == []


def test_export_warns_when_the_computer_clock_is_behind(world: World) -> None:
    ahead = clock.from_wall(clock.wall_ms() + 30 * 86_400_000)
    with world.gt.engine.begin() as conn:
        conn.execute(update(Install).values(hlc=ahead))
    result = export(world.gt, world.path("gt.cisb"))
    assert len(result.warnings) == 1 and "clock" in result.warnings[0]


def test_export_refuses_a_folder_and_a_missing_folder(world: World) -> None:
    with pytest.raises(CisdeskError, match="is a folder"):
        export(world.gt, world.folder)
    with pytest.raises(CisdeskError, match="does not exist"):
        export(world.gt, world.folder / "nowhere" / "gt.cisb")
    with world.gt.reader() as session:
        assert session.scalars(select(ExportLog)).all() == []


def test_export_with_a_protected_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "bz.db"
    create_install(str(db), country="BZ", passphrase="secreto largo").close()
    out = tmp_path / "bz.cisb"
    monkeypatch.delenv("CISDESK_PASSPHRASE", raising=False)
    assert main(["bundle", "export", "--db", str(db), "-o", str(out)]) == 1
    assert "passphrase" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("BZ_KEY", "secreto largo")
    args = ["bundle", "export", "--db", str(db), "-o", str(out), "--passphrase-env", "BZ_KEY"]
    assert main(args) == 0
    assert out.exists()


def test_inspect_shows_the_manifest_counts_and_signer(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    add_meeting(world.gt)
    export(world.gt, world.path("gt.cisb"))
    before = database_state(world.sisca, skip=())
    assert main(["bundle", "inspect", str(world.path("gt.cisb"))]) == 0
    out = capsys.readouterr().out
    assert "origin_country: GT" in out and "seq: 1" in out
    assert "meeting: 14 changes, 1 rows" in out
    assert "Signer:" not in out
    args = ["bundle", "inspect", "--db", str(world.sisca.path), str(world.path("gt.cisb"))]
    assert main(args) == 0
    assert "Signer: enrolled, and the signature is valid" in capsys.readouterr().out
    outsider = create_install(str(world.folder / "pa.db"), country="PA")
    outsider.close()
    args = ["bundle", "inspect", "--db", str(world.folder / "pa.db"), str(world.path("gt.cisb"))]
    assert main(args) == 0
    assert "not accepted by this install" in capsys.readouterr().out
    assert database_state(world.sisca, skip=()) == before


def test_inspect_refuses_a_file_that_is_not_a_bundle(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notes.cisb"
    bogus.write_text("hola")
    assert main(["bundle", "inspect", str(bogus)]) == 1
    assert "not a cisdesk bundle" in capsys.readouterr().err


def test_a_second_sisca_copy_imports_like_the_first(world: World, tmp_path: Path) -> None:
    second = copy_install(world.sisca, tmp_path / "sisca-copy.db")
    try:
        run_demo(world.hn)
        export(world.hn, world.path("hn.cisb"))
        for sisca in (world.sisca, second):
            assert import_one(sisca, world.path("hn.cisb")).outcome == "imported"
        assert digest_of(second) == digest_of(world.sisca) == digest_of(world.hn)
    finally:
        second.close()


def test_round_trip_with_sisca_on_each_backend(make_backend_install, make_install) -> None:
    sisca = make_backend_install(None)
    gt, hn = make_install("GT"), make_install("HN")
    connect(sisca, gt, hn)
    run_demo(gt, seed=8)
    folder = gt.path.parent
    export(gt, folder / "gt.cisb")
    [outcome] = import_bundles(sisca, [folder / "gt.cisb"])
    assert outcome.outcome == "imported" and outcome.applied == outcome.changes
    assert digest_of(sisca) == digest_of(gt)
    passphrase = "root passphrase" if sisca.path is None else None
    export(sisca, folder / "regional.cisb", passphrase=passphrase)
    for country in (hn, gt):
        assert import_one(country, folder / "regional.cisb").outcome == "imported"
        assert digest_of(country) == digest_of(sisca)


def test_the_whole_exchange_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def cisdesk(*args: object) -> str:
        assert main([str(a) for a in args]) == 0, capsys.readouterr().err
        return capsys.readouterr().out

    gt, sisca, hn = tmp_path / "gt.db", tmp_path / "sisca.db", tmp_path / "hn.db"
    cisdesk("init", "--db", gt, "--country", "GT")
    cisdesk("init", "--db", hn, "--country", "HN")
    cisdesk("init", "--db", sisca, "--regional")
    cisdesk("demo", "--db", gt)
    cisdesk("keys", "export", "--db", sisca, "-o", tmp_path / "root.pub")
    cisdesk("keys", "export", "--db", gt, "-o", tmp_path / "gt.pub")
    cisdesk("keys", "enroll", "--db", sisca, tmp_path / "gt.pub", "--country", "GT")
    # Honduras is enrolled but has sent nothing yet: the regional bundle carries everything.
    cisdesk("keys", "export", "--db", hn, "-o", tmp_path / "hn.pub")
    cisdesk("keys", "enroll", "--db", sisca, tmp_path / "hn.pub", "--country", "HN")
    for country in (gt, hn):
        cisdesk("keys", "trust", "--db", country, tmp_path / "root.pub")
    cisdesk("bundle", "export", "--db", gt, "-o", tmp_path / "gt.cisb")
    assert "imported" in cisdesk("bundle", "import", "--db", sisca, tmp_path / "gt.cisb")
    cisdesk("bundle", "export", "--db", sisca, "-o", tmp_path / "regional.cisb")
    cisdesk("bundle", "import", "--db", hn, tmp_path / "regional.cisb")
    digests = {cisdesk("digest", "--db", db).strip() for db in (gt, sisca, hn)}
    assert len(digests) == 1
