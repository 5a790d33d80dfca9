"""Text from other people's files made safe to print on a terminal or show in one line.

Site names, file names and refusal details can come from a hostile bundle or
key file. An ESC sequence printed raw can rewrite the terminal (move the cursor,
hide lines, change the title), and a bidirectional override can make a name
read backwards; so every control character is shown as its escape instead.
"""

import re
import unicodedata

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
