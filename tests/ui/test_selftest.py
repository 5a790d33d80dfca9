"""``cisdesk selftest``: one line per check, exit 0 only when everything is healthy."""

import os
import subprocess
import sys

from sqlalchemy import update

from cisdesk.cli import main
from cisdesk.db.local import SigningKey
from cisdesk.db.record import open_record
from cisdesk.sync import keys


def test_selftest_on_a_demo_database_is_healthy(qapp, capsys) -> None:
    assert main(["selftest"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "healthy"
    checked = [line.split(":")[0] for line in out if line.startswith("ok")]
    for what in ("database", "install", "key", "key pair", "fingerprint", "main window"):
        assert f"ok    {what}" in checked
    assert sum(1 for line in checked if line.startswith("ok    view ")) == 10
    assert not any(line.startswith("FAIL") for line in out)


def test_selftest_on_a_given_database(qapp, capsys, demo_regional_db) -> None:
    assert main(["selftest", "--db", str(demo_regional_db)]) == 0
    out = capsys.readouterr().out
    assert "SISCA (regional)" in out


def test_selftest_fails_on_a_file_that_is_not_a_database(qapp, capsys, tmp_path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not sqlite")
    assert main(["selftest", "--db", str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("FAIL  database:")
    assert out[-1] == "NOT healthy"


def test_selftest_fails_when_the_key_pair_does_not_match(qapp, capsys, demo_country_db) -> None:
    other = keys.public_bytes(keys.generate().public_key())
    with open_record(str(demo_country_db)) as record, record.engine.begin() as conn:
        conn.execute(update(SigningKey).values(public_key=other))
    assert main(["selftest", "--db", str(demo_country_db)]) == 1
    out = capsys.readouterr().out
    assert "FAIL  keys:" in out


def test_selftest_command_runs_headless_on_its_own(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["CISDESK_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "cisdesk", "selftest"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "main window: opened (offscreen platform)" in done.stdout
