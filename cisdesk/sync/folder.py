"""Sync through one folder: a USB stick, or a folder a file-sharing service keeps in step.

One call does what a person would otherwise do by hand: import every bundle in
the folder that is new and meant for this install, then write this install's
outgoing volumes there. Files already dealt with are known by content hash (and,
to avoid reading them again, by name, size and time). Files that are not
bundles, or are still being copied, are left alone with a note; a refused file
is one sentence and never stops the rest.
"""

import datetime as dt
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from cisdesk.db.local import ExportLog, ImportLog, Setting, SyncedFile
from cisdesk.db.record import Record
from cisdesk.errors import CisdeskError
from cisdesk.messages import Message, msg
from cisdesk.progress import ProgressCallback, no_progress
from cisdesk.sync import keys
from cisdesk.sync.bundle_file import file_sha256, peek_manifest
from cisdesk.sync.export import DEFAULT_MAX_SIZE, ExportResult, export_bundle, has_news
from cisdesk.sync.importer import IMPORTED, ImportOutcome, import_bundles

SUFFIX = ".cisb"
FOLDER_SETTING = "sync.folder"
#: A file changed more recently than this may still be being copied.
SETTLE_SECONDS = 10.0
#: Names that copy tools, browsers and sync clients give to files still arriving.
_TEMPORARY = re.compile(
    r"(^\.|^~|\.(part|partial|tmp|temp|crdownload|download|filepart|sb-\w+)$|\.part\d+$|~$)",
    re.IGNORECASE,
)
#: Notes listed one by one; beyond this, a count.
_MAX_LISTED = 5


@dataclass
class FolderResult:
    """What one sync did: files written, outcomes of files imported, files left alone."""

    folder: Path
    export: ExportResult | None = None
    outcomes: list[ImportOutcome] = field(default_factory=list)
    already: int = 0
    not_for_us: int = 0
    left_alone: list[Message] = field(default_factory=list)
    others: int = 0

    @property
    def imported(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.outcome == IMPORTED]

    @property
    def refused(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if not o.ok]

    def messages(self) -> list[Message]:
        """The plain summary, one message a line, first line the verdict."""
        lines: list[Message] = []
        refused = self.refused
        lines.append(
            msg("folder.with_problems", count=len(refused)) if refused else msg("folder.all_good")
        )
        if self.export is not None:
            lines.append(msg("folder.sent", count=len(self.export.paths)))
        else:
            lines.append(msg("folder.nothing_to_send"))
        imported = self.imported
        if imported:
            lines.append(
                msg(
                    "folder.received",
                    imported=len(imported),
                    changes=sum(o.changes for o in imported),
                    conflicts=sum(o.conflicts for o in imported),
                )
            )
        elif not refused:
            lines.append(msg("folder.nothing_received"))
        pending = imported[-1].pending_blobs if imported else 0
        if pending:
            lines.append(msg("volume.files_pending", count=pending))
        if self.already:
            lines.append(msg("folder.already", count=self.already))
        if self.not_for_us:
            lines.append(msg("folder.not_for_us", count=self.not_for_us))
        for outcome in refused:
            lines.append(msg("folder.refused", name=outcome.file.name, reason=outcome.reason))
        lines.extend(self.left_alone)
        if self.others:
            lines.append(msg("folder.others", count=self.others))
        return lines

    def summary(self, lang: str | None = None) -> str:
        return "\n".join(m.render(lang) for m in self.messages())


# --- the remembered folder ----------------------------------------------------------------


def remembered_folder(record: Record) -> Path | None:
    with record.reader() as session:
        value = session.get(Setting, FOLDER_SETTING)
        return Path(value.value) if value is not None and value.value else None


def remember_folder(record: Record, folder: Path | str | None) -> None:
    with record.local() as session, session.begin():
        current = session.get(Setting, FOLDER_SETTING)
        if folder is None:
            if current is not None:
                session.delete(current)
        elif current is None:
            session.add(Setting(key=FOLDER_SETTING, value=str(folder)))
        else:
            current.value = str(folder)


# --- choosing files -----------------------------------------------------------------------


def _known(record: Record) -> tuple[set[str], set[tuple[str, str]]]:
    """Content hashes dealt with, and (name, hash) pairs imported or written here."""
    with record.reader() as session:
        hashes = set(session.scalars(select(SyncedFile.file_sha256)))
        imported = set(
            session.scalars(select(ImportLog.file_sha256).where(ImportLog.outcome == IMPORTED))
        )
    return hashes | imported, set()


def _remember(record: Record, entries: list[tuple[str, str, str]]) -> None:
    if not entries:
        return
    now = dt.datetime.now(dt.UTC)
    with record.local() as session, session.begin():
        for sha, name, outcome in entries:
            if sha and session.get(SyncedFile, sha) is None:
                session.add(
                    SyncedFile(file_sha256=sha, file_name=name, outcome=outcome, seen_at=now)
                )


def _meant_for_us(manifest: dict[str, Any], site_id: str, owner: str, regional: bool) -> bool:
    if manifest["origin_site"] == site_id:
        return False  # this install's own files
    if regional:
        return bool(manifest["direction"] == "country")
    if manifest["direction"] == "regional":
        return manifest["for_country"] in (None, owner)
    return bool(manifest["origin_country"] == owner)  # another laptop of the same country


def _settled(path: Path, now: float) -> bool:
    try:
        first = path.stat()
    except OSError:
        return False
    return now - first.st_mtime >= SETTLE_SECONDS


def _outgoing_name(record: Record) -> Path:
    """``cisdesk-GT-1a2b3c4d-0007.cisb``: who wrote it and which export, unique per install."""
    with record.reader() as session:
        install = keys.this_install(session)
        last = session.scalar(select(ExportLog.seq).order_by(ExportLog.seq.desc()).limit(1))
        place = "SISCA" if install.is_regional else str(install.country)
        return Path(f"cisdesk-{place}-{install.site_id[:8]}-{(last or 0) + 1:04d}{SUFFIX}")


def sync_folder(
    record: Record,
    folder: Path | str,
    *,
    passphrase: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    progress: ProgressCallback = no_progress,
    clock: Callable[[], float] = time.time,
) -> FolderResult:
    """Import what is new here and meant for this install, then write this install's volumes."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CisdeskError(msg("folder.missing", folder=folder))
    result = FolderResult(folder)
    with record.reader() as session:
        install = keys.this_install(session)
        site_id, owner, regional = install.site_id, install.owner, install.is_regional
    known, _ = _known(record)
    now = clock()
    candidates: list[Path] = []
    remembered: list[tuple[str, str, str]] = []
    try:
        names = sorted(os.listdir(folder))
    except OSError as exc:
        raise CisdeskError(msg("folder.missing", folder=folder)) from exc
    listed = 0
    for name in names:
        path = folder / name
        if not path.is_file():
            continue
        if _TEMPORARY.search(name):
            if (
                name.startswith(".")
                and not name.lower().endswith((".part", ".tmp"))
                and ".part" not in name
            ):
                continue  # hidden files of the system or the sync client: not worth a note
            if listed < _MAX_LISTED:
                result.left_alone.append(msg("folder.temporary", name=name))
                listed += 1
            else:
                result.others += 1
            continue
        if not name.lower().endswith(SUFFIX):
            if listed < _MAX_LISTED:
                result.left_alone.append(msg("folder.not_bundle", name=name))
                listed += 1
            else:
                result.others += 1
            continue
        if not _settled(path, now):
            result.left_alone.append(msg("folder.copying", name=name))
            continue
        sha = file_sha256(path)
        if sha in known:
            result.already += 1
            continue
        manifest = peek_manifest(path)
        if manifest is None:
            # A .cisb that is not a readable bundle: the import says why, in one sentence.
            candidates.append(path)
            continue
        if not _meant_for_us(manifest, site_id, owner, regional):
            if manifest["origin_site"] != site_id:
                result.not_for_us += 1
            remembered.append((sha, name, "not-for-us"))
            continue
        candidates.append(path)
    _remember(record, remembered)
    if candidates:
        result.outcomes = import_bundles(record, _by_export_order(candidates), progress=progress)
        _remember(
            record,
            [
                (o.file_sha256, o.file.name, o.outcome)
                for o in result.outcomes
                if o.ok and o.file_sha256
            ],
        )
    if has_news(record):
        export = export_bundle(
            record,
            folder / _outgoing_name(record),
            passphrase=passphrase,
            max_size=max_size,
            progress=progress,
        )
        _remember(record, [(file_sha256(p), p.name, "written") for p in export.paths])
        result.export = export
    return result


def _by_export_order(paths: list[Path]) -> list[Path]:
    """Oldest first, so sequence numbers arrive in order when they can."""
    return sorted(paths, key=lambda p: (p.stat().st_mtime, p.name))
