"""Hybrid logical clock packed in one integer: wall milliseconds << 16 | counter.

Integers compare like (wall, counter) pairs, fit a signed 64-bit column, and stay
readable: ``hlc >> 16`` is a Unix time in milliseconds.
"""

import time

COUNTER_BITS = 16
#: How far ahead of the importer's wall clock a bundle may be before quarantine.
MAX_FUTURE_MS = 24 * 3600 * 1000


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def from_wall(ms: int) -> int:
    return ms << COUNTER_BITS


def to_wall_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


def next_value(last: int, now_ms: int) -> int:
    """The clock value after ``last`` at wall time ``now_ms``."""
    return max(last + 1, from_wall(now_ms))


def is_far_future(hlc: int, now_ms: int, tolerance_ms: int = MAX_FUTURE_MS) -> bool:
    return to_wall_ms(hlc) > now_ms + tolerance_ms
