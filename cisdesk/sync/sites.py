"""Which site ids a key may claim at enrolment, and undoing a mistaken enrolment.

A site id decides whose rows a site's changes may touch, everywhere the keyring
travels. So an id that already means something here (reserved by cisdesk,
this install, the trusted root, another key of the keyring, or changes already
recorded) is never handed to a new key, and revoking a key frees nothing. Only
a key that never signed anything imported here may be withdrawn, which frees
its site for the right key.
"""

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from cisdesk.db.capture import REFERENCE_SITE
from cisdesk.db.local import FieldVersion, ImportLog, KeyringEntry, SeenBundle, TrustedRoot
from cisdesk.errors import ValidationError
from cisdesk.messages import msg
from cisdesk.sync import keys

#: Ids cisdesk gives a meaning of its own: the reference plan's site (and the nil UUID).
RESERVED_SITES = frozenset({REFERENCE_SITE, "ffffffff-ffff-ffff-ffff-ffffffffffff"})


def check_claimable(session: Session, key_file: keys.PublicKeyFile) -> None:
    """Refuse a key file whose site id is reserved or already in use here."""
    site = key_file.site_id
    if site in RESERVED_SITES:
        raise ValidationError("keys.site_reserved", field="site_id", site=site)
    install = keys.this_install(session)
    if site == install.site_id:
        _in_use(site, "keys.where_this_install")
    root = session.scalars(select(TrustedRoot)).first()
    if root is not None and site == _entry_site(session, root.key_id):
        _in_use(site, "keys.where_root")
    taken = session.scalars(
        select(KeyringEntry).where(
            KeyringEntry.site_id == site, KeyringEntry.key_id != key_file.key_id
        )
    ).first()
    if taken is not None:
        raise ValidationError(
            "keys.site_taken",
            field="site_id",
            key=taken.key_id,
            site=site,
            name=taken.site_name or "",
            place=keys.place(taken.country),
        )
    if session.get(KeyringEntry, key_file.key_id) is None and has_history(session, site):
        _in_use(site, "keys.where_history")


def _entry_site(session: Session, key_id: str) -> str | None:
    entry = session.get(KeyringEntry, key_id)
    return entry.site_id if entry is not None else None


def _in_use(site: str, where: str) -> None:
    raise ValidationError("keys.site_in_use", field="site_id", site=site, where=msg(where))


def has_history(session: Session, site: str, key_id: str | None = None) -> bool:
    """True when changes or bundles of ``site`` (or bundles signed by ``key_id``) are held."""
    wrote = select(FieldVersion.row_id).where(
        or_(FieldVersion.site == site, FieldVersion.prev_site == site)
    )
    seen = select(SeenBundle.seq).where(SeenBundle.site_id == site)
    conditions = [exists(wrote), exists(seen)]
    if key_id is not None:
        signed = select(ImportLog.id).where(
            ImportLog.signer_key_id == key_id, ImportLog.outcome == "imported"
        )
        conditions.append(exists(signed))
    return bool(session.scalar(select(or_(*conditions))))


def withdraw(session: Session, key_id: str) -> KeyringEntry:
    """SISCA removes a key enrolled by mistake; refused once it signed anything imported."""
    from cisdesk.sync.keyring import _require_regional

    install = keys.this_install(session)
    _require_regional(install, "withdraw")
    entry = session.get(KeyringEntry, key_id)
    if entry is None:
        raise ValidationError("keys.withdraw_unknown", key=key_id)
    if entry.key_id == keys.own_key(session).key_id:
        raise ValidationError("keys.withdraw_root")
    if entry.site_id is not None and has_history(session, entry.site_id, entry.key_id):
        raise ValidationError("keys.withdraw_used", key=key_id)
    session.delete(entry)
    session.flush()
    return entry
