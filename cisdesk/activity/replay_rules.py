"""The rules an undo or a redo must keep, per table: those the edit itself keeps.

:func:`cisdesk.activity.store.replay` writes the values an edit replaced (undo) or
made (redo) through the write gate; before each row is written the table's rules
are asked, and a refusal leaves the whole replay unwritten. Tables without rules of
their own (the activity record) only keep the ownership rule.
"""

from collections.abc import Callable

from cisdesk.activity import plan_edit, proposals
from cisdesk.activity.store import RowChange, Side, Writer
from cisdesk.db.base import Replicated

Check = Callable[[Writer, RowChange, Replicated, Side], None]

#: Checks before a row is written, by table.
BEFORE: dict[str, Check] = {table: plan_edit.check_replay for table in plan_edit.PLAN_TABLES}
BEFORE["proposal_step"] = proposals.check_replay


def check(writer: Writer, change: RowChange, row: Replicated, side: Side) -> None:
    rule = BEFORE.get(change.table)
    if rule is not None:
        rule(writer, change, row, side)


def check_written(change: RowChange, row: Replicated) -> None:
    """The row as the replay left it must be a state an edit could leave."""
    if change.table in plan_edit.PLAN_TABLES:
        plan_edit.check_replayed(row)
