"""Rules on who signed a bundle that need more than its manifest: history and reserved sites.

Run once the signature is verified and the bundle is known not to be a
duplicate. A revoked key is trusted only for the bundles it signed before the
theft, and those are exactly the ones already imported: a bundle numbered at or
below the cut-off that was not imported before (its number reused with other
contents, or never seen) may be the thief's, so it is refused.
"""

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from cisdesk.db.local import KeyringEntry
from cisdesk.errors import BundleRejected
from cisdesk.sync.container import OpenedBundle
from cisdesk.sync.keys import place
from cisdesk.sync.sites import RESERVED_SITES

if TYPE_CHECKING:
    from cisdesk.sync.bundle_file import BundleFile


def check_signer_history(session: Session, opened: "OpenedBundle | BundleFile") -> None:
    """BundleRejected when a revoked key signs an unknown old bundle or a site is reserved."""
    manifest = opened.manifest
    if manifest["direction"] != "country":
        return
    if opened.origin_site in RESERVED_SITES:
        raise BundleRejected("bundle.reserved_site")
    entry = session.get(KeyringEntry, opened.signer_key_id)
    if entry is None or entry.revoked_after_seq is None:
        return
    raise BundleRejected(
        "bundle.revoked_key_unknown_bundle",
        key=entry.key_id,
        place=place(entry.country),
        after=entry.revoked_after_seq,
        seq=opened.seq,
    )
