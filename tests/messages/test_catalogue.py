"""The message catalogue: every code in both languages, with the same fields."""

import string

import pytest

from cisdesk.errors import CisdeskError, ValidationError
from cisdesk.messages import environment_language, msg, set_language, text
from cisdesk.messages.catalog import CATALOGUE


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_code_has_spanish_and_english_with_the_same_fields(code):
    es, en = CATALOGUE[code]
    assert es.strip() and en.strip(), f"{code} lacks a language"
    assert _fields(es) == _fields(en), f"{code}: fields differ between es and en"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "es_GT.UTF-8"}, "es"),
        ({"LANG": "en_BZ.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "es_HN.UTF-8"}, "es"),
        ({"LANG": "es_SV.UTF-8", "CISDESK_LANG": "en"}, "en"),
        ({"LC_ALL": "es_CR.UTF-8", "LANG": "en_US"}, "es"),
        ({}, "en"),
    ],
)
def test_command_line_language_follows_the_system_unless_forced(environ, expected):
    assert environment_language(environ) == expected


def test_an_error_with_a_code_renders_in_the_current_language():
    error = CisdeskError("cli.interrupted")
    assert error.code == "cli.interrupted"
    set_language("es")
    try:
        assert str(error) == "interrumpido; no se cambió nada."
    finally:
        set_language(None)
    assert error.render("en") == "interrupted; nothing was changed."


def test_a_message_parameter_renders_in_the_same_language():
    inner = msg("cli.interrupted")
    assert text("cli.prefix", "es", message=inner) == "cisdesk: interrumpido; no se cambió nada."


def test_validation_error_keeps_its_field_with_a_code():
    error = ValidationError("cli.interrupted", field="percent")
    assert error.field == "percent" and error.code == "cli.interrupted"
    legacy = ValidationError("percent", "A legacy sentence")
    assert legacy.field == "percent" and str(legacy) == "A legacy sentence"


def test_an_unknown_code_is_a_programming_error():
    with pytest.raises(KeyError):
        msg("no.such.code")
