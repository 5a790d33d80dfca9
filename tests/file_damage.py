"""Damage a closed SQLite file the way a failing disk would, for the integrity tests."""

from pathlib import Path


def corrupt(path: Path) -> None:
    """Overwrite the start of many pages in the middle of a closed database file.

    Page headers and overflow/freelist links become invalid, so SQLite's
    ``quick_check`` fails, while the file header stays that of an SQLite file.
    """
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page_size
    for page in range(pages // 3, 2 * pages // 3):
        start = page * page_size
        data[start : start + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))
