"""The import contract: the layers of docs/ARCHITECTURE.md, enforced on every run.

- only ``cisdesk/ui`` imports Qt (PySide6);
- ``cisdesk/ui`` and ``cisdesk/commands`` import neither SQLAlchemy nor the ORM models
  (``cisdesk.db.models``): they call the core;
- ``cisdesk/db`` does not import ``cisdesk.sync``;
- the core (activity, db, sync, reports, messages) never imports the interface;
- ``cisdesk/ui`` and ``cisdesk/commands`` open no session on the record (``reader()``,
  ``edit()``, ``local()``...): the core functions they call do.

Every import counts, also one inside a function. ``ALLOWED`` lists today's known
exceptions; it may only shrink: an entry that no longer applies fails the test, so
fixing a file means deleting its line here.
"""

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cisdesk"

#: file → rules it still breaks (see RULES). Empty: a new exception must be argued here.
ALLOWED: dict[str, set[str]] = {}


@dataclass(frozen=True)
class Rule:
    name: str
    applies_to: tuple[str, ...]  # folders (relative to the repository), or "*" for all
    except_in: tuple[str, ...]
    forbidden: tuple[str, ...]  # module prefixes

    def covers(self, rel: str) -> bool:
        if any(rel.startswith(folder) for folder in self.except_in):
            return False
        return "*" in self.applies_to or any(rel.startswith(f) for f in self.applies_to)

    def broken_by(self, module: str) -> bool:
        return any(module == f or module.startswith(f + ".") for f in self.forbidden)


#: The packages the interface and the command line build on.
CORE = tuple(f"cisdesk/{name}/" for name in ("activity", "db", "sync", "reports", "messages"))
RULES = (
    Rule("qt-only-in-ui", ("*",), ("cisdesk/ui/",), ("PySide6", "shiboken6")),
    Rule("core-no-ui", CORE, (), ("cisdesk.ui",)),
    Rule("ui-no-sqlalchemy", ("cisdesk/ui/", "cisdesk/commands/"), (), ("sqlalchemy",)),
    Rule("ui-no-orm", ("cisdesk/ui/", "cisdesk/commands/"), (), ("cisdesk.db.models",)),
    Rule("db-no-sync", ("cisdesk/db/",), (), ("cisdesk.sync",)),
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> set[str]:
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    return imports_in(path.read_text(encoding="utf-8"), package)


def imports_in(source: str, package: list[str]) -> set[str]:
    """Every module ``source`` imports, relative imports resolved, ``from a import b`` as a.b."""
    tree = ast.parse(source)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def violations() -> dict[str, set[str]]:
    broken: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if "/migrations/" in rel:
            continue  # Alembic scripts are frozen history
        modules = imported_modules(path)
        for rule in RULES:
            if rule.covers(rel) and any(rule.broken_by(m) for m in modules):
                broken.setdefault(rel, set()).add(rule.name)
    return broken


def test_layers_hold_outside_the_allow_list() -> None:
    new = {
        rel: rules - ALLOWED.get(rel, set())
        for rel, rules in violations().items()
        if rules - ALLOWED.get(rel, set())
    }
    assert new == {}, "imports that cross a layer (docs/ARCHITECTURE.md, Layers)"


def test_the_allow_list_only_shrinks() -> None:
    """An exception that no longer applies must be deleted, so none comes back unseen."""
    actual = violations()
    stale = {
        rel: rules - actual.get(rel, set())
        for rel, rules in ALLOWED.items()
        if rules - actual.get(rel, set())
    }
    assert stale == {}


def test_the_scan_sees_every_kind_of_import() -> None:
    text = (
        "import sqlalchemy.orm\n"
        "from ..db import models\n"
        "from . import labels\n"
        "def late():\n"
        "    from PySide6.QtCore import Qt\n"
    )
    modules = imports_in(text, ["cisdesk", "ui"])
    assert {"sqlalchemy.orm", "cisdesk.db.models", "cisdesk.ui.labels", "PySide6.QtCore"} <= modules
    rule = {r.name: r for r in RULES}
    assert rule["ui-no-orm"].broken_by("cisdesk.db.models")
    assert not rule["ui-no-orm"].broken_by("cisdesk.db.modelsx")
    assert rule["qt-only-in-ui"].covers("cisdesk/activity/store.py")
    assert not rule["qt-only-in-ui"].covers("cisdesk/ui/app.py")


#: The ways into the database a :class:`~cisdesk.db.record.Record` offers.
SESSION_METHODS = frozenset({"session", "reader", "edit", "local", "local_edit"})


def sessions_opened(source: str) -> list[int]:
    """Lines calling ``<...>record.<session method>(...)``."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in SESSION_METHODS:
            continue
        owner = node.func.value
        name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
        if name == "record":
            lines.append(node.lineno)
    return lines


def test_front_ends_open_no_session() -> None:
    opened = {
        path.relative_to(ROOT).as_posix(): found
        for folder in ("ui", "commands")
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        if (found := sessions_opened(path.read_text(encoding="utf-8")))
    }
    assert opened == {}, "front ends call the core, which opens the sessions"


def test_the_session_scan_sees_the_record_however_reached() -> None:
    text = (
        "with record.reader() as s: pass\n"
        "with self.ctx.record.edit() as s: pass\n"
        "self.table.edit(index)\n"
    )
    assert sessions_opened(text) == [1, 2]
