"""Alembic environment: runs on the connection cisdesk hands over."""

from alembic import context

from cisdesk.db import local, models  # noqa: F401  (register every table)
from cisdesk.db.base import Base
from cisdesk.db.migrate import include_name

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("cisdesk migrations run through cisdesk.db.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
