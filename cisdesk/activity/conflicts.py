"""Reviewing concurrent edits the merge kept aside, and settling them.

The merge keeps one value of a field edited on two installs at once (the later
clock wins everywhere) and records the other here. A person settles it by
choosing a value: when the chosen value is not the one held, it is written as a
new edit of this install — so it travels and wins on every install — which only
the row's owner may do. Either way the conflict is marked resolved.
"""

import datetime as dt
import json
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, select, update

from cisdesk.activity import describe
from cisdesk.countries import BY_CODE
from cisdesk.db import clock
from cisdesk.db.capture import REFERENCE_SITE
from cisdesk.db.local import Conflict, Install, KeyringEntry
from cisdesk.db.models import MODEL_BY_TABLE
from cisdesk.db.record import Record
from cisdesk.errors import ValidationError
from cisdesk.messages import current_language, place

KEPT = "kept"
LOST = "lost"


@dataclass(frozen=True)
class ConflictItem:
    id: int
    table: str
    row_id: str
    field: str
    owner: str | None
    current_value: Any
    kept_value: Any
    lost_value: Any
    kept_site: str
    lost_site: str
    kept_at: dt.datetime
    lost_at: dt.datetime
    detected_at: dt.datetime
    resolved: bool
    #: True when this install may write the row, so it can choose the value that lost.
    writable: bool
    #: The row and field as a person knows them: «Reunión 19/11/2026 "Revisión de hitos"».
    row_label: str = ""
    field_label: str = ""

    @property
    def what(self) -> str:
        """«Reunión 19/11/2026 "Revisión de hitos" — Título»."""
        return f"{self.row_label} — {self.field_label}"


def _decode(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _when(hlc: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(clock.to_wall_ms(hlc) / 1000, dt.UTC)


def _column_value(table: str, field: str, value: Any) -> Any:
    """A decoded JSON value in the form the column holds (dates come as ISO text)."""
    model = MODEL_BY_TABLE[table]
    column = model.__table__.columns.get(field)
    if column is not None and isinstance(column.type, Date) and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def site_label(code: str | None, site_name: str | None, lang: str | None = None) -> str:
    """ "Honduras · Laptop 2", or just "Panamá" when the site is named after its country
    (never "Panama · Panamá")."""
    lang = lang or current_language()
    country = BY_CODE.get(code or "")
    if country is not None:
        name = country.name_es if lang == "es" else country.name_en
        same = {_fold(country.name_es), _fold(country.name_en), _fold(country.code)}
    else:
        name = place(code or "").render(lang)
        same = {_fold(name)}
    site = (site_name or "").strip()
    if not site or _fold(site) in same:
        return name
    return f"{name} · {site}"


def site_names(record: Record, lang: str | None = None) -> dict[str, str]:
    """Site id → "Country · site name", for showing who made an edit."""
    names = {REFERENCE_SITE: "reference plan"}
    with record.reader() as session:
        for entry in session.scalars(select(KeyringEntry)):
            if entry.site_id:
                names[entry.site_id] = site_label(entry.country, entry.site_name, lang)
        install = session.scalars(select(Install)).one()
        names[install.site_id] = site_label(install.owner, install.site_name, lang)
    return names


def list_conflicts(
    record: Record, include_resolved: bool = False, lang: str | None = None
) -> list[ConflictItem]:
    """Open conflicts (newest first), each naming its row and field in ``lang``."""
    own = record.install.owner
    items: list[ConflictItem] = []
    with record.reader() as session:
        query = select(Conflict).order_by(Conflict.detected_at.desc(), Conflict.id.desc())
        if not include_resolved:
            query = query.where(Conflict.resolved.is_(False))
        for conflict in session.scalars(query):
            model = MODEL_BY_TABLE.get(conflict.tbl)
            row = session.get(model, conflict.row_id) if model is not None else None
            current = getattr(row, conflict.field, None) if row is not None else None
            owner = row.owner if row is not None else None
            items.append(
                ConflictItem(
                    id=conflict.id,
                    table=conflict.tbl,
                    row_id=conflict.row_id,
                    field=conflict.field,
                    owner=owner,
                    current_value=current,
                    kept_value=_decode(conflict.kept_value),
                    lost_value=_decode(conflict.lost_value),
                    kept_site=conflict.kept_site,
                    lost_site=conflict.lost_site,
                    kept_at=_when(conflict.kept_hlc),
                    lost_at=_when(conflict.lost_hlc),
                    detected_at=conflict.detected_at,
                    resolved=conflict.resolved,
                    writable=owner == own,
                    row_label=describe.row_label(session, conflict.tbl, row, lang),
                    field_label=describe.field_label(conflict.field, lang),
                )
            )
    return items


def resolve_conflict(record: Record, conflict_id: int, choice: str) -> bool:
    """Settle a conflict with the kept or the lost value; True when a new edit was written."""
    if choice not in (KEPT, LOST):
        raise ValidationError("conflict.choice", kept=repr(KEPT), lost=repr(LOST))
    with record.edit() as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None:
            raise ValidationError("conflict.gone")
        if conflict.resolved:
            raise ValidationError("conflict.resolved")
        model = MODEL_BY_TABLE.get(conflict.tbl)
        row = session.get(model, conflict.row_id) if model is not None else None
        if row is None or conflict.field not in model.__table__.columns:
            raise ValidationError("conflict.row_missing")
        raw = conflict.kept_value if choice == KEPT else conflict.lost_value
        chosen = _column_value(conflict.tbl, conflict.field, _decode(raw))
        wrote = getattr(row, conflict.field) != chosen
        if wrote:
            if row.owner != record.install.owner:
                raise ValidationError("conflict.not_owner", place=place(row.owner))
            setattr(row, conflict.field, chosen)
        session.execute(
            update(Conflict)
            .where(
                Conflict.row_id == conflict.row_id,
                Conflict.field == conflict.field,
                Conflict.resolved.is_(False),
            )
            .values(resolved=True)
        )
    return wrote
