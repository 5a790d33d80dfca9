"""Bundles held back for their clock: each file kept once, however often it is offered.

A quarantined bundle stays in the database until its clock is plausible; a person
who tries the import again and again (or a shared folder synced every few
minutes) must not make the database grow by the bundle's size each time.
"""

from sqlalchemy import Connection, insert, select

from cisdesk.db.local import ImportLog, Quarantine


def hold(conn: Connection, log_id: int, file_sha256: str, data: bytes, reason: str) -> None:
    """Keep ``data`` unless a bundle with the same hash is already held."""
    held = conn.execute(
        select(Quarantine.id)
        .join(ImportLog, ImportLog.id == Quarantine.import_log_id)
        .where(ImportLog.file_sha256 == file_sha256)
        .limit(1)
    ).first()
    if held is None:
        conn.execute(insert(Quarantine).values(import_log_id=log_id, data=data, reason=reason))
