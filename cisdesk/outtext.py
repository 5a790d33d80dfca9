"""Text from other people's files made safe to print on a terminal or show in one line.

Site names, file names and refusal details can come from a hostile bundle or
key file. An ESC sequence printed raw can rewrite the terminal (move the cursor,
hide lines, change the title), and a bidirectional override can make a name
read backwards; so every control character is shown as its escape instead.
"""

import contextlib
import re
import sys
import unicodedata
from collections.abc import Iterator
from typing import Any

#: Bidirectional embeddings, overrides and isolates: format characters that reorder text.
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + "\u2028\u2029]")
_CONTROL_WITH_NEWLINES = re.compile(r"[\x00-\x1f\x7f-\x9f" + _BIDI + "\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object, *, keep_newlines: bool = True) -> str:
    """``text`` with control characters (ESC, BEL, C1, bidi overrides…) escaped as ``\\x1b``."""
    pattern = _CONTROL if keep_newlines else _CONTROL_WITH_NEWLINES
    return pattern.sub(_escape, str(text))


def has_control(text: str) -> bool:
    """True when ``text`` holds a character :func:`printable` would escape, newlines included."""
    return _CONTROL_WITH_NEWLINES.search(text) is not None or any(
        unicodedata.category(ch) == "Cc" for ch in text
    )


class EscapingWriter:
    """A text stream that escapes control characters on their way to the terminal.

    The command line writes through it, so no name from a hostile file reaches the
    terminal raw, whichever message carries it. ``raw`` is the stream underneath,
    for the progress bar's deliberate carriage returns.
    """

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(printable(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


@contextlib.contextmanager
def escaped_output() -> Iterator[None]:
    """Standard output and error escape control characters for the duration."""
    saved = sys.stdout, sys.stderr
    if sys.stdout is not None:
        sys.stdout = EscapingWriter(sys.stdout)
    if sys.stderr is not None:
        sys.stderr = EscapingWriter(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
