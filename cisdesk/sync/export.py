"""Writing a sync bundle (docs/ARCHITECTURE.md §4: delta, volumes, sequence, signed container).

A country install's bundle carries every change to its country's rows, whoever
of that country wrote it, that SISCA has not acknowledged (relay: laptop →
laptop → SISCA), so a lost USB stick loses nothing: the next bundle carries the
same changes again. SISCA's regional bundle carries what its recipients lack,
judged by the version vectors their bundles stated, and the signed keyring.
Every bundle states this install's own vector. An export larger than
``max_size`` is split into volumes, each a complete signed bundle; rows and
evidence files are streamed, so memory stays bounded whatever the size.
Everything is read in one transaction, a consistent snapshot even while someone
edits.
"""

import datetime as dt
import os
import secrets
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, case, func, select

from cisdesk import messages
from cisdesk.db import clock
from cisdesk.db.base import chunks, table_of
from cisdesk.db.local import Acknowledgement, Blob, ExportLog, FieldVersion, ImportLog
from cisdesk.db.models import REPLICATED_MODELS, Evidence
from cisdesk.db.record import Record
from cisdesk.db.versions import ROW, change_count, replicated_fields, row_entry
from cisdesk.errors import CisdeskError
from cisdesk.fsutil import fsync_dir, write_error
from cisdesk.messages import msg, text
from cisdesk.progress import ProgressCallback, no_progress
from cisdesk.sync import keyring, keys, strictjson, vectors
from cisdesk.sync.container import MAX_BUNDLE_BYTES
from cisdesk.sync.merge import lock_record
from cisdesk.sync.payload import Change, collector_paused, encode_line
from cisdesk.sync.volume_writer import ENTRY_OVERHEAD, VolumeWriter

_FV = table_of(FieldVersion)
#: Changes read between two progress reports.
_PROGRESS_STEP = 5000
#: Rows fetched from the database at a time while streaming.
_STREAM_ROWS = 2000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    seq: int
    direction: str  # "country" or "regional"
    changes: int
    rows: int
    blobs: int
    highest_hlc: int
    full: bool
    since_hlc: int  # changes above this clock value were included
    warnings: tuple[str, ...] = ()
    #: Every file written: one, or the volumes in order.
    paths: tuple[Path, ...] = ()
    sizes: tuple[int, ...] = ()
    #: Evidence files the rows name but this install has not received yet.
    missing_blobs: int = 0
    volume_ids: tuple[str, ...] = ()

    @property
    def volumes(self) -> int:
        return len(self.paths) or 1

    def summary(self, lang: str | None = None) -> str:
        regional = self.direction == "regional"
        code = "export.summary." + ("regional" if regional else "country")
        if self.full:
            code += "_all"
        else:
            code += "_delta" if regional else "_unacknowledged"
        if self.blobs:
            code += "_blobs"
        return text(
            code,
            lang,
            seq=self.seq,
            path=str(self.path),
            changes=self.changes,
            rows=self.rows,
            blobs=self.blobs,
        )


# --- reading the record as changes ---------------------------------------------------------------


def acknowledged(conn: Connection, site_id: str) -> int:
    """Highest clock value of ``site_id``'s changes known to be held by the other side."""
    value = conn.execute(
        select(Acknowledgement.hlc).where(Acknowledgement.site_id == site_id)
    ).scalar()
    return int(value or 0)


def _vector_floor(vector: Mapping[str, int]) -> Any:
    """The SQL value each version's clock must exceed: the vector's value for its site."""
    return case(dict(vector), value=_FV.c.site, else_=0)


def count_changes(
    conn: Connection,
    *,
    site: str | None = None,
    since: int = 0,
    vector: Mapping[str, int] | None = None,
    sites: Iterable[str] | None = None,
) -> int:
    query = select(change_count()).select_from(_FV).where(_FV.c.hlc > since)
    if site is not None:
        query = query.where(_FV.c.site == site)
    if sites is not None:
        query = query.where(_FV.c.site.in_(sorted(sites)))
    if vector:
        query = query.where(_FV.c.hlc > _vector_floor(vector))
    return int(conn.execute(query).scalar_one())


def iter_changes(
    conn: Connection,
    *,
    site: str | None = None,
    since: int = 0,
    vector: Mapping[str, int] | None = None,
    owner: str | None = None,
) -> Iterator[Change]:
    """Every field version newer than ``since`` (or than ``vector``'s value for its site).

    ``site`` keeps one author's versions, ``owner`` one owner's rows. Tables
    come parents first, rows in id order, so the same record gives the same
    payload; rows are streamed from the database, not loaded at once.
    """
    for model in REPLICATED_MODELS:
        table = table_of(model)
        columns = list(table.columns)
        position = {c.key: i for i, c in enumerate(columns)}
        owner_at = position["owner"]
        query = (
            select(
                _FV.c.row_id,
                _FV.c.field,
                _FV.c.hlc,
                _FV.c.site,
                _FV.c.prev_hlc,
                _FV.c.prev_site,
                *columns,
            )
            .join(table, table.c.id == _FV.c.row_id)
            .where(_FV.c.tbl == table.name, _FV.c.hlc > since)
            .order_by(_FV.c.row_id, _FV.c.field)
        )
        if site is not None:
            query = query.where(_FV.c.site == site)
        if vector:
            query = query.where(_FV.c.hlc > _vector_floor(vector))
        if owner is not None:
            query = query.where(table.c.owner == owner)
        name = table.name
        whole = [(f, position[f]) for f in replicated_fields(name)]
        for row in conn.execute(query.execution_options(yield_per=_STREAM_ROWS)):
            row_id, field, hlc, author, prev_hlc, prev_site = row[:6]
            values = row[6:]
            prev = (prev_hlc, prev_site) if prev_hlc is not None and prev_site else None
            owner_of = values[owner_at]
            if field == ROW:  # the row's one entry: every field, in name order
                for each, at in whole:
                    yield Change(name, row_id, owner_of, each, values[at], hlc, author, prev)
                continue
            index = position.get(field)
            if index is None or field == "id":  # not a column of this schema
                continue
            yield Change(name, row_id, owner_of, field, values[index], hlc, author, prev)


def evidence_hashes(changes: Iterable[Change]) -> set[str]:
    """The evidence files the changes refer to (an evidence row's ``sha256`` field)."""
    table = Evidence.__tablename__
    return {
        c.value for c in changes if c.table == table and c.field == "sha256" and c.value is not None
    }


def held_blobs(conn: Connection, hashes: set[str]) -> dict[str, bytes]:
    """The evidence files among ``hashes`` that this install holds."""
    found: dict[str, bytes] = {}
    wanted = sorted(hashes)
    for chunk in chunks(wanted):
        for sha, data in conn.execute(select(Blob.sha256, Blob.data).where(Blob.sha256.in_(chunk))):
            found[sha] = bytes(data)
    return found


def _next_seq(conn: Connection) -> tuple[int, str | None]:
    last = conn.execute(
        select(ExportLog.seq, ExportLog.bundle_id).order_by(ExportLog.seq.desc()).limit(1)
    ).first()
    if last is None:
        return 1, None
    return int(last[0]) + 1, str(last[1])


def clock_warnings(install_hlc: int, now_ms: int) -> list[str]:
    """A warning when this computer's clock looks wrong (behind what this install has seen)."""
    if not clock.is_far_future(install_hlc, now_ms):
        return []
    days = (clock.to_wall_ms(install_hlc) - now_ms) / 86_400_000
    return [text("export.clock_behind", days=f"{days:.0f}")]


# --- the export --------------------------------------------------------------------------------

#: ``--max-size`` when none is given: what an e-mail carries.
DEFAULT_MAX_SIZE = 20 * 1024 * 1024
#: The smallest ``--max-size`` accepted: room for a manifest and some rows.
MIN_MAX_SIZE = 64 * 1024
#: Payload bytes (uncompressed) per volume, so an import holds a bounded number of rows
#: (a quarter of the reader's limit, ``container.MAX_PAYLOAD_BYTES``).
PAYLOAD_PER_VOLUME = 16 * 1024 * 1024


@dataclass
class _Plan:
    """What one export sends and to whom (the baseline vector), before any volume is written."""

    regional: bool
    vector: dict[str, int]  # send versions above this, per site
    owner: str | None  # a country sends only its own rows
    full: bool
    for_country: str | None
    held: dict[str, int]
    range_sites: set[str]
    #: The sites whose changes this export may carry (None: every site).
    authors: set[str] | None = None

    def count(self, conn: Connection) -> int:
        return count_changes(conn, vector=self.vector, sites=self.authors)


def _plan(
    conn: Connection, session: Any, install: Any, *, full: bool, for_country: str | None
) -> _Plan:
    held = vectors.held_vector(conn, install.site_id, int(install.hlc))
    if install.is_regional:
        baseline = None if full else _recipients_vector(session, conn, for_country)
        vector = {} if baseline is None else vectors.with_reference(baseline)
        return _Plan(True, vector, None, baseline is None, for_country, held, set(held))
    if for_country is not None:
        raise CisdeskError(msg("volume.for_only_regional"))
    vector = {} if full else vectors.with_reference(vectors.regional_vector(conn))
    owners = keyring.site_owners(session)
    own_sites = {site for site, owner in owners.items() if owner == install.owner}
    own_sites.add(install.site_id)
    return _Plan(False, vector, install.owner, full, None, held, own_sites & set(held), own_sites)


def _recipients_vector(
    session: Any, conn: Connection, for_country: str | None
) -> dict[str, int] | None:
    """What every recipient holds: the country installs enrolled (of ``for_country``).

    An install SISCA has not heard from yet holds nothing as far as SISCA knows,
    so it makes the bundle carry everything. None: carry everything.
    """
    known = vectors.peers(conn, for_country)
    recipients = [
        known.get(site, {})
        for site, country in vectors.enrolled_sites(conn)
        if for_country is None or country == for_country
    ]
    if not recipients or not all(recipients):
        return None
    return vectors.common_vector(recipients)


def _ranges(plan: _Plan, pending: dict[str, int]) -> dict[str, list[int]]:
    """Per site, the clock range this export carries completely.

    A site whose evidence file this install lacks is claimed only below that
    change, so the recipient keeps asking for it.
    """
    ranges: dict[str, list[int]] = {}
    for site in sorted(plan.range_sites):
        low = plan.vector.get(site, 0)
        high = plan.held.get(site, 0)
        if site in pending:
            high = min(high, pending[site] - 1)
        if high > low:
            ranges[site] = [low, high]
    return ranges


def volume_paths(target: Path, count: int) -> list[Path]:
    """``OUT.cisb`` for one volume, else ``OUT-01.cisb``, ``OUT-02.cisb``, …"""
    if count == 1:
        return [target]
    width = max(2, len(str(count)))
    return [
        target.with_name(f"{target.stem}-{number:0{width}d}{target.suffix}")
        for number in range(1, count + 1)
    ]


class _Volumes:
    """The volumes of one export being written to temporary files beside the target."""

    def __init__(self, target: Path, max_size: int, reserve: int) -> None:
        self.target = target
        self.max_size = max_size
        self.reserve = reserve
        self.writers: list[VolumeWriter] = []

    def new(self) -> VolumeWriter:
        temp = self.target.with_name(
            f".{self.target.stem}.{secrets.token_hex(4)}.part{len(self.writers) + 1}"
        )
        writer = VolumeWriter(temp)
        self.writers.append(writer)
        return writer

    @property
    def current(self) -> VolumeWriter:
        return self.writers[-1] if self.writers else self.new()

    def room(self, writer: VolumeWriter) -> int:
        return self.max_size - self.reserve - writer.estimated_size()

    def discard(self) -> None:
        for writer in self.writers:
            writer.discard()


def _write_payload(
    volumes: _Volumes, changes: Iterator[Change], total: int, progress: ProgressCallback
) -> tuple[int, int, set[str]]:
    """Stream the changes into volumes, cutting only between rows.

    Returns the changes and rows written and the evidence files the changes name.
    """
    writer = volumes.current
    count = rows = 0
    last_row: str | None = None
    evidence_table = Evidence.__tablename__
    hashes: set[str] = set()
    for change in changes:
        if change.row_id != last_row:
            rows += 1
            if writer.lines and (
                volumes.room(writer) <= 0 or writer.payload_size >= PAYLOAD_PER_VOLUME
            ):
                writer.end_payload()
                writer = volumes.new()
            last_row = change.row_id
        if change.table == evidence_table and change.field == "sha256" and change.value:
            hashes.add(change.value)
        writer.write_line(encode_line(change), change.hlc)
        count += 1
        if count % _PROGRESS_STEP == 0:
            progress(count, total, messages.text("progress.writing_changes"))
    writer.end_payload()
    return count, rows, hashes


def _blob_sizes(conn: Connection, hashes: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    wanted = sorted(hashes)
    for chunk in chunks(wanted):
        query = select(Blob.sha256, func.length(Blob.data)).where(Blob.sha256.in_(chunk))
        found.update({sha: int(size) for sha, size in conn.execute(query)})
    return found


def _read_blob(conn: Connection, sha: str) -> bytes:
    return bytes(conn.execute(select(Blob.data).where(Blob.sha256 == sha)).scalar_one())


def _write_blobs(
    conn: Connection, volumes: _Volumes, sizes: dict[str, int], progress: ProgressCallback
) -> None:
    """Evidence files after the rows, packed in order; one larger than a volume goes alone."""
    total = sum(sizes.values())
    done = 0
    for sha in sorted(sizes):
        size = sizes[sha]
        writer = volumes.current
        needed = size + ENTRY_OVERHEAD + _MANIFEST_PER_BLOB
        if (writer.lines or writer.blobs) and volumes.room(writer) < needed:
            writer.close_entries()
            writer = volumes.new()
            writer.end_payload()
        writer.add_blob(sha, _read_blob(conn, sha))
        done += size
        progress(done, total, messages.text("volume.progress_evidence"))


#: Manifest bytes per listed evidence file (its hash, size and punctuation).
_MANIFEST_PER_BLOB = 100


def export_bundle(
    record: Record,
    path: Path | str,
    *,
    full: bool = False,
    for_country: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    passphrase: str | None = None,
    progress: ProgressCallback = no_progress,
) -> ExportResult:
    """Write the next signed export of this install to ``path``: one file, or volumes.

    The files appear only after the export is recorded, each under its final
    name by an atomic rename, so a failure (a full disk) leaves neither a file
    that looks complete nor a used sequence number.
    """
    target = Path(path)
    if target.is_dir():
        raise CisdeskError("export.target_folder", path=str(target))
    if not target.parent.is_dir():
        raise CisdeskError("export.no_folder", path=str(target), folder=str(target.parent))
    if not MIN_MAX_SIZE <= max_size <= MAX_BUNDLE_BYTES:
        raise CisdeskError(
            msg("volume.max_size_range", low=MIN_MAX_SIZE // 1024, high=MAX_BUNDLE_BYTES >> 20)
        )
    volumes: _Volumes | None = None
    finals: list[Path] = []
    try:
        with collector_paused(), record.local() as session, session.begin():
            conn = session.connection()
            lock_record(conn)
            install = keys.this_install(session)
            private_key = keys.load_signing_key(session, passphrase)
            plan = _plan(conn, session, install, full=full, for_country=for_country)
            install_site = install.site_id
            total = plan.count(conn)
            progress(0, max(total, 1), messages.text("progress.reading_changes"))
            seq, prev_bundle_id = _next_seq(conn)
            manifest: dict[str, Any] = {
                "deployment_id": install.deployment_id,
                "direction": "regional" if plan.regional else "country",
                "origin_country": install.owner,
                "origin_site": install.site_id,
                "site_name": install.site_name,
                "key_id": keys.own_key(session).key_id,
                "seq": seq,
                "prev_bundle_id": prev_bundle_id,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "full": plan.full,
                "acks": plan.held,
                "keyring": None,
                "export_id": secrets.token_hex(32),
                "for_country": plan.for_country,
            }
            if plan.regional:
                document, signature = keyring.signed_keyring(session, private_key)
                manifest["keyring"] = keyring.keyring_manifest_field(document, signature)
            # Room for the manifest: everything but the blob list, which grows per volume.
            skeleton = dict(manifest, ranges={s: [0, 2**62] for s in plan.range_sites})
            reserve = len(strictjson.dumps_canonical(skeleton)) + 2048
            volumes = _Volumes(target, max_size, reserve)
            changes, rows, hashes = _write_payload(
                volumes,
                iter_changes(conn, vector=plan.vector, owner=plan.owner),
                total,
                progress,
            )
            sizes = _blob_sizes(conn, hashes)
            pending = _pending_sites(conn, hashes - sizes.keys())
            _write_blobs(conn, volumes, sizes, progress)
            manifest["ranges"] = _ranges(plan, pending)
            count = len(volumes.writers)
            finals = volume_paths(target, count)
            progress(0, count, messages.text("progress.signing"))
            bundle_ids = []
            for number, writer in enumerate(volumes.writers, start=1):
                bundle_ids.append(
                    writer.seal(dict(manifest, volume=number, volumes=count), private_key)
                )
                progress(number, count, messages.text("progress.signing"))
            highest = max((w.highest_hlc for w in volumes.writers), default=0)
            session.add(
                ExportLog(
                    seq=seq,
                    bundle_id=manifest["export_id"],
                    path=str(finals[0]),
                    created_at=dt.datetime.now(dt.UTC),
                    highest_hlc=highest,
                    changes=changes,
                    full=plan.full,
                )
            )
            session.flush()
            warnings = clock_warnings(install.hlc, clock.wall_ms())
        for writer, final in zip(volumes.writers, finals, strict=True):
            _publish(writer.temp, final)
    except OSError as exc:
        raise write_error(target, exc) from exc
    finally:
        if volumes is not None:
            volumes.discard()
    progress(1, 1, messages.text("progress.done"))
    return ExportResult(
        path=finals[0],
        bundle_id=manifest["export_id"],
        seq=seq,
        direction=manifest["direction"],
        changes=changes,
        rows=rows,
        blobs=len(sizes),
        highest_hlc=highest,
        full=plan.full,
        since_hlc=0 if plan.regional else plan.vector.get(install_site, 0),
        warnings=tuple(warnings),
        paths=tuple(finals),
        sizes=tuple(path.stat().st_size for path in finals),
        missing_blobs=len(hashes - sizes.keys()),
        volume_ids=tuple(bundle_ids),
    )


def has_news(record: Record) -> bool:
    """Whether an export now would carry changes or news of what this install holds.

    True when there are changes the other side lacks, or when bundles were
    imported since the last export (the held vector moved on).
    """
    with record.reader() as session:
        conn = session.connection()
        install = keys.this_install(session)
        plan = _plan(conn, session, install, full=False, for_country=None)
        if plan.count(conn):
            return True
        last_export = session.scalar(select(func.max(ExportLog.created_at)))
        if last_export is None:
            return True
        query = (
            select(func.count())
            .select_from(ImportLog)
            .where(ImportLog.outcome == "imported", ImportLog.imported_at > last_export)
        )
        return bool(session.scalar(query))


def _pending_sites(conn: Connection, missing: set[str]) -> dict[str, int]:
    """Per site, the lowest clock of an evidence change whose file this install lacks."""
    if not missing:
        return {}
    lowest: dict[str, int] = {}
    table = Evidence.__table__
    wanted = sorted(missing)
    for chunk in chunks(wanted):
        query = (
            select(_FV.c.site, func.min(_FV.c.hlc))
            .join(table, table.c.id == _FV.c.row_id)
            .where(row_entry("sha256"), table.c.sha256.in_(chunk))
            .group_by(_FV.c.site)
        )
        for site, hlc in conn.execute(query):
            lowest[site] = min(lowest.get(site, int(hlc)), int(hlc))
    return lowest


def _publish(partial: Path, target: Path) -> None:
    try:
        os.replace(partial, target)
    except OSError as exc:
        raise CisdeskError(
            "export.cannot_move", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    fsync_dir(target.parent)
