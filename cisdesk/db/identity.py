"""Which install a database file is, for restore's "is this backup ours?" question.

A backup of another install (another site, country or deployment) put in place
of a database makes this install speak with someone else's identity: SISCA then
refuses its next bundle. So restore asks first. When the database being replaced
cannot be read (damaged, emptied by a crash), its own earlier copies in the
backups folder still say which install it was.
"""

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cisdesk.db.backup import list_backups
from cisdesk.db.sqlite_files import connect_readonly
from cisdesk.errors import CisdeskError


@dataclass(frozen=True)
class InstallIdentity:
    site_id: str
    site_name: str
    kind: str
    country: str | None
    deployment_id: str | None

    def describe(self) -> str:
        who = "SISCA" if self.kind == "regional" else f"country {self.country}"
        return f"site {self.site_name!r}, {who}"


def read_install(path: Path) -> InstallIdentity | None:
    """The ``install`` row of the SQLite file at ``path``, read-only; None when unreadable."""
    try:
        conn = connect_readonly(path)
        try:
            row = conn.execute(
                "SELECT site_id, site_name, kind, country, deployment_id FROM install"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    return InstallIdentity(*(None if v is None else str(v) for v in row))  # type: ignore[arg-type]


def known_identity(db_path: Path, folder: Path | None) -> InstallIdentity | None:
    """The database's identity, or failing that, that of its newest readable backup copy."""
    found = read_install(db_path)
    if found is not None:
        return found
    try:
        copies = list_backups(db_path, folder)
    except OSError:
        return None
    for copy in copies:
        found = read_install(copy.path)
        if found is not None:
            return found
    return None


def differences(ours: InstallIdentity, theirs: InstallIdentity) -> list[str]:
    """What makes ``theirs`` another install: "site", "country", "deployment"."""
    found = []
    if ours.site_id != theirs.site_id:
        found.append("site")
    if (ours.kind, ours.country) != (theirs.kind, theirs.country):
        found.append("country")
    if ours.deployment_id and theirs.deployment_id and ours.deployment_id != theirs.deployment_id:
        found.append("deployment")
    return found


def check_same_install(
    db_path: Path, backup_path: Path, folder: Path | None, *, force: bool
) -> None:
    """Refuse to restore a backup of another install over ``db_path`` unless forced."""
    if force or not db_path.exists():
        return
    theirs = read_install(backup_path)
    ours = known_identity(db_path, folder)
    if theirs is None:
        return  # the backup's own checks name what is wrong with it
    if ours is None:
        raise CisdeskError(
            "restore.identity_unknown", database=db_path.name, backup=theirs.describe()
        )
    found = differences(ours, theirs)
    if found:
        raise CisdeskError(
            "restore.another_install",
            backup=backup_path.name,
            theirs=theirs.describe(),
            database=db_path.name,
            ours=ours.describe(),
            what=", ".join(found),
        )
