"""Names carrying terminal control sequences never reach the terminal raw.

A site name or key file with ESC sequences could move the cursor, hide lines or
retitle the terminal when ``bundle import`` or ``keys list`` printed it. Every
output escapes control characters, and enrolment refuses them in names.
"""

import json
import sqlite3
from pathlib import Path

import pytest
from factories import connect, forge_bundle, key_file_of

from cisdesk.cli import main
from cisdesk.errors import ValidationError
from cisdesk.sync import keys
from cisdesk.sync.provision import create_install

HOSTILE = "Ministerio\x1b[2J\x1b]0;pwned\x07\x9b31m\u202eevil"
RAW = ("\x1b", "\x07", "\x9b", "\u202e")


def _assert_escaped(text: str) -> None:
    assert not any(ch in text for ch in RAW), repr(text)
    assert "\\x1b" in text


def test_a_hostile_site_name_in_a_bundle_is_printed_escaped(make_install, tmp_path, capsys):
    sisca, gt = make_install(None, "sisca"), make_install("GT", "gt")
    connect(sisca, gt)
    bundle = forge_bundle(gt, tmp_path / "b\x1b[31m.cisb", [], site_name=HOSTILE, seq=7)
    assert main(["bundle", "inspect", str(bundle)]) == 0
    out = capsys.readouterr().out
    _assert_escaped(out)
    assert main(["bundle", "import", "--db", sisca.target, str(bundle)]) == 0
    out, err = capsys.readouterr()
    _assert_escaped(out)
    assert not any(ch in err for ch in RAW)


def test_a_hostile_name_in_the_keyring_is_listed_escaped(make_install, capsys):
    sisca, gt = make_install(None, "sisca"), make_install("GT", "gt")
    connect(sisca, gt)
    sisca.close()
    assert sisca.path is not None
    conn = sqlite3.connect(sisca.path)  # as a keyring from an older version might hold it
    with conn:
        conn.execute("UPDATE keyring_entry SET site_name = ? WHERE country = 'GT'", (HOSTILE,))
    conn.close()
    assert main(["keys", "list", "--db", str(sisca.path)]) == 0
    _assert_escaped(capsys.readouterr().out)


def test_enrolment_refuses_a_key_file_whose_name_holds_control_characters(
    make_install, tmp_path: Path, capsys
) -> None:
    sisca, gt = make_install(None, "sisca"), make_install("GT", "gt")
    with gt.reader() as session:
        document = json.loads(keys.export_public_key(session))
    document["site_name"] = HOSTILE
    data = json.dumps(document).encode()
    with pytest.raises(ValidationError, match="control characters"):
        keys.read_public_key_file(data)
    key_file = tmp_path / "gt.pub"
    key_file.write_bytes(data)
    assert main(["keys", "enroll", "--db", sisca.target, str(key_file), "--country", "GT"]) == 1
    err = capsys.readouterr().err
    assert "control characters" in err and not any(ch in err for ch in RAW)
    assert key_file_of(gt).key_id not in {e for e in _enrolled(sisca)}


def _enrolled(record) -> set[str]:
    from cisdesk.db.local import KeyringEntry

    with record.reader() as session:
        return {e.key_id for e in session.query(KeyringEntry)}


def test_init_refuses_a_site_name_with_control_characters(tmp_path: Path, capsys) -> None:
    db = tmp_path / "gt.db"
    assert main(["init", "--db", str(db), "--country", "GT", "--site-name", HOSTILE]) == 1
    assert "control characters" in capsys.readouterr().err
    assert not db.exists()
    with pytest.raises(ValidationError):
        create_install(str(db), country="GT", site_name="a\x1bb")
