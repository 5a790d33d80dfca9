"""Version vectors: what an install holds, per site, and what its peers hold.

A vector ``{site: hlc}`` says "every change that site made up to hlc is held
here, or a later value of the same field is". Exports send what the recipient's
vector lacks; each export states, per site, the range ``(from, to]`` of that
site's changes it carries completely. The importer raises its own vector only
when every volume of the export has arrived and the range continues what it
held already, so a vector never claims too much: a low value costs a resend,
never a loss (docs/ARCHITECTURE.md §4, delta).
"""

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from cisdesk.countries import REGIONAL
from cisdesk.db.capture import REFERENCE_HLC, REFERENCE_SITE
from cisdesk.db.local import Acknowledgement, HeldVersion, KeyringEntry, PeerVersion

Vector = dict[str, int]


def held_vector(conn: Connection, own_site: str, own_hlc: int) -> Vector:
    """This install's vector; its own site is held up to its clock."""
    vector = {
        site: int(hlc) for site, hlc in conn.execute(select(HeldVersion.site_id, HeldVersion.hlc))
    }
    vector[own_site] = max(vector.get(own_site, 0), own_hlc)
    return {site: hlc for site, hlc in vector.items() if hlc > 0}


def raise_held(conn: Connection, ranges: Mapping[str, list[int]], own_site: str) -> list[str]:
    """Apply an export's ranges whose start this install already holds; the sites raised."""
    held = {
        site: int(hlc) for site, hlc in conn.execute(select(HeldVersion.site_id, HeldVersion.hlc))
    }
    raised = []
    for site, (low, high) in ranges.items():
        if site == own_site:
            continue
        current = held.get(site)
        if (current or 0) < low or (current or 0) >= high:
            continue
        if current is None:
            conn.execute(insert(HeldVersion).values(site_id=site, hlc=high))
        else:
            conn.execute(update(HeldVersion).where(HeldVersion.site_id == site).values(hlc=high))
        raised.append(site)
    return raised


def _raise_rows(
    conn: Connection, table: Any, where: dict[str, str], vector: Mapping[str, int], **extra: str
) -> None:
    columns = [getattr(table, key) for key in where]
    held = {
        site: int(hlc)
        for site, hlc in conn.execute(
            select(table.site_id, table.hlc).where(
                *(c == v for c, v in zip(columns, where.values(), strict=True))
            )
        )
    }
    for site, hlc in vector.items():
        if hlc <= 0:
            continue
        if site not in held:
            conn.execute(insert(table).values(site_id=site, hlc=hlc, **where, **extra))
        elif held[site] < hlc:
            conn.execute(
                update(table)
                .where(
                    table.site_id == site,
                    *(c == v for c, v in zip(columns, where.values(), strict=True)),
                )
                .values(hlc=hlc)
            )


def record_peer(
    conn: Connection, peer_site: str, peer_country: str, vector: Mapping[str, int]
) -> None:
    """Remember (raising only) what a country install said it holds."""
    _raise_rows(conn, PeerVersion, {"peer_site": peer_site}, vector, peer_country=peer_country)


def record_regional(conn: Connection, vector: Mapping[str, int]) -> None:
    """Remember (raising only) what SISCA said it holds: a country's acknowledgements."""
    _raise_rows(conn, Acknowledgement, {}, vector)


def regional_vector(conn: Connection) -> Vector:
    """What SISCA holds, as far as this country install knows."""
    return {
        site: int(hlc)
        for site, hlc in conn.execute(select(Acknowledgement.site_id, Acknowledgement.hlc))
    }


def peers(conn: Connection, country: str | None = None) -> dict[str, Vector]:
    """Each known country install's vector (of one country, if given)."""
    query = select(PeerVersion.peer_site, PeerVersion.site_id, PeerVersion.hlc)
    if country is not None:
        query = query.where(PeerVersion.peer_country == country)
    found: dict[str, Vector] = {}
    for peer, site, hlc in conn.execute(query):
        found.setdefault(peer, {})[site] = int(hlc)
    return found


def common_vector(vectors: Iterable[Mapping[str, int]]) -> Vector | None:
    """The pointwise minimum: what every one of them holds; None for no vectors."""
    vectors = list(vectors)
    if not vectors:
        return None
    sites = set().union(*vectors)
    return {site: min(v.get(site, 0) for v in vectors) for site in sites}


def with_reference(vector: Mapping[str, int]) -> Vector:
    """Every install holds the reference plan, written at a fixed clock."""
    result = dict(vector)
    result[REFERENCE_SITE] = max(result.get(REFERENCE_SITE, 0), REFERENCE_HLC)
    return result


def enrolled_sites(conn: Connection) -> list[tuple[str, str]]:
    """(site id, country) of every country install enrolled and not revoked."""
    query = (
        select(KeyringEntry.site_id, KeyringEntry.country)
        .where(
            KeyringEntry.site_id.is_not(None),
            KeyringEntry.country != REGIONAL,
            KeyringEntry.revoked_after_seq.is_(None),
        )
        .order_by(KeyringEntry.site_id)
    )
    return [(str(site), str(country)) for site, country in conn.execute(query)]


def forget_peer(conn: Connection, peer_site: str) -> None:
    conn.execute(delete(PeerVersion).where(PeerVersion.peer_site == peer_site))
