"""What a new install still has to do before its record travels, step by step.

Home shows these as a checklist; each step ticks itself from the record: the public
key saved (remembered in the database's settings), SISCA's key trusted (at SISCA: a
country's key enrolled), the first progress report or meeting recorded, the first
bundle exported. Home's cached figures keep the list too, so it shows at start.
"""

from pathlib import Path

from sqlalchemy import func, select

from cisdesk import fsutil
from cisdesk.activity.home_figures import FirstSteps
from cisdesk.countries import REGIONAL
from cisdesk.db.local import ExportLog, KeyringEntry, Setting, TrustedRoot
from cisdesk.db.models import Meeting, ProgressReport
from cisdesk.db.record import Record
from cisdesk.sync import overview

#: Settings key: this install's public key has been saved to a file at least once.
KEY_SAVED = "first_steps.key_saved"

__all__ = ["KEY_SAVED", "FirstSteps", "first_steps", "save_public_key"]


def first_steps(record: Record) -> FirstSteps:
    owner = record.install.owner
    regional = owner == REGIONAL
    with record.reader() as session:
        key_saved = session.get(Setting, KEY_SAVED) is not None
        if regional:
            trusted = bool(
                session.scalar(
                    select(func.count())
                    .select_from(KeyringEntry)
                    .where(KeyringEntry.country != REGIONAL)
                )
            )
        else:
            trusted = session.scalars(select(TrustedRoot)).first() is not None
        own_report = session.scalar(
            select(ProgressReport.id).where(ProgressReport.owner == owner).limit(1)
        )
        own_meeting = session.scalar(select(Meeting.id).where(Meeting.owner == owner).limit(1))
        exported = session.scalar(select(ExportLog.seq).limit(1)) is not None
    return FirstSteps(
        key_saved=key_saved,
        trusted=trusted,
        recorded=bool(own_report or own_meeting),
        exported=exported,
        regional=regional,
    )


def save_public_key(record: Record, path: Path | str) -> None:
    """Write this install's public key file and remember that it was saved."""
    fsutil.atomic_write_bytes(Path(path), overview.public_key_file(record))
    with record.local_edit() as session:
        setting = session.get(Setting, KEY_SAVED)
        if setting is None:
            session.add(Setting(key=KEY_SAVED, value=str(path)))
        else:
            setting.value = str(path)
