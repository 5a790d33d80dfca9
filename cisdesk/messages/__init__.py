"""One message catalogue for everything a person reads (docs/ARCHITECTURE.md, "Messages").

The core never raises or prints a sentence of its own: it names a message by
code with parameters (:class:`Message`), and whoever shows it, the app, the
command line, a PDF or a workbook, renders it in the reader's language with
:func:`text`. The wording lives in ``cisdesk/messages/catalog/``, one module per
area, each a dict ``code -> (Spanish, English)`` with ``str.format`` fields.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cisdesk.messages.catalog import CATALOGUE

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"

_language: str | None = None


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The command line's language: ``CISDESK_LANG``, else the system locale.

    ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` are read in POSIX order; a value
    starting with ``es`` gives Spanish, any other English (docs/ARCHITECTURE.md §5).
    """
    env = os.environ if environ is None else environ
    forced = env.get("CISDESK_LANG", "").strip().lower()
    if forced in LANGUAGES:
        return forced
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "").strip()
        if value:
            return "es" if value.lower().startswith("es") else "en"
    return "en"


def set_language(lang: str | None) -> None:
    """Fix the process's language (the app does, from its menu); None: follow the system."""
    global _language
    _language = lang if lang in LANGUAGES else None


def current_language() -> str:
    return _language or environment_language()


def text(code: str, lang: str | None = None, /, **params: Any) -> str:
    """The message ``code`` in ``lang`` (default: the current language), filled in."""
    try:
        es, en = CATALOGUE[code]
    except KeyError:
        raise KeyError(f"no message {code!r} in the catalogue") from None
    template = es if (lang or current_language()) == "es" else en
    return template.format_map(_Params(params, lang or current_language()))


class _Params(dict):
    """Parameters for ``str.format_map``: a :class:`Message` parameter renders in one language."""

    def __init__(self, params: Mapping[str, Any], lang: str) -> None:
        super().__init__(params)
        self.lang = lang

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key)
        if isinstance(value, Message):
            return value.render(self.lang)
        return value


@dataclass(frozen=True)
class Message:
    """A message named by code, with its parameters: rendered only when shown."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str | None = None) -> str:
        return text(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.render()


def msg(code: str, /, **params: Any) -> Message:
    if code not in CATALOGUE:
        raise KeyError(f"no message {code!r} in the catalogue")
    return Message(code, params)


def is_code(value: object) -> bool:
    return isinstance(value, str) and value in CATALOGUE


def place(code: str) -> Message:
    """A member country or SISCA (``"REG"``), named in the reader's language."""
    if f"place.{code}" in CATALOGUE:
        return Message(f"place.{code}")
    return Message("place.unknown", {"code": repr(code)})
