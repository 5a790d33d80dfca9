"""Fold rows that share a natural key into the one row with the derived id.

Before progress reports had derived ids (:mod:`cisdesk.db.natural_keys`), two
laptops of one country reporting on the same result in the same semester made two
rows, and each view chose between them its own way. Folding makes them the one
row every install now writes: for each field the value with the greatest version
(hlc, site) wins, exactly as the merge would have decided had both laptops written
one row from the start, and a different value that lost to a concurrent one is
kept in the conflict list for a person to review. Evidence pointing at a folded
row is re-pointed at the one row. The folded rows and their versions go away.

The fold is a function of the rows and versions held, so every install that holds
the same twins folds them the same way: migration ``0003`` folds what a database
holds, and an import folds twins that a bundle from an older cisdesk brings.
It uses SQL Core only, so the migration does not depend on the ORM classes.
"""

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, insert, select, update

from cisdesk.db.base import chunks
from cisdesk.db.local import Conflict, FieldVersion
from cisdesk.db.models import Evidence, ProgressReport
from cisdesk.db.natural_keys import NATURAL_KEYS, natural_id
from cisdesk.db.versions import versions_of

_FV = cast(Table, FieldVersion.__table__)
_CONFLICT = cast(Table, Conflict.__table__)
_REPORT = cast(Table, ProgressReport.__table__)
_EVIDENCE = cast(Table, Evidence.__table__)
#: A field without a version (a row made before versions existed) loses to any version.
_NO_VERSION: tuple[int, str] = (-1, "")


def _json(value: Any) -> str:
    if isinstance(value, dt.date):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def _legacy_groups(conn: Connection, ids: Iterable[str] | None) -> dict[str, list[str]]:
    """Derived id → ids of the rows with that key that do not carry it."""
    key = NATURAL_KEYS[_REPORT.name]
    columns = [_REPORT.c.id, *(_REPORT.c[name] for name in key)]
    if ids is None:
        batches: Iterable[Any] = [conn.execute(select(*columns))]
    else:
        wanted = list(dict.fromkeys(ids))
        batches = (
            conn.execute(select(*columns).where(_REPORT.c.id.in_(chunk)))
            for chunk in chunks(wanted)
        )
    groups: dict[str, list[str]] = {}
    for result in batches:
        for row in result:
            target = natural_id(_REPORT.name, dict(zip(key, row[1:], strict=True)))
            if target is not None and target != row[0]:
                groups.setdefault(target, []).append(row[0])
    return groups


def fold_progress_twins(
    conn: Connection, ids: Iterable[str] | None = None, now: dt.datetime | None = None
) -> int:
    """Fold progress reports without their derived id (all, or those of ``ids``).

    Returns the number of rows folded away.
    """
    groups = _legacy_groups(conn, ids)
    if not groups:
        return 0
    now = now or dt.datetime.now(dt.UTC)
    fields = [c.key for c in _REPORT.columns if c.key not in ("id", "owner")]
    folded = 0
    for target, legacy in sorted(groups.items()):
        candidates = [target, *sorted(legacy)]
        rows = {
            r.id: dict(r._mapping)
            for r in conn.execute(select(_REPORT).where(_REPORT.c.id.in_(candidates)))
        }
        versions = versions_of(conn, candidates)
        present = [c for c in candidates if c in rows]
        owner = rows[present[-1]]["owner"]
        values: dict[str, Any] = {}
        new_versions: list[dict[str, Any]] = []
        conflicts: list[dict[str, Any]] = []
        for field in fields:
            ranked = {
                row_id: (
                    (v.hlc, v.site) if (v := versions.get((row_id, field))) else _NO_VERSION,
                    row_id,
                )
                for row_id in present
            }
            winner = max(present, key=ranked.__getitem__)
            values[field] = rows[winner][field]
            won = versions.get((winner, field))
            if won is not None:
                new_versions.append(
                    {
                        "row_id": target,
                        "field": field,
                        "tbl": _REPORT.name,
                        "hlc": won.hlc,
                        "site": won.site,
                        "prev_hlc": won.prev_hlc,
                        "prev_site": won.prev_site,
                    }
                )
            prev = (won.prev_hlc, won.prev_site) if won is not None else None
            seen: set[str] = set()
            for row_id in present:
                lost = versions.get((row_id, field))
                value = rows[row_id][field]
                if row_id == winner or lost is None or value == values[field]:
                    continue
                concurrent = prev is None or prev[0] is None or (lost.hlc, lost.site) > prev
                encoded = _json(value)
                if not concurrent or encoded in seen:
                    continue
                seen.add(encoded)
                conflicts.append(
                    {
                        "tbl": _REPORT.name,
                        "row_id": target,
                        "field": field,
                        "kept_value": _json(values[field]),
                        "kept_hlc": won.hlc if won is not None else 0,
                        "kept_site": won.site if won is not None else "",
                        "lost_value": encoded,
                        "lost_hlc": lost.hlc,
                        "lost_site": lost.site,
                        "detected_at": now,
                        "resolved": False,
                    }
                )
        gone = [row_id for row_id in present if row_id != target]
        conn.execute(delete(_FV).where(_FV.c.row_id.in_(candidates)))
        conn.execute(delete(_REPORT).where(_REPORT.c.id.in_(candidates)))
        conn.execute(insert(_REPORT).values(id=target, owner=owner, **values))
        if new_versions:
            conn.execute(insert(_FV), new_versions)
        if conflicts:
            conn.execute(insert(_CONFLICT), conflicts)
        conn.execute(
            update(_EVIDENCE)
            .where(_EVIDENCE.c.progress_report_id.in_(gone))
            .values(progress_report_id=target)
        )
        conn.execute(update(_CONFLICT).where(_CONFLICT.c.row_id.in_(gone)).values(row_id=target))
        folded += len(gone)
    return folded
