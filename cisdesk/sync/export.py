"""Writing a sync bundle (docs/ARCHITECTURE.md §4: delta, sequence, signed container).

A country install's bundle carries every field version it authored that the
last imported regional bundle has not acknowledged, so a lost USB stick loses
nothing: the next bundle carries the same changes again. SISCA's regional
bundle carries the whole record, the acknowledgements per site and the signed
keyring. Everything is read in one transaction, so a bundle is a consistent
snapshot even while someone edits.
"""

import datetime as dt
import os
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from cisdesk import messages
from cisdesk.db.base import table_of
from cisdesk.db.local import Acknowledgement, Blob, ExportLog, FieldVersion
from cisdesk.db.models import REPLICATED_MODELS, Evidence
from cisdesk.db.record import Record
from cisdesk.errors import CisdeskError
from cisdesk.fsutil import fsync_dir
from cisdesk.messages import text
from cisdesk.progress import ProgressCallback, no_progress
from cisdesk.sync import clock, keyring, keys
from cisdesk.sync.container import write_container
from cisdesk.sync.merge import lock_record
from cisdesk.sync.payload import Change, collector_paused, encode_payload

_FV = table_of(FieldVersion)
_IN_CHUNK = 400
#: Changes read between two progress reports.
_PROGRESS_STEP = 5000


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

    def summary(self, lang: str | None = None) -> str:
        regional = self.direction == "regional"
        everything = self.full or regional
        code = "export.summary." + ("regional" if regional else "country")
        code += "_all" if everything else "_unacknowledged"
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


def count_changes(conn: Connection, *, site: str | None = None, since: int = 0) -> int:
    query = select(func.count()).select_from(_FV).where(_FV.c.hlc > since)
    if site is not None:
        query = query.where(_FV.c.site == site)
    return int(conn.execute(query).scalar_one())


def iter_changes(conn: Connection, *, site: str | None = None, since: int = 0) -> Iterator[Change]:
    """Every field version (of ``site`` only, if given) newer than ``since``, with its value.

    Tables come parents first, rows in id order, so the same record gives the
    same payload.
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
        name = table.name
        for row in conn.execute(query).all():
            row_id, field, hlc, author, prev_hlc, prev_site = row[:6]
            index = position.get(field)
            if index is None or field == "id":  # not a column of this schema
                continue
            values = row[6:]
            prev = (prev_hlc, prev_site) if prev_hlc is not None and prev_site else None
            yield Change(name, row_id, values[owner_at], field, values[index], hlc, author, prev)


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
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
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


def export_bundle(
    record: Record,
    path: Path | str,
    *,
    full: bool = False,
    passphrase: str | None = None,
    progress: ProgressCallback = no_progress,
) -> ExportResult:
    """Write the next signed bundle of this install to ``path``, atomically.

    The bundle's file appears only after its export is recorded, so a failure
    leaves neither a file nor a used sequence number.
    """
    target = Path(path)
    if target.is_dir():
        raise CisdeskError("export.target_folder", path=str(target))
    if not target.parent.is_dir():
        raise CisdeskError("export.no_folder", path=str(target), folder=str(target.parent))
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        with collector_paused(), record.local() as session, session.begin():
            conn = session.connection()
            lock_record(conn)
            install = keys.this_install(session)
            private_key = keys.load_signing_key(session, passphrase)
            regional = install.is_regional
            since = 0 if (full or regional) else acknowledged(conn, install.site_id)
            site = None if regional else install.site_id
            total = count_changes(conn, site=site, since=since)
            steps = total * 2 + 1
            progress(0, steps, messages.text("progress.reading_changes"))
            changes: list[Change] = []
            for change in iter_changes(conn, site=site, since=since):
                changes.append(change)
                if len(changes) % _PROGRESS_STEP == 0:
                    progress(len(changes), steps, messages.text("progress.reading_changes"))
            payload = encode_payload(
                changes, len(changes), lambda done, _t, m: progress(total + done, steps, m)
            )
            blobs = _blobs_for(conn, changes)
            seq, prev_bundle_id = _next_seq(conn)
            highest = max((c.hlc for c in changes), default=0)
            manifest: dict[str, Any] = {
                "deployment_id": install.deployment_id,
                "direction": "regional" if regional else "country",
                "origin_country": install.owner,
                "origin_site": install.site_id,
                "site_name": install.site_name,
                "key_id": keys.own_key(session).key_id,
                "seq": seq,
                "prev_bundle_id": prev_bundle_id,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "highest_hlc": highest,
                "row_count": len(changes),
                "full": bool(full or regional),
                "acks": _acks(conn) if regional else {},
                "keyring": None,
            }
            if regional:
                document, signature = keyring.signed_keyring(session, private_key)
                manifest["keyring"] = keyring.keyring_manifest_field(document, signature)
            progress(steps - 1, steps, messages.text("progress.signing"))
            opened = write_container(partial, manifest, payload, blobs, private_key)
            session.add(
                ExportLog(
                    seq=seq,
                    bundle_id=opened.bundle_id,
                    path=str(target),
                    created_at=dt.datetime.now(dt.UTC),
                    highest_hlc=highest,
                    changes=len(changes),
                    full=manifest["full"],
                )
            )
            session.flush()
            warnings = clock_warnings(install.hlc, clock.wall_ms())
        _publish(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    progress(steps, steps, messages.text("progress.done"))
    return ExportResult(
        path=target,
        bundle_id=opened.bundle_id,
        seq=seq,
        direction=manifest["direction"],
        changes=len(changes),
        rows=len({c.row_id for c in changes}),
        blobs=len(blobs),
        highest_hlc=highest,
        full=manifest["full"],
        since_hlc=since,
        warnings=tuple(warnings),
    )


def _blobs_for(conn: Connection, changes: list[Change]) -> dict[str, bytes]:
    wanted = evidence_hashes(changes)
    blobs = held_blobs(conn, wanted)
    missing = sorted(wanted - blobs.keys())
    if missing:
        raise CisdeskError("export.blob_missing", name=f"{missing[0][:12]}…")
    return blobs


def _acks(conn: Connection) -> dict[str, int]:
    return {
        site: int(hlc)
        for site, hlc in conn.execute(select(Acknowledgement.site_id, Acknowledgement.hlc))
        if hlc
    }


def _publish(partial: Path, target: Path) -> None:
    try:
        os.replace(partial, target)
    except OSError as exc:
        raise CisdeskError(
            "export.cannot_move", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    fsync_dir(target.parent)
