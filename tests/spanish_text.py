"""Spotting English in what a Spanish user reads."""

import re

#: Words an English refusal can hardly do without, and no Spanish sentence uses.
ENGLISH_WORDS = (
    "the",
    "is",
    "are",
    "was",
    "not",
    "cannot",
    "this",
    "that",
    "with",
    "from",
    "of",
    "and",
    "to",
    "file",
    "bundle",
    "key",
    "install",
    "database",
    "refused",
    "rejected",
    "imported",
    "only",
    "enrolled",
    "trust",
    "choose",
    "there",
    "its",
    "which",
    "damaged",
)
_WORD = re.compile(r"\b(" + "|".join(ENGLISH_WORDS) + r")\b", re.IGNORECASE)
#: File paths and quoted names hold whatever words the files were given.
_PATHS = re.compile(r"\S*[/\\]\S*|'[^']*'|\"[^\"]*\"")


def english_words(text: str) -> list[str]:
    """The English words in ``text``, outside paths and quoted names."""
    return _WORD.findall(_PATHS.sub(" ", text))


def assert_spanish(text: str) -> None:
    assert text.strip(), "nothing was shown"
    found = english_words(text)
    assert not found, f"English words {found} in: {text}"
