"""Checks shared by every edit of the activity record, and their messages.

A refusal is a :class:`FieldError`: a :class:`~cisdesk.errors.ValidationError`
carrying the field it concerns (so a form can mark it), a stable ``code`` and the
values the message mentions. Messages are short English sentences; the desktop
application translates them by ``code`` (``cisdesk.ui.forms``), the command line
prints them as they are.
"""

import datetime as dt
import re
from enum import StrEnum
from typing import Any, NoReturn

from sqlalchemy.orm import Session

from cisdesk.countries import BY_CODE, REGIONAL, parse_semester, semester_of
from cisdesk.db.models import Committee
from cisdesk.errors import ValidationError

#: Every refusal the activity core can give, by code.
MESSAGES: dict[str, str] = {
    # ownership and existence
    "read_only": "This record belongs to {country} and is read-only on this install.",
    "not_found": "This record no longer exists; it may have been deleted.",
    "country_only": "Progress is reported by the countries; SISCA cannot record it.",
    # shared fields
    "committee_required": "Choose a committee.",
    "committee_unknown": "The chosen committee does not exist.",
    "title_required": "Enter a title.",
    "too_long": "This text is too long (at most {limit} characters).",
    "date_required": "Enter a date.",
    "date_too_early": "The date cannot be before {earliest}.",
    "date_too_late": "The date cannot be later than {latest}, a year from today.",
    "date_in_future": "The date cannot be in the future.",
    "status_invalid": "Choose a valid status.",
    "kind_invalid": "Choose a valid kind.",
    "flag_invalid": "Answer yes or no.",
    # progress
    "result_unknown": "Choose a result of the plan.",
    "semester_invalid": "The semester must look like 2018-I or 2018-II.",
    "semester_before_start": "This result starts in {start}; the semester cannot be earlier.",
    "semester_future": "The semester cannot be after the current one ({current}).",
    "percent_range": "The percentage must be a whole number from 0 to 100.",
    "completed_not_100": "A completed result must be at 100%.",
    "not_started_not_0": "A result not yet started must be at 0%.",
    "duplicate_report": (
        "There is already a progress report for this result in {semester}; edit that one."
    ),
    "evidence_empty": "The file is empty.",
    "evidence_too_large": "The file is larger than {limit} MB; attach a smaller one.",
    "evidence_unreadable": "The file cannot be read ({reason}).",
    # meetings, agreements, follow-ups
    "duration_range": "The duration must be a whole number of minutes from 1 to 1440.",
    "joint_no_committee": (
        "A joint meeting brings the three committees together; leave the committee empty."
    ),
    "meeting_unknown": "Choose the meeting where the agreement was taken.",
    "foreign_meeting": "Only {country} can record agreements of this meeting.",
    "agreement_text_required": "Enter the text of the agreement.",
    "responsible_invalid": "Choose the responsible country.",
    "due_before_meeting": "The due date cannot be before the meeting ({meeting_date}).",
    "meeting_after_due": (
        "An agreement of this meeting is due on {due_date}; the meeting cannot be later."
    ),
    "agreement_unknown": "Choose the agreement this follow-up reports on.",
    "followup_before_meeting": "The follow-up cannot be dated before the meeting ({meeting_date}).",
    "followup_note_required": "Write what was done.",
    # delegates
    "name_required": "Enter the delegate's name.",
    "email_invalid": "The e-mail address does not look right (name@example.org).",
    "phone_invalid": "A phone number holds only digits, spaces and + - ( ) .",
    # proposals and capacity building
    "participants_range": "The number of participants must be a whole number from 0 to 10000.",
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
    """A refusal with the field it concerns, a stable code and the message's values."""

    def __init__(self, field: str | None, code: str, **params: Any) -> None:
        super().__init__(MESSAGES[code].format(**_english(params)), field=field)
        self.code = code
        self.params = params

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.field, self.code, self.params))


def _rebuild(field: str | None, code: str, params: dict[str, Any]) -> "FieldError":
    return FieldError(field, code, **params)


def _english(params: dict[str, Any]) -> dict[str, Any]:
    """Country codes read as English names in the core's own message."""
    out = dict(params)
    if "country" in out:
        out["country"] = country_name(str(out["country"]))
    return out


def country_name(code: str) -> str:
    if code == REGIONAL:
        return "SISCA"
    country = BY_CODE.get(code)
    return country.name_en if country else code


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
