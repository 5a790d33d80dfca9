"""Home's figures kept in a small local file, so the app starts with them at once.

The file (JSON, in the user data folder, one per database) holds the figures of
one semester and day with the record's change counter when they were computed.
The counter moves with every change to the record: this install's clock ticks on
each of its own edits (forms, undo, Excel, demo), every bundle offered is logged,
every export is logged. A file whose counter, semester or day differ is ignored
and rewritten; a damaged one too. Only plain data is read back (no pickle).

The file also keeps Home's first steps. Saving the public key moves no counter, so
they are read again each time and the file rewritten when they differ.

The file itself, and reading the counter without SQLAlchemy at start, are in
:mod:`cisdesk.activity.home_snapshot`.
"""

from pathlib import Path

from sqlalchemy import func, select

from cisdesk.activity import home_snapshot
from cisdesk.activity.dashboard import Dashboard, build_dashboard, current_semester
from cisdesk.activity.dashboard_update import Changes, update_dashboard
from cisdesk.activity.first_steps import FirstSteps, first_steps
from cisdesk.db.local import ExportLog, ImportLog, Install
from cisdesk.db.record import Record


def change_counter(record: Record) -> str:
    """A value that differs after any change to the record (see the module's docstring).

    :func:`cisdesk.activity.home_snapshot.sqlite_counter` reads the same with ``sqlite3``
    before the record is opened; both must agree.
    """
    with record.reader() as session:
        hlc = session.scalar(select(Install.hlc))
        imported = session.scalar(select(func.max(ImportLog.id)))
        exported = session.scalar(select(func.max(ExportLog.seq)))
    return home_snapshot.counter_text(hlc, imported, exported)


def _key(record: Record) -> str:
    return str(record.path or record.target)


def cache_file(record: Record) -> Path:
    return home_snapshot.cache_file(_key(record))


def save(record: Record, board: Dashboard, counter: str, steps: FirstSteps | None = None) -> None:
    """Keep ``board`` (and the first steps) for the next start; a failure to write only
    costs that start time."""
    install = record.install
    home_snapshot.save(_key(record), board, counter, install.country, install.site_name, steps)


def dashboard(
    record: Record, semester: str | None = None, steps: FirstSteps | None = None
) -> tuple[Dashboard, bool]:
    """Home's figures: from the cache when the record has not changed, else computed
    (and cached with the first ``steps``, read here when not given). Also whether they
    came from the cache."""
    today = record.today()
    semester = semester or current_semester(today)
    counter = change_counter(record)
    steps = steps if steps is not None else first_steps(record)
    cached = home_snapshot.load(_key(record), semester, today, counter)
    if cached is not None:
        if cached.steps != steps:
            save(record, cached.board, counter, steps)
        return cached.board, True
    board = build_dashboard(record, semester, today)
    # A change made while computing leaves the new counter: the next start recomputes.
    if change_counter(record) == counter:
        save(record, board, counter, steps)
    return board, False


def updated(
    record: Record, board: Dashboard, changes: Changes, steps: FirstSteps | None = None
) -> tuple[Dashboard, frozenset[str]]:
    """:func:`update_dashboard`, keeping the result (and the first ``steps``, read here
    when not given) for the next start."""
    counter = change_counter(record)
    new, parts = update_dashboard(record, board, changes)
    if change_counter(record) == counter:
        save(record, new, counter, steps if steps is not None else first_steps(record))
    return new, parts
