"""Sync at volume (issue 12): volumes that fit an e-mail, deltas both ways, relay.

The measured scenario (three countries, 45 scans of 2 MB, 20 MB volumes) runs
here at a smaller scale (a few scans of tens of KB, volumes of a few hundred KB)
with the same shape; ``benchmarks/volume_benchmark.py`` runs it at full size.
"""

import errno
import hashlib
import random
import zipfile
from pathlib import Path

import pytest
from factories import connect, copy_install, database_state, digest_of, zip_bytes
from sqlalchemy import func, select

from cisdesk.activity import progress as progress_rules
from cisdesk.cli import main
from cisdesk.db.demo import run_demo
from cisdesk.db.local import Blob, ImportLog
from cisdesk.db.models import Evidence, Meeting, ProgressReport, Result
from cisdesk.db.record import Record
from cisdesk.db.versions import versions_of
from cisdesk.errors import CisdeskError
from cisdesk.sync import volume_writer
from cisdesk.sync.bundle_file import open_bundle_file
from cisdesk.sync.export import ExportResult, export_bundle
from cisdesk.sync.importer import ImportOutcome, import_bundles

MAX = 160 * 1024
SCAN = 40 * 1024


def scans(record: Record, count: int, seed: int) -> list[str]:
    """``count`` progress reports, each with one incompressible scan; their hashes."""
    rng = random.Random(seed)
    with record.reader() as session:
        results = session.execute(
            select(Result.id, Result.start_semester)
            .where(Result.regional.is_not(True))
            .order_by(Result.id)
            .limit(count)
        ).all()
    hashes = []
    for number, (result_id, semester) in enumerate(results):
        progress_rules.save_progress(
            record,
            result_id=result_id,
            semester=semester,
            status="in_progress",
            percent=10,
            note=f"Avance {number}",
        )
        with record.reader() as session:
            report_id = session.scalar(
                select(ProgressReport.id).where(ProgressReport.result_id == result_id)
            )
        data = rng.randbytes(SCAN)
        progress_rules.attach_evidence(record, report_id, f"escaneo-{number}.pdf", data)
        hashes.append(hashlib.sha256(data).hexdigest())
    return hashes


def export(record: Record, path: Path, **kwargs) -> ExportResult:
    kwargs.setdefault("max_size", MAX)
    if record.path is None:
        kwargs.setdefault("passphrase", "root passphrase")
    return export_bundle(record, path, **kwargs)


def imported(outcomes: list[ImportOutcome]) -> list[ImportOutcome]:
    assert all(o.ok for o in outcomes), [o.summary() for o in outcomes]
    return outcomes


def blob_count(record: Record) -> int:
    with record.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Blob)))


def test_three_countries_with_scans_end_to_end(
    make_backend_install, make_install, tmp_path: Path
) -> None:
    sisca = make_backend_install(None)
    countries = [make_install(code) for code in ("GT", "HN", "SV")]
    connect(sisca, *countries)
    for seed, country in enumerate(countries):
        scans(country, 6, seed)
    country_files: list[Path] = []
    for country in countries:
        code = country.install.country
        result = export(country, tmp_path / f"{code}.cisb")
        assert len(result.paths) > 1 and result.blobs == 6
        assert all(size <= MAX for size in result.sizes)
        country_files.extend(result.paths)
    random.Random(1).shuffle(country_files)
    imported(import_bundles(sisca, country_files))
    assert blob_count(sisca) == 18

    regional = export(sisca, tmp_path / "regional.cisb")
    assert all(size <= MAX for size in regional.sizes)
    assert [p.name for p in regional.paths][:2] == ["regional-01.cisb", "regional-02.cisb"]
    sisca_digest = digest_of(sisca)
    for country in countries:
        outcomes = imported(import_bundles(country, list(reversed(regional.paths))))
        assert not any(o.gap or o.fork or o.out_of_order for o in outcomes)
        assert digest_of(country) == sisca_digest
        assert blob_count(country) == 18


def test_a_regional_delta_carries_only_what_the_recipient_lacks(
    make_install, tmp_path: Path
) -> None:
    sisca, gt, hn = make_install(None), make_install("GT"), make_install("HN")
    connect(sisca, gt, hn)
    gt_scans = scans(gt, 3, 1)
    scans(hn, 2, 2)
    for country in (gt, hn):
        imported(import_bundles(sisca, export(country, tmp_path / "c.cisb").paths))
    for_gt = export(sisca, tmp_path / "for-gt.cisb", for_country="GT")
    # Guatemala holds its own scans: only Honduras's travel to it.
    assert for_gt.blobs == 2
    shared = export(sisca, tmp_path / "shared.cisb")
    assert shared.blobs == 5  # each country lacks the other's
    everything = export(sisca, tmp_path / "full.cisb", full=True)
    assert everything.changes > shared.changes
    imported(import_bundles(gt, for_gt.paths))
    assert digest_of(gt) == digest_of(sisca)

    # Guatemala says what it now holds; nothing is left to send it.
    imported(import_bundles(sisca, export(gt, tmp_path / "gt-2.cisb").paths))
    again = export(sisca, tmp_path / "for-gt-2.cisb", for_country="GT")
    assert (again.changes, again.blobs) == (0, 0)
    # A new scan at Honduras goes to Guatemala alone, with its row.
    [new_scan] = scans_after(hn, tmp_path, sisca, seed=9)
    delta = export(sisca, tmp_path / "for-gt-3.cisb", for_country="GT")
    assert delta.blobs == 1
    with open_bundle_file(delta.paths[-1], None) as bundle:
        assert new_scan in bundle.blob_names
    assert new_scan not in gt_scans


def scans_after(record: Record, folder: Path, sisca: Record, seed: int) -> list[str]:
    """One more scan at ``record``, sent to SISCA; its hash."""
    rng = random.Random(seed)
    data = rng.randbytes(SCAN)
    with record.reader() as session:
        report_id = session.scalar(select(ProgressReport.id).limit(1))
    progress_rules.attach_evidence(record, report_id, "nuevo.pdf", data)
    imported(import_bundles(sisca, export(record, folder / f"more-{seed}.cisb").paths))
    return [hashlib.sha256(data).hexdigest()]


def test_a_row_waits_for_its_file_in_another_volume(make_install, tmp_path: Path) -> None:
    sisca, gt = make_install(None), make_install("GT")
    connect(sisca, gt)
    [sha, *_] = scans(gt, 3, 4)
    result = export(gt, tmp_path / "gt.cisb", max_size=64 * 1024)
    holding = [p for p in result.paths if sha in _blob_names(p)]
    rows_only = [p for p in result.paths if p not in holding]
    imported(import_bundles(sisca, rows_only))
    with sisca.reader() as session:
        evidence_id = session.scalar(select(Evidence.id).where(Evidence.sha256 == sha))
        report_id = session.get(Evidence, evidence_id).progress_report_id
    [item] = [e for e in progress_rules.evidence_of(sisca, report_id) if e["sha256"] == sha]
    assert item["available"] is False  # shown as "file not yet received"
    [outcome] = imported(import_bundles(sisca, holding))
    [item] = [e for e in progress_rules.evidence_of(sisca, report_id) if e["sha256"] == sha]
    assert item["available"] is True and outcome.blobs == 1
    assert digest_of(sisca) == digest_of(gt)


def _blob_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [n.removeprefix("blobs/") for n in archive.namelist() if n.startswith("blobs/")]


def test_a_lost_volume_costs_nothing(make_install, tmp_path: Path) -> None:
    sisca, gt, hn = make_install(None), make_install("GT"), make_install("HN")
    connect(sisca, gt, hn)
    scans(gt, 4, 5)
    run_demo(hn, seed=2)
    for country in (gt, hn):
        imported(import_bundles(sisca, export(country, tmp_path / "c.cisb").paths))
    first = export(sisca, tmp_path / "r1.cisb", max_size=64 * 1024)
    assert len(first.paths) > 2
    imported(import_bundles(hn, first.paths[:-1]))  # the last volume is lost
    assert blob_count(hn) < blob_count(sisca)
    imported(import_bundles(sisca, export(hn, tmp_path / "hn-2.cisb").paths))
    second = export(sisca, tmp_path / "r2.cisb")
    imported(import_bundles(hn, second.paths))
    assert digest_of(hn) == digest_of(sisca) and blob_count(hn) == blob_count(sisca)


def test_a_single_large_file_travels_alone(make_install, tmp_path: Path) -> None:
    sisca, gt = make_install(None), make_install("GT")
    connect(sisca, gt)
    scans(gt, 2, 6)
    with gt.reader() as session:
        report_id = session.scalar(select(ProgressReport.id).limit(1))
    big = random.Random(7).randbytes(100 * 1024)
    progress_rules.attach_evidence(gt, report_id, "grande.pdf", big)
    result = export(gt, tmp_path / "gt.cisb", max_size=64 * 1024)
    oversized = [p for p, size in zip(result.paths, result.sizes, strict=True) if size > 64 * 1024]
    [alone] = oversized
    with open_bundle_file(alone, None) as bundle:
        assert len(bundle.blob_names) == 1 and bundle.manifest["row_count"] == 0
    imported(import_bundles(sisca, result.paths))
    assert digest_of(sisca) == digest_of(gt)


def test_relay_from_laptop_to_laptop_reaches_sisca(
    make_backend_install, make_install, tmp_path: Path
) -> None:
    sisca = make_backend_install(None)
    laptop_a, laptop_b = make_install("GT", "gt-a"), make_install("GT", "gt-b")
    connect(sisca, laptop_a, laptop_b)
    start = export(sisca, tmp_path / "keyring.cisb")
    for laptop in (laptop_a, laptop_b):
        imported(import_bundles(laptop, start.paths))  # the keyring names both laptops
    with laptop_b.edit() as session:
        meeting = Meeting(title="Reunión registrada en B", kind="committee", virtual=True)
        session.add(meeting)
        session.flush()
        meeting_id = meeting.id
    imported(import_bundles(laptop_a, export(laptop_b, tmp_path / "b.cisb").paths))
    [outcome] = imported(import_bundles(sisca, export(laptop_a, tmp_path / "a.cisb").paths))
    assert outcome.changes > 0
    with sisca.reader() as session:
        assert session.get(Meeting, meeting_id).title == "Reunión registrada en B"
        authors = {v.site for v in versions_of(session.connection(), [meeting_id]).values()}
    assert authors == {laptop_b.install.site_id}  # the original author and clock are kept
    # SISCA's acknowledgement reaches B through a regional bundle: B then sends nothing again.
    imported(import_bundles(laptop_b, export(sisca, tmp_path / "r.cisb").paths))
    assert export(laptop_b, tmp_path / "b-2.cisb").changes == 0


def test_volumes_of_one_export_are_no_gap_and_another_export_is_refused(
    make_install, tmp_path: Path
) -> None:
    sisca, gt = make_install(None), make_install("GT")
    connect(sisca, gt)
    scans(gt, 4, 8)
    twin = copy_install(gt, tmp_path / "twin.db")
    try:
        mine = export(gt, tmp_path / "mine.cisb")
        other = export(twin, tmp_path / "other.cisb")  # same site, same number, other export
    finally:
        twin.close()
    assert mine.seq == other.seq and len(other.paths) > 1
    [first] = imported(import_bundles(sisca, mine.paths[:1]))
    before = database_state(sisca)
    [refused, ok] = import_bundles(sisca, [other.paths[1], mine.paths[1]])
    assert refused.outcome == "rejected"
    assert refused.reason.startswith(
        f"This file is volume 2 of {len(other.paths)} of another export from Guatemala"
    )
    assert ok.outcome == "imported" and not (ok.gap or ok.fork or ok.notes)
    assert not (first.gap or first.fork)
    rest = imported(import_bundles(sisca, mine.paths[2:]))
    assert not any(o.notes for o in rest)
    assert database_state(sisca) != before
    assert digest_of(sisca) == digest_of(gt)


def test_bad_volumes_are_refused_one_sentence_each(make_install, tmp_path: Path) -> None:
    sisca, gt = make_install(None), make_install("GT")
    connect(sisca, gt)
    scans(gt, 3, 9)
    result = export(gt, tmp_path / "gt.cisb", max_size=64 * 1024)
    good, victim, truncated = result.paths[0], result.paths[1], result.paths[2]
    with zipfile.ZipFile(victim) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    signature = bytearray(entries["manifest.sig"])
    signature[0] ^= 0xFF
    entries["manifest.sig"] = bytes(signature)
    victim.write_bytes(zip_bytes(entries))
    truncated.write_bytes(truncated.read_bytes()[: truncated.stat().st_size // 2])
    before = database_state(sisca)
    outcomes = import_bundles(sisca, [victim, truncated])
    assert [o.outcome for o in outcomes] == ["rejected", "rejected"]
    assert "signature does not match" in outcomes[0].reason
    assert "damaged" in outcomes[1].reason or "cut short" in outcomes[1].reason
    for outcome in outcomes:
        assert "\n" not in outcome.reason
    assert database_state(sisca) == before
    [ok] = imported(import_bundles(sisca, [good]))
    assert ok.outcome == "imported"


def test_a_full_disk_leaves_no_file_that_looks_complete(
    make_install, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gt = make_install("GT")
    scans(gt, 3, 10)
    real = volume_writer.VolumeWriter.add_blob
    calls = []

    def full_disk(self, sha: str, data: bytes) -> None:
        calls.append(sha)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(self, sha, data)

    monkeypatch.setattr(volume_writer.VolumeWriter, "add_blob", full_disk)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(CisdeskError, match="Not enough space"):
        export(gt, folder / "gt.cisb", max_size=64 * 1024)
    assert list(folder.iterdir()) == []
    monkeypatch.undo()
    assert export(gt, folder / "gt.cisb").seq == 1  # the number was not used up


def test_the_command_line_writes_volumes_and_inspect_names_them(
    make_install, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gt = make_install("GT")
    scans(gt, 3, 11)
    out = tmp_path / "gt.cisb"
    assert (
        main(["bundle", "export", "--db", str(gt.path), "-o", str(out), "--max-size", "64K"]) == 0
    )
    printed = capsys.readouterr().out
    written = sorted(tmp_path.glob("gt-*.cisb"))
    assert len(written) > 2
    for path in written:
        assert str(path) in printed
    assert main(["bundle", "inspect", str(written[1])]) == 0
    assert f"Volume: 2 of {len(written)}" in capsys.readouterr().out
    assert (
        main(["bundle", "export", "--db", str(gt.path), "-o", str(out), "--max-size", "lots"]) == 2
    )


def test_memory_stays_bounded_by_streaming(make_install, tmp_path: Path) -> None:
    """Evidence files are read one at a time: an import holds no more than one in memory."""
    sisca, gt = make_install(None), make_install("GT")
    connect(sisca, gt)
    scans(gt, 4, 12)
    result = export(gt, tmp_path / "gt.cisb", max_size=1024 * 1024)
    [path] = result.paths
    with open_bundle_file(path, None) as bundle:
        reads = 0
        for _name, data in bundle.iter_blobs():
            reads += 1
            assert len(data) == SCAN
        assert reads == 4
    imported(import_bundles(sisca, [path]))
    with sisca.reader() as session:
        assert session.scalar(select(func.count()).select_from(ImportLog)) == 1
