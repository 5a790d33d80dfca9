"""The bundle container: round trip, and a plain refusal for every way a file can be wrong."""

import builtins
import errno
import io
import os
import random
import stat
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from factories import (
    bundle_entries,
    caller_manifest,
    full_manifest,
    key_id_of,
    patch_entry,
    payload_bytes,
    rename_entry,
    resolver_for,
    sha256,
    sign,
    signed_bundle,
    signing_key,
    zip_bytes,
)

from cisdesk.errors import BundleRejected, CisdeskError
from cisdesk.sync import container, strictjson
from cisdesk.sync.bundle_file import open_bundle_file
from cisdesk.sync.container import (
    MANIFEST_ENTRY,
    PAYLOAD_ENTRY,
    SIGNATURE_ENTRY,
    inspect_container,
    open_container,
    read_bundle_file,
    write_container,
)

KEY = signing_key()
OTHER_KEY = signing_key()
TRUST = resolver_for(KEY)
BLOB = b"%PDF-1.4 evidence of a meeting\n" * 20
BLOB_NAME = sha256(BLOB)


def _open(data: bytes) -> container.OpenedBundle:
    """Open with the in-memory reader, and check the streaming reader agrees.

    Imports read volumes from disk with ``open_bundle_file``, which makes the same
    checks in the same order without holding the file; every hostile input here
    must be refused by both, and every sound one accepted with the same contents.
    """
    try:
        opened = open_container(data, TRUST)
    except BundleRejected:
        with pytest.raises(BundleRejected):
            _stream(data)
        raise
    streamed_manifest, streamed_payload, streamed_blobs = _stream(data)
    assert (streamed_manifest, streamed_payload, streamed_blobs) == (
        opened.manifest,
        opened.payload,
        opened.blobs,
    )
    return opened


def _stream(data: bytes) -> tuple[dict[str, Any], bytes, dict[str, bytes]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bundle.cisb"
        path.write_bytes(data)
        with open_bundle_file(path, TRUST) as bundle:
            return bundle.manifest, bundle.payload, dict(bundle.iter_blobs())


def _written(tmp_path: Path, **manifest: Any) -> tuple[Path, container.OpenedBundle]:
    payload = payload_bytes(5)
    target = tmp_path / "out.cisb"
    result = write_container(
        target,
        caller_manifest(KEY, row_count=5, **manifest),
        payload,
        {BLOB_NAME: BLOB},
        KEY,
    )
    return target, result


# --- round trip -------------------------------------------------------------------------


def test_round_trip(tmp_path: Path) -> None:
    target, written = _written(tmp_path)
    opened = _open(read_bundle_file(target))
    assert opened == written
    assert opened.verified
    assert opened.payload == payload_bytes(5)
    assert opened.blobs == {BLOB_NAME: BLOB}
    assert opened.bundle_id == sha256(opened.manifest_bytes)
    assert opened.file_sha256 == sha256(target.read_bytes())
    assert opened.signer_key_id == key_id_of(KEY)
    assert opened.manifest["blobs"] == [{"sha256": BLOB_NAME, "size": len(BLOB)}]
    assert opened.manifest["format"] == "cisdesk-bundle"
    assert opened.manifest["payload_size"] == len(payload_bytes(5))
    assert opened.seq == 1 and opened.origin_country == "GT"


def test_writing_leaves_the_callers_manifest_alone(tmp_path: Path) -> None:
    manifest = caller_manifest(KEY, row_count=0)
    before = dict(manifest)
    write_container(tmp_path / "b.cisb", manifest, b"", {}, KEY)
    assert manifest == before


def test_same_input_gives_the_same_file(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, _ = _written(tmp_path / "a")
    second, _ = _written(tmp_path / "b")
    assert first.read_bytes() == second.read_bytes()


def test_regional_bundle_with_keyring_and_acks(tmp_path: Path) -> None:
    keyring = {"document": "eyJhIjoxfQ==", "signature": "A" * 86 + "=="}
    _target, result = _written(
        tmp_path,
        direction="regional",
        origin_country="REG",
        keyring=keyring,
        acks={"5f0c2a8e-3b1d-4c6e-9a7f-0123456789ab": 99},
        full=True,
    )
    assert result.manifest["keyring"] == keyring


def test_inspect_reads_without_a_key(tmp_path: Path) -> None:
    target, written = _written(tmp_path)
    inspected = inspect_container(target.read_bytes())
    assert not inspected.verified
    assert inspected.manifest == written.manifest
    assert inspected.signer_key_id == key_id_of(KEY)


def test_inspect_still_refuses_a_tampered_payload() -> None:
    entries = bundle_entries(KEY)
    entries[PAYLOAD_ENTRY] = entries[PAYLOAD_ENTRY].replace(b"meeting", b"meetinG")
    with pytest.raises(BundleRejected, match="payload does not match"):
        inspect_container(zip_bytes(entries))


def test_opening_never_touches_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    data = signed_bundle(KEY, blobs={BLOB_NAME: BLOB})

    def forbidden(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("opening a bundle must not touch files")

    for target, name in [(builtins, "open"), (io, "open"), (os, "open"), (os, "mkdir")]:
        monkeypatch.setattr(target, name, forbidden)
    monkeypatch.setattr(zipfile.ZipFile, "extract", forbidden)
    monkeypatch.setattr(zipfile.ZipFile, "extractall", forbidden)
    assert open_container(data, TRUST).blobs == {BLOB_NAME: BLOB}


def test_a_big_file_of_zeros_is_stored_so_it_reads_back(tmp_path: Path) -> None:
    zeros = bytes(3 * 1024 * 1024)
    name = sha256(zeros)
    target = tmp_path / "zeros.cisb"
    write_container(target, caller_manifest(KEY, row_count=0), b"", {name: zeros}, KEY)
    assert _open(target.read_bytes()).blobs[name] == zeros


def test_many_small_compressible_files_still_read_back(tmp_path: Path) -> None:
    blobs = {sha256(bytes(900_000) + bytes([n])): bytes(900_000) + bytes([n]) for n in range(3)}
    target = tmp_path / "many.cisb"
    write_container(target, caller_manifest(KEY, row_count=0), b"", blobs, KEY)
    assert _open(target.read_bytes()).blobs == blobs


# --- writing refusals -------------------------------------------------------------------


def test_disk_full_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(*_args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", no_space)
    with pytest.raises(CisdeskError, match="space"):
        _written(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_failed_fsync_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(CisdeskError, match="nothing was written"):
        _written(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.cisb"
    target.write_bytes(b"old bundle")

    def no_space(*_args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", no_space)
    with pytest.raises(CisdeskError):
        _written(tmp_path)
    assert target.read_bytes() == b"old bundle"
    assert [p.name for p in tmp_path.iterdir()] == ["out.cisb"]


def test_writing_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CisdeskError, match="Cannot write"):
        write_container(
            tmp_path / "nowhere" / "b.cisb", caller_manifest(KEY, row_count=0), b"", {}, KEY
        )


def test_writer_refuses_an_incomplete_manifest(tmp_path: Path) -> None:
    manifest = caller_manifest(KEY, row_count=0)
    del manifest["seq"]
    with pytest.raises(CisdeskError, match="lacks the field 'seq'"):
        write_container(tmp_path / "b.cisb", manifest, b"", {}, KEY)
    assert list(tmp_path.iterdir()) == []


def test_writer_refuses_a_wrong_row_count(tmp_path: Path) -> None:
    with pytest.raises(CisdeskError, match="3 lines"):
        write_container(
            tmp_path / "b.cisb", caller_manifest(KEY, row_count=2), payload_bytes(), {}, KEY
        )


def test_writer_refuses_a_misnamed_blob(tmp_path: Path) -> None:
    with pytest.raises(CisdeskError, match="not named by its sha256"):
        write_container(
            tmp_path / "b.cisb", caller_manifest(KEY, row_count=0), b"", {"0" * 64: b"x"}, KEY
        )


def test_writer_refuses_another_key(tmp_path: Path) -> None:
    with pytest.raises(CisdeskError, match="key_id"):
        write_container(tmp_path / "b.cisb", caller_manifest(KEY, row_count=0), b"", {}, OTHER_KEY)


def test_writer_refuses_a_bundle_over_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(container, "MAX_BUNDLE_BYTES", 500)
    with pytest.raises(CisdeskError, match="over the 500 bytes limit"):
        _written(tmp_path)
    assert list(tmp_path.iterdir()) == []


# --- flipped bytes ----------------------------------------------------------------------


def _flip(data: bytes, offset: int) -> bytes:
    changed = bytearray(data)
    changed[offset % len(changed)] ^= 0x01
    return bytes(changed)


ENTRY_OFFSETS = [0, 1, 7, 40, 100, -30, -2, -1]


@pytest.mark.parametrize("offset", ENTRY_OFFSETS)
@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        (MANIFEST_ENTRY, "manifest|signature"),
        (PAYLOAD_ENTRY, "payload"),
        (SIGNATURE_ENTRY, "signature"),
        (f"blobs/{BLOB_NAME}", "evidence file"),
    ],
)
def test_a_flipped_byte_in_any_entry_is_refused(entry: str, reason: str, offset: int) -> None:
    entries = bundle_entries(KEY, blobs={BLOB_NAME: BLOB})
    entries[entry] = _flip(entries[entry], offset)
    with pytest.raises(BundleRejected, match=reason):
        _open(zip_bytes(entries))


@pytest.mark.parametrize("fraction", [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95])
def test_a_flipped_byte_in_the_stored_zip_is_refused(fraction: float) -> None:
    """In a stored zip the entry bytes lie in the file as is: flips hit content or CRC."""
    data = signed_bundle(KEY, blobs={BLOB_NAME: BLOB})
    start = data.index(b"PK\x03\x04") + 30 + len(MANIFEST_ENTRY)
    end = data.index(b"PK\x01\x02")
    offset = start + int((end - start) * fraction)
    with pytest.raises(BundleRejected):
        _open(_flip(data, offset))


def test_no_flip_anywhere_in_the_file_is_accepted_with_other_content(tmp_path: Path) -> None:
    target, written = _written(tmp_path)
    data = target.read_bytes()
    for offset in range(len(data)):
        try:
            opened = _open(_flip(data, offset))
        except BundleRejected:
            continue
        # Only bytes outside the signed content (timestamps, attributes) may change.
        assert opened.manifest_bytes == written.manifest_bytes, offset
        assert opened.payload == written.payload, offset
        assert opened.blobs == written.blobs, offset


@pytest.mark.parametrize("compression", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_random_damage_is_refused_plainly(compression: int) -> None:
    """Overwritten, cut and inserted bytes: a BundleRejected, never another exception."""
    data = zip_bytes(bundle_entries(KEY, blobs={BLOB_NAME: BLOB}), compression=compression)
    original = _open(data)
    rng = random.Random(compression)
    for _ in range(3000):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(len(damaged))
            action = rng.random()
            if action < 0.6:
                damaged[at] = rng.randrange(256)
            elif action < 0.8:
                del damaged[at : at + rng.randint(1, 20)]
            else:
                damaged[at:at] = rng.randbytes(rng.randint(1, 8))
        try:
            opened = _open(bytes(damaged))
        except BundleRejected:
            continue
        assert opened.manifest_bytes == original.manifest_bytes
        assert opened.payload == original.payload
        assert opened.blobs == original.blobs


# --- the signature ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signature", "reason"),
    [
        (b"", "0 bytes long"),
        (b"\x01", "1 bytes long"),
        (b"\x01" * 32, "32 bytes long"),
        (b"\x01" * 63, "63 bytes long"),
        (bytes(64), "does not match the key"),
        (b"\x01" * 65, "65 bytes long"),
    ],
)
def test_bad_signatures_are_refused(signature: bytes, reason: str) -> None:
    entries = bundle_entries(KEY)
    entries[SIGNATURE_ENTRY] = signature
    with pytest.raises(BundleRejected, match=reason):
        _open(zip_bytes(entries))


def test_a_valid_signature_with_one_extra_byte_is_refused() -> None:
    entries = bundle_entries(KEY)
    entries[SIGNATURE_ENTRY] += b"\x00"
    with pytest.raises(BundleRejected, match="65 bytes long"):
        _open(zip_bytes(entries))


def test_signature_by_another_key_is_refused() -> None:
    entries = bundle_entries(KEY)
    entries[SIGNATURE_ENTRY] = sign(OTHER_KEY, entries[MANIFEST_ENTRY])
    with pytest.raises(BundleRejected, match=r"signature does not match the key .* of Guatemala"):
        _open(zip_bytes(entries))


def test_signature_without_the_type_prefix_is_refused() -> None:
    entries = bundle_entries(KEY)
    entries[SIGNATURE_ENTRY] = KEY.sign(entries[MANIFEST_ENTRY])
    with pytest.raises(BundleRejected, match="signature does not match"):
        _open(zip_bytes(entries))


def test_the_key_resolver_can_refuse() -> None:
    def refuse(manifest: dict[str, Any]) -> Any:
        raise BundleRejected(f"The key {manifest['key_id']} is not enrolled for Guatemala.")

    with pytest.raises(BundleRejected, match="not enrolled for Guatemala"):
        open_container(signed_bundle(KEY), refuse)


def test_the_key_resolver_sees_the_manifest() -> None:
    seen: list[dict[str, Any]] = []

    def record(manifest: dict[str, Any]) -> Any:
        seen.append(manifest)
        return KEY.public_key()

    open_container(signed_bundle(KEY), record)
    assert seen[0]["origin_country"] == "GT"


def test_a_resolver_returning_another_key_is_refused() -> None:
    with pytest.raises(BundleRejected, match="not the key expected"):
        open_container(signed_bundle(KEY), resolver_for(OTHER_KEY))


def test_manifest_naming_another_key_is_refused() -> None:
    payload = payload_bytes()
    manifest = full_manifest(KEY, payload, key_id=key_id_of(OTHER_KEY))
    data = signed_bundle(KEY, manifest=manifest, payload=payload)
    with pytest.raises(BundleRejected, match="not the key expected"):
        _open(data)


# --- zip structure ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../payload.jsonl", "climbs out"),
        ("blobs/../../etc/passwd", "climbs out"),
        ("/manifest.json", "absolute path"),
        ("blobs\\" + "a" * 64, "backslash"),
        ("..\\payload.jsonl", "backslash"),
        ("C:payload.jsonl", "drive letter"),
        ("c:/x", "drive letter"),
        ("blobs/", "is a folder"),
        ("notes.txt", "unexpected entry"),
        ("blobs/" + "A" * 64, "unexpected entry"),
        ("blobs/" + "a" * 63, "unexpected entry"),
        ("blobs/" + "a" * 64 + "/x", "unexpected entry"),
        ("Manifest.json", "unexpected entry"),
    ],
)
def test_unsafe_or_unexpected_entry_names_are_refused(name: str, reason: str) -> None:
    entries = bundle_entries(KEY)
    entries[name] = b"x"
    with pytest.raises(BundleRejected, match=reason):
        _open(zip_bytes(entries))


def test_an_entry_name_hiding_a_nul_is_refused() -> None:
    entries = bundle_entries(KEY)
    entries["payload.jsonl#x"] = b"x"
    data = rename_entry(zip_bytes(entries), "payload.jsonl#x", b"payload.jsonl\x00x")
    with pytest.raises(BundleRejected, match="NUL"):
        _open(data)


def test_duplicate_entry_names_are_refused() -> None:
    entries = list(bundle_entries(KEY).items())
    entries.append((PAYLOAD_ENTRY, b"other payload\n"))
    with pytest.warns(UserWarning, match="Duplicate name"):
        data = zip_bytes(entries)
    with pytest.raises(BundleRejected, match=r"'payload.jsonl' twice"):
        _open(data)


@pytest.mark.parametrize("missing", [MANIFEST_ENTRY, SIGNATURE_ENTRY, PAYLOAD_ENTRY])
def test_a_missing_entry_is_refused(missing: str) -> None:
    entries = bundle_entries(KEY)
    del entries[missing]
    with pytest.raises(BundleRejected, match=f"lacks its {missing}"):
        _open(zip_bytes(entries))


def test_a_symlink_entry_is_refused() -> None:
    entries = bundle_entries(KEY)
    info = zipfile.ZipInfo(f"blobs/{BLOB_NAME}")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    items: list[tuple[Any, bytes]] = list(entries.items())
    items.append((info, b"/etc/passwd"))
    with pytest.raises(BundleRejected, match="symbolic link"):
        _open(zip_bytes(items))


def test_a_directory_entry_by_attribute_is_refused() -> None:
    entries = bundle_entries(KEY)
    info = zipfile.ZipInfo(f"blobs/{BLOB_NAME}")
    info.external_attr = 0x10  # MS-DOS directory attribute
    items: list[tuple[Any, bytes]] = list(entries.items())
    items.append((info, b""))
    with pytest.raises(BundleRejected, match="is a folder"):
        _open(zip_bytes(items))


@pytest.mark.parametrize("flags", [0x1, 0x41])
def test_an_encrypted_entry_is_refused(flags: int) -> None:
    data = patch_entry(signed_bundle(KEY), PAYLOAD_ENTRY, flags=flags)
    with pytest.raises(BundleRejected, match=r"'payload.jsonl' is encrypted"):
        _open(data)


def test_an_unsupported_compression_method_is_refused() -> None:
    data = zip_bytes(bundle_entries(KEY), compression=zipfile.ZIP_BZIP2)
    with pytest.raises(BundleRejected, match="unsupported compression"):
        _open(data)


def test_deflated_bundles_are_read() -> None:
    data = zip_bytes(bundle_entries(KEY, blobs={BLOB_NAME: BLOB}), compression=zipfile.ZIP_DEFLATED)
    assert _open(data).blobs == {BLOB_NAME: BLOB}


def test_a_compression_bomb_is_refused_by_its_declared_sizes() -> None:
    zeros = bytes(50 * 1024 * 1024)
    entries = bundle_entries(KEY, payload=zeros)
    data = zip_bytes(entries, compression=zipfile.ZIP_DEFLATED)
    assert len(data) < 200_000
    with pytest.raises(BundleRejected, match="compression bomb"):
        _open(data)


def test_many_small_bombs_are_refused_by_the_total_ratio() -> None:
    blobs = {sha256(bytes(900_000) + bytes([n])): bytes(900_000) + bytes([n]) for n in range(4)}
    data = zip_bytes(bundle_entries(KEY, blobs=blobs), compression=zipfile.ZIP_DEFLATED)
    with pytest.raises(BundleRejected, match="bundle expands more than 200 times"):
        _open(data)


def test_an_entry_larger_than_declared_is_refused() -> None:
    """A lying size header: decompression stops at the declared size instead of trusting it."""
    entries = bundle_entries(KEY, payload=payload_bytes(200))
    data = zip_bytes(entries, compression=zipfile.ZIP_DEFLATED)
    lying = patch_entry(data, PAYLOAD_ENTRY, size=100)
    with pytest.raises(BundleRejected, match=r"payload.jsonl"):
        _open(lying)


def test_an_entry_over_its_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(container, "MAX_BLOB_BYTES", 100)
    with pytest.raises(BundleRejected, match="over the 100 bytes limit"):
        _open(signed_bundle(KEY, blobs={BLOB_NAME: BLOB}))


def test_too_many_entries_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(container, "MAX_ENTRIES", 1)
    blobs = {sha256(bytes([n])): bytes([n]) for n in range(2)}
    with pytest.raises(BundleRejected, match="more than the 1 evidence files"):
        _open(signed_bundle(KEY, blobs=blobs))


@pytest.mark.parametrize(
    "data",
    [b"not a zip at all", b"PK\x03\x04" + b"\x00" * 40, b"%PDF-1.4\n" + bytes(100)],
)
def test_not_a_zip_is_refused(data: bytes) -> None:
    with pytest.raises(BundleRejected, match="not a cisdesk bundle"):
        _open(data)


def test_data_before_the_zip_is_refused() -> None:
    with pytest.raises(BundleRejected, match="not a zip archive"):
        _open(b"MZ" + signed_bundle(KEY))


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.99])
def test_a_truncated_file_is_refused(keep: float) -> None:
    data = signed_bundle(KEY, blobs={BLOB_NAME: BLOB})
    with pytest.raises(BundleRejected):
        _open(data[: int(len(data) * keep)])


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(BundleRejected, match="empty"):
        _open(b"")


def test_a_file_over_the_size_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    data = signed_bundle(KEY)
    monkeypatch.setattr(container, "MAX_BUNDLE_BYTES", len(data) - 1)
    with pytest.raises(BundleRejected, match=r"over the .* limit"):
        _open(data)


# --- the manifest -----------------------------------------------------------------------


def _with_manifest(manifest: dict[str, Any] | bytes, payload: bytes | None = None) -> bytes:
    payload = payload_bytes() if payload is None else payload
    if isinstance(manifest, bytes):
        return signed_bundle(KEY, manifest_bytes=manifest, payload=payload)
    return signed_bundle(KEY, manifest=manifest, payload=payload)


def _manifest(**overrides: Any) -> dict[str, Any]:
    manifest = full_manifest(KEY, payload_bytes())
    manifest.update(overrides)
    return manifest


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("format_version", 3, "newer cisdesk .*bundle format version 3"),
        ("format_version", 1, "unknown bundle format version"),  # before volumes
        ("format_version", 0, "unknown bundle format version"),
        ("format_version", "1", "format_version is missing or not a number"),
        ("schema_version", 7, "newer cisdesk .*record schema version 7"),
        ("schema_version", -1, "unknown record schema version"),
        ("format", "zip", "not a cisdesk bundle"),
    ],
)
def test_unknown_format_or_versions_are_refused(field: str, value: Any, reason: str) -> None:
    with pytest.raises(BundleRejected, match=reason):
        _open(_with_manifest(_manifest(**{field: value})))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("seq", "1"),
        ("seq", 0),
        ("seq", True),
        ("key_id", "ABC"),
        ("key_id", 5),
        ("direction", "sideways"),
        ("direction", None),
        ("origin_country", "XX"),
        ("origin_country", "REG"),
        ("origin_site", "not-a-uuid"),
        ("origin_site", "5F0C2A8E-3B1D-4C6E-9A7F-0123456789AB"),
        ("deployment_id", 5),
        ("site_name", ""),
        ("site_name", ["x"]),
        ("prev_bundle_id", "abc"),
        ("prev_bundle_id", 1),
        ("created_at", "yesterday"),
        ("created_at", 20240501),
        ("highest_hlc", -1),
        ("highest_hlc", "5"),
        ("row_count", None),
        ("full", "yes"),
        ("full", 1),
        ("acks", []),
        ("acks", {"site": 1}),
        ("acks", {"5f0c2a8e-3b1d-4c6e-9a7f-0123456789ab": -1}),
        ("keyring", "signed"),
        ("keyring", {"document": "eyJhIjoxfQ==", "signature": "AAAA"}),
        ("payload_size", "54"),
        ("payload_sha256", "0" * 63),
        ("blobs", {}),
        ("blobs", [{"sha256": "a" * 64}]),
        ("blobs", [{"sha256": "a" * 64, "size": 1, "name": "x"}]),
    ],
)
def test_wrong_field_types_are_refused(field: str, value: Any) -> None:
    manifest = _manifest(**{field: value})
    if field == "keyring":
        manifest.update(direction="regional", origin_country="REG")
    with pytest.raises(BundleRejected, match="manifest"):
        _open(_with_manifest(manifest))


def test_a_keyring_in_a_country_bundle_is_refused() -> None:
    keyring = {"document": "eyJhIjoxfQ==", "signature": "A" * 86 + "=="}
    with pytest.raises(BundleRejected, match="country bundle cannot carry a keyring"):
        _open(_with_manifest(_manifest(keyring=keyring)))


def test_a_direction_that_does_not_fit_the_origin_is_refused() -> None:
    with pytest.raises(BundleRejected, match="direction does not match"):
        _open(_with_manifest(_manifest(direction="regional")))


def test_unsorted_blob_list_is_refused() -> None:
    blobs = {sha256(b"a"): b"a", sha256(b"b"): b"b"}
    manifest = full_manifest(KEY, payload_bytes(), blobs)
    manifest["blobs"].reverse()
    data = signed_bundle(KEY, manifest=manifest, blobs=blobs)
    with pytest.raises(BundleRejected, match="sorted by sha256"):
        _open(data)


@pytest.mark.parametrize("field", sorted(container.MANIFEST_FIELDS - {"format"}))
def test_a_missing_field_is_refused(field: str) -> None:
    manifest = _manifest()
    del manifest[field]
    with pytest.raises(BundleRejected, match=f"{field}"):
        _open(_with_manifest(manifest))


def test_an_unknown_field_is_refused() -> None:
    with pytest.raises(BundleRejected, match="unknown field 'comment'"):
        _open(_with_manifest(_manifest(comment="hello")))


def test_a_manifest_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(BundleRejected, match="must be a JSON object"):
        _open(_with_manifest(b"[1, 2, 3]"))


def test_a_manifest_with_a_repeated_key_is_refused() -> None:
    text = strictjson.dumps_canonical(_manifest())
    with pytest.raises(BundleRejected, match="repeats the key 'seq'"):
        _open(_with_manifest(text[:-1] + b',"seq":2}'))


def test_a_non_canonical_manifest_is_refused() -> None:
    import json

    pretty = json.dumps(_manifest(), indent=2, sort_keys=True).encode()
    with pytest.raises(BundleRejected, match="canonical"):
        _open(_with_manifest(pretty))


# --- payload and blobs ------------------------------------------------------------------


def test_payload_size_mismatch_is_refused() -> None:
    with pytest.raises(BundleRejected, match=r"payload is .* bytes, but its manifest says"):
        _open(_with_manifest(_manifest(payload_size=3)))


def test_payload_hash_mismatch_is_refused() -> None:
    with pytest.raises(BundleRejected, match="payload does not match the hash"):
        _open(_with_manifest(_manifest(payload_sha256="0" * 64)))


def test_row_count_mismatch_is_refused() -> None:
    with pytest.raises(BundleRejected, match="payload has 3 lines, but its manifest says 4"):
        _open(_with_manifest(_manifest(row_count=4)))


def test_blob_content_not_matching_its_name_is_refused() -> None:
    fake = {BLOB_NAME: b"something else"}
    manifest = full_manifest(KEY, payload_bytes(), fake)
    data = signed_bundle(KEY, manifest=manifest, blobs=fake)
    with pytest.raises(BundleRejected, match="does not match its name"):
        _open(data)


def test_blob_listed_but_absent_is_refused() -> None:
    manifest = full_manifest(KEY, payload_bytes(), {BLOB_NAME: BLOB})
    data = signed_bundle(KEY, manifest=manifest)
    with pytest.raises(BundleRejected, match="lacks the evidence file"):
        _open(data)


def test_blob_present_but_not_listed_is_refused() -> None:
    entries = bundle_entries(KEY)
    entries[f"blobs/{BLOB_NAME}"] = BLOB
    with pytest.raises(BundleRejected, match="does not list"):
        _open(zip_bytes(entries))


def test_blob_size_not_matching_the_manifest_is_refused() -> None:
    blobs = {BLOB_NAME: BLOB}
    manifest = full_manifest(KEY, payload_bytes(), blobs)
    manifest["blobs"][0]["size"] += 1
    data = signed_bundle(KEY, manifest=manifest, blobs=blobs)
    with pytest.raises(BundleRejected, match="another size"):
        _open(data)


# --- reading the file -------------------------------------------------------------------


def test_read_bundle_file_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BundleRejected, match="There is no file"):
        read_bundle_file(tmp_path / "missing.cisb")


def test_read_bundle_file_refuses_an_empty_file(tmp_path: Path) -> None:
    target = tmp_path / "empty.cisb"
    target.write_bytes(b"")
    with pytest.raises(BundleRejected, match="is empty"):
        read_bundle_file(target)


def test_read_bundle_file_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises(BundleRejected, match="is a folder"):
        read_bundle_file(tmp_path)


def test_read_bundle_file_refuses_a_file_over_the_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "big.cisb"
    target.write_bytes(b"x" * 1000)
    monkeypatch.setattr(container, "MAX_BUNDLE_BYTES", 999)
    with pytest.raises(BundleRejected, match="larger than the 999 bytes limit"):
        read_bundle_file(target)


def test_count_lines() -> None:
    assert container.count_lines(b"") == 0
    assert container.count_lines(b"{}\n") == 1
    assert container.count_lines(b"{}\n{}") == 2
    assert container.count_lines(b"{}\n{}\n") == 2
