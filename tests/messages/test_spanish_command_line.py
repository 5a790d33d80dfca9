"""A Spanish command line never answers in English: the key flows, bundles, workbooks.

The command line follows the system language (``LANG=es_GT.UTF-8`` gives
Spanish) unless ``CISDESK_LANG`` says otherwise; refusals and summaries come
from the catalogue.
"""

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from spanish_text import assert_spanish

from cisdesk.cli import main
from cisdesk.reports.excel_format import COLUMN_INDEX, FIRST_DATA_ROW, MAIN_SHEET


@pytest.fixture
def spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Guatemalan computer's locale, with no override."""
    monkeypatch.delenv("CISDESK_LANG", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "es_GT.UTF-8")


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def installs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Path]:
    """SISCA and Guatemala that know each other, and Honduras that nobody enrolled."""
    made = {name: tmp_path / f"{name}.db" for name in ("sisca", "gt", "hn")}
    for name, args in (("sisca", ["--regional"]), ("gt", ["--country", "GT"])):
        assert _run(capsys, "init", "--db", made[name], *args)[0] == 0
    assert _run(capsys, "init", "--db", made["hn"], "--country", "HN")[0] == 0
    assert _run(capsys, "demo", "--db", made["gt"])[0] == 0
    for name in ("sisca", "gt", "hn"):
        out = tmp_path / f"{name}.pub"
        assert _run(capsys, "keys", "export", "--db", made[name], "-o", out)[0] == 0
    assert (
        _run(
            capsys, "keys", "enroll", "--db", made["sisca"], tmp_path / "gt.pub", "--country", "GT"
        )[0]
        == 0
    )
    assert _run(capsys, "keys", "trust", "--db", made["gt"], tmp_path / "sisca.pub")[0] == 0
    return made


def _flip_payload_byte(bundle: Path) -> None:
    """Change one byte inside the payload entry's data: the zip's checks catch it."""
    raw = bytearray(bundle.read_bytes())
    name = b"payload.jsonl"
    local = raw.find(b"PK\x03\x04")  # the first local header
    while local >= 0:
        name_length, extra_length = struct.unpack_from("<HH", raw, local + 26)
        if raw[local + 30 : local + 30 + name_length] == name:
            size = struct.unpack_from("<I", raw, local + 18)[0]
            start = local + 30 + name_length + extra_length
            raw[start + size // 2] ^= 0x55
            bundle.write_bytes(bytes(raw))
            return
        local = raw.find(b"PK\x03\x04", local + 4)
    raise AssertionError("no payload entry")


def test_a_tampered_bundle_is_refused_in_spanish_by_a_spanish_system(
    installs: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "guatemala.cisb"
    assert _run(capsys, "bundle", "export", "--db", installs["gt"], "-o", bundle)[0] == 0
    _flip_payload_byte(bundle)
    env = {k: v for k, v in os.environ.items() if k not in ("CISDESK_LANG", "LC_ALL")}
    env.update(LANG="es_GT.UTF-8", LC_MESSAGES="es_GT.UTF-8")
    done = subprocess.run(
        [sys.executable, "-m", "cisdesk", "bundle", "import", "--db", installs["sisca"], bundle],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    # Refusals go to standard error, with the count after them.
    assert not done.stdout
    assert "rechazado" in done.stderr and "dañad" in done.stderr
    assert_spanish(done.stderr)
    last = done.stderr.strip().splitlines()[-1]
    assert last == "cisdesk: 1 de 1 archivos de paquete no se importaron."
    # CISDESK_LANG wins over the system language.
    env["CISDESK_LANG"] = "en"
    done = subprocess.run(
        [sys.executable, "-m", "cisdesk", "bundle", "import", "--db", installs["sisca"], bundle],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "rejected" in done.stderr and "damaged" in done.stderr


def test_the_key_flows_answer_in_spanish(
    installs: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], spanish: None
) -> None:
    # Enrolling Honduras' key as if it were Nicaragua's.
    code, _out, err = _run(
        capsys, "keys", "enroll", "--db", installs["sisca"], tmp_path / "hn.pub", "--country", "NI"
    )
    assert code == 1
    assert "Honduras" in err and "Nicaragua" in err
    assert_spanish(err)
    # Trusting a country's key as if it were SISCA's root.
    code, _out, err = _run(capsys, "keys", "trust", "--db", installs["hn"], tmp_path / "gt.pub")
    assert code == 1 and "clave raíz" in err
    assert_spanish(err)
    # A bundle signed by a key SISCA never enrolled.
    bundle = tmp_path / "honduras.cisb"
    code, out, _err = _run(capsys, "bundle", "export", "--db", installs["hn"], "-o", bundle)
    assert code == 0
    assert_spanish(out)
    code, out, err = _run(capsys, "bundle", "import", "--db", installs["sisca"], bundle)
    assert code == 1
    assert "Pida a la SISCA que inscriba la clave" in err
    assert not out
    assert_spanish(err)
    # A successful trust and the listing also speak Spanish.
    code, out, _err = _run(capsys, "keys", "trust", "--db", installs["hn"], tmp_path / "sisca.pub")
    assert code == 0
    assert_spanish(out)
    code, out, _err = _run(capsys, "keys", "list", "--db", installs["sisca"])
    assert code == 0 and "Versión del llavero" in out


def test_a_bad_workbook_is_refused_in_spanish(
    installs: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], spanish: None
) -> None:
    template = tmp_path / "plantilla.xlsx"
    code, out, _err = _run(capsys, "excel", "template", "--db", installs["gt"], "-o", template)
    assert code == 0
    assert_spanish(out)
    wb = load_workbook(template)
    ws = wb[MAIN_SHEET["es"]]
    ws.cell(FIRST_DATA_ROW, COLUMN_INDEX["status"]).value = "Terminado"
    ws.cell(FIRST_DATA_ROW + 1, COLUMN_INDEX["percent"]).value = "mucho"
    ws.cell(FIRST_DATA_ROW + 2, COLUMN_INDEX["result"]).value = "otro texto"
    wb.save(template)
    code, _out, err = _run(capsys, "excel", "import", "--db", installs["gt"], template)
    assert code == 1
    lines = err.strip().splitlines()
    assert lines[-1].startswith("cisdesk: 3 problemas en plantilla.xlsx: Hoja 'Avance', fila")
    for line in lines:
        assert_spanish(line)
    # Not a workbook at all.
    junk = tmp_path / "notas.xlsx"
    junk.write_bytes(b"PK\x03\x04 esto no es un libro")
    code, _out, err = _run(capsys, "excel", "import", "--db", installs["gt"], junk)
    assert code == 1 and "no es un libro de Excel" in err
    assert_spanish(err)


def test_a_missing_database_is_named_in_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spanish: None
) -> None:
    code, _out, err = _run(capsys, "keys", "show", "--db", tmp_path / "nada.db")
    assert code == 1 and "cree una con 'cisdesk init'" in err
    assert_spanish(err)
