"""Ids derived from a row's natural key, so two installs writing it write one row.

The reference plan's ids are derived from its content (:mod:`cisdesk.db.reference_plan`);
a country's progress on a result in a semester is the same kind of thing: there is
one such report per country, whichever laptop of that country records it. Its id is
a UUIDv5 of (owner, result, semester), so two laptops' reports are one row that the
merge settles field by field, and a real disagreement shows as a conflict.
"""

import uuid
from collections.abc import Mapping
from typing import Any

#: The same namespace as the reference plan's ids.
NAMESPACE = uuid.UUID("6f1c9a3e-55c2-4d0b-9a57-0c1d5e1f2b7a")

#: Tables whose rows are identified by these fields (owner included) on every install.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "progress_report": ("owner", "result_id", "semester"),
    # One PPT holder per semester: the reference plan's terms already have this id.
    "ppt_term": ("semester",),
}
#: The name the derivation uses for a table, where the reference plan chose another.
_PREFIX = {"ppt_term": "ppt"}


def derived_id(table: str, parts: tuple[Any, ...]) -> str:
    return str(uuid.uuid5(NAMESPACE, "|".join((table, *(str(p) for p in parts)))))


def progress_report_id(owner: str, result_id: str, semester: str) -> str:
    """The one id of ``owner``'s report on ``result_id`` in ``semester``."""
    return derived_id("progress_report", (owner, result_id, semester))


def natural_id(table: str, values: Mapping[str, Any]) -> str | None:
    """The derived id of a row of ``table`` with ``values``; None when it has no natural key
    or a part of the key is missing."""
    key = NATURAL_KEYS.get(table)
    if key is None:
        return None
    parts = tuple(values.get(name) for name in key)
    if any(p in (None, "") for p in parts):
        return None
    return derived_id(_PREFIX.get(table, table), parts)
