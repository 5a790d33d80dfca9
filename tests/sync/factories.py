"""Helpers for sync tests: keys, manifests, and bundles built by hand in memory.

``bundle_entries`` gives the entries of a correctly signed bundle; tests alter one
of them (or the zip around them) to check that the reader refuses the result.
"""

import hashlib
import io
import struct
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from cisdesk.db.record import Record
from cisdesk.sync import container, keyring, keys, strictjson
from cisdesk.sync.keys import PublicKeyFile

SITE_ID = "5f0c2a8e-3b1d-4c6e-9a7f-0123456789ab"
DEPLOYMENT_ID = "0d4c3b2a-1908-4f7e-8d6c-5b4a39281706"


def signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def key_id_of(key: Ed25519PrivateKey) -> str:
    return keys.key_id(keys.public_bytes(key.public_key()))


def resolver_for(key: Ed25519PrivateKey) -> Callable[[dict[str, Any]], Ed25519PublicKey]:
    """A resolve_key callback that trusts exactly ``key``."""
    return lambda _manifest: key.public_key()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def payload_bytes(lines: int = 3) -> bytes:
    return b"".join(
        strictjson.dumps_canonical({"tbl": "meeting", "row": str(uuid.UUID(int=n)), "n": n}) + b"\n"
        for n in range(lines)
    )


def caller_manifest(key: Ed25519PrivateKey, **overrides: Any) -> dict[str, Any]:
    """The fields a caller of write_container provides (a Guatemalan country bundle)."""
    manifest: dict[str, Any] = {
        "deployment_id": DEPLOYMENT_ID,
        "direction": "country",
        "origin_country": "GT",
        "origin_site": SITE_ID,
        "site_name": "Ministerio de Desarrollo Social",
        "key_id": key_id_of(key),
        "seq": 1,
        "prev_bundle_id": None,
        "created_at": "2024-05-01T10:00:00+00:00",
        "highest_hlc": 123456,
        "row_count": 3,
        "full": False,
        "acks": {},
        "keyring": None,
        "export_id": "e" * 64,
        "volume": 1,
        "volumes": 1,
        "ranges": {},
        "for_country": None,
    }
    manifest.update(overrides)
    return manifest


def full_manifest(
    key: Ed25519PrivateKey,
    payload: bytes,
    blobs: dict[str, bytes] | None = None,
    **overrides: Any,
) -> dict[str, Any]:
    """A complete manifest (what write_container would fill in), then ``overrides``."""
    blobs = blobs or {}
    manifest = caller_manifest(key, row_count=container.count_lines(payload))
    manifest.update(
        format=container.FORMAT,
        format_version=container.FORMAT_VERSION,
        schema_version=container.SCHEMA_VERSION,
        payload_size=len(payload),
        payload_sha256=sha256(payload),
        blobs=[{"sha256": name, "size": len(blobs[name])} for name in sorted(blobs)],
    )
    manifest.update(overrides)
    return manifest


def sign(key: Ed25519PrivateKey, manifest_bytes: bytes) -> bytes:
    return key.sign(container.SIGNATURE_PREFIX + manifest_bytes)


def bundle_entries(
    key: Ed25519PrivateKey,
    *,
    payload: bytes | None = None,
    blobs: dict[str, bytes] | None = None,
    manifest: dict[str, Any] | None = None,
    manifest_bytes: bytes | None = None,
) -> dict[str, bytes]:
    """Entry name → content of a bundle whose manifest ``key`` signed."""
    payload = payload_bytes() if payload is None else payload
    blobs = blobs or {}
    if manifest_bytes is None:
        manifest = manifest or full_manifest(key, payload, blobs)
        manifest_bytes = strictjson.dumps_canonical(manifest)
    entries = {
        container.MANIFEST_ENTRY: manifest_bytes,
        container.SIGNATURE_ENTRY: sign(key, manifest_bytes),
        container.PAYLOAD_ENTRY: payload,
    }
    entries.update({container.BLOB_PREFIX + name: data for name, data in blobs.items()})
    return entries


def zip_bytes(
    entries: dict[str, bytes] | Iterable[tuple[str | zipfile.ZipInfo, bytes]],
    *,
    compression: int = zipfile.ZIP_STORED,
) -> bytes:
    """A zip of ``entries`` exactly as given (repeats, odd names and all)."""
    items = entries.items() if isinstance(entries, dict) else entries
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in items:
            archive.writestr(name, data)
    return buffer.getvalue()


def signed_bundle(key: Ed25519PrivateKey, **kwargs: Any) -> bytes:
    return zip_bytes(bundle_entries(key, **kwargs))


def _central_records(raw: bytes) -> Iterable[int]:
    start = 0
    while (found := raw.find(b"PK\x01\x02", start)) >= 0:
        yield found
        start = found + 4


def patch_entry(
    raw: bytes, name: str, *, flags: int | None = None, size: int | None = None
) -> bytes:
    """Rewrite an entry's general-purpose flags or declared size in both zip headers."""
    data = bytearray(raw)
    encoded = name.encode()
    for offset in _central_records(raw):
        name_length = struct.unpack_from("<H", data, offset + 28)[0]
        if bytes(data[offset + 46 : offset + 46 + name_length]) != encoded:
            continue
        local = struct.unpack_from("<I", data, offset + 42)[0]
        if flags is not None:
            struct.pack_into("<H", data, offset + 8, flags)
            struct.pack_into("<H", data, local + 6, flags)
        if size is not None:
            struct.pack_into("<I", data, offset + 24, size)
            struct.pack_into("<I", data, local + 22, size)
        return bytes(data)
    raise KeyError(name)


def rename_entry(raw: bytes, old: str, new: bytes) -> bytes:
    """Replace an entry name by raw bytes of the same length (e.g. to hide a NUL)."""
    encoded = old.encode()
    assert len(encoded) == len(new)
    return raw.replace(encoded, new)


# --- installs that know each other --------------------------------------------------------------


def key_file_of(record: Record) -> PublicKeyFile:
    """The public key file ``keys export`` would write for ``record``, parsed back."""
    with record.reader() as session:
        return keys.read_public_key_file(keys.export_public_key(session))


def connect(sisca: Record, *countries: Record) -> None:
    """Each country install trusts SISCA's root key and SISCA enrols each country's key."""
    root_file = key_file_of(sisca)
    for country in countries:
        with country.local_edit() as session:
            keyring.trust_root(session, root_file)
        country.refresh_install()
        country_file = key_file_of(country)
        with sisca.local_edit() as session:
            keyring.enroll(session, country_file, country_file.country)


def sign_keyring(sisca: Record, passphrase: str | None = None) -> tuple[bytes, bytes]:
    """SISCA's current signed keyring (a new version when entries changed), committed."""
    with sisca.local_edit() as session:
        root = keys.load_signing_key(session, passphrase)
        signed = keyring.signed_keyring(session, root)
    return signed


# --- sync round trips: export, import, forged bundles, digests ---------------------------------


def digest_of(record: Record) -> str:
    """The digest ``cisdesk digest`` prints: the replicated rows only."""
    from cisdesk.db.digest import record_digest

    with record.engine.connect() as conn:
        return record_digest(conn)


def database_state(record: Record, *, skip: Iterable[str] = ("import_log",)) -> str:
    """sha256 over every table, local ones included, except ``skip``: for "nothing changed"."""
    from sqlalchemy import inspect, text

    skipped = set(skip) | {"alembic_version"}
    digest = hashlib.sha256()
    with record.engine.connect() as conn:
        for name in sorted(inspect(conn).get_table_names()):
            if name in skipped:
                continue
            rows = sorted(repr(tuple(r)) for r in conn.execute(text(f'SELECT * FROM "{name}"')))
            digest.update(f"#{name}:{len(rows)}\n".encode())
            for row in rows:
                digest.update(row.encode() + b"\n")
    return digest.hexdigest()


def copy_install(source: Record, target: Any) -> Record:
    """Another install holding the same database (same site, keys and keyring)."""
    from pathlib import Path

    from cisdesk.db.backup import copy_database
    from cisdesk.db.record import open_record

    assert source.path is not None
    copy_database(source.path, Path(target))
    return open_record(str(target))


def meeting_lines(
    record: Record,
    title: str = "Reunión",
    *,
    owner: str | None = None,
    site: str | None = None,
) -> list[dict[str, Any]]:
    """A complete new meeting row as ``record`` would write it (``owner``/``site`` may lie)."""
    from cisdesk.db import clock

    row, hlc = str(uuid.uuid4()), clock.from_wall(clock.wall_ms())
    owner = owner or record.install.owner
    site = site or record.install.site_id
    return [
        change_line("meeting", row, owner, "owner", owner, hlc, site),
        change_line("meeting", row, owner, "deleted", False, hlc, site),
        change_line("meeting", row, owner, "title", title, hlc, site),
    ]


def change_line(
    table: str,
    row_id: str,
    owner: str,
    field: str,
    value: Any,
    hlc: int,
    site: str,
    prev: list[Any] | None = None,
) -> dict[str, Any]:
    """One payload line as a dict (see cisdesk.sync.payload)."""
    return {
        "t": table,
        "r": row_id,
        "o": owner,
        "f": field,
        "v": value,
        "h": hlc,
        "s": site,
        "p": prev,
    }


def forge_bundle(
    record: Record,
    path: Any,
    lines: list[dict[str, Any]] | None = None,
    *,
    payload: bytes | None = None,
    blobs: dict[str, bytes] | None = None,
    key: Ed25519PrivateKey | None = None,
    passphrase: str | None = None,
    **fields: Any,
) -> Any:
    """A bundle signed by ``record``'s key (or ``key``) carrying exactly the given lines.

    ``passphrase`` unlocks ``record``'s key when it is encrypted.

    The manifest describes ``record`` as export would; ``fields`` override any of
    its fields afterwards (so they may contradict the payload on purpose).
    """
    import datetime as dt
    from pathlib import Path

    with record.reader() as session:
        install = keys.this_install(session)
        signer = key or keys.load_signing_key(session, passphrase)
    lines = lines or []
    if payload is None:
        payload = b"".join(strictjson.dumps_canonical(line) + b"\n" for line in lines)
    blobs = blobs or {}
    manifest = full_manifest(
        signer,
        payload,
        blobs,
        deployment_id=install.deployment_id,
        direction="regional" if install.is_regional else "country",
        origin_country=install.owner,
        origin_site=install.site_id,
        site_name=install.site_name,
        seq=1,
        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        highest_hlc=max((line["h"] for line in lines), default=0),
    )
    manifest.update(fields)
    target = Path(path)
    target.write_bytes(
        zip_bytes(bundle_entries(signer, payload=payload, blobs=blobs, manifest=manifest))
    )
    return target


def replace_entry(source: Any, target: Any, name: str, content: bytes) -> Any:
    """A copy of the bundle file ``source`` with the entry ``name`` replaced by ``content``."""
    from pathlib import Path

    with zipfile.ZipFile(Path(source)) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    entries[name] = content
    Path(target).write_bytes(zip_bytes(entries))
    return Path(target)


#: Backends every sync test that takes a ``Storage`` runs on.
BACKENDS = ("sqlite", "postgresql")
#: The root key's passphrase of a SISCA install on a server.
SERVER_PASSPHRASE = "clave de la raíz"


class Storage:
    """Where a test's installs live: SQLite files, or databases on the test PostgreSQL server.

    A regional install on a server keeps its root key encrypted, so there it gets
    :data:`SERVER_PASSPHRASE`, which exports and keyring signatures then need.
    """

    def __init__(self, backend: str = "sqlite", server: Any = None) -> None:
        if backend not in BACKENDS or (backend == "postgresql") != (server is not None):
            raise ValueError(f"no storage for backend {backend!r} with server {server!r}")
        self.backend = backend
        self.server = server  # a pg_server.PgServer on "postgresql"

    @classmethod
    def for_backend(cls, backend: str, request: Any) -> "Storage":
        """The storage of a ``backend`` fixture value; starts the test server when needed."""
        if backend == "postgresql":
            return cls(backend, request.getfixturevalue("pg_server"))
        return cls(backend)

    @property
    def on_server(self) -> bool:
        return self.server is not None

    def passphrase(self, regional: bool) -> str | None:
        return SERVER_PASSPHRASE if regional and self.on_server else None

    def create(
        self, folder: Any, name: str, *, country: str | None = None, site_name: str | None = None
    ) -> Record:
        from pathlib import Path

        from cisdesk.sync.provision import create_install

        target = self.server.new_database() if self.on_server else str(Path(folder) / f"{name}.db")
        return create_install(
            target,
            country=country,
            regional=country is None,
            site_name=site_name,
            passphrase=self.passphrase(country is None),
        )

    def copy(self, source: str, folder: Any, name: str) -> str:
        """A copy of the database at ``source``, which nothing may hold open."""
        import shutil
        from pathlib import Path

        if self.on_server:
            return str(self.server.clone_database(source))
        target = Path(folder) / f"{name}.db"
        shutil.copyfile(source, target)
        return str(target)

    def copy_open(self, record: Record, folder: Any, name: str) -> str:
        """A copy of an open record's database; the record stays usable."""
        from pathlib import Path

        from cisdesk.db.backup import copy_database

        if self.on_server:
            record.engine.dispose()  # a template database must have no connections
            return str(self.server.clone_database(record.target))
        target = Path(folder) / f"{name}.db"
        assert record.path is not None
        copy_database(record.path, target)
        return str(target)

    def discard(self, target: str) -> None:
        """Drop a server database (files go with their temporary folder)."""
        if self.on_server:
            self.server.drop_database(target)


class WorldTemplates(dict[str, str]):
    """Install name → database of a built world, and the storage they are in."""

    def __init__(self, targets: dict[str, str], storage: Storage) -> None:
        super().__init__(targets)
        self.storage = storage


class _Records(Mapping[str, Record]):
    """A world's installs, each copied from its template and opened when first used."""

    def __init__(self, world: "World") -> None:
        self._world = world

    def __getitem__(self, name: str) -> Record:
        return self._world.record(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self._world.NAMES)

    def __len__(self) -> int:
        return len(self._world.NAMES)


class World:
    """SISCA and three country installs that know each other (two laptops of Guatemala).

    Built once per test module with :meth:`build` and copied per test with
    :meth:`open`, since making an install costs far more than copying one. On the
    PostgreSQL backend every install is a database on the test server.
    """

    NAMES = ("sisca", "gt", "gt2", "hn")

    def __init__(self, folder: Any, templates: WorldTemplates) -> None:
        self.folder = folder
        self.templates = templates
        self.storage = templates.storage
        self.records = _Records(self)
        self._opened: dict[str, Record] = {}
        self._extra: list[Record] = []
        self._made: list[str] = []

    @classmethod
    def build(cls, folder: Any, storage: Storage | None = None) -> WorldTemplates:
        storage = storage or Storage()
        made = {
            "sisca": storage.create(folder, "sisca"),
            "gt": storage.create(folder, "gt", country="GT", site_name="Guatemala A"),
            "gt2": storage.create(folder, "gt2", country="GT", site_name="Guatemala B"),
            "hn": storage.create(folder, "hn", country="HN"),
        }
        connect(made["sisca"], made["gt"], made["gt2"], made["hn"])
        for record in made.values():
            record.close()
        return WorldTemplates({name: made[name].target for name in cls.NAMES}, storage)

    @classmethod
    def open(cls, templates: WorldTemplates, folder: Any) -> "World":
        return cls(folder, templates)

    def record(self, name: str) -> Record:
        if name not in self._opened:
            self._opened[name] = self._open(
                self.storage.copy(self.templates[name], self.folder, name)
            )
        return self._opened[name]

    @property
    def sisca(self) -> Record:
        return self.record("sisca")

    @property
    def gt(self) -> Record:
        return self.record("gt")

    @property
    def gt2(self) -> Record:
        return self.record("gt2")

    @property
    def hn(self) -> Record:
        return self.record("hn")

    def _open(self, target: str) -> Record:
        from cisdesk.db.record import open_record

        self._made.append(target)
        return open_record(target)

    def _keep(self, record: Record) -> Record:
        self._extra.append(record)
        return record

    def from_template(self, name: str, as_name: str) -> Record:
        """Another copy of an install as built: e.g. a second SISCA that imported nothing."""
        return self._keep(self._open(self.storage.copy(self.templates[name], self.folder, as_name)))

    def copy(self, record: Record, as_name: str) -> Record:
        """Another install holding the same database (same site, keys and keyring)."""
        return self._keep(self._open(self.storage.copy_open(record, self.folder, as_name)))

    def new_install(self, name: str, country: str | None = None) -> Record:
        """An install the world's installs do not know, on the world's backend."""
        record = self._keep(self.storage.create(self.folder, name, country=country))
        self._made.append(record.target)
        return record

    def passphrase(self, record: Record) -> str | None:
        """What unlocks ``record``'s key (a regional root key on a server is encrypted)."""
        return self.storage.passphrase(record.install.is_regional)

    def export(self, record: Record, path: Any, **kwargs: Any) -> Any:
        """``export_bundle`` with the passphrase ``record``'s key needs."""
        from cisdesk.sync.export import export_bundle

        return export_bundle(record, path, passphrase=self.passphrase(record), **kwargs)

    def forge(self, record: Record, path: Any, lines: list[dict[str, Any]], **fields: Any) -> Any:
        """``forge_bundle`` signed with ``record``'s own key."""
        return forge_bundle(record, path, lines, passphrase=self.passphrase(record), **fields)

    def close(self) -> None:
        for record in [*self._opened.values(), *self._extra]:
            record.close()
        self._opened.clear()
        self._extra.clear()
        for target in self._made:
            self.storage.discard(target)
        self._made.clear()

    def path(self, name: str) -> Any:
        return self.folder / name
