"""Writing one bundle volume to disk entry by entry, with bounded memory.

The payload is deflated as its lines arrive and evidence files go in one at a
time, stored (scans and PDFs do not compress, and a stored entry can never look
like a compression bomb). The manifest can only be written once the number of
volumes is known, so a volume is first written without it to a temporary name;
:meth:`VolumeWriter.seal` appends the signed manifest, flushes the file to disk
and leaves the rename to the caller, which renames every volume only after the
whole export succeeded: a full disk never leaves a file that looks complete.
"""

import contextlib
import encodings.cp437  # noqa: F401  zipfile reads names with it: loaded up front
import hashlib
import os
import stat
import zipfile
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cisdesk.errors import BundleRejected, CisdeskError
from cisdesk.sync import keys, strictjson
from cisdesk.sync.container import (
    _FIXED_TIME,
    BLOB_PREFIX,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_ENTRY,
    MAX_MANIFEST_BYTES,
    PAYLOAD_ENTRY,
    SCHEMA_VERSION,
    SIGNATURE_ENTRY,
    SIGNATURE_PREFIX,
    validate_manifest,
)

#: Bytes of zip bookkeeping per entry (local header, central record, name), generously.
ENTRY_OVERHEAD = 200
#: Bytes allowed beyond the estimate of what deflate still holds back.
DEFLATE_MARGIN = 4 * 1024


def _info(name: str, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.create_system = 3
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    info.compress_type = compress
    return info


class VolumeWriter:
    """One volume being written to ``temp``: payload first, then evidence, sealed last."""

    def __init__(self, temp: Path) -> None:
        self.temp = temp
        self._file: IO[bytes] = temp.open("w+b")
        self._zip: zipfile.ZipFile | None = zipfile.ZipFile(self._file, "w")
        self._payload: IO[bytes] | None = None
        self._digest = hashlib.sha256()
        self.payload_size = 0
        self.lines = 0
        self.highest_hlc = 0
        self.blobs: dict[str, int] = {}
        self._since_growth = 0
        self._last_position = 0
        self._payload_start = 0

    # --- sizes -------------------------------------------------------------------------------

    @property
    def position(self) -> int:
        return self._file.tell()

    def estimated_size(self) -> int:
        """The bytes of the volume so far, counting what deflate still holds back.

        Deflate writes its output in blocks; the input it holds is counted at the
        compression ratio seen so far (never better than 1:5), plus a margin.
        """
        position = self.position
        if position != self._last_position:
            self._last_position, self._since_growth = position, 0
        pending = 0
        if self._payload is not None:
            emitted = self.payload_size - self._since_growth
            ratio = (position - self._payload_start) / emitted if emitted > 0 else 1.0
            pending = int(self._since_growth * min(1.0, max(ratio, 0.2))) + DEFLATE_MARGIN
        return position + pending + ENTRY_OVERHEAD * (len(self.blobs) + 4)

    # --- payload -----------------------------------------------------------------------------

    def write_line(self, line: bytes, hlc: int) -> None:
        if self._payload is None:
            assert self._zip is not None
            info = _info(PAYLOAD_ENTRY, zipfile.ZIP_DEFLATED)
            self._zip.compresslevel = 6
            self._payload = self._zip.open(info, "w")
            self._payload_start = self.position
        data = line + b"\n"
        self._payload.write(data)
        self._digest.update(data)
        self.payload_size += len(data)
        self._since_growth += len(data)
        self.lines += 1
        if hlc > self.highest_hlc:
            self.highest_hlc = hlc

    def end_payload(self) -> None:
        assert self._zip is not None
        if self._payload is None:
            self._zip.writestr(_info(PAYLOAD_ENTRY, zipfile.ZIP_STORED), b"")
        else:
            self._payload.close()
        self._payload = None
        self._since_growth = 0

    # --- evidence ----------------------------------------------------------------------------

    def add_blob(self, sha256: str, data: bytes) -> None:
        assert self._zip is not None and self._payload is None
        self._zip.writestr(_info(BLOB_PREFIX + sha256, zipfile.ZIP_STORED), data)
        self.blobs[sha256] = len(data)

    # --- sealing -----------------------------------------------------------------------------

    def close_entries(self) -> None:
        """Finish the zip without its manifest (the volume count is not known yet)."""
        if self._zip is not None:
            if self._payload is not None:
                self.end_payload()
            self._zip.close()
            self._zip = None

    def manifest_fields(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema_version": SCHEMA_VERSION,
            "payload_size": self.payload_size,
            "payload_sha256": self._digest.hexdigest(),
            "row_count": self.lines,
            "highest_hlc": self.highest_hlc,
            "blobs": [{"sha256": name, "size": self.blobs[name]} for name in sorted(self.blobs)],
        }

    def seal(self, manifest: dict[str, Any], private_key: Ed25519PrivateKey) -> str:
        """Append the signed manifest and flush to disk; returns the bundle id."""
        self.close_entries()
        full = dict(manifest)
        full.update(self.manifest_fields())
        try:
            validate_manifest(full)
        except BundleRejected as exc:
            raise CisdeskError("bundle.write.invalid", reason=exc.message or str(exc)) from None
        if keys.key_id(keys.public_bytes(private_key.public_key())) != full["key_id"]:
            raise CisdeskError("bundle.write.key_id")
        manifest_bytes = strictjson.dumps_canonical(full)
        if len(manifest_bytes) > MAX_MANIFEST_BYTES:
            raise CisdeskError("bundle.write.manifest_too_large")
        signature = private_key.sign(SIGNATURE_PREFIX + manifest_bytes)
        self._file.seek(0)
        with zipfile.ZipFile(self._file, "a") as archive:
            archive.writestr(_info(MANIFEST_ENTRY, zipfile.ZIP_DEFLATED), manifest_bytes)
            archive.writestr(_info(SIGNATURE_ENTRY, zipfile.ZIP_STORED), signature)
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        return hashlib.sha256(manifest_bytes).hexdigest()

    def discard(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            if self._zip is not None:
                self._zip.close()
        self._zip = None
        with contextlib.suppress(OSError):
            self._file.close()
        self.temp.unlink(missing_ok=True)
