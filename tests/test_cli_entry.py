"""The bare command opens the app without loading the verbs' layers."""

import subprocess
import sys

import pytest

from cisdesk.cli import app_target


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["--db", "x.db"], (True, "x.db")),
        (["--db=x.db"], (True, "x.db")),
        (["digest", "--db", "x.db"], (False, None)),
        (["--db", "x.db", "digest"], (False, None)),
        (["--version"], (False, None)),
        (["--db"], (False, None)),
        (["--db", "--version"], (False, None)),
    ],
)
def test_app_target(argv: list[str], expected: tuple[bool, str | None]) -> None:
    assert app_target(argv) == expected


def test_opening_the_app_does_not_build_the_verbs() -> None:
    code = (
        "import sys, cisdesk.cli as c\n"
        "c.setup_logging = lambda: None\n"
        "import cisdesk.ui.app as a\n"
        "a.run_app = lambda db: print('app', db) or 0\n"
        "c.main(['--db', 'x.db'])\n"
        "print('commands' in ' '.join(sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["app", "x.db", "False"], result.stderr
