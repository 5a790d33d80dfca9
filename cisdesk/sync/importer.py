"""Importing sync bundles: verify, validate, authorise, merge — each file all or nothing.

Every file is handled on its own, in one transaction, in the order docs/ARCHITECTURE.md §4
fixes: the container (size, zip, signer, signature, manifest, payload hash),
every payload line, the authorisation of every line, the sequence check, the
merge, the logs. A refusal rolls the transaction back and is then written to
the import log in a short transaction of its own.

``import_bundles(before_commit=...)`` is called with each file's outcome once its
changes are written and before they are committed: the seam through which tests
stop an import there (and kill it, or hold its lock); production code passes none.
"""

import contextlib
import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, case, func, insert, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from cisdesk.countries import REGIONAL
from cisdesk.db import clock
from cisdesk.db.backup import backup_database
from cisdesk.db.base import chunks
from cisdesk.db.capture import REFERENCE_HLC, REFERENCE_SITE
from cisdesk.db.changes import OpChanges
from cisdesk.db.fold import fold_progress_twins
from cisdesk.db.local import (
    Blob,
    ImportLog,
    Install,
    ReceivedVolume,
    SeenBundle,
)
from cisdesk.db.models import MODEL_BY_TABLE, ProgressReport, Result
from cisdesk.db.record import Record
from cisdesk.errors import BundleRejected, CisdeskError
from cisdesk.messages import Message, msg, place, text
from cisdesk.progress import ProgressCallback, no_progress
from cisdesk.sync import keyring, keys, quarantine, vectors
from cisdesk.sync.bundle_file import BundleFile, open_bundle_file
from cisdesk.sync.export import evidence_hashes
from cisdesk.sync.limits import open_regular
from cisdesk.sync.merge import MergeStats, lock_record, merge_changes
from cisdesk.sync.payload import Change, collector_paused, decode_payload
from cisdesk.sync.signer_rules import check_signer_history

IMPORTED = "imported"
DUPLICATE = "duplicate"
REJECTED = "rejected"
QUARANTINED = "quarantined"


@dataclass
class ImportOutcome:
    """What happened to one bundle file."""

    file: Path
    outcome: str = REJECTED
    reason: str | None = None
    file_sha256: str = ""
    bundle_id: str | None = None
    direction: str | None = None
    origin_country: str | None = None
    origin_site: str | None = None
    site_name: str | None = None
    seq: int | None = None
    signer_key_id: str | None = None
    changes: int = 0
    applied: int = 0
    conflicts: int = 0
    new_rows: int = 0
    blobs: int = 0
    gap: tuple[int, int] | None = None  # first and last missing sequence numbers
    fork: bool = False
    out_of_order: bool = False
    keyring_version: int | None = None  # set when a newer keyring was accepted
    volume: int = 1
    volumes: int = 1
    #: Evidence files named by the rows but not received yet (in another volume).
    pending_blobs: int = 0
    #: Warnings that do not refuse the bundle: gaps, forks, late arrivals, duplicates.
    notes: list[str] = field(default_factory=list)
    #: What the import changed in the record, for the app's views (the log always).
    op_changes: OpChanges = field(default_factory=lambda: OpChanges({"import_log"}))

    @property
    def ok(self) -> bool:
        return self.outcome in (IMPORTED, DUPLICATE)

    def origin_message(self) -> Message:
        if self.origin_country is None:
            return msg("import.origin.unknown")
        if self.site_name:
            base = msg(
                "import.origin.site",
                place=place(self.origin_country),
                site=self.site_name,
                seq=self.seq,
            )
        else:
            base = msg("import.origin.place", place=place(self.origin_country), seq=self.seq)
        if self.volumes > 1:
            return msg("volume.origin", origin=base, volume=self.volume, volumes=self.volumes)
        return base

    def origin_text(self, lang: str | None = None) -> str:
        return self.origin_message().render(lang)

    def summary(self, lang: str | None = None) -> str:
        """One line for the command line and the import dialog."""
        name, origin = self.file.name, self.origin_message()
        if self.outcome == IMPORTED:
            line = text(
                "import.summary.imported",
                lang,
                name=name,
                origin=origin,
                changes=self.changes,
                applied=self.applied,
                new_rows=self.new_rows,
                conflicts=self.conflicts,
            )
        elif self.outcome == DUPLICATE:
            line = text("import.summary.duplicate", lang, name=name, origin=origin)
        elif self.outcome == QUARANTINED:
            line = text(
                "import.summary.quarantined", lang, name=name, origin=origin, reason=self.reason
            )
        else:
            line = text("import.summary.rejected", lang, name=name, reason=self.reason)
        if self.outcome == IMPORTED:
            if self.keyring_version is not None:
                line += " " + text("import.summary.keyring", lang, version=self.keyring_version)
            if self.notes:
                line += " " + text("import.summary.warning", lang, notes=" ".join(self.notes))
        return line

    def _clear_counts(self) -> None:
        self.changes = self.applied = self.conflicts = self.new_rows = self.blobs = 0
        self.gap, self.fork, self.out_of_order, self.keyring_version = None, False, False, None
        self.pending_blobs = 0
        self.notes = []
        self.op_changes = OpChanges({"import_log"})


# --- checks on the lines ----------------------------------------------------------------------


def authorise(changes: Sequence[Change], manifest: dict[str, Any], owners: dict[str, str]) -> None:
    """Refuse the bundle if any line writes what its signer may not write.

    A country bundle may only carry its own site's changes to its own country's
    rows. A regional bundle may carry anyone's changes, but each must come from
    a site the keyring enrols for the row's owner, or be the reference plan.
    """
    regional = manifest["direction"] == "regional"
    origin = manifest["origin_country"]
    origin_site = manifest["origin_site"]
    for number, change in enumerate(changes, start=1):
        model = MODEL_BY_TABLE[change.table]
        if model.ownership == "regional" and change.owner != REGIONAL:
            raise _refuse(
                number, "import.refuse.plan_row", table=change.table, place=place(change.owner)
            )
        if not regional:
            if change.owner != origin:
                raise _refuse(
                    number,
                    "import.refuse.other_country",
                    origin=place(origin),
                    owner=place(change.owner),
                )
            # Relay: any site of the country may have written it (docs/ARCHITECTURE.md §4).
            if change.site != origin_site and owners.get(change.site) != origin:
                raise _refuse(number, "volume.refuse.site_of_country", place=place(origin))
            continue
        if change.site == REFERENCE_SITE:
            if change.hlc != REFERENCE_HLC or change.owner != REGIONAL:
                raise _refuse(number, "import.refuse.fake_reference")
            continue
        site_owner = owners.get(change.site)
        if site_owner is None:
            raise _refuse(number, "import.refuse.unenrolled_site")
        if site_owner != change.owner:
            raise _refuse(
                number,
                "import.refuse.site_owner",
                origin=place(site_owner),
                owner=place(change.owner),
            )


def refuse_reports_on_regional_results(session: Session, changes: Sequence[Change]) -> None:
    """A country's bundle may not report on a regional result: SISCA reports those.

    The results named are looked up together, a few hundred ids a query: a bundle
    carries thousands of reports and one lookup per line was most of its import.
    """
    table = ProgressReport.__tablename__
    named: list[tuple[int, str]] = []
    for number, change in enumerate(changes, start=1):
        if change.table != table or change.field != "result_id" or change.owner == REGIONAL:
            continue
        if isinstance(change.value, str):
            named.append((number, change.value))
    regional = _present(
        session, Result.id, (value for _number, value in named), Result.regional.is_(True)
    )
    for number, value in named:
        if value in regional:
            raise BundleRejected("plan.merge_regional_result", line=number)


def _refuse(number: int, code: str, **params: Any) -> BundleRejected:
    return BundleRejected("import.line_refused", number=number, detail=msg(code, **params))


def _store_blobs(conn: Connection, opened: BundleFile) -> int:
    """Store the carried evidence files not held yet, reading one at a time; how many."""
    held = _held_blob_ids(conn, set(opened.blob_names))
    stored = 0
    for sha, data in opened.iter_blobs(lambda name: name not in held):
        conn.execute(insert(Blob).values(sha256=sha, data=data))
        stored += 1
    return stored


def _held_blob_ids(conn: Connection, hashes: set[str]) -> set[str]:
    return _present(conn, Blob.sha256, hashes)


def _present(db: Connection | Session, column: Any, values: Iterable[str], *where: Any) -> set[str]:
    """Which of ``values`` ``column`` holds (in rows meeting ``where``), a few hundred a query."""
    wanted = sorted(set(values))
    found: set[str] = set()
    for chunk in chunks(wanted):
        found.update(db.execute(select(column).where(column.in_(chunk), *where)).scalars())
    return found


# --- sequence, acknowledgements, clock ----------------------------------------------------------


def _check_sequence(conn: Connection, opened: BundleFile, outcome: ImportOutcome) -> None:
    """Note gaps, forks and late arrivals; record the export as seen. None of them refuse it.

    Volumes of one export share its number and export id, so a second volume is
    neither a fork nor a late arrival. A volume of another export under a number
    already seen is refused: the files of two exports were mixed up.
    """
    site, seq = opened.origin_site, opened.seq
    export_id = opened.manifest["export_id"]
    seen = dict(
        conn.execute(
            select(SeenBundle.seq, SeenBundle.bundle_id).where(SeenBundle.site_id == site)
        ).all()
    )
    if seen.get(seq) == export_id:
        return
    highest = max(seen, default=0)
    if seq in seen:
        if opened.manifest["volumes"] > 1 or _had_volumes(conn, seen[seq]):
            raise BundleRejected(
                msg(
                    "volume.other_export",
                    volume=opened.manifest["volume"],
                    volumes=opened.manifest["volumes"],
                    seq=seq,
                    place=place(opened.origin_country),
                )
            )
        outcome.fork = True
        outcome.notes.append(text("import.note.fork_seq", seq=seq))
    elif seq > highest + 1 and (highest or opened.manifest["direction"] == "country"):
        # A first regional bundle numbered above 1 is no gap: it carries what is lacking.
        outcome.gap = (highest + 1, seq - 1)
        if highest + 1 == seq - 1:
            outcome.notes.append(text("import.note.gap_one", seq=seq - 1))
        else:
            outcome.notes.append(text("import.note.gap", first=highest + 1, last=seq - 1))
    elif seq < highest:
        outcome.out_of_order = True
        outcome.notes.append(text("import.note.out_of_order", seq=highest))
    prev = opened.manifest["prev_bundle_id"]
    before = seen.get(seq - 1)
    if not outcome.fork and before is not None and prev != before:
        outcome.fork = True
        outcome.notes.append(text("import.note.fork_prev", seq=seq - 1))
    if seq not in seen:
        conn.execute(
            insert(SeenBundle).values(
                site_id=site,
                seq=seq,
                bundle_id=export_id,
                prev_bundle_id=prev,
                imported_at=dt.datetime.now(dt.UTC),
            )
        )


def _had_volumes(conn: Connection, export_id: str) -> bool:
    volumes = conn.execute(
        select(ReceivedVolume.volumes).where(ReceivedVolume.export_id == export_id).limit(1)
    ).scalar()
    return bool(volumes and volumes > 1)


def _record_volume(conn: Connection, opened: BundleFile) -> bool:
    """Remember the volume; True when it completes its export (every volume arrived)."""
    manifest = opened.manifest
    conn.execute(
        insert(ReceivedVolume).values(
            bundle_id=opened.bundle_id,
            export_id=manifest["export_id"],
            origin_site=opened.origin_site,
            seq=opened.seq,
            volume=manifest["volume"],
            volumes=manifest["volumes"],
        )
    )
    arrived = conn.execute(
        select(func.count(func.distinct(ReceivedVolume.volume))).where(
            ReceivedVolume.export_id == manifest["export_id"],
            ReceivedVolume.origin_site == opened.origin_site,
        )
    ).scalar_one()
    return int(arrived) >= int(manifest["volumes"])


def advance_clock(conn: Connection, hlc: int) -> None:
    """Move this install's clock past everything it has seen."""
    conn.execute(update(Install).values(hlc=case((Install.hlc < hlc, hlc), else_=Install.hlc)))


# --- logs ---------------------------------------------------------------------------------


def _log_values(outcome: ImportOutcome) -> dict[str, Any]:
    reason = outcome.reason
    if reason is None and outcome.notes:
        reason = " ".join(outcome.notes)
    return {
        "file_name": outcome.file.name,
        "file_sha256": outcome.file_sha256,
        "signer_key_id": outcome.signer_key_id,
        "origin_site": outcome.origin_site,
        "origin_country": outcome.origin_country,
        "seq": outcome.seq,
        "changes": outcome.changes,
        "applied": outcome.applied,
        "conflicts": outcome.conflicts,
        "outcome": outcome.outcome,
        "reason": reason,
        "imported_at": dt.datetime.now(dt.UTC),
    }


def _write_log(conn: Connection, outcome: ImportOutcome) -> int:
    result = conn.execute(insert(ImportLog).values(**_log_values(outcome)))
    key = result.inserted_primary_key
    assert key is not None  # an INSERT of one row
    return int(key[0])


def _log_refusal(record: Record, outcome: ImportOutcome) -> None:
    with record.engine.begin() as conn:
        _write_log(conn, outcome)


# --- one file -----------------------------------------------------------------------------------


class _Run:
    """State shared by the files of one ``import_bundles`` call."""

    def __init__(
        self,
        record: Record,
        progress: ProgressCallback,
        before_commit: Callable[[ImportOutcome], None] | None = None,
    ) -> None:
        self.record = record
        self.progress = progress
        self.before_commit = before_commit
        self.backed_up = False

    def backup(self) -> None:
        """One backup copy per run, before the first file that will change the record."""
        if self.backed_up or self.record.path is None:
            return
        backup_database(self.record.path, "before-import")
        self.backed_up = True


def _describe(outcome: ImportOutcome, opened: BundleFile) -> None:
    manifest = opened.manifest
    outcome.bundle_id = opened.bundle_id
    outcome.direction = manifest["direction"]
    outcome.origin_country = manifest["origin_country"]
    outcome.origin_site = manifest["origin_site"]
    outcome.site_name = manifest["site_name"]
    outcome.seq = manifest["seq"]
    outcome.signer_key_id = opened.signer_key_id
    outcome.volume = manifest.get("volume", 1)
    outcome.volumes = manifest.get("volumes", 1)


def _already_imported(conn: Connection, opened: BundleFile) -> bool:
    for query in (
        select(ReceivedVolume.seq).where(ReceivedVolume.bundle_id == opened.bundle_id),
        select(SeenBundle.seq).where(SeenBundle.bundle_id == opened.bundle_id),
        select(ImportLog.id).where(
            ImportLog.file_sha256 == opened.file_sha256, ImportLog.outcome == IMPORTED
        ),
    ):
        if conn.execute(query.limit(1)).first() is not None:
            return True
    return False


def _import_in_transaction(
    run: _Run, session: Session, path: Path, outcome: ImportOutcome, progress: ProgressCallback
) -> None:
    conn = session.connection()
    lock_record(conn)
    install = keys.this_install(session)
    opened = open_bundle_file(
        path,
        lambda manifest: keyring.resolve_signer(session, manifest),
        sha256=outcome.file_sha256,
    )
    try:
        _import_opened(run, session, opened, install, outcome, progress)
    finally:
        opened.close()


def _import_opened(
    run: _Run,
    session: Session,
    opened: BundleFile,
    install: Install,
    outcome: ImportOutcome,
    progress: ProgressCallback,
) -> None:
    conn = session.connection()
    _describe(outcome, opened)
    manifest = opened.manifest
    if _already_imported(conn, opened):
        outcome.outcome = DUPLICATE
        _write_log(conn, outcome)
        return
    check_signer_history(session, opened)
    payload = decode_payload(
        opened.payload,
        expected_rows=manifest["row_count"],
        expected_highest=manifest["highest_hlc"],
        progress=progress,
    )
    outcome.changes = len(payload.changes)
    now_ms = clock.wall_ms()
    if clock.is_far_future(payload.highest_hlc, now_ms):
        days = (clock.to_wall_ms(payload.highest_hlc) - now_ms) / 86_400_000
        outcome.outcome = QUARANTINED
        outcome.reason = text("import.quarantine_reason", days=f"{days:.1f}")
        log_id = _write_log(conn, outcome)
        quarantine.hold(conn, log_id, outcome.file_sha256, opened.path.read_bytes(), outcome.reason)
        return
    regional = manifest["direction"] == "regional"
    if regional:
        carried = keyring.keyring_from_manifest(manifest)
        if carried is not None and keyring.accept_keyring(session, *carried):
            outcome.keyring_version = keyring.held_version(session)
    authorise(payload.changes, manifest, keyring.site_owners(session))
    if not regional:
        refuse_reports_on_regional_results(session, payload.changes)
    _check_sequence(conn, opened, outcome)
    run.backup()  # of the committed record: this transaction's writes are not in it
    stats: MergeStats = merge_changes(conn, payload.changes, progress=progress)
    outcome.blobs = _store_blobs(conn, opened)
    wanted = evidence_hashes(payload.changes)
    missing = wanted - _held_blob_ids(conn, wanted)
    if missing:
        outcome.pending_blobs = len(missing)
        outcome.notes.append(msg("volume.files_pending", count=len(missing)).render())
    if regional and not install.is_regional:
        vectors.record_regional(conn, manifest["acks"])
    elif not regional and install.is_regional:
        vectors.record_peer(conn, opened.origin_site, opened.origin_country, manifest["acks"])
    if _record_volume(conn, opened):
        vectors.raise_held(conn, manifest["ranges"], install.site_id)
    advance_clock(conn, payload.highest_hlc)
    # A bundle from a cisdesk before derived ids may bring a report under a random id.
    folded = fold_progress_twins(conn, stats.created.get(ProgressReport.__tablename__, []))
    if folded:
        outcome.notes.append(text("record.progress_folded", count=folded))
    outcome.op_changes = _op_changes(stats, folded, outcome.keyring_version)
    outcome.outcome = IMPORTED
    outcome.applied, outcome.conflicts = stats.applied, stats.conflicts
    outcome.new_rows = stats.new_rows
    _write_log(conn, outcome)
    if run.before_commit is not None:
        run.before_commit(outcome)


def _op_changes(stats: MergeStats, folded: int, keyring_version: int | None) -> OpChanges:
    """The rows the bundle carried (a superset of those it changed), and the local tables."""
    local = {"import_log", "seen_bundle", "acknowledgement"}
    if stats.conflicts or folded:
        local.add("conflict")
    if keyring_version is not None:
        local |= {"keyring", "keyring_entry"}
    if folded:  # the folded reports took their derived ids: not known row by row
        local.add(ProgressReport.__tablename__)
    carried = OpChanges()
    if stats.applied or stats.new_rows:
        carried = OpChanges.of_rows(stats.rows)
    return OpChanges(local) | carried if carried else OpChanges(local)


def changes_of(outcomes: Iterable[ImportOutcome]) -> OpChanges:
    """What a run of imports changed, for the app to refresh from."""
    changes = OpChanges({"import_log"})
    for outcome in outcomes:
        changes = changes | outcome.op_changes
    return changes


def _outcome_for_refusal(outcome: ImportOutcome, path: Path, reason: str) -> None:
    outcome._clear_counts()
    outcome.outcome = REJECTED
    outcome.reason = reason
    if outcome.origin_country is None:
        # Name the origin in the log when the container itself is sound.
        with contextlib.suppress(CisdeskError):
            inspected = open_bundle_file(path, None, sha256=outcome.file_sha256)
            try:
                _describe(outcome, inspected)
            finally:
                inspected.close()


def _file_sha256(path: Path) -> str:
    """The hash of a file too large or odd to import, for the log; empty if unreadable."""
    digest = hashlib.sha256()
    try:
        with open_regular(path) as handle:  # never a device or a pipe: they never end
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except (OSError, BundleRejected):
        return ""
    return digest.hexdigest()


def import_file(run: _Run, path: Path) -> ImportOutcome:
    outcome = ImportOutcome(file=path)
    name = path.name

    def progress(done: int, total: int, message: str = "") -> None:
        run.progress(done, total, f"{name}: {message}")

    try:
        outcome.file_sha256 = _file_sha256(path)
        with collector_paused(), run.record.local() as session, session.begin():
            _import_in_transaction(run, session, path, outcome, progress)
    except BundleRejected as exc:
        _outcome_for_refusal(outcome, path, str(exc))
        _log_refusal(run.record, outcome)
    except OperationalError as exc:
        raise CisdeskError("import.database_busy", name=name, detail=str(exc.orig)) from exc
    return outcome


def import_bundles(
    record: Record,
    paths: Iterable[Path | str],
    *,
    progress: ProgressCallback = no_progress,
    on_outcome: Callable[[ImportOutcome], None] | None = None,
    before_commit: Callable[[ImportOutcome], None] | None = None,
) -> list[ImportOutcome]:
    """Import each file independently; a refused file changes nothing but the import log.

    A progress callback raising :class:`cisdesk.progress.Cancelled` rolls back the
    file being imported and stops; files imported before it stay imported.
    ``before_commit`` runs inside each imported file's transaction, just before
    its commit (a seam for tests that stop or kill an import there).
    """
    run = _Run(record, progress, before_commit)
    outcomes: list[ImportOutcome] = []
    try:
        for path in paths:
            outcome = import_file(run, Path(path))
            outcomes.append(outcome)
            if on_outcome is not None:
                on_outcome(outcome)
    finally:
        record.refresh_install()
    return outcomes
