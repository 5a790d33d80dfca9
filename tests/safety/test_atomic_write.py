"""A write that fails midway (full disk) leaves the old file intact and no leftovers."""

import errno
import os
import stat
from pathlib import Path

import pytest

from cisdesk import fsutil
from cisdesk.errors import CisdeskError
from cisdesk.fsutil import atomic_output, atomic_write_bytes


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp" in p.name)


def test_atomic_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    atomic_write_bytes(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert _leftovers(tmp_path) == []


def test_disk_full_midway_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.xlsx"
    target.write_bytes(b"the previous export")
    monkeypatch.setattr(fsutil, "CHUNK", 1024)
    real_write = os.write
    calls = {"n": 0}

    def write_until_full(fd: int, data: bytes) -> int:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write_until_full)
    with pytest.raises(CisdeskError) as refused:
        atomic_write_bytes(target, b"x" * 10_000)
    monkeypatch.setattr(os, "write", real_write)
    assert calls["n"] == 3  # it really failed midway, after two chunks were written
    assert str(refused.value) == f"Not enough space to write {target}; nothing was written."
    assert target.read_bytes() == b"the previous export"
    assert _leftovers(tmp_path) == []


def test_disk_full_in_a_library_writer_keeps_the_old_file(tmp_path: Path) -> None:
    """What reportlab or openpyxl see: they write by name, then the disk fills up."""
    target = tmp_path / "annual.pdf"
    target.write_bytes(b"%PDF old")
    with pytest.raises(CisdeskError, match="Not enough space"), atomic_output(target) as temp:
        with temp.open("wb") as out:
            out.write(b"%PDF half")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert target.read_bytes() == b"%PDF old"
    assert _leftovers(tmp_path) == []


def test_the_temporary_file_keeps_the_suffix_beside_the_target(tmp_path: Path) -> None:
    target = tmp_path / "chart.png"
    with atomic_output(target) as temp:
        assert temp.parent == tmp_path and temp.suffix == ".png" and temp.exists()
        temp.write_bytes(b"png")
    assert target.read_bytes() == b"png" and not temp.exists()


def test_a_new_file_is_not_left_half_written(tmp_path: Path) -> None:
    target = tmp_path / "new.cisb"
    with pytest.raises(CisdeskError), atomic_output(target) as temp:
        temp.write_bytes(b"partial")
        raise OSError(errno.EIO, "Input/output error")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_other_errors_pass_through_and_clean_up(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"keep")
    with pytest.raises(ValueError), atomic_output(target) as temp:
        temp.write_bytes(b"nope")
        raise ValueError("the report failed")
    assert target.read_bytes() == b"keep"
    assert _leftovers(tmp_path) == []


def test_missing_folder_is_a_plain_refusal(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "out.pdf"
    with pytest.raises(CisdeskError, match="nothing was written"):
        atomic_write_bytes(target, b"data")
    assert not target.parent.exists()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_private_files_are_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "secret.pem"
    atomic_write_bytes(target, b"key", private=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    public = tmp_path / "public.pub"
    atomic_write_bytes(public, b"pub")
    assert stat.S_IMODE(public.stat().st_mode) & 0o077 == 0o666 & ~_umask() & 0o077


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def test_write_error_sentences() -> None:
    path = Path("/x/out.pdf")
    quota = fsutil.write_error(path, OSError(getattr(errno, "EDQUOT", errno.ENOSPC), "quota"))
    assert str(quota) == "Not enough space to write /x/out.pdf; nothing was written."
    denied = fsutil.write_error(path, PermissionError(errno.EACCES, "Permission denied"))
    assert str(denied).startswith("Cannot write /x/out.pdf: permission denied")
    assert str(denied).endswith("; nothing was written.")
