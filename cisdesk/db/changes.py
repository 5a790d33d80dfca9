"""What an operation changed, so every open view refreshes from that alone.

Like Anki's ``OpChanges``: an operation on the record (a form's save, an undo, a
bundle import, an Excel import, a key operation) returns an :class:`OpChanges`,
and the app hands it to every view (``AppContext.notify``), each of which
refreshes only when it shows something that changed. Views never poll.

An :class:`OpChanges` *is* the frozenset of the table names it touched, so code
that only asks "did table X change?" (``"meeting" in changes``) needs nothing
more. It also says which rows (``ids`` per table, when known) and which countries
(owners of the rows) changed, for views that can refresh incrementally. The empty
value means "anything may have changed" (a restored backup, a new record).
"""

from collections.abc import Iterable, Mapping
from typing import Any


class OpChanges(frozenset[str]):
    """The tables an operation touched, with the rows and countries when known."""

    ids: Mapping[str, frozenset[str]]
    countries: frozenset[str]

    def __new__(
        cls,
        tables: Iterable[str] = (),
        *,
        ids: Mapping[str, Iterable[str]] | None = None,
        countries: Iterable[str] = (),
    ) -> "OpChanges":
        by_table = {table: frozenset(rows) for table, rows in (ids or {}).items()}
        self = super().__new__(cls, set(tables) | set(by_table))
        self.ids = by_table
        self.countries = frozenset(countries)
        return self

    @classmethod
    def of_rows(cls, rows: Iterable[tuple[str, str, str | None]]) -> "OpChanges":
        """From ``(table, row id, owner)`` triples."""
        ids: dict[str, set[str]] = {}
        countries: set[str] = set()
        for table, row_id, owner in rows:
            ids.setdefault(table, set()).add(row_id)
            if owner:
                countries.add(owner)
        return cls(ids=ids, countries=countries)

    @property
    def everything(self) -> bool:
        """True for the value meaning "anything may have changed"."""
        return not self

    def touches(self, *tables: str) -> bool:
        return self.everything or any(t in self for t in tables)

    def rows(self, table: str) -> frozenset[str] | None:
        """Ids of the changed rows of ``table``; None when not known row by row."""
        return self.ids.get(table)

    def __or__(self, other: Any) -> "OpChanges":
        if not isinstance(other, OpChanges):
            other = OpChanges(other)
        if self.everything or other.everything:
            return OpChanges()
        ids = {t: set(r) for t, r in self.ids.items()}
        for table, rows in other.ids.items():
            ids.setdefault(table, set()).update(rows)
        # A table touched without row ids stays without them: its rows are not known.
        for table in (self - set(self.ids)) | (other - set(other.ids)):
            ids.pop(table, None)
        return OpChanges(
            set(self) | set(other), ids=ids, countries=self.countries | other.countries
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (tuple(self), dict(self.ids), tuple(self.countries)))

    def __repr__(self) -> str:
        return f"OpChanges({sorted(self)!r}, countries={sorted(self.countries)!r})"


def _rebuild(
    tables: tuple[str, ...], ids: dict[str, frozenset[str]], countries: tuple[str, ...]
) -> OpChanges:
    return OpChanges(tables, ids=ids, countries=countries)


#: "Anything may have changed."
EVERYTHING = OpChanges()
