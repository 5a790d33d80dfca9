"""Another application's SQLite file is identified read-only and left exactly as it was."""

import sqlite3
from pathlib import Path

import pytest

from cisdesk.cli import main


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('la lista de la compra')")
    conn.close()


@pytest.mark.parametrize(
    "verb", [["digest"], ["keys", "show"], ["bundle", "export", "-o", "x.cisb"], ["demo"]]
)
def test_a_foreign_sqlite_file_is_refused_and_unchanged(tmp_path: Path, verb, capsys) -> None:
    folder = tmp_path / "otra app"
    folder.mkdir()
    db = folder / "notas.sqlite"
    _foreign(db)
    before = db.read_bytes()
    args = [*verb, "--db", str(db)]
    if "-o" in args:
        args[args.index("-o") + 1] = str(tmp_path / "x.cisb")
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "not a cisdesk database" in err and len(err.strip().splitlines()) == 1
    assert db.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["notas.sqlite"]
