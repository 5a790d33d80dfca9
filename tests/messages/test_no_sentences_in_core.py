"""Every refusal the core raises names a catalogue code: no English sentence is left.

The core (everything under ``cisdesk/`` but the Qt interface) raises
:class:`~cisdesk.errors.CisdeskError` and its subclasses with a code from the
catalogue; a sentence written in the code could only ever be read in one language.
"""

import ast
import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest

import cisdesk
from cisdesk.errors import CisdeskError
from cisdesk.messages.catalog import CATALOGUE

ROOT = Path(cisdesk.__file__).parent
CORE_FILES = sorted(p for p in ROOT.rglob("*.py") if "ui" not in p.relative_to(ROOT).parts)


def _refusal_classes() -> set[str]:
    """Names of CisdeskError and every subclass the core defines."""
    for info in pkgutil.walk_packages([str(ROOT)], "cisdesk."):
        if not info.name.startswith(("cisdesk.ui", "cisdesk.db.migrations", "cisdesk.__main__")):
            importlib.import_module(info.name)
    names, todo = set(), [CisdeskError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


REFUSALS = _refusal_classes()


def _called_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name):
            return func.id
        if isinstance(func, ast.Attribute):
            return func.attr
    return None


def _raised_sentences(path: Path) -> list[str]:
    problems = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Raise) or node.exc is None:
            continue
        name = _called_name(node.exc)
        if name not in REFUSALS or name == "FieldError":
            continue
        assert isinstance(node.exc, ast.Call)
        args = node.exc.args
        first = args[0] if args else None
        where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
        if first is None:
            problems.append(f"{where}: {name}() without a message code")
        elif isinstance(first, ast.JoinedStr):
            problems.append(f"{where}: {name}(f-string sentence)")
        elif isinstance(first, ast.Constant) and first.value not in CATALOGUE:
            problems.append(f"{where}: {name}({first.value!r}) is not a catalogue code")
    return problems


def test_every_refusal_in_the_core_passes_a_catalogue_code() -> None:
    problems = [problem for path in CORE_FILES for problem in _raised_sentences(path)]
    assert not problems, "\n".join(problems)


_CODE = re.compile(r"^[a-z_]+(\.[a-z0-9_]+)+$")


def _literal_codes(path: Path) -> list[tuple[int, str]]:
    """First arguments of msg()/text()/say() calls written as literal codes."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if _called_name(node) in ("msg", "text", "say", "Message"):
            assert isinstance(node, ast.Call)
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and _CODE.match(str(first.value)):
                found.append((node.lineno, first.value))
    return found


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_codes_named_in_the_core_exist(path: Path) -> None:
    missing = [f"line {n}: {code}" for n, code in _literal_codes(path) if code not in CATALOGUE]
    assert not missing, "\n".join(missing)


def test_no_message_uses_the_field_placeholder() -> None:
    """``field=`` names the form field a ValidationError marks; a message cannot use it."""
    users = [
        code
        for code, pair in CATALOGUE.items()
        for template in pair
        if any(name == "field" for _, name, _, _ in string.Formatter().parse(template))
    ]
    assert not users, users
