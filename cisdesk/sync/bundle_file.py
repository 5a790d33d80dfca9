"""Reading a bundle file (one volume) from disk with bounded memory.

The checks are :mod:`cisdesk.sync.container`'s, in docs/ARCHITECTURE.md §4's order, but
nothing is read whole: the zip's directory is checked first, then only the
manifest and its signature are inflated, the signer is resolved and the
signature verified, and only then is the payload read (it is bounded per
entry). Evidence files stay in the zip until :meth:`BundleFile.iter_blobs`
reads them one at a time, each checked against its name and listed size, so a
volume of any size costs at most one evidence file and one payload in memory.
"""

import encodings.cp437  # noqa: F401  zipfile decodes names with it: loaded up front
import hashlib
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from cisdesk.errors import BundleRejected
from cisdesk.sync import container
from cisdesk.sync.container import (
    _BLOB_NAME,
    BLOB_PREFIX,
    MANIFEST_ENTRY,
    PAYLOAD_ENTRY,
    SIGNATURE_ENTRY,
    ManifestFields,
    _check_signer_fields,
    _check_structure,
    _Entries,
    _parse_manifest,
    _read_entry,
    _sha256,
    _verify_signature,
    check_payload,
    validate_manifest,
)
from cisdesk.sync.limits import open_regular

_HASH_CHUNK = 1 << 20
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    ValueError,
    EOFError,
    OverflowError,
    OSError,
)


def file_sha256(path: Path) -> str:
    """The file's sha256, read in chunks; empty when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with Path(path).open("rb") as handle:
            while chunk := handle.read(_HASH_CHUNK):
                digest.update(chunk)
    except OSError:
        return ""
    return digest.hexdigest()


@dataclass
class BundleFile(ManifestFields):
    """An open bundle volume whose manifest, signature and payload passed every check."""

    path: Path
    manifest: dict[str, Any]
    manifest_bytes: bytes
    payload: bytes
    file_sha256: str
    verified: bool
    _archive: "_ClosingZip" = field(repr=False)
    _infos: dict[str, zipfile.ZipInfo] = field(repr=False)

    @property
    def bundle_id(self) -> str:
        return _sha256(self.manifest_bytes)

    @property
    def signer_key_id(self) -> str:
        return str(self.manifest["key_id"])

    @property
    def blob_names(self) -> list[str]:
        return [item["sha256"] for item in self.manifest["blobs"]]

    def iter_blobs(
        self, wanted: Callable[[str], bool] | None = None
    ) -> Iterator[tuple[str, bytes]]:
        """Each evidence file (or each ``wanted`` one), checked against its name, one at a time."""
        for name in self.blob_names:
            if wanted is not None and not wanted(name):
                continue
            yield name, self.read_blob(name)

    def read_blob(self, name: str) -> bytes:
        data = _read_entry(self._archive, self._infos[BLOB_PREFIX + name])
        if _sha256(data) != name:
            raise BundleRejected("bundle.blob_hash", name=f"{BLOB_PREFIX}{name[:12]}…")
        return data

    def close(self) -> None:
        self._archive.close()

    def __enter__(self) -> "BundleFile":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _open_zip(handle: IO[bytes], size: int) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    if size == 0:
        raise BundleRejected("bundle.empty")
    if size > container.MAX_BUNDLE_BYTES:
        raise BundleRejected(
            "bundle.too_large", over=container._over(size, container.MAX_BUNDLE_BYTES)
        )
    if handle.read(4) != container._ZIP_START:
        raise BundleRejected("bundle.not_zip")
    handle.seek(0)
    try:
        archive = zipfile.ZipFile(handle)
    except (*_ZIP_ERRORS, Exception) as exc:  # zipfile raises struct.error and others too
        raise BundleRejected("bundle.zip_unreadable", detail=container._zip_detail(exc)) from None
    infos = archive.infolist()
    try:
        _check_structure(infos, size)
    except BaseException:
        archive.close()
        raise
    return archive, infos


def _check_blob_entries(manifest: dict[str, Any], infos: dict[str, zipfile.ZipInfo]) -> None:
    """The zip's evidence entries are exactly the manifest's list, with the listed sizes."""
    present = {
        m.group(1): info for name, info in infos.items() if (m := _BLOB_NAME.fullmatch(name))
    }
    listed = {item["sha256"]: item["size"] for item in manifest["blobs"]}
    absent = sorted(set(listed) - set(present))
    if absent:
        raise BundleRejected("bundle.blob_missing", name=f"{BLOB_PREFIX}{absent[0][:12]}…")
    extra = sorted(set(present) - set(listed))
    if extra:
        raise BundleRejected("bundle.blob_unlisted", name=f"{BLOB_PREFIX}{extra[0][:12]}…")
    for name, size in listed.items():
        if present[name].file_size != size:
            raise BundleRejected("bundle.blob_size", name=f"{BLOB_PREFIX}{name[:12]}…")


def open_bundle_file(
    path: Path,
    resolve_key: Callable[[dict[str, Any]], Ed25519PublicKey] | None,
    *,
    sha256: str | None = None,
) -> BundleFile:
    """Check a volume on disk; ``resolve_key`` None only inspects (``verified`` False).

    The caller closes the result. BundleRejected on any failure, with nothing open.
    """
    path = Path(path)
    try:
        if not path.exists():
            raise BundleRejected("bundle.no_file", path=str(path))
        if path.is_dir():
            raise BundleRejected("bundle.is_folder", path=str(path))
        handle = open_regular(path)  # never a device or a pipe: they never end
        size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        raise BundleRejected(
            "bundle.cannot_read", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    if size == 0:
        handle.close()
        raise BundleRejected("bundle.file_empty", path=str(path))
    try:
        archive, info_list = _open_zip(handle, size)
    except BaseException:
        handle.close()
        raise
    try:
        infos = {info.orig_filename: info for info in info_list}
        manifest_bytes = _read_entry(archive, infos[MANIFEST_ENTRY])
        signature = _read_entry(archive, infos[SIGNATURE_ENTRY])
        manifest = _parse_manifest(manifest_bytes)
        _check_signer_fields(manifest)
        if resolve_key is not None:
            public = resolve_key(manifest)
            _verify_signature(public, manifest, _Entries(manifest_bytes, signature, b"", {}))
        validate_manifest(manifest, manifest_bytes)
        _check_blob_entries(manifest, infos)
        payload = _read_entry(archive, infos[PAYLOAD_ENTRY])
        check_payload(manifest, payload)
        digest = sha256 if sha256 is not None else file_sha256(path)
    except BaseException:
        archive.close()
        handle.close()
        raise
    return BundleFile(
        path=path,
        manifest=manifest,
        manifest_bytes=manifest_bytes,
        payload=payload,
        file_sha256=digest,
        verified=resolve_key is not None,
        _archive=_ClosingZip(archive, handle),
        _infos=infos,
    )


class _ClosingZip:
    """A ZipFile that also closes the file handle it reads from."""

    def __init__(self, archive: zipfile.ZipFile, handle: IO[bytes]) -> None:
        self._archive = archive
        self._handle = handle

    def open(self, info: zipfile.ZipInfo) -> IO[bytes]:
        return self._archive.open(info)

    def close(self) -> None:
        self._archive.close()

    def __enter__(self) -> "_ClosingZip":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
        self._handle.close()


def peek_manifest(path: Path) -> dict[str, Any] | None:
    """The manifest of a file that looks like a bundle, unverified; None if it is not one.

    For routing only (a sync folder asks whom a file is for); the import checks
    everything again.
    """
    try:
        with Path(path).open("rb") as handle:
            size = Path(path).stat().st_size
            archive, info_list = _open_zip(handle, size)
            with archive:
                infos = {info.orig_filename: info for info in info_list}
                manifest = _parse_manifest(_read_entry(archive, infos[MANIFEST_ENTRY]))
                validate_manifest(manifest)
                return manifest
    except (BundleRejected, OSError):
        return None
