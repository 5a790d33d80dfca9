"""Helpers for the plan-process tests: a refusal that must leave the record unchanged."""

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import func, select

from cisdesk.db.digest import record_digest
from cisdesk.db.local import FieldVersion, Install
from cisdesk.db.models import Committee, Strategy
from cisdesk.db.record import Record
from cisdesk.errors import CisdeskError

TODAY = dt.date(2019, 3, 15)


def fix_today(record: Record, today: dt.date = TODAY) -> Record:
    record.today = lambda: today  # type: ignore[method-assign]
    return record


def snapshot(record: Record) -> tuple[str, int, int]:
    with record.engine.connect() as conn:
        versions = conn.execute(select(func.count()).select_from(FieldVersion)).scalar_one()
        hlc = conn.execute(select(Install.hlc)).scalar_one()
        return record_digest(conn), versions, hlc


@contextmanager
def refused(record: Record, code: str) -> Iterator[Any]:
    """The block is refused with the catalogue ``code``, in one sentence, changing nothing."""
    before = snapshot(record)
    with pytest.raises(CisdeskError) as info:
        yield info
    assert info.value.code == code, str(info.value)
    message = str(info.value)
    assert message and "{" not in message and message.count(". ") <= 1
    assert snapshot(record) == before


def strategy_of(record: Record, code: str = "PPS") -> Strategy:
    """The first strategy of the committee ``code``."""
    with record.reader() as session:
        committee = session.scalars(select(Committee).where(Committee.code == code)).one()
        return session.scalars(
            select(Strategy).where(Strategy.committee_id == committee.id)
        ).first()
