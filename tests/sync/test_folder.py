"""The sync folder (issue 12 §5): one folder, one call, one plain summary."""

import os
import time
from pathlib import Path

import pytest
from factories import connect, database_state, digest_of
from test_volumes import scans

from cisdesk.cli import main
from cisdesk.db.demo import run_demo
from cisdesk.db.record import Record
from cisdesk.errors import CisdeskError
from cisdesk.sync.folder import (
    SETTLE_SECONDS,
    remember_folder,
    remembered_folder,
    sync_folder,
)


def later() -> float:
    """A clock past the settling time, so files just written count as complete."""
    return time.time() + SETTLE_SECONDS + 1


def sync(record: Record, folder: Path, **kwargs):
    if record.path is None:
        kwargs.setdefault("passphrase", "root passphrase")
    kwargs.setdefault("clock", later)
    return sync_folder(record, folder, **kwargs)


def test_two_countries_and_sisca_converge_through_one_folder(
    make_backend_install, make_install, tmp_path: Path
) -> None:
    folder = tmp_path / "compartida"
    folder.mkdir()
    sisca = make_backend_install(None)
    gt, hn = make_install("GT"), make_install("HN")
    connect(sisca, gt, hn)
    scans(gt, 2, 1)
    run_demo(hn, seed=3)
    for country in (gt, hn):
        result = sync(country, folder)
        assert result.export is not None and not result.refused
    first = sync(sisca, folder)
    assert len(first.imported) == 2 and not first.refused
    for country in (gt, hn):
        result = sync(country, folder)
        assert [o.direction for o in result.imported] == ["regional"]
        assert result.not_for_us == 1  # the other country's bundle
    assert digest_of(gt) == digest_of(hn) == digest_of(sisca)
    # Everything here was dealt with: another round reads nothing twice.
    sync(sisca, folder)  # the countries' second bundles (what they now hold)
    again = sync(sisca, folder)
    assert again.imported == [] and again.already >= 4
    assert "Sync finished." in again.summary("en")


def test_files_that_are_not_bundles_or_still_arriving_are_left_alone(
    make_install, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    sisca, gt = make_install(None), make_install("GT")
    connect(sisca, gt)
    run_demo(gt, seed=1)
    sent = sync(gt, folder).export
    assert sent is not None
    now = time.time()
    for path in sent.paths:
        os.utime(path, (now - 3600, now - 3600))
    (folder / "fotos.jpg").write_bytes(b"\xff\xd8 not a bundle")
    (folder / "notas.txt").write_text("lista de asistentes")
    (folder / "gt-2.cisb.part").write_bytes(b"PK\x03\x04 half")
    (folder / "~$acta.docx").write_bytes(b"lock file")
    broken = folder / "roto.cisb"
    broken.write_bytes(sent.paths[0].read_bytes()[:500])  # cut short, and old
    growing = folder / "llegando.cisb"
    growing.write_bytes(b"PK\x03\x04")
    os.utime(broken, (now - 3600, now - 3600))
    result = sync_folder(sisca, folder, clock=lambda: now + 1)
    summary = result.summary("en")
    assert "Left alone fotos.jpg: it is not a cisdesk bundle." in summary
    assert "Left alone gt-2.cisb.part: it is a temporary file" in summary
    assert "Left alone llegando.cisb: it is still being copied" in summary
    assert [o.file.name for o in result.refused] == ["roto.cisb"]
    assert "\n" not in result.refused[0].reason
    assert [o.origin_country for o in result.imported] == ["GT"]  # the rest was not lost
    assert digest_of(sisca) == digest_of(gt)


def test_a_folder_full_of_unrelated_files_changes_nothing(make_install, tmp_path: Path) -> None:
    folder = tmp_path / "descargas"
    folder.mkdir()
    for number in range(12):
        (folder / f"documento-{number}.pdf").write_bytes(os.urandom(100))
    gt = make_install("GT")
    before = database_state(gt, skip=("import_log", "export_log", "install", "synced_file"))
    result = sync(gt, folder)
    assert not result.outcomes and result.others == 7  # five listed by name, then a count
    assert database_state(gt, skip=("import_log", "export_log", "install", "synced_file")) == (
        before
    )


def test_the_folder_is_remembered_and_a_missing_one_is_one_sentence(
    make_install, tmp_path: Path
) -> None:
    gt = make_install("GT")
    assert remembered_folder(gt) is None
    remember_folder(gt, tmp_path)
    assert remembered_folder(gt) == tmp_path
    with pytest.raises(CisdeskError, match="does not exist"):
        sync_folder(gt, tmp_path / "no-está")


def test_sync_from_the_command_line(
    make_install, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "carpeta"
    folder.mkdir()
    sisca, gt = make_install(None), make_install("GT")
    connect(sisca, gt)
    run_demo(gt, seed=2)
    assert main(["sync", "--db", str(gt.path), "--folder", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Sent: 1 files for the others." in out
    written = list(folder.glob("*.cisb"))
    past = time.time() - 3600
    for path in written:
        os.utime(path, (past, past))
    assert main(["sync", "--db", str(sisca.path), "--folder", str(folder)]) == 0
    assert "Received: 1 files imported" in capsys.readouterr().out
    assert digest_of(sisca) == digest_of(gt)
