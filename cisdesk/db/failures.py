"""Database failures a person can act on, turned into one plain sentence.

SQLite and the server drivers report a read-only file, a lock held by another
program, a full disk or an unreachable server as driver exceptions; shown raw
they read as a crash (or, worse, as damage, with advice to restore an older
copy over good data). :func:`explain` names the situation and what to do.
"""

import errno
import sqlite3

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from cisdesk.errors import CisdeskError, DatabaseError

_READ_ONLY = ("readonly", "read-only", "read only")
_BUSY = ("database is locked", "database table is locked", "database is busy")
_FULL = ("database or disk is full", "disk is full", "no space left")
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def shown_target(target: object) -> str:
    """A database file or URL as it may be printed: a URL's password is hidden."""
    text = str(target)
    if "://" in text:
        try:
            return make_url(text).render_as_string(hide_password=True)
        except (sa_exc.ArgumentError, ValueError):
            return text.split("://", 1)[0] + "://…"
    return text


def one_line(detail: object, limit: int = 200) -> str:
    return " ".join(str(detail).split())[:limit]


def explain(exc: BaseException, target: object = None) -> CisdeskError | None:
    """The refusal for a database failure, or None when ``exc`` is not one."""
    if isinstance(exc, CisdeskError):
        return exc
    where = shown_target(target) if target else "—"
    if isinstance(exc, OSError) and exc.errno in _NO_SPACE:
        return DatabaseError("db.disk_full", database=where)
    if not isinstance(exc, sa_exc.DBAPIError | sqlite3.Error):
        return None
    original = getattr(exc, "orig", None) or exc
    detail = one_line(original).lower()
    if any(word in detail for word in _READ_ONLY):
        return DatabaseError("db.read_only", database=where)
    if any(word in detail for word in _BUSY):
        return DatabaseError("db.busy", database=where)
    if any(word in detail for word in _FULL):
        return DatabaseError("db.disk_full", database=where)
    if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError | sqlite3.OperationalError):
        return DatabaseError("db.unavailable", database=where, detail=one_line(original))
    return DatabaseError("db.failed", database=where, detail=one_line(original))


def refusal(exc: BaseException, target: object = None) -> CisdeskError:
    """Like :func:`explain`, for a failure known to come from the database."""
    return explain(exc, target) or DatabaseError(
        "db.failed", database=shown_target(target) if target else "—", detail=one_line(exc)
    )
