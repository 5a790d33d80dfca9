"""Change capture: every flush of replicated rows records field versions.

Sessions made by :class:`cisdesk.db.record.Record` carry a :class:`Capture` in
``session.info``; callers just edit ORM objects and commit. The flush stamps one
clock value on everything it writes and refuses rows this install may not write.

This hook is the write gate's last line: a flush of replicated rows in a session
without a capture (one opened for reading, or for local tables) raises instead of
writing rows that would never sync. A new row whose table has a natural key
(:mod:`cisdesk.db.natural_keys`) gets its derived id, and its key cannot change.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, event, update
from sqlalchemy.orm import Session, attributes

from cisdesk.countries import BY_CODE, REGIONAL
from cisdesk.db import clock
from cisdesk.db.base import Replicated, new_id
from cisdesk.db.local import Install
from cisdesk.db.natural_keys import NATURAL_KEYS, natural_id
from cisdesk.db.versions import (
    ROW,
    current_versions,
    replicated_fields,
    spell_out,
    upsert_versions,
)
from cisdesk.errors import CisdeskError
from cisdesk.messages import Message, msg

#: Site id under which the reference plan is written on every install.
REFERENCE_SITE = "00000000-0000-0000-0000-000000000000"
#: Clock value of the reference plan: older than any edit.
REFERENCE_HLC = 1


@dataclass(frozen=True)
class Capture:
    """Who is writing: the site id and the owner values it may write."""

    site_id: str
    owner: str
    fixed_hlc: int | None = None  # the reference plan's constant version

    def may_write(self, owner: str) -> bool:
        return owner == self.owner


def _next_hlc(session: Session, capture: Capture) -> int:
    if capture.fixed_hlc is not None:
        return capture.fixed_hlc
    wall = clock.from_wall(clock.wall_ms())
    bumped = case((Install.hlc + 1 > wall, Install.hlc + 1), else_=wall)
    conn = session.connection()
    return conn.execute(update(Install).values(hlc=bumped).returning(Install.hlc)).scalar_one()


def _owner_label(owner: str) -> Message:
    if owner == REGIONAL:
        return msg("capture.owner.regional")
    if owner in BY_CODE:
        return msg(f"place.{owner}")
    return msg("place.unknown", code=repr(owner))


def _collect(session: Session, capture: Capture) -> list[tuple[Replicated, list[str], bool]]:
    touched: list[tuple[Replicated, list[str], bool]] = []
    for obj in session.deleted:
        if isinstance(obj, Replicated):
            raise CisdeskError("capture.never_erased")
    for obj in session.new:
        if not isinstance(obj, Replicated):
            continue
        if obj.owner is None:
            obj.owner = capture.owner
        if obj.id is None:
            obj.id = _derived_id(obj) or new_id()
        if obj.deleted is None:
            obj.deleted = False
        touched.append((obj, list(replicated_fields(obj.__tablename__)), True))
    for obj in session.dirty:
        if not isinstance(obj, Replicated) or not session.is_modified(obj):
            continue
        changed = [
            key
            for key in replicated_fields(obj.__tablename__)
            if attributes.get_history(obj, key).has_changes()
        ]
        if "owner" in changed:
            raise CisdeskError("capture.owner_fixed")
        if set(changed) & set(NATURAL_KEYS.get(obj.__tablename__, ())):
            raise CisdeskError("record.natural_key_fixed", table=obj.__tablename__)
        if changed:
            touched.append((obj, changed, False))
    for obj, _fields, _is_new in touched:
        if not capture.may_write(obj.owner):
            raise CisdeskError("capture.cannot_write", owner=_owner_label(obj.owner))
    return touched


def _derived_id(obj: Replicated) -> str | None:
    key = NATURAL_KEYS.get(obj.__tablename__)
    if key is None:
        return None
    return natural_id(obj.__tablename__, {name: getattr(obj, name) for name in key})


def _writes_replicated(session: Session) -> bool:
    if any(isinstance(obj, Replicated) for obj in (*session.new, *session.deleted)):
        return True
    return any(isinstance(obj, Replicated) and session.is_modified(obj) for obj in session.dirty)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    capture: Capture | None = session.info.get("capture")
    if capture is None:
        if session.info.get("read_only") and (session.new or session.dirty or session.deleted):
            raise CisdeskError("record.read_only_session")
        if _writes_replicated(session):
            raise CisdeskError("record.write_outside_edit")
        return
    touched = _collect(session, capture)
    if not touched:
        return
    hlc = _next_hlc(session, capture)
    conn = session.connection()
    ids = [obj.id for obj, _f, _is_new in touched]
    spell_out(conn, ids)
    existing = current_versions(conn, ids)
    held = {row_id for row_id, _field in existing}
    rows: list[dict[str, Any]] = []
    for obj, fields, is_new in touched:
        table = obj.__tablename__
        if is_new and obj.id not in held:  # written whole: the row's one version entry
            fields = [ROW]
        for field in fields:
            prev = existing.get((obj.id, field))
            rows.append(
                {
                    "row_id": obj.id,
                    "field": field,
                    "tbl": table,
                    "hlc": hlc,
                    "site": capture.site_id,
                    "prev_hlc": prev[0] if prev else None,
                    "prev_site": prev[1] if prev else None,
                }
            )
    upsert_versions(conn, rows)


def install_capture() -> None:
    """Register the flush hook once for all sessions (idempotent)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
