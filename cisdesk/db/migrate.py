"""Alembic migrations run from code: new databases and upgrades of older ones.

Alembic is imported only when a migration actually runs: opening an up-to-date
database compares its stored revision with :data:`HEAD_REVISION` in plain SQL,
which keeps the app's start fast.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The newest migration; tests/db/test_migrations.py keeps it equal to the scripts' head.
HEAD_REVISION = "0011"


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Leave the text search index (migrations 0007, 0010: tables, triggers, indexes) alone.

    Its tables are not models: they are kept by triggers, never written by the ORM.
    """
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith("search_")
    if type_ == "index":
        return not name.endswith(("_search", "_order"))
    if type_ == "column":
        return name != "search_folded"
    return True


def alembic_config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The head as the migration scripts define it (reads the scripts)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    """False for a database made by a newer cisdesk than this one."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != HEAD_REVISION
