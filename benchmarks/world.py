"""The full-scale benchmark world: eight countries' work imported at SISCA.

Each of the eight countries runs ``demo --scale N`` (default 50) as its own
install, reporting over 2017–2026 (the plan's results start from 2017-II, the
demo reports every semester up to the fixed day below), exports its bundle, and
SISCA imports all eight. Building it takes minutes, so it is made once per
(scale, seed, migration scripts) and kept under ``~/.cache/cisdesk-bench`` (or
``$CISDESK_BENCH_CACHE``); later runs copy the cached SISCA database.

    .venv/bin/python benchmarks/world.py [--scale 50] [--seed 1]   # build (or find) it

Other benchmarks call :func:`world` for the folder and :func:`sisca_copy` /
:func:`sisca_on_postgres` for a database to measure on.
"""

import argparse
import datetime as dt
import json
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # pg_server, the suite's throwaway PostgreSQL

from cisdesk.countries import COUNTRY_CODES  # noqa: E402

#: The day the world is generated on: its reports reach 2026-II.
TODAY = dt.date(2026, 11, 30)
FULL_SCALE = 50


def cache_root() -> Path:
    return Path(os.environ.get("CISDESK_BENCH_CACHE", Path.home() / ".cache" / "cisdesk-bench"))


#: Raised when the record's stored shape changes without a migration (the version
#: entries of rows written whole), so that a world stored the old way is built again.
STORAGE = 2


def _schema_key() -> str:
    """The head revision, the bundle schema version, the storage shape and a hash of every
    migration script: a world made under another chain (same head, other steps), stored the
    old way, or whose bundles an import would now refuse, is not reused."""
    import hashlib

    from cisdesk.db import migrate
    from cisdesk.sync.container import SCHEMA_VERSION

    digest = hashlib.sha256()
    for script in sorted((migrate.MIGRATIONS / "versions").glob("*.py")):
        digest.update(script.name.encode() + script.read_bytes())
    return (
        f"rev{migrate.HEAD_REVISION}-bundle{SCHEMA_VERSION}-storage{STORAGE}"
        f"-{digest.hexdigest()[:10]}"
    )


def _folder(scale: int, seed: int) -> Path:
    return cache_root() / f"world-scale{scale}-seed{seed}-{_schema_key()}"


def _fix_today(record: object) -> None:
    record.today = lambda: TODAY  # type: ignore[attr-defined]


def _build(folder: Path, scale: int, seed: int) -> None:
    from cisdesk.db.demo import run_demo
    from cisdesk.sync import keys, overview
    from cisdesk.sync.export import export_bundle
    from cisdesk.sync.importer import import_bundles
    from cisdesk.sync.provision import create_install

    work = folder.with_name(folder.name + ".part")
    shutil.rmtree(work, ignore_errors=True)
    (work / "bundles").mkdir(parents=True)
    os.environ.setdefault("CISDESK_HOME", str(work / "home"))
    started = time.perf_counter()
    sisca = create_install(str(work / "sisca.db"), regional=True)
    root_key = keys.read_public_key_file(overview.public_key_file(sisca))
    stats: dict[str, object] = {"scale": scale, "seed": seed, "countries": {}}
    for index, code in enumerate(COUNTRY_CODES):
        country = create_install(str(work / f"{code.lower()}.db"), country=code)
        _fix_today(country)
        overview.trust_root(country, root_key)
        country_key = keys.read_public_key_file(overview.public_key_file(country))
        overview.enroll_key(sisca, country_key)
        made = run_demo(country, seed=seed * 100 + index, scale=scale)
        exported = export_bundle(country, work / "bundles" / f"{code.lower()}.cisb")
        country.close()
        (work / f"{code.lower()}.db").unlink()
        stats["countries"][code] = {  # type: ignore[index]
            "rows": sum(made.created.values()),
            "changes": exported.changes,
        }
        print(f"  {code}: {sum(made.created.values())} rows, {exported.changes} field changes")
    sisca.close()
    from cisdesk.db.backup import copy_database
    from cisdesk.db.record import open_record

    # SISCA with every country's key enrolled and nothing imported: for import benchmarks.
    copy_database(work / "sisca.db", work / "sisca-before-import.db")
    sisca = open_record(str(work / "sisca.db"))
    bundles = sorted((work / "bundles").glob("*.cisb"))
    outcomes = import_bundles(sisca, bundles)
    refused = [o.summary() for o in outcomes if o.outcome != "imported"]
    if refused:
        raise SystemExit("\n".join(refused))
    sisca.close()
    stats["seconds"] = round(time.perf_counter() - started, 1)
    (work / "world.json").write_text(json.dumps(stats, indent=2))
    shutil.rmtree(work / "home", ignore_errors=True)
    work.rename(folder)


def world(scale: int = FULL_SCALE, seed: int = 1) -> Path:
    """The world's folder, built if missing: ``sisca.db`` (everything imported),
    ``sisca-before-import.db`` (the same SISCA before it imported), ``bundles/``
    (the eight countries' bundles) and ``world.json`` (what was made)."""
    folder = _folder(scale, seed)
    if not (folder / "world.json").exists():
        print(f"Building the benchmark world at demo --scale {scale} (cached in {folder})…")
        _build(folder, scale, seed)
    return folder


def sisca_copy(folder: Path, target: Path) -> Path:
    """A fresh copy of the world's SISCA database (benchmarks may write to it)."""
    from cisdesk.db.backup import copy_database

    copy_database(folder / "sisca.db", target)
    return target


def start_postgres() -> object | None:
    """A throwaway PostgreSQL server (None where the binaries are missing)."""
    from pg_server import PgServer, find_pg_bin

    if find_pg_bin() is None:
        return None
    server = PgServer()
    server.start()
    return server


#: The root key's passphrase on a server copy (a server record keeps its key encrypted).
SERVER_PASSPHRASE = "benchmark root passphrase"


def sisca_on_postgres(folder: Path, server: object) -> str:
    """The world's SISCA record copied into a new database of ``server``; its URL."""
    from cisdesk.db.record import open_record
    from cisdesk.sync.provision import copy_record

    url = server.new_database()  # type: ignore[attr-defined]
    with open_record(str(folder / "sisca.db")) as source:
        copy_record(source, url, passphrase=SERVER_PASSPHRASE)
    # A server's record is vacuumed by autovacuum within minutes of a bulk load; measured
    # before that, the first reads of each row write its hint bits and autovacuum's own
    # pass competes for the two cores: settled now, the figures are the server's usual.
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE)")
    return url


def describe(folder: Path) -> str:
    stats = json.loads((folder / "world.json").read_text())
    rows = sum(c["rows"] for c in stats["countries"].values())
    changes = sum(c["changes"] for c in stats["countries"].values())
    return (
        f"world: 8 countries at demo --scale {stats['scale']} (seed {stats['seed']}): "
        f"{rows} rows, {changes} field changes imported at SISCA"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=FULL_SCALE)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    folder = world(args.scale, args.seed)
    print(describe(folder))
    print(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
