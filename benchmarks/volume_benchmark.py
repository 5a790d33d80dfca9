"""A full sync cycle of a region at volume: eight countries, evidence of about 2 GB.

Every country exports (20 MB volumes), SISCA imports them all, SISCA exports,
every country imports the regional volumes (in reverse order, as a person might
pick them). Each step runs as the ``cisdesk`` command in its own process, so its
peak memory (max RSS) is measured alone. The time of the whole cycle is set
against a floor measured in the same run for the same work: parsing and
inserting every payload line once (``json.loads`` + ``executemany`` into a
fresh SQLite table) plus copying every evidence byte carried once.

Usage::

    .venv/bin/python benchmarks/volume_benchmark.py                       # the real size
    .venv/bin/python benchmarks/volume_benchmark.py --scale 2 --evidence-mb 200   # quick

Setup (demo data, random incompressible evidence of 0.5-5 MB attached to
progress reports) is not timed.
"""

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from cisdesk.activity import progress as progress_rules
from cisdesk.countries import COUNTRY_CODES
from cisdesk.db.demo import run_demo
from cisdesk.db.models import ProgressReport
from cisdesk.db.record import Record
from cisdesk.sync import keyring, keys
from cisdesk.sync.bundle_file import open_bundle_file
from cisdesk.sync.provision import create_install

MEMORY_LIMIT_MB = 250
MAX_SIZE = "20M"


def _key_file(record: Record) -> keys.PublicKeyFile:
    with record.reader() as session:
        return keys.read_public_key_file(keys.export_public_key(session))


def _attach_evidence(record: Record, megabytes: float, rng: random.Random) -> tuple[int, int]:
    """Random, incompressible files of 0.5-5 MB on the country's reports; (files, bytes)."""
    with record.reader() as session:
        reports = session.scalars(select(ProgressReport.id).order_by(ProgressReport.id)).all()
    budget = int(megabytes * 1024 * 1024)
    files = total = 0
    while total < budget and reports:
        size = min(rng.randint(512 * 1024, 5 * 1024 * 1024), max(budget - total, 512 * 1024))
        data = rng.randbytes(size)
        report_id = reports[files % len(reports)]
        progress_rules.attach_evidence(record, report_id, f"escaneo-{files:04d}.pdf", data)
        files += 1
        total += size
    return files, total


def _run_measured(step: str, *args: object) -> tuple[float, float, str]:
    """Like :func:`_run`, with the child's own max RSS from ``wait4``."""
    command = [sys.executable, "-m", "cisdesk", *map(str, args)]
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out_file, stderr=err_file)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read().decode(), err_file.read().decode()
    if process.returncode != 0:
        raise SystemExit(f"{step} failed ({process.returncode}): {err[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, out


def _floor(volumes: list[Path], folder: Path) -> float:
    """Parse + insert every payload line once, and copy every evidence byte once."""
    target = folder / "floor.db"
    target.unlink(missing_ok=True)
    copy_to = folder / "floor-evidence.bin"
    payload_seconds = copy_seconds = 0.0
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE change (t, r, o, f, v, h, s, ph, ps)")
    for path in volumes:
        with open_bundle_file(path, None, sha256="") as bundle:
            payload = bundle.payload
            started = time.perf_counter()
            rows = []
            for line in payload.splitlines():
                item = json.loads(line)
                prev = item["p"] or (None, None)
                rows.append(
                    (
                        item["t"],
                        item["r"],
                        item["o"],
                        item["f"],
                        item["v"],
                        item["h"],
                        item["s"],
                        *prev,
                    )
                )
            with conn:
                conn.executemany("INSERT INTO change VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            payload_seconds += time.perf_counter() - started
            for _name, data in bundle.iter_blobs():
                started = time.perf_counter()
                with copy_to.open("wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                copy_seconds += time.perf_counter() - started
    conn.close()
    return payload_seconds + copy_seconds


def run(args: argparse.Namespace, folder: Path) -> int:
    # Backups before imports and logs stay in the benchmark's folder.
    os.environ["CISDESK_HOME"] = str(folder / "home")
    codes = list(COUNTRY_CODES)[: args.countries]
    per_country = args.evidence_mb / len(codes)
    print(
        f"Building SISCA and {len(codes)} countries at demo --scale {args.scale}, "
        f"{args.evidence_mb:.0f} MB of evidence in all…",
        flush=True,
    )
    rng = random.Random(7)
    sisca_db = folder / "sisca.db"
    with create_install(str(sisca_db), regional=True) as sisca:
        root = _key_file(sisca)
        for code in codes:
            with create_install(str(folder / f"{code}.db"), country=code) as country:
                with country.local() as session:
                    keyring.trust_root(session, root)
                    session.commit()
                country.refresh_install()
                with sisca.local() as session:
                    keyring.enroll(session, _key_file(country), code)
                    session.commit()
                run_demo(country, seed=len(code) + ord(code[0]), scale=args.scale)
                files, size = _attach_evidence(country, per_country, rng)
                print(f"  {code}: {files} evidence files, {size / 2**20:.0f} MB", flush=True)

    steps: list[tuple[str, float, float, int, int]] = []  # name, s, MB, volumes, bytes
    country_volumes: list[Path] = []
    out_dir = folder / "out"
    out_dir.mkdir()
    for code in codes:
        target = out_dir / f"{code}.cisb"
        seconds, peak, _out = _run_measured(
            f"export {code}",
            "bundle", "export", "--db", folder / f"{code}.db", "-o", target,
            "--max-size", args.max_size,
        )  # fmt: skip
        written = sorted(out_dir.glob(f"{code}*.cisb"))
        country_volumes.extend(written)
        size = sum(p.stat().st_size for p in written)
        steps.append((f"export {code}", seconds, peak, len(written), size))
    seconds, peak, _out = _run_measured(
        "import at SISCA", "bundle", "import", "--db", sisca_db, *country_volumes
    )
    steps.append(
        (
            f"SISCA imports {len(country_volumes)} volumes",
            seconds,
            peak,
            len(country_volumes),
            sum(p.stat().st_size for p in country_volumes),
        )
    )
    regional = out_dir / "regional.cisb"
    seconds, peak, _out = _run_measured(
        "regional export",
        "bundle", "export", "--db", sisca_db, "-o", regional, "--max-size", args.max_size,
    )  # fmt: skip
    regional_volumes = sorted(out_dir.glob("regional*.cisb"))
    steps.append(
        (
            "SISCA exports",
            seconds,
            peak,
            len(regional_volumes),
            sum(p.stat().st_size for p in regional_volumes),
        )
    )
    for code in codes:
        seconds, peak, _out = _run_measured(
            f"import {code}",
            "bundle", "import", "--db", folder / f"{code}.db", *reversed(regional_volumes),
        )  # fmt: skip
        steps.append((f"{code} imports the regional volumes", seconds, peak, 0, 0))

    digests = set()
    for db in [sisca_db, *(folder / f"{code}.db" for code in codes)]:
        _s, _p, out = _run_measured("digest", "digest", "--db", db)
        digests.add(out.strip())
    every = country_volumes + regional_volumes
    largest = max(p.stat().st_size for p in every)
    limit = _size(args.max_size)
    alone = [
        p for p in every if p.stat().st_size > limit and _blob_only(p)
    ]  # one evidence file larger than a volume travels alone
    floor = _floor(every, folder)
    cycle = sum(step[1] for step in steps)

    print()
    print(f"{'step':<40} {'seconds':>9} {'peak MB':>8} {'volumes':>8} {'MB':>8}")
    for name, seconds, peak, count, size in steps:
        volumes = str(count) if count else ""
        megabytes = f"{size / 2**20:.0f}" if size else ""
        print(f"{name:<40} {seconds:>9.1f} {peak:>8.0f} {volumes:>8} {megabytes:>8}")
    print()
    peak_all = max(step[2] for step in steps)
    print(
        f"whole cycle: {cycle:.1f} s; floor (parse + insert, evidence copied once): {floor:.1f} s"
    )
    print(f"cycle / floor = {cycle / floor:.1f}")
    verdict = "within" if peak_all < MEMORY_LIMIT_MB else "OVER"
    print(f"peak memory of any step: {peak_all:.0f} MB ({verdict} the {MEMORY_LIMIT_MB} MB goal)")
    print(
        f"volumes: {len(country_volumes)} from the countries, {len(regional_volumes)} regional; "
        f"largest {largest / 2**20:.1f} MB (limit {args.max_size}; "
        f"{len(alone)} hold a single larger evidence file)"
    )
    same = "the same digest" if len(digests) == 1 else f"{len(digests)} DIFFERENT digests"
    print(f"SISCA and {len(codes)} countries end with {same}: {sorted(digests)[0][:16]}…")
    return 0 if len(digests) == 1 and peak_all < MEMORY_LIMIT_MB else 1


def _size(text: str) -> int:
    factor = {"K": 1024, "M": 1024**2, "G": 1024**3}.get(text[-1].upper(), 1)
    return int(float(text.rstrip("KkMmGg")) * factor)


def _blob_only(path: Path) -> bool:
    with open_bundle_file(path, None, sha256="") as bundle:
        return bundle.manifest["row_count"] == 0 and len(bundle.blob_names) == 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--countries", type=int, default=8)
    parser.add_argument(
        "--evidence-mb", type=float, default=2048, help="evidence in all, spread over countries"
    )
    parser.add_argument("--max-size", default=MAX_SIZE)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep the files")
    args = parser.parse_args()
    if args.keep:
        shutil.rmtree(args.keep, ignore_errors=True)
        args.keep.mkdir(parents=True)
        return run(args, args.keep)
    with tempfile.TemporaryDirectory(prefix="cisdesk-volumes-") as folder:
        return run(args, Path(folder))


if __name__ == "__main__":
    sys.exit(main())
