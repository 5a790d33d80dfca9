"""Checks shared by every edit of the activity record, and their messages.

A refusal is a :class:`FieldError`: a :class:`~cisdesk.errors.ValidationError`
carrying the field it concerns (so a form can mark it), a stable ``code`` and the
values the message mentions. The wording is the catalogue's ``validation.<code>``
(:mod:`cisdesk.messages`): the app and the command line render it in their language.
"""

import datetime as dt
import re
from enum import StrEnum
from typing import Any, NoReturn

from sqlalchemy.orm import Session

from cisdesk.countries import parse_semester, semester_of
from cisdesk.db.models import Committee
from cisdesk.errors import ValidationError
from cisdesk.messages import msg, place
from cisdesk.messages.catalog import CATALOGUE

_AREA = "validation."

#: Every refusal the activity core can give, by short code, in English (the wording, in
#: both languages, lives in the catalogue as ``validation.<code>``).
MESSAGES: dict[str, str] = {
    code.removeprefix(_AREA): english
    for code, (_spanish, english) in CATALOGUE.items()
    if code.startswith(_AREA)
}

#: Nothing in the plan's record happened before this day.
EARLIEST_DATE = dt.date(2017, 1, 1)
#: Meetings and trainings may be planned up to this far ahead.
PLANNING_HORIZON = dt.timedelta(days=366)
TITLE_LIMIT = 500
TEXT_LIMIT = 20_000

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^[0-9+()\-. ]{3,40}$")


class FieldError(ValidationError):
    """A refusal with the field it concerns, a stable code and the message's values.

    ``code`` is the short code (``"completed_not_100"``); the message is the
    catalogue's ``validation.<code>``, rendered in the reader's language.
    """

    def __init__(self, field: str | None, code: str, **params: Any) -> None:
        super().__init__(msg(_AREA + code, **_shown(params)), field=field)
        self.code = code
        self.params = params

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.field, self.code, self.params))


def _rebuild(field: str | None, code: str, params: dict[str, Any]) -> "FieldError":
    return FieldError(field, code, **params)


def _shown(params: dict[str, Any]) -> dict[str, Any]:
    """Country codes read as the place's name in the reader's language."""
    out = dict(params)
    if "country" in out:
        out["country"] = place(str(out["country"]))
    return out


def fail(field: str | None, code: str, **params: Any) -> NoReturn:
    raise FieldError(field, code, **params)


# --- plain values --------------------------------------------------------------


def text(
    value: Any, field: str, *, required_code: str | None = None, limit: int = TEXT_LIMIT
) -> str | None:
    """Stripped text, or None when empty and optional."""
    cleaned = "" if value is None else str(value).strip()
    if not cleaned:
        if required_code:
            fail(field, required_code)
        return None
    if len(cleaned) > limit:
        fail(field, "too_long", limit=limit)
    return cleaned


def whole_number(value: Any, field: str, code: str, low: int, high: int) -> int:
    """An integer in ``[low, high]``; integral floats and digit strings are accepted."""
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and value.strip().lstrip("-").isdigit():
        number = int(value.strip())
    if number is None or not low <= number <= high:
        fail(field, code)
    return number


def optional_number(value: Any, field: str, code: str, low: int, high: int) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return whole_number(value, field, code, low, high)


def flag(value: Any, field: str) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        fail(field, "flag_invalid")
    return value


def choice(value: Any, enum: type[StrEnum], field: str, code: str) -> str:
    """The enum's value for ``value`` (a member or its string)."""
    try:
        return enum(value).value
    except ValueError:
        fail(field, code)


def date(
    value: Any,
    field: str,
    today: dt.date,
    *,
    required: bool = True,
    allow_future: bool = False,
) -> dt.date | None:
    """A date within the plan's record: from 2017, at most a year ahead (or not future)."""
    if value is None:
        if required:
            fail(field, "date_required")
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        fail(field, "date_required")
    if value < EARLIEST_DATE:
        fail(field, "date_too_early", earliest=EARLIEST_DATE.isoformat())
    if not allow_future and value > today:
        fail(field, "date_in_future")
    latest = today + PLANNING_HORIZON
    if value > latest:
        fail(field, "date_too_late", latest=latest.isoformat())
    return value


def email(value: Any, field: str = "email") -> str | None:
    cleaned = text(value, field, limit=254)
    if cleaned is not None and not _EMAIL.match(cleaned):
        fail(field, "email_invalid")
    return cleaned


def phone(value: Any, field: str = "phone") -> str | None:
    cleaned = text(value, field, limit=40)
    if cleaned is not None and not _PHONE.match(cleaned):
        fail(field, "phone_invalid")
    return cleaned


def committee(session: Session, value: Any, *, required: bool) -> str | None:
    """A live committee's id (shared by every record that names a committee)."""
    if value in (None, ""):
        if required:
            fail("committee_id", "committee_required")
        return None
    row = session.get(Committee, value)
    if row is None or row.deleted is True:
        fail("committee_id", "committee_unknown")
    return row.id


# --- semesters -----------------------------------------------------------------


def current_semester(today: dt.date) -> str:
    return semester_of(today.month, today.year)


def semester(value: Any, field: str = "semester") -> str:
    """A well-formed semester label such as ``2018-II``."""
    label = "" if value is None else str(value).strip()
    try:
        parse_semester(label)
    except ValueError:
        fail(field, "semester_invalid")
    return label


def semester_key(label: str) -> tuple[int, int]:
    return parse_semester(label)
