"""Create a new install's database: its identity, its signing key as stored, and the plan.

The key itself is made by the caller (:func:`cisdesk.sync.provision.create_install`,
with :mod:`cisdesk.sync.keys`): storage sits below replication, so this module keeps
the key's bytes without knowing how they were made or protected.
"""

import datetime as dt
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session

from cisdesk.countries import BY_CODE, COUNTRY_CODES, REGIONAL
from cisdesk.db import migrate
from cisdesk.db.capture import REFERENCE_HLC, REFERENCE_SITE, Capture
from cisdesk.db.engine import make_engine, sqlite_path
from cisdesk.db.local import Install, KeyringEntry, SigningKey
from cisdesk.db.record import Record, open_record
from cisdesk.db.reference_plan import load_reference_plan
from cisdesk.errors import CisdeskError, ValidationError
from cisdesk.fsutil import set_private
from cisdesk.outtext import has_control


@dataclass(frozen=True)
class InstallKey:
    """A new install's signing key, as its row stores it."""

    key_id: str
    public_key: bytes  # raw Ed25519 public key
    private_key_pem: bytes  # PKCS#8, encrypted when ``encrypted``
    encrypted: bool


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _check_new_file(path: Path) -> None:
    if path.exists():
        raise CisdeskError("install.exists", path=str(path))
    parent = path.parent
    if not parent.is_dir():
        raise CisdeskError("install.no_folder", path=str(path), folder=str(parent))
    if not os.access(parent, os.W_OK):
        raise CisdeskError("install.folder_read_only", path=str(path), folder=str(parent))


def create_record(
    target: str,
    key: InstallKey,
    *,
    country: str | None = None,
    regional: bool = False,
    site_name: str | None = None,
) -> Record:
    """Create and open a new install holding ``key``; refuses an existing database."""
    if regional == (country is not None):
        raise CisdeskError("install.country_or_regional")
    if country is not None and country not in BY_CODE:
        raise CisdeskError(
            "keys.unknown_country", country=repr(country), codes=" ".join(sorted(COUNTRY_CODES))
        )
    if site_name is not None and has_control(site_name):
        raise ValidationError("install.name_control", field="site_name")
    path = sqlite_path(target)
    if path is None:
        return _create_on_server(target, key, country=country, site_name=site_name)
    _check_new_file(path)
    partial = path.with_name(path.name + ".part")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        # The file holds the private key: its owner's only, from the first byte on.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        _create(str(partial), key, country=country, site_name=site_name).close()
        if path.exists():
            raise CisdeskError("install.appeared", path=str(path))
        partial.replace(path)
        set_private(path)
    except OSError as exc:
        raise CisdeskError(
            "install.cannot_create", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    finally:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
    return open_record(str(path))


def _create_on_server(
    url: str, key: InstallKey, *, country: str | None, site_name: str | None
) -> Record:
    """A new install in a server database (SISCA's shared regional record)."""
    if country is None and not key.encrypted:
        raise CisdeskError("install.server_passphrase")
    engine = make_engine(url)
    try:
        if "install" in inspect(engine).get_table_names():
            raise CisdeskError("install.server_taken")
    except SADatabaseError as exc:
        raise CisdeskError("install.server_unreachable", reason=str(exc.orig)) from exc
    finally:
        engine.dispose()
    return _create(url, key, country=country, site_name=site_name)


def _create(target: str, key: InstallKey, *, country: str | None, site_name: str | None) -> Record:
    engine = make_engine(target)
    try:
        migrate.upgrade(engine)
        regional = country is None
        now = _now()
        site_id = str(uuid.uuid4())
        default_name = "SISCA" if regional else BY_CODE[str(country)].name_es
        install = Install(
            id=1,
            site_id=site_id,
            site_name=site_name or default_name,
            kind="regional" if regional else "country",
            country=country,
            deployment_id=str(uuid.uuid4()) if regional else None,
            created_at=now,
            hlc=0,
        )
        key_row = SigningKey(
            key_id=key.key_id,
            public_key=key.public_key,
            private_key_pem=key.private_key_pem,
            encrypted=key.encrypted,
            is_root=regional,
            created_at=now,
        )
        with Session(engine) as session, session.begin():
            session.add_all([install, key_row])
            if regional:
                session.add(
                    KeyringEntry(
                        key_id=key_row.key_id,
                        public_key=key.public_key,
                        country=REGIONAL,
                        site_id=site_id,
                        site_name=install.site_name,
                        enrolled_at=now,
                    )
                )
        record = Record(engine, target)
        plan_capture = Capture(site_id=REFERENCE_SITE, owner=REGIONAL, fixed_hlc=REFERENCE_HLC)
        with record.edit(plan_capture) as session:
            load_reference_plan(session)
        return record
    except BaseException:
        engine.dispose()
        raise
