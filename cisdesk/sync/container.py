"""The signed bundle file (``.cisb``): a zip that is read only in memory and trusted last.

A bundle comes by e-mail or USB stick from someone else's laptop, so every byte
is hostile until checked, in the order docs/ARCHITECTURE.md §4 fixes: size cap, zip
structure, manifest parse, signer, signature, manifest schema, payload and
blobs. Nothing is ever extracted to disk. What the payload lines mean is
``cisdesk.sync.payload``'s business; this module only guarantees they are the
bytes the signer wrote.
"""

import datetime as dt
import hashlib
import io
import re
import secrets
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol, TypeGuard

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from cisdesk import fsutil
from cisdesk.countries import BY_CODE, REGIONAL
from cisdesk.errors import BundleRejected, CisdeskError
from cisdesk.messages import Message, msg, place
from cisdesk.sync import keys, strictjson
from cisdesk.sync.limits import open_regular

FORMAT = "cisdesk-bundle"
#: 2: volumes (export_id, volume, volumes), the held ranges and the recipient country.
FORMAT_VERSION = 2
#: Version of the replicated tables' shape that the payload lines follow; raised with
#: every replicated table or field added, removed or retyped, so an older reader refuses
#: with "update cisdesk" rather than "unknown table" (tests/sync/test_schema_version.py
#: pins the shape). 2: the plan's processes (strategy versions, coordinators, committee
#: leads, evaluations, proposal steps), regional and retired results, derived progress ids.
SCHEMA_VERSION = 2
SIGNATURE_PREFIX = b"cisdesk bundle manifest v1\x00"

_MIB = 1024 * 1024
#: One bundle file (a volume). An export is split into volumes of at most
#: ``--max-size``, so this only bounds what a reader accepts from one file.
MAX_BUNDLE_BYTES = 256 * _MIB
MAX_MANIFEST_BYTES = 16 * _MIB
#: One volume's payload, decompressed: an import holds it and its decoded lines in
#: memory, so this bounds an import's memory (exports write at most a quarter of it).
MAX_PAYLOAD_BYTES = 64 * _MIB
MAX_BLOB_BYTES = 64 * _MIB
#: Everything inside one bundle, decompressed.
MAX_TOTAL_BYTES = 1024 * _MIB
#: Evidence files in one bundle.
MAX_ENTRIES = 100_000
#: Largest allowed (decompressed size / compressed size) of an entry and of the whole zip.
MAX_RATIO = 200
#: Entries (and bundles) smaller than this may compress better than MAX_RATIO: harmless.
RATIO_FLOOR_BYTES = 1 * _MIB
#: The signature entry is 64 bytes; a little room so a wrong length gets a clear message.
MAX_SIGNATURE_ENTRY_BYTES = 1024
#: Volumes of one export.
MAX_VOLUMES = 9999
READ_CHUNK_BYTES = 64 * 1024

MANIFEST_ENTRY = "manifest.json"
SIGNATURE_ENTRY = "manifest.sig"
PAYLOAD_ENTRY = "payload.jsonl"
BLOB_PREFIX = "blobs/"
_REQUIRED_ENTRIES = (MANIFEST_ENTRY, SIGNATURE_ENTRY, PAYLOAD_ENTRY)
_BLOB_NAME = re.compile(r"blobs/([0-9a-f]{64})")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DRIVE = re.compile(r"[A-Za-z]:")
_ZIP_START = b"PK\x03\x04"
_FLAG_ENCRYPTED = 0x1
_FLAG_STRONG_ENCRYPTION = 0x40
_DOS_DIRECTORY = 0x10
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_MANIFEST_DEPTH = 4
_MAX_SITE_NAME = 200

DIRECTIONS = ("country", "regional")
MANIFEST_FIELDS = frozenset(
    {
        "format",
        "format_version",
        "schema_version",
        "deployment_id",
        "direction",
        "origin_country",
        "origin_site",
        "site_name",
        "key_id",
        "seq",
        "prev_bundle_id",
        "created_at",
        "highest_hlc",
        "row_count",
        "full",
        "acks",
        "keyring",
        "payload_size",
        "payload_sha256",
        "blobs",
        "export_id",
        "volume",
        "volumes",
        "ranges",
        "for_country",
    }
)
#: Fields write_container fills in; the caller provides the others.
FILLED_FIELDS = frozenset(
    {"format", "format_version", "schema_version", "payload_size", "payload_sha256", "blobs"}
)


class ManifestFields:
    """The manifest fields every reader of a checked bundle asks for, typed.

    Shared by the in-memory reader (:class:`OpenedBundle`) and the streaming one
    (:class:`cisdesk.sync.bundle_file.BundleFile`): the manifest passed
    :func:`validate_manifest`, so the fields exist and have these types.
    """

    manifest: dict[str, Any]

    @property
    def seq(self) -> int:
        return int(self.manifest["seq"])

    @property
    def origin_site(self) -> str:
        return str(self.manifest["origin_site"])

    @property
    def origin_country(self) -> str:
        return str(self.manifest["origin_country"])


@dataclass(frozen=True)
class OpenedBundle(ManifestFields):
    manifest: dict[str, Any]
    manifest_bytes: bytes
    bundle_id: str  # sha256 hex of the manifest bytes
    payload: bytes
    blobs: dict[str, bytes]  # sha256 hex -> content
    file_sha256: str
    signer_key_id: str
    verified: bool  # False only from inspect_container


@dataclass(frozen=True)
class _Entries:
    manifest: bytes
    signature: bytes
    payload: bytes
    blobs: dict[str, bytes]


def _size_text(size: int) -> str:
    if size >= _MIB:
        return f"{size / _MIB:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size} bytes"


def _over(size: int, cap: int) -> Message:
    """``"300.0 MB, over the 256.0 MB limit"``, exact when rounding would hide the excess."""
    shown, limit = _size_text(size), _size_text(cap)
    if shown == limit:
        shown, limit = f"{size} bytes", f"{cap} bytes"
    return msg("bundle.size_over", size=shown, limit=limit)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


# --- reading ---------------------------------------------------------------------------


def read_bundle_file(path: Path) -> bytes:
    """The file's bytes, refusing a missing, empty or oversized file before reading it all."""
    path = Path(path)
    cap = MAX_BUNDLE_BYTES
    try:
        if not path.exists():
            raise BundleRejected("bundle.no_file", path=str(path))
        if path.is_dir():
            raise BundleRejected("bundle.is_folder", path=str(path))
        with open_regular(path) as handle:
            data = handle.read(cap + 1)
    except OSError as exc:
        raise BundleRejected(
            "bundle.cannot_read", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    if not data:
        raise BundleRejected("bundle.file_empty", path=str(path))
    if len(data) > cap:
        raise BundleRejected("bundle.file_too_large", path=str(path), limit=_size_text(cap))
    return data


def open_container(
    data: bytes, resolve_key: Callable[[dict[str, Any]], Ed25519PublicKey]
) -> OpenedBundle:
    """Check ``data`` completely and return its contents; BundleRejected on any failure.

    ``resolve_key(manifest)`` returns the public key the manifest's signer must
    have (it raises BundleRejected when the signer is not trusted for the origin).
    """

    def check_signed(head: _Entries) -> None:
        # Before any other entry is inflated: an unknown signer costs nothing to refuse.
        signed = _parse_manifest(head.manifest)
        _check_signer_fields(signed)
        _verify_signature(resolve_key(signed), signed, head)

    entries = _read_entries(data, check_signed)
    manifest = _parse_manifest(entries.manifest)
    validate_manifest(manifest, entries.manifest)
    _check_contents(manifest, entries.payload, entries.blobs)
    return _opened(data, manifest, entries, verified=True)


def inspect_container(data: bytes) -> OpenedBundle:
    """Everything :func:`open_container` checks except who signed it (``verified`` False)."""
    entries = _read_entries(data)
    manifest = _parse_manifest(entries.manifest)
    _check_signer_fields(manifest)
    validate_manifest(manifest, entries.manifest)
    _check_contents(manifest, entries.payload, entries.blobs)
    return _opened(data, manifest, entries, verified=False)


def _opened(
    data: bytes, manifest: dict[str, Any], entries: _Entries, *, verified: bool
) -> OpenedBundle:
    return OpenedBundle(
        manifest=manifest,
        manifest_bytes=entries.manifest,
        bundle_id=_sha256(entries.manifest),
        payload=entries.payload,
        blobs=entries.blobs,
        file_sha256=_sha256(data),
        signer_key_id=str(manifest["key_id"]),
        verified=verified,
    )


def _read_entries(data: bytes, check_signed: Callable[[_Entries], None] | None = None) -> _Entries:
    """The entries, after ``check_signed`` has seen the manifest and the signature alone."""
    if not data:
        raise BundleRejected("bundle.empty")
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleRejected("bundle.too_large", over=_over(len(data), MAX_BUNDLE_BYTES))
    if not data.startswith(_ZIP_START):
        raise BundleRejected("bundle.not_zip")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        ValueError,
        EOFError,
        OverflowError,
        struct.error,
    ) as exc:
        raise BundleRejected("bundle.zip_unreadable", detail=_zip_detail(exc)) from None
    with archive:
        infos = archive.infolist()
        _check_structure(infos, len(data))
        by_name = {info.orig_filename: info for info in infos}
        contents = {
            name: _read_entry(archive, by_name[name]) for name in (MANIFEST_ENTRY, SIGNATURE_ENTRY)
        }
        if check_signed is not None:
            check_signed(_Entries(contents[MANIFEST_ENTRY], contents[SIGNATURE_ENTRY], b"", {}))
        for info in infos:
            if info.orig_filename not in contents:
                contents[info.orig_filename] = _read_entry(archive, info)
    blobs = {
        match.group(1): content
        for name, content in contents.items()
        if (match := _BLOB_NAME.fullmatch(name))
    }
    return _Entries(
        manifest=contents[MANIFEST_ENTRY],
        signature=contents[SIGNATURE_ENTRY],
        payload=contents[PAYLOAD_ENTRY],
        blobs=blobs,
    )


def _zip_detail(exc: BaseException) -> Message:
    """A low-level zip failure, named by code: the person reads no library's English."""
    detail = str(exc)
    for marker, code in (
        ("CRC", "bundle.zip.bad_crc"),
        ("truncated", "bundle.zip.truncated"),
        ("Truncated", "bundle.zip.truncated"),
        ("compression", "bundle.zip.compression"),
        ("Bad magic", "bundle.zip.bad_header"),
        ("not a zip", "bundle.zip.not_zip"),
        ("central directory", "bundle.zip.bad_directory"),
        ("Error -3", "bundle.zip.bad_data"),
    ):
        if marker in detail:
            return msg(code)
    return msg("bundle.zip.other")


def _shown(name: str) -> str:
    text = repr(name)
    return text if len(text) <= 80 else text[:77] + "…"


def _check_name(name: str) -> None:
    """Refuse names that could mean a path elsewhere, then anything not on the list."""
    if "\x00" in name:
        reason = "nul"
    elif "\\" in name:
        reason = "backslash"
    elif name.startswith("/"):
        reason = "absolute"
    elif _DRIVE.match(name):
        reason = "drive"
    elif ".." in name.split("/"):
        reason = "climbs"
    elif name.endswith("/"):
        reason = "folder"
    else:
        if name in _REQUIRED_ENTRIES or _BLOB_NAME.fullmatch(name):
            return
        raise BundleRejected("bundle.unexpected_entry", name=_shown(name))
    raise BundleRejected(
        "bundle.bad_entry_name", reason=msg(f"bundle.entry_name.{reason}"), name=_shown(name)
    )


def _entry_cap(name: str) -> int:
    if name == MANIFEST_ENTRY:
        return MAX_MANIFEST_BYTES
    if name == SIGNATURE_ENTRY:
        return MAX_SIGNATURE_ENTRY_BYTES
    if name == PAYLOAD_ENTRY:
        return MAX_PAYLOAD_BYTES
    return MAX_BLOB_BYTES


def _ratio_too_high(size: int, compressed: int) -> bool:
    return size > RATIO_FLOOR_BYTES and size > MAX_RATIO * max(compressed, 1)


def _check_structure(infos: list[zipfile.ZipInfo], file_size: int) -> None:
    if len(infos) > MAX_ENTRIES + len(_REQUIRED_ENTRIES):
        raise BundleRejected("bundle.too_many_entries", count=len(infos), limit=MAX_ENTRIES)
    seen: set[str] = set()
    offsets: set[int] = set()
    total_size = 0
    total_compressed = 0
    for info in infos:
        name = info.orig_filename
        _check_name(name)
        if name in seen:
            raise BundleRejected("bundle.entry_twice", name=_shown(name))
        seen.add(name)
        if info.header_offset in offsets:
            raise BundleRejected("bundle.entries_share_data")
        offsets.add(info.header_offset)
        if info.flag_bits & (_FLAG_ENCRYPTED | _FLAG_STRONG_ENCRYPTION):
            raise BundleRejected("bundle.entry_encrypted", name=_shown(name))
        mode = info.external_attr >> 16
        if info.external_attr & _DOS_DIRECTORY or stat.S_ISDIR(mode):
            raise BundleRejected("bundle.entry_folder", name=_shown(name))
        if stat.S_ISLNK(mode):
            raise BundleRejected("bundle.entry_symlink", name=_shown(name))
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise BundleRejected("bundle.entry_not_file", name=_shown(name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleRejected("bundle.entry_compression", name=_shown(name))
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise BundleRejected("bundle.entry_sizes", name=_shown(name))
        cap = _entry_cap(name)
        if info.file_size > cap:
            raise BundleRejected(
                "bundle.entry_too_large", name=_shown(name), over=_over(info.file_size, cap)
            )
        if _ratio_too_high(info.file_size, info.compress_size):
            raise BundleRejected("bundle.entry_bomb", name=_shown(name), ratio=MAX_RATIO)
        total_size += info.file_size
        total_compressed += info.compress_size
    missing = [name for name in _REQUIRED_ENTRIES if name not in seen]
    if missing:
        raise BundleRejected("bundle.missing_entry", name=missing[0])
    if total_compressed > file_size:
        raise BundleRejected("bundle.entries_exceed_file")
    if total_size > MAX_TOTAL_BYTES:
        raise BundleRejected("bundle.total_too_large", over=_over(total_size, MAX_TOTAL_BYTES))
    if _ratio_too_high(total_size, total_compressed):
        raise BundleRejected("bundle.bomb", ratio=MAX_RATIO)


class _OpensEntries(Protocol):
    """What reading an entry needs: a ZipFile, or a wrapper that opens its entries."""

    def open(self, info: zipfile.ZipInfo, /) -> IO[bytes]: ...


def _read_entry(archive: _OpensEntries, info: zipfile.ZipInfo) -> bytes:
    """Decompress in bounded chunks, stopping as soon as the declared size is exceeded."""
    name = info.orig_filename
    limit = min(info.file_size, _entry_cap(name))
    out = bytearray()
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(READ_CHUNK_BYTES):
                out += chunk
                if len(out) > limit:
                    raise BundleRejected("bundle.entry_beyond_size", name=_shown(name))
    except BundleRejected:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
        RuntimeError,
        ValueError,
        OverflowError,
        OSError,
        struct.error,
    ) as exc:
        raise BundleRejected(
            "bundle.entry_unreadable", name=_shown(name), detail=_zip_detail(exc)
        ) from None
    if len(out) != info.file_size:
        raise BundleRejected("bundle.entry_truncated", name=_shown(name))
    return bytes(out)


# --- the manifest -----------------------------------------------------------------------


def _parse_manifest(manifest_bytes: bytes) -> dict[str, Any]:
    manifest: dict[str, Any] = strictjson.loads(
        manifest_bytes, max_depth=_MANIFEST_DEPTH, expect=dict, what="json.what.manifest"
    )
    _check_versions(manifest)
    return manifest


def _check_versions(manifest: dict[str, Any]) -> None:
    """Format first, so a bundle from a newer cisdesk says so instead of failing obscurely."""
    if manifest.get("format") != FORMAT:
        raise BundleRejected("bundle.other_format")
    for field, known, label in (
        ("format_version", FORMAT_VERSION, msg("bundle.label.format")),
        ("schema_version", SCHEMA_VERSION, msg("bundle.label.schema")),
    ):
        value = manifest.get(field)
        if not _is_int(value):
            raise BundleRejected("bundle.version_missing", name=field)
        if value > known:
            raise BundleRejected("bundle.newer_version", label=label, value=value, known=known)
        if value != known:
            raise BundleRejected("bundle.unknown_version", label=label, value=value)


def _check_signer_fields(manifest: dict[str, Any]) -> None:
    """The fields a key resolver reads, checked before it reads them."""
    key_id = manifest.get("key_id")
    if not isinstance(key_id, str) or not keys.KEY_ID_PATTERN.fullmatch(key_id):
        raise BundleRejected("bundle.manifest.key_id")
    if manifest.get("direction") not in DIRECTIONS:
        raise BundleRejected("bundle.manifest.direction")
    origin = manifest.get("origin_country")
    if not isinstance(origin, str) or (origin != REGIONAL and origin not in BY_CODE):
        raise BundleRejected("bundle.manifest.origin_country")
    if (manifest["direction"] == "regional") != (origin == REGIONAL):
        raise BundleRejected("bundle.manifest.direction_origin")
    if not keys.is_uuid(manifest.get("origin_site")):
        raise BundleRejected("bundle.manifest.origin_site")
    seq = manifest.get("seq")
    if not _is_int(seq) or not 1 <= seq <= strictjson.INT64_MAX:
        raise BundleRejected("bundle.manifest.seq")
    deployment = manifest.get("deployment_id")
    if deployment is not None and not keys.is_uuid(deployment):
        raise BundleRejected("bundle.manifest.deployment_id")


def _verify_signature(
    public: Ed25519PublicKey, manifest: dict[str, Any], entries: _Entries
) -> None:
    if not isinstance(public, Ed25519PublicKey):
        raise TypeError("resolve_key must return an Ed25519PublicKey")
    if keys.key_id(keys.public_bytes(public)) != manifest["key_id"]:
        raise BundleRejected("bundle.wrong_key", key_id=manifest["key_id"])
    signature = entries.signature
    if len(signature) != keys.SIGNATURE_BYTES:
        raise BundleRejected(
            "bundle.signature_length", size=len(signature), expected=keys.SIGNATURE_BYTES
        )
    try:
        public.verify(signature, SIGNATURE_PREFIX + entries.manifest)
    except InvalidSignature:
        raise BundleRejected(
            "bundle.bad_signature",
            key_id=manifest["key_id"],
            place=place(manifest["origin_country"]),
        ) from None


def _field_error(field: str, expected: Message) -> BundleRejected:
    return BundleRejected("bundle.manifest.field", name=field, expected=expected)


def _check_hex64(value: object, field: str, *, nullable: bool = False) -> None:
    if nullable and value is None:
        return
    if not isinstance(value, str) or not _SHA256.fullmatch(value):
        raise _field_error(
            field, msg("bundle.expect.hex64_or_null" if nullable else "bundle.expect.hex64")
        )


def _check_count(value: object, field: str, maximum: int = strictjson.INT64_MAX) -> None:
    if not _is_int(value) or not 0 <= value <= maximum:
        raise _field_error(field, msg("bundle.expect.count", maximum=maximum))


def validate_manifest(manifest: dict[str, Any], manifest_bytes: bytes | None = None) -> None:
    """Every field present, of its type, and nothing else; BundleRejected otherwise."""
    _check_versions(manifest)
    missing = sorted(MANIFEST_FIELDS - manifest.keys())
    if missing:
        raise BundleRejected("bundle.manifest.lacks_field", name=repr(missing[0]))
    unknown = sorted(manifest.keys() - MANIFEST_FIELDS)
    if unknown:
        raise BundleRejected("bundle.manifest.unknown_field", name=_shown(unknown[0]))
    _check_signer_fields(manifest)
    site_name = manifest["site_name"]
    if not isinstance(site_name, str) or not 1 <= len(site_name) <= _MAX_SITE_NAME:
        raise _field_error("site_name", msg("bundle.expect.text", maximum=_MAX_SITE_NAME))
    _check_hex64(manifest["prev_bundle_id"], "prev_bundle_id", nullable=True)
    created = manifest["created_at"]
    if not isinstance(created, str) or len(created) > 64:
        raise _field_error("created_at", msg("bundle.expect.datetime"))
    try:
        dt.datetime.fromisoformat(created)
    except ValueError:
        raise _field_error("created_at", msg("bundle.expect.datetime")) from None
    _check_count(manifest["highest_hlc"], "highest_hlc")
    _check_count(manifest["row_count"], "row_count")
    if not isinstance(manifest["full"], bool):
        raise _field_error("full", msg("bundle.expect.bool"))
    _check_acks(manifest["acks"])
    _check_keyring_field(manifest)
    _check_count(manifest["payload_size"], "payload_size", MAX_PAYLOAD_BYTES)
    _check_hex64(manifest["payload_sha256"], "payload_sha256")
    _check_blob_list(manifest["blobs"])
    _check_volume_fields(manifest)
    if manifest_bytes is not None and strictjson.dumps_canonical(manifest) != manifest_bytes:
        raise BundleRejected("bundle.manifest.not_canonical")


def _check_acks(acks: object) -> None:
    if not isinstance(acks, dict):
        raise _field_error("acks", msg("bundle.expect.acks"))
    for site, value in acks.items():
        if not keys.is_uuid(site):
            raise BundleRejected("bundle.manifest.ack_site", site=_shown(site))
        _check_count(value, "acks value")


def _check_volume_fields(manifest: dict[str, Any]) -> None:
    _check_hex64(manifest["export_id"], "export_id")
    volumes = manifest["volumes"]
    if not _is_int(volumes) or not 1 <= volumes <= MAX_VOLUMES:
        raise _field_error("volumes", msg("volume.expect.volumes", limit=MAX_VOLUMES))
    volume = manifest["volume"]
    if not _is_int(volume) or not 1 <= volume <= volumes:
        raise _field_error("volume", msg("volume.expect.volume"))
    ranges = manifest["ranges"]
    if not isinstance(ranges, dict):
        raise _field_error("ranges", msg("volume.expect.ranges"))
    for site, bounds in ranges.items():
        if not keys.is_uuid(site):
            raise BundleRejected("volume.manifest.range_site", site=_shown(site))
        if not isinstance(bounds, list) or len(bounds) != 2:
            raise _field_error("ranges", msg("volume.expect.ranges"))
        low, high = bounds
        _check_count(low, "ranges value")
        _check_count(high, "ranges value")
        if low >= high:
            raise _field_error("ranges", msg("volume.expect.range_order"))
    recipient = manifest["for_country"]
    if recipient is not None and (manifest["direction"] != "regional" or recipient not in BY_CODE):
        raise _field_error("for_country", msg("volume.expect.for_country"))


def _check_keyring_field(manifest: dict[str, Any]) -> None:
    keyring = manifest["keyring"]
    if keyring is None:
        return
    if manifest["direction"] != "regional":
        raise BundleRejected("bundle.country_keyring")
    if not isinstance(keyring, dict) or set(keyring) != {"document", "signature"}:
        raise _field_error("keyring", msg("bundle.expect.keyring"))
    for part in ("document", "signature"):
        value = keyring[part]
        try:
            raw = keys.b64decode(value) if isinstance(value, str) else None
        except ValueError:
            raw = None
        if raw is None:
            raise _field_error(f"keyring {part}", msg("bundle.expect.base64"))
        if part == "signature" and len(raw) != keys.SIGNATURE_BYTES:
            raise _field_error(
                "keyring signature", msg("bundle.expect.bytes", size=keys.SIGNATURE_BYTES)
            )


def _check_blob_list(blobs: object) -> None:
    if not isinstance(blobs, list):
        raise _field_error("blobs", msg("bundle.expect.list"))
    if len(blobs) > MAX_ENTRIES:
        raise _field_error("blobs", msg("bundle.expect.blob_count", limit=MAX_ENTRIES))
    previous = ""
    for item in blobs:
        if not isinstance(item, dict) or set(item) != {"sha256", "size"}:
            raise _field_error("blobs", msg("bundle.expect.blob_items"))
        _check_hex64(item["sha256"], "blobs sha256")
        _check_count(item["size"], "blobs size", MAX_BLOB_BYTES)
        if item["sha256"] <= previous:
            raise _field_error("blobs", msg("bundle.expect.blob_sorted"))
        previous = item["sha256"]


def count_lines(payload: bytes) -> int:
    """Lines in a JSON-lines payload, whether or not the last one ends with a newline."""
    if not payload:
        return 0
    return payload.count(b"\n") + (0 if payload.endswith(b"\n") else 1)


def check_payload(manifest: dict[str, Any], payload: bytes) -> None:
    """The payload is the one the manifest describes: its size, hash and line count."""
    if len(payload) != manifest["payload_size"]:
        raise BundleRejected(
            "bundle.payload_size", size=len(payload), expected=manifest["payload_size"]
        )
    if _sha256(payload) != manifest["payload_sha256"]:
        raise BundleRejected("bundle.payload_hash")
    lines = count_lines(payload)
    if lines != manifest["row_count"]:
        raise BundleRejected("bundle.payload_lines", lines=lines, expected=manifest["row_count"])


def _check_contents(manifest: dict[str, Any], payload: bytes, blobs: Mapping[str, bytes]) -> None:
    check_payload(manifest, payload)
    for name, content in blobs.items():
        if _sha256(content) != name:
            raise BundleRejected("bundle.blob_hash", name=f"{BLOB_PREFIX}{name[:12]}…")
    listed = {item["sha256"]: item["size"] for item in manifest["blobs"]}
    if set(listed) != set(blobs):
        absent = sorted(set(listed) - set(blobs))
        if absent:
            raise BundleRejected("bundle.blob_missing", name=f"{BLOB_PREFIX}{absent[0][:12]}…")
        extra = sorted(set(blobs) - set(listed))
        raise BundleRejected("bundle.blob_unlisted", name=f"{BLOB_PREFIX}{extra[0][:12]}…")
    for name, size in listed.items():
        if len(blobs[name]) != size:
            raise BundleRejected("bundle.blob_size", name=f"{BLOB_PREFIX}{name[:12]}…")


# --- writing ----------------------------------------------------------------------------


def single_volume_fields() -> dict[str, Any]:
    """The volume fields of a bundle that is a whole export on its own."""
    return {
        "export_id": secrets.token_hex(32),
        "volume": 1,
        "volumes": 1,
        "ranges": {},
        "for_country": None,
    }


def write_container(
    path: Path,
    manifest: dict[str, Any],
    payload: bytes,
    blobs: Mapping[str, bytes],
    private_key: Ed25519PrivateKey,
) -> OpenedBundle:
    """Sign and write a bundle atomically; the result is what :func:`open_container` returns.

    The caller's manifest is not modified; the filled one is in the result.
    Whatever this writes passes every check of the reading side.
    """
    full = {key: value for key, value in manifest.items() if key not in FILLED_FIELDS}
    for key, default in single_volume_fields().items():
        full.setdefault(key, default)
    full.update(
        format=FORMAT,
        format_version=FORMAT_VERSION,
        schema_version=SCHEMA_VERSION,
        payload_size=len(payload),
        payload_sha256=_sha256(payload),
        blobs=[{"sha256": name, "size": len(blobs[name])} for name in sorted(blobs)],
    )
    for name, content in blobs.items():
        if not _SHA256.fullmatch(name) or _sha256(content) != name:
            raise CisdeskError("bundle.write.blob_name", name=f"{name[:12]}…")
    try:
        validate_manifest(full)
        _check_contents(full, payload, blobs)
    except BundleRejected as exc:
        raise CisdeskError("bundle.write.invalid", reason=exc.message or str(exc)) from None
    public = keys.public_bytes(private_key.public_key())
    if keys.key_id(public) != full["key_id"]:
        raise CisdeskError("bundle.write.key_id")
    manifest_bytes = strictjson.dumps_canonical(full)
    if len(manifest_bytes) > MAX_MANIFEST_BYTES:
        raise CisdeskError("bundle.write.manifest_too_large")
    signature = private_key.sign(SIGNATURE_PREFIX + manifest_bytes)
    entries = _Entries(manifest_bytes, signature, payload, dict(blobs))
    raw = build_zip(entries)
    if len(raw) > MAX_BUNDLE_BYTES:
        raise CisdeskError("bundle.write.too_large", over=_over(len(raw), MAX_BUNDLE_BYTES))
    fsutil.atomic_write_bytes(Path(path), raw)
    return _opened(raw, full, entries, verified=True)


def _zip_entries(entries: _Entries) -> list[tuple[str, bytes]]:
    items = [
        (MANIFEST_ENTRY, entries.manifest),
        (SIGNATURE_ENTRY, entries.signature),
        (PAYLOAD_ENTRY, entries.payload),
    ]
    items.extend((BLOB_PREFIX + name, entries.blobs[name]) for name in sorted(entries.blobs))
    return items


def build_zip(entries: _Entries) -> bytes:
    """The zip bytes; an entry that would compress too well is stored instead.

    A file of mostly zeros is a legitimate evidence file but looks like a bomb
    when deflated, so such entries go in uncompressed (rarely, so rebuilding is cheap
    enough). Same inputs, same bytes: timestamps and attributes are fixed.
    """
    items = _zip_entries(entries)
    stored: set[str] = set()
    while True:
        raw, infos = _zip_once(items, stored)
        offenders = [
            info
            for info in infos
            if info.filename not in stored
            and _ratio_too_high(info.file_size * 2, info.compress_size)
        ]
        if not offenders:
            total = sum(info.file_size for info in infos)
            compressed = sum(info.compress_size for info in infos)
            if not _ratio_too_high(total * 2, compressed):
                return raw
            offenders = [
                max(
                    (info for info in infos if info.filename not in stored),
                    key=lambda info: info.file_size / max(info.compress_size, 1),
                )
            ]
        stored.update(info.filename for info in offenders)


def _zip_once(
    items: list[tuple[str, bytes]], stored: set[str]
) -> tuple[bytes, list[zipfile.ZipInfo]]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in items:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.create_system = 3
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            archive.writestr(info, content, compresslevel=6)
        infos = archive.infolist()
    return buffer.getvalue(), infos
