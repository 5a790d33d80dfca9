"""Opening SQLite files by path, whatever characters their names hold.

A file name is never pasted into a URI: in ``file:{path}?mode=ro`` a ``#`` starts
a fragment and a ``?`` a query, so "Proyecto #2/gt.db" silently opened (and
created) a file "Proyecto " instead, and the safety backup came out empty.
Read-only opens go through a properly escaped ``file:`` URI; writable ones and
SQLAlchemy engines take the path itself.
"""

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy only for engines: a plain read-only open stays light
    from sqlalchemy import URL


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_path(target: str) -> Path | None:
    """The file behind ``target``, or None for a server URL (here, without SQLAlchemy, so
    the app's first phase names the file as the record will)."""
    if not is_url(target):
        return Path(target).expanduser().resolve()
    if target.startswith("sqlite:///"):
        return Path(target.removeprefix("sqlite:///")).resolve()
    return None


def readonly_uri(path: Path | str) -> str:
    """The escaped SQLite URI that opens ``path`` read-only (``#``, ``?``, ``%`` and all)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def connect_readonly(path: Path | str, **kwargs: object) -> sqlite3.Connection:
    """A read-only connection: fails rather than create or change the file."""
    return sqlite3.connect(readonly_uri(path), uri=True, **kwargs)  # type: ignore[call-overload]


def connect(path: Path | str, **kwargs: object) -> sqlite3.Connection:
    """A read-write connection to the file at ``path`` (by path, never as a URI)."""
    return sqlite3.connect(str(path), **kwargs)  # type: ignore[call-overload]


def engine_url(path: Path) -> "URL":
    """A SQLAlchemy URL for the file, built from parts so that no character is parsed."""
    from sqlalchemy import URL

    return URL.create("sqlite", database=str(path))
