"""Bundle files that are not files, and bundles whose signer is unknown.

A device or a pipe given as a bundle is refused before a byte is read (it
would never end); an unknown signer is refused before any evidence file is
inflated (12 entries of 64 MB would cost gigabytes of memory first).
"""

import os
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from factories import bundle_entries, full_manifest, payload_bytes, sha256, signing_key

from cisdesk.errors import BundleRejected
from cisdesk.sync import container
from cisdesk.sync.provision import create_install

DEVICES = [d for d in ("/dev/zero", "/dev/urandom") if Path(d).exists()]


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    path = tmp_path / "tubería.cisb"
    os.mkfifo(path)
    return path


@pytest.fixture
def sisca_db(tmp_path: Path) -> str:
    record = create_install(str(tmp_path / "sisca.db"), regional=True)
    record.close()
    return record.target


def _cisdesk(*args: str) -> subprocess.CompletedProcess[str]:
    """The command in a child process: a hang fails the test instead of stopping the suite."""
    env = {**os.environ, "CISDESK_LANG": "en"}
    code = "import sys; from cisdesk.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60, env=env
    )


def _check_refused(sisca_db: str, path: Path) -> None:
    inspect = _cisdesk("bundle", "inspect", str(path))
    assert inspect.returncode == 1 and "not a regular file" in inspect.stderr
    imported = _cisdesk("bundle", "import", "--db", sisca_db, str(path))
    assert imported.returncode == 1
    assert not imported.stdout and "not a regular file" in imported.stderr


@pytest.mark.parametrize("device", DEVICES)
def test_a_device_is_refused_without_reading_it(sisca_db: str, device: str) -> None:
    _check_refused(sisca_db, Path(device))


def test_a_named_pipe_is_refused_without_waiting(sisca_db: str, fifo: Path) -> None:
    _check_refused(sisca_db, fifo)


def test_an_unknown_signer_is_refused_before_any_evidence_is_inflated() -> None:
    signer, trusted = signing_key(), signing_key()
    blob = os.urandom(4 * 1024 * 1024)
    blobs = {}
    for n in range(4):
        data = blob[n:] + blob[:n]
        blobs[sha256(data)] = data
    payload = payload_bytes()
    entries = bundle_entries(
        signer, payload=payload, blobs=blobs, manifest=full_manifest(signer, payload, blobs)
    )
    data = _stored_zip(entries)

    def refuse_unknown(_manifest: dict) -> object:
        return trusted.public_key()  # the key registered for the origin: another one

    tracemalloc.start()
    try:
        with pytest.raises(BundleRejected, match="not the key expected"):
            container.open_container(data, refuse_unknown)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < len(blob), f"{peak} bytes allocated before the signer was refused"


def _stored_zip(entries: dict[str, bytes]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()
