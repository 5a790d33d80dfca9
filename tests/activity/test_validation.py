"""Refusal messages: one plain sentence, a field, a code; every code has a test."""

import datetime as dt
import pickle
import re
import string
from pathlib import Path

import pytest

from cisdesk.activity import validation as v
from cisdesk.errors import CisdeskError, ValidationError


def test_validation_error_forms():
    assert ValidationError("Plain sentence.").field is None
    error = ValidationError("percent", "The percentage is wrong.")
    assert (error.field, str(error)) == ("percent", "The percentage is wrong.")
    error = ValidationError("The e-mail is wrong.", field="email")
    assert (error.field, str(error)) == ("email", "The e-mail is wrong.")
    assert isinstance(error, CisdeskError)


def test_field_error_carries_code_and_values():
    error = v.FieldError("semester", "semester_future", current="2019-I")
    assert str(error) == "The semester cannot be after the current one (2019-I)."
    assert (error.field, error.code, error.params) == (
        "semester",
        "semester_future",
        {"current": "2019-I"},
    )
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.field, copy.code, str(copy)) == (error.field, error.code, str(error))


def test_country_codes_read_as_names():
    assert "Belize" in str(v.FieldError(None, "read_only", country="BZ"))
    assert "SISCA" in str(v.FieldError(None, "read_only", country="REG"))


@pytest.mark.parametrize("code", sorted(v.MESSAGES))
def test_messages_are_one_plain_sentence(code):
    names = [name for _, name, _, _ in string.Formatter().parse(v.MESSAGES[code]) if name]
    message = str(v.FieldError(None, code, **dict.fromkeys(names, "X")))
    assert message[0].isupper() and message.endswith((".", ")."))
    assert "\n" not in message


REFUSAL_TESTS = ("test_progress.py", "test_meetings.py", "test_people_outreach.py", "test_store.py")


def test_every_refusal_code_has_a_test():
    folder = Path(__file__).parent
    sources = "".join((folder / name).read_text(encoding="utf-8") for name in REFUSAL_TESTS)
    quoted = set(re.findall(r'"([a-z_0-9]+)"', sources))
    assert sorted(set(v.MESSAGES) - quoted) == []


def test_whole_number():
    assert v.whole_number("  7 ", "n", "percent_range", 0, 10) == 7
    assert v.whole_number(7.0, "n", "percent_range", 0, 10) == 7
    for bad in (True, 7.5, "7a", None, 11, [7]):
        with pytest.raises(v.FieldError):
            v.whole_number(bad, "n", "percent_range", 0, 10)


def test_dates():
    today = dt.date(2019, 3, 15)
    assert v.date(today, "date", today) == today
    assert v.date(None, "date", today, required=False) is None
    with pytest.raises(v.FieldError) as info:
        v.date(dt.datetime(2019, 3, 1, 10, 0), "date", today)
    assert info.value.code == "date_required"


def test_semesters():
    assert v.current_semester(dt.date(2019, 7, 1)) == "2019-II"
    assert v.semester(" 2018-I ") == "2018-I"
    assert v.semester_key("2018-II") > v.semester_key("2018-I")
