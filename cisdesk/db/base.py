"""Declarative base and the columns every replicated row carries.

Replicated rows hold only plain values (text, integers, booleans, dates) so that
their canonical form is the same on every install and every database backend.
References between replicated rows are plain id columns, not SQL foreign keys: a
replica may receive a child row before its parent (docs/ARCHITECTURE.md §4), and the merge
must accept that. Local tables use real foreign keys.
"""

import uuid
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, cast

from sqlalchemy import Boolean, MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def new_id() -> str:
    return str(uuid.uuid4())


#: Values per ``IN (...)`` list: well within every backend's limit on bound parameters.
IN_CHUNK = 400


def chunks(values: Sequence[Any], size: int = IN_CHUNK) -> Iterator[Sequence[Any]]:
    """``values`` in slices small enough for one ``IN`` list each."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def table_of(model: Any) -> Table:
    """A mapped class's table, typed as one (the declarative base promises less)."""
    return cast(Table, model.__table__)


class Replicated:
    """Mixin for rows that sync between installs.

    ``owner`` is ``"REG"`` for rows written only at SISCA, or the country code of
    the country whose installs may write the row. ``deleted`` is the tombstone.
    """

    #: Fields a bundle never changes after creation (the row's identity).
    immutable_fields: ClassVar[tuple[str, ...]] = ("owner",)
    #: ``"regional"``: only SISCA writes these rows; ``"any"``: owner decides.
    ownership: ClassVar[str] = "any"

    if TYPE_CHECKING:  # given by the declarative base each model also derives from
        from sqlalchemy.sql import FromClause

        __tablename__: Any
        __table__: ClassVar[FromClause]

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    owner: Mapped[str] = mapped_column(String(3), index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
