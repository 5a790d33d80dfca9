"""Helpers for the report tests: a fixed day, digests, stand-in sync, reading PDFs.

PDFs are read back with pypdf (pure Python), so the tests need no poppler.
"""

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import insert, select

from cisdesk.db.digest import record_digest
from cisdesk.db.local import FieldVersion
from cisdesk.db.models import REPLICATED_MODELS
from cisdesk.db.record import Record

#: A day in semester 2020-II: the demo reports until 2019-II, so later rows are empty.
TODAY = dt.date(2020, 9, 1)


def fix_today(record: Record, today: dt.date = TODAY) -> Record:
    record.today = lambda: today  # type: ignore[method-assign]
    return record


def digest_of(record: Record) -> str:
    with record.engine.connect() as conn:
        return record_digest(conn)


def copy_country_rows(source: Record, target: Record) -> None:
    """Put a country install's own rows and their versions into another record.

    Stands in for a sync round trip (country bundle → SISCA) where only the data
    matters, not the bundle machinery.
    """
    owner = source.install.owner
    with source.engine.connect() as src, target.engine.begin() as dst:
        for model in REPLICATED_MODELS:
            table = model.__table__
            rows = [
                dict(r._mapping) for r in src.execute(select(table).where(table.c.owner == owner))
            ]
            if rows:
                dst.execute(insert(table), rows)
        versions = FieldVersion.__table__
        rows = [
            dict(r._mapping)
            for r in src.execute(select(versions).where(versions.c.site == source.install.site_id))
        ]
        if rows:
            dst.execute(insert(versions), rows)


def page_texts(path: Path) -> list[str]:
    """The text of every page with whitespace collapsed (line breaks become spaces)."""
    reader = PdfReader(str(path))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def embedded_fonts(path: Path) -> set[str]:
    reader = PdfReader(str(path))
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]))
    return names
