"""Fixtures for the activity core: a Guatemala install on a fixed day, and factories."""

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import pytest
from sqlalchemy import func, select

from cisdesk.activity import meetings, outreach, people, progress
from cisdesk.activity.validation import FieldError
from cisdesk.db.capture import Capture
from cisdesk.db.digest import record_digest
from cisdesk.db.local import FieldVersion, Install
from cisdesk.db.models import Committee, Result
from cisdesk.db.record import Record

#: A day inside semester 2019-I, when the plan's strategies were under way.
TODAY = dt.date(2019, 3, 15)


def fix_today(record: Record, today: dt.date = TODAY) -> Record:
    record.today = lambda: today  # type: ignore[method-assign]
    return record


class Factory:
    """Valid records with sensible defaults; tests override what they examine."""

    def __init__(self, record: Record) -> None:
        self.record = record
        with record.reader() as session:
            self.committees = {c.code: c.id for c in session.scalars(select(Committee))}
            self.results = {
                r.id: r.start_semester
                # The country results: SISCA reports the regional ones.
                for r in session.scalars(
                    select(Result)
                    .where(Result.regional.is_not(True))
                    .order_by(Result.start_semester, Result.id)
                )
            }

    def result(self, start: str = "2018-I") -> str:
        return next(rid for rid, s in self.results.items() if s == start)

    def progress(self, **values: Any) -> str:
        defaults = {
            "result_id": self.result(),
            "semester": "2018-II",
            "status": "in_progress",
            "percent": 40,
            "note": "Avance según lo previsto",
        }
        return progress.save_progress(self.record, **(defaults | values)).row_id

    def meeting(self, **values: Any) -> str:
        defaults = {
            "kind": "committee",
            "committee_id": self.committees["PPS"],
            "title": "Sesión ordinaria",
            "date": dt.date(2019, 2, 1),
            "duration_minutes": 120,
            "virtual": True,
        }
        return meetings.create_meeting(self.record, **(defaults | values)).row_id

    def agreement(self, meeting_id: str | None = None, **values: Any) -> str:
        defaults = {
            "meeting_id": meeting_id or self.meeting(),
            "text": "Enviar insumos a la SISCA",
            "responsible_country": "GT",
            "due_date": dt.date(2019, 3, 1),
            "status": "pending",
        }
        return meetings.create_agreement(self.record, **(defaults | values)).row_id

    def followup(self, agreement_id: str | None = None, **values: Any) -> str:
        defaults = {
            "agreement_id": agreement_id or self.agreement(),
            "date": dt.date(2019, 3, 10),
            "status": "in_progress",
            "note": "Insumos en preparación",
        }
        return meetings.add_followup(self.record, **(defaults | values)).row_id

    def delegate(self, **values: Any) -> str:
        defaults = {
            "committee_id": self.committees["MEI"],
            "name": "Ana López",
            "institution": "Secretaría de Planificación",
            "email": "ana.lopez@segeplan.example",
            "phone": "+502 2232-1234",
        }
        return people.create_delegate(self.record, **(defaults | values)).row_id

    def proposal(self, **values: Any) -> str:
        defaults = {
            "committee_id": self.committees["CI"],
            "title": "Estrategia regional de movilización de recursos",
            "date": dt.date(2019, 1, 20),
            "status": "draft",
        }
        return outreach.create_proposal(self.record, **(defaults | values)).row_id

    def capacity(self, **values: Any) -> str:
        defaults = {
            "kind": "conference",
            "committee_id": self.committees["MEI"],
            "title": "Conferencia sobre evaluación de impacto",
            "date": dt.date(2019, 4, 10),
            "extra_regional": True,
            "participants": 30,
        }
        return outreach.create_capacity(self.record, **(defaults | values)).row_id


def foreign_capture(owner: str = "HN") -> Capture:
    """Writes as an install of another country, to hold rows this install cannot edit."""
    return Capture(site_id="11111111-1111-1111-1111-111111111111", owner=owner)


@pytest.fixture
def gt(make_install) -> Record:
    return fix_today(make_install("GT"))


@pytest.fixture
def sisca(make_install) -> Record:
    return fix_today(make_install(None))


@pytest.fixture
def make(gt: Record) -> Factory:
    return Factory(gt)


@pytest.fixture
def make_sisca(sisca: Record) -> Factory:
    return Factory(sisca)


@pytest.fixture
def foreign() -> Callable[[str], Capture]:
    """``gt.edit(foreign("HN"))`` writes rows owned by Honduras into the install."""
    return foreign_capture


def snapshot(record: Record) -> tuple[str, int, int]:
    """The shared record, its field versions and the clock: all a refusal must leave alone."""
    with record.engine.connect() as conn:
        versions = conn.execute(select(func.count()).select_from(FieldVersion)).scalar_one()
        hlc = conn.execute(select(Install.hlc)).scalar_one()
        return record_digest(conn), versions, hlc


@pytest.fixture
def refuses() -> Callable[..., AbstractContextManager[Any]]:
    """``with refuses(record, "percent", "percent_range"): ...`` — refused, nothing changed."""

    @contextmanager
    def check(record: Record, field: str | None, code: str) -> Iterator[Any]:
        before = snapshot(record)
        with pytest.raises(FieldError) as info:
            yield info
        assert (info.value.field, info.value.code) == (field, code), str(info.value)
        assert str(info.value) and "{" not in str(info.value)
        assert snapshot(record) == before

    return check
