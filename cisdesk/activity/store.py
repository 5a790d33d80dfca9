"""Writing activity rows, and replaying a change backwards or forwards for undo.

Every create, edit and delete of the activity record returns a :class:`ChangeSet`:
the fields of each row it touched, before and after. Undo writes the "before"
values back and redo writes the "after" values again, both as ordinary captured
edits, so an undone change travels to the other installs like any other. Rows are
never erased: deleting sets the tombstone, undoing a creation sets it too.
"""

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cisdesk.activity.validation import fail
from cisdesk.db.base import Replicated
from cisdesk.db.changes import OpChanges
from cisdesk.db.models import (
    MODEL_BY_TABLE,
    Agreement,
    AgreementFollowUp,
    Evidence,
    Meeting,
    ProgressReport,
)
from cisdesk.db.record import Record

#: Rows tombstoned together with their parent: (child model, column naming the parent).
CHILDREN: dict[type[Replicated], tuple[tuple[type[Replicated], str], ...]] = {
    Meeting: ((Agreement, "meeting_id"),),
    Agreement: ((AgreementFollowUp, "agreement_id"),),
    ProgressReport: ((Evidence, "progress_report_id"),),
}


@dataclass(frozen=True)
class RowChange:
    """The fields of one row that an edit changed, with their values before and after."""

    table: str
    row_id: str
    before: Mapping[str, Any]
    after: Mapping[str, Any]


@dataclass(frozen=True)
class ChangeSet:
    """What one user action changed; the first change is the row the action was about."""

    changes: tuple[RowChange, ...] = ()
    #: The owner of the rows written (the install's country, or REG at SISCA).
    owner: str | None = None

    @property
    def op_changes(self) -> OpChanges:
        """The same, as the app's views are told it (tables, row ids, country)."""
        return OpChanges.of_rows((c.table, c.row_id, self.owner) for c in self.changes)

    @property
    def row_id(self) -> str | None:
        return self.changes[0].row_id if self.changes else None

    @property
    def created(self) -> bool:
        """True when the action brought its row into existence (or back from a tombstone)."""
        return bool(self.changes) and self.changes[0].before.get("deleted") is True

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(c.table for c in self.changes)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __iter__(self) -> Iterator[RowChange]:
        return iter(self.changes)


def is_live(row: Replicated) -> bool:
    return row.deleted is not True


def check_fields(changes: Mapping[str, Any], fields: tuple[str, ...]) -> None:
    """A misspelt field is a programming error, not the user's."""
    unknown = set(changes) - set(fields)
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")


class Writer:
    """Collects the changes made through it inside one editing session."""

    def __init__(self, session: Session, record: Record) -> None:
        self.session = session
        self.record = record
        self.owner = record.install.owner
        self._changes: list[RowChange] = []

    # -- reading with the ownership rule ------------------------------------------

    def load(self, model: type[Replicated], row_id: str | None, *, writable: bool = True) -> Any:
        """A live row, refusing a missing one and (when ``writable``) another owner's."""
        row = self.session.get(model, row_id) if row_id else None
        if row is None or not is_live(row):
            fail(None, "not_found")
        if writable:
            self.check_owner(row)
        return row

    def check_owner(self, row: Replicated) -> None:
        if row.owner != self.owner:
            fail(None, "read_only", country=row.owner)

    # -- writing -------------------------------------------------------------------

    def create(self, model: type[Replicated], values: Mapping[str, Any]) -> Any:
        row = model(**values)
        row.owner = self.owner
        row.deleted = False
        self.session.add(row)
        self.session.flush()
        after = {key: getattr(row, key) for key in values} | {"deleted": False}
        self._changes.append(RowChange(model.__tablename__, row.id, {"deleted": True}, after))
        return row

    def update(self, row: Replicated, values: Mapping[str, Any]) -> None:
        """Write the values that differ; nothing is recorded when none does."""
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for key, value in values.items():
            old = getattr(row, key)
            if old != value or (key == "deleted" and old is None):
                before[key], after[key] = old, value
                setattr(row, key, value)
        if after:
            self.session.flush()
            self._changes.append(RowChange(row.__tablename__, row.id, before, after))

    def tombstone(self, row: Replicated) -> None:
        """Delete ``row`` and, with it, this install's live rows that hang from it."""
        self.update(row, {"deleted": True})
        for child_model, parent_column in CHILDREN.get(type(row), ()):
            children = self.session.scalars(
                select(child_model).where(
                    getattr(child_model, parent_column) == row.id,
                    child_model.owner == self.owner,
                    child_model.deleted.is_not(True),
                )
            ).all()
            for child in children:
                self.tombstone(child)

    def result(self) -> ChangeSet:
        return ChangeSet(tuple(self._changes), self.owner)


#: Which side of a change a replay writes: "before" undoes, "after" redoes.
Side = Literal["before", "after"]

#: Validates a row's complete values inside the editing session and returns them clean.
Clean = Callable[[Writer, dict[str, Any]], dict[str, Any]]


def create_row(
    record: Record, model: type[Replicated], clean: Clean, values: dict[str, Any]
) -> ChangeSet:
    """Validate ``values`` and create one row of this install."""
    with record.edit() as session:
        writer = Writer(session, record)
        writer.create(model, clean(writer, values))
        return writer.result()


def update_row(
    record: Record,
    model: type[Replicated],
    fields: tuple[str, ...],
    clean: Clean,
    row_id: str,
    changes: dict[str, Any],
) -> ChangeSet:
    """Apply ``changes`` to one of this install's rows, validating the row as a whole."""
    with record.edit() as session:
        writer = Writer(session, record)
        row = writer.load(model, row_id)
        merged = {key: getattr(row, key) for key in fields} | changes
        writer.update(row, clean(writer, merged))
        return writer.result()


def delete_row(record: Record, model: type[Replicated], row_id: str) -> ChangeSet:
    """Tombstone one of this install's rows and what hangs from it."""
    with record.edit() as session:
        writer = Writer(session, record)
        writer.tombstone(writer.load(model, row_id))
        return writer.result()


def replay(record: Record, changes: ChangeSet, side: Side) -> None:
    """Write one side of ``changes`` back: ``"before"`` undoes, ``"after"`` redoes.

    The same gate as the edit: the tables with rules of their own (the plan, a
    proposal's steps) check the replay as they check an edit, so an undo is refused
    where the edit would be, whole, and nothing of it is written.
    """
    # Imported here: the modules holding those rules write through this one.
    from cisdesk.activity import replay_rules

    ordered = reversed(changes.changes) if side == "before" else iter(changes.changes)
    with record.edit() as session:
        writer = Writer(session, record)
        for change in ordered:
            row = session.get(MODEL_BY_TABLE[change.table], change.row_id)
            if row is None:
                fail(None, "not_found")
            replay_rules.check(writer, change, row, side)
            writer.check_owner(row)
            writer.update(row, change.before if side == "before" else change.after)
            replay_rules.check_written(change, row)
