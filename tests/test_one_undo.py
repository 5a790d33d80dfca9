"""One undo mechanism: the window's one QUndoStack, and commands only in ``ui/undo.py``.

Every edit of the record is undone by replaying its change set through
``Record.undo``/``Record.redo`` (docs/ARCHITECTURE.md, "Undo"); a second kind of
command, or a second stack, would bypass that write gate.
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "cisdesk"


def _modules() -> list[tuple[str, ast.Module]]:
    return [
        (path.relative_to(PACKAGE.parent).as_posix(), ast.parse(path.read_text("utf-8")))
        for path in sorted(PACKAGE.rglob("*.py"))
    ]


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def test_undo_commands_are_defined_only_in_ui_undo() -> None:
    commands = {"QUndoCommand"}
    where: dict[str, str] = {}
    changed = True
    while changed:  # subclasses of subclasses, across modules
        changed = False
        for path, tree in _modules():
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.ClassDef)
                    and node.name not in commands
                    and any(_name(base) in commands for base in node.bases)
                ):
                    commands.add(node.name)
                    where[node.name] = path
                    changed = True
    assert where, "the record's command is found"
    assert set(where.values()) == {"cisdesk/ui/undo.py"}, where


def test_there_is_one_undo_stack() -> None:
    made = [
        path
        for path, tree in _modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _name(node.func) in ("QUndoStack", "QUndoGroup")
    ]
    assert made == ["cisdesk/ui/context.py"]


def test_only_ui_undo_pushes_onto_the_stack() -> None:
    pushers = {
        path
        for path, tree in _modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "push"
        and _name(node.func.value) == "undo_stack"
    }
    assert pushers == {"cisdesk/ui/undo.py"}
