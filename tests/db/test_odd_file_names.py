"""Databases, backups, bundles, PDFs and workbooks in folders and files with odd names.

"Proyecto #2" is an ordinary Windows folder; '#', '?' and '%' once reached SQLite
inside an unescaped URI, so the backup before an import came out empty and a
stray file "Proyecto " appeared beside the folder.
"""

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from cisdesk.cli import main
from cisdesk.db.backup import backup_database, list_backups
from cisdesk.db.record import open_record

NAMES = [
    ("Proyecto #2", "gt #1.db"),
    ("a%20b?c&d", "datos %41 ?x=1&y.db"),
    ("Año ñ 日本語 Ελλάδα", "base de datos ü.db"),
]


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(str(path))
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


@pytest.mark.parametrize(("folder", "name"), NAMES)
def test_every_file_the_record_writes_works_under_odd_names(
    tmp_path: Path, folder: str, name: str, capsys
) -> None:
    base = tmp_path / folder
    base.mkdir()
    gt, sisca = base / name, base / f"SISCA {name}"
    assert main(["init", "--db", str(gt), "--country", "GT"]) == 0
    assert main(["init", "--db", str(sisca), "--regional"]) == 0
    assert main(["keys", "export", "--db", str(sisca), "-o", str(base / "raíz #?.pub")]) == 0
    assert main(["keys", "trust", "--db", str(gt), str(base / "raíz #?.pub")]) == 0
    assert main(["keys", "export", "--db", str(gt), "-o", str(base / "gt %.pub")]) == 0
    enroll = ["keys", "enroll", "--db", str(sisca), str(base / "gt %.pub"), "--country", "GT"]
    assert main(enroll) == 0
    bundle = base / "paquete #1 ?.cisb"
    assert main(["bundle", "export", "--db", str(gt), "-o", str(bundle)]) == 0
    assert main(["bundle", "import", "--db", str(sisca), str(bundle)]) == 0

    # The backup taken before the import is a complete copy, not an empty file.
    [copy] = [c.path for c in list_backups(sisca) if c.reason == "before-import"]
    assert {"install", "signing_key", "field_version"} <= _tables(copy)
    manual = backup_database(gt, "manual", base / "copias #2")
    assert "install" in _tables(manual)
    with open_record(str(manual)) as record:
        assert record.install.country == "GT"
    # Nothing appeared beside the folder.
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]

    pdf = base / "informe #1 %.pdf"
    assert main(["report", "pdf", "--db", str(sisca), "-o", str(pdf)]) == 0
    assert len(PdfReader(pdf).pages) >= 1
    xlsx = base / "libro ?&.xlsx"
    assert main(["excel", "export", "--db", str(sisca), "-o", str(xlsx)]) == 0
    assert load_workbook(xlsx, read_only=True).sheetnames
    assert main(["digest", "--db", str(gt)]) == 0
    capsys.readouterr()
