"""The pro tempore presidency (PPT) calendar, kept at SISCA.

The calendar is the record, not a formula: the rotation broke order in 2021–2023,
so a semester SISCA adds follows the holder of the semester before it, and a
correction SISCA makes carries forward to the semesters added after it.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from cisdesk.activity.store import ChangeSet, Writer
from cisdesk.countries import BY_CODE, next_semester, parse_semester, rotation_after
from cisdesk.db.models import PptTerm
from cisdesk.db.natural_keys import natural_id
from cisdesk.db.record import Record
from cisdesk.errors import ValidationError


def require_regional(record: Record) -> None:
    """The plan and the calendar are written at SISCA only (docs/ARCHITECTURE.md §3)."""
    if not record.install.is_regional:
        raise ValidationError("plan.sisca_only")


def live_terms(session: Session) -> list[PptTerm]:
    terms = session.scalars(select(PptTerm).where(PptTerm.deleted.is_not(True)))
    readable = []
    for term in terms:
        try:
            parse_semester(term.semester or "")
        except ValueError:
            continue
        readable.append(term)
    return sorted(readable, key=lambda t: (parse_semester(t.semester or ""), t.id))


def holder_of(session: Session, semester: str) -> str | None:
    """The country holding the PPT in ``semester``, from the calendar."""
    for term in live_terms(session):
        if term.semester == semester:
            return term.country
    return None


def add_ppt_term(record: Record, semester: str, country: str | None = None) -> ChangeSet:
    """Add ``semester`` to the calendar; ``country`` defaults to the rotation after the row before.

    A semester already in the calendar is refused: each semester has one holder. The
    change set's row is the term (created, or a deleted one brought back).
    """
    require_regional(record)
    try:
        parse_semester(semester)
    except ValueError:
        raise ValidationError("plan.semester_invalid", field="semester", value=semester) from None
    if country is not None and country not in BY_CODE:
        raise ValidationError("plan.country_invalid", field="country", value=country)
    with record.edit() as session:
        writer = Writer(session, record)
        terms = live_terms(session)
        if any(t.semester == semester for t in terms):
            raise ValidationError("plan.ppt_overlap", field="semester", semester=semester)
        if country is None:
            key = parse_semester(semester)
            before = [t for t in terms if parse_semester(t.semester or "") < key]
            if not before or before[-1].country not in BY_CODE:
                raise ValidationError("plan.ppt_country_needed", field="country")
            country = rotation_after(str(before[-1].country))
        # One term per semester, its id derived from it: a deleted one comes back.
        term = session.get(PptTerm, natural_id("ppt_term", {"semester": semester}))
        if term is None:
            writer.create(PptTerm, {"semester": semester, "country": country})
        else:
            writer.update(term, {"country": country, "deleted": False})
        return writer.result()


def next_ppt_semester(record: Record) -> str:
    """The semester after the calendar's last one (or the current one if it is empty)."""
    with record.reader() as session:
        terms = live_terms(session)
    if terms:
        return next_semester(str(terms[-1].semester))
    today = record.today()
    return f"{today.year}-{'I' if today.month <= 6 else 'II'}"
