"""Signing keys, public key files and the ``cisdesk keys`` verbs."""

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import connect, key_file_of

from cisdesk.cli import main
from cisdesk.db.local import KeyringEntry, SigningKey, TrustedRoot
from cisdesk.db.record import Record
from cisdesk.errors import CisdeskError, DatabaseError, ValidationError
from cisdesk.sync import keys
from cisdesk.sync.provision import create_install

FINGERPRINT = re.compile(r"[A-Z2-7]{4}( [A-Z2-7]{4}){7}")


def _exported(record: Record) -> dict:
    with record.reader() as session:
        return json.loads(keys.export_public_key(session))


def _file(document: dict) -> bytes:
    return json.dumps(document).encode()


# --- keys and fingerprints -------------------------------------------------------------------


def test_fingerprint_is_eight_groups_of_four() -> None:
    raw = keys.public_bytes(keys.generate().public_key())
    assert FINGERPRINT.fullmatch(keys.fingerprint(raw))
    assert keys.fingerprint(raw) != keys.fingerprint(
        keys.public_bytes(keys.generate().public_key())
    )


def test_key_id_is_16_hex_digits() -> None:
    raw = keys.public_bytes(keys.generate().public_key())
    assert keys.KEY_ID_PATTERN.fullmatch(keys.key_id(raw))


def test_unprotected_key_loads_and_signs(country_record: Record) -> None:
    with country_record.reader() as session:
        private = keys.load_signing_key(session, None)
        row = keys.own_key(session)
    keys.load_public(row.public_key).verify(private.sign(b"x"), b"x")


@pytest.fixture
def protected_record(tmp_path: Path) -> Iterator[Record]:
    record = create_install(str(tmp_path / "hn.db"), country="HN", passphrase="correct horse")
    yield record
    record.close()


def test_protected_key_needs_its_passphrase(protected_record: Record) -> None:
    with protected_record.reader() as session, pytest.raises(keys.PassphraseRequired):
        keys.load_signing_key(session, None)


def test_protected_key_refuses_a_wrong_passphrase(protected_record: Record) -> None:
    with protected_record.reader() as session, pytest.raises(CisdeskError, match="wrong"):
        keys.load_signing_key(session, "battery staple")


def test_protected_key_loads_with_its_passphrase(protected_record: Record) -> None:
    with protected_record.reader() as session:
        assert keys.own_key(session).encrypted
        private = keys.load_signing_key(session, "correct horse")
        assert keys.public_bytes(private.public_key()) == keys.own_key(session).public_key


def test_a_stored_key_whose_halves_differ_is_refused(country_record: Record) -> None:
    with country_record.local() as session:
        row = session.get(SigningKey, keys.own_key(session).key_id)
        row.private_key_pem = keys.private_pem(keys.generate(), None)
        session.commit()
    with country_record.reader() as session, pytest.raises(DatabaseError, match="does not match"):
        keys.load_signing_key(session, None)


# --- public key files ---------------------------------------------------------------------------


def test_key_file_round_trip(country_record: Record) -> None:
    key_file = key_file_of(country_record)
    install = country_record.install
    assert key_file.country == "GT"
    assert key_file.site_id == install.site_id
    assert key_file.site_name == install.site_name
    assert not key_file.is_root
    assert key_file.deployment_id is None
    with country_record.reader() as session:
        assert key_file.key_id == keys.own_key(session).key_id


def test_root_key_file(regional_record: Record) -> None:
    key_file = key_file_of(regional_record)
    assert key_file.is_root
    assert key_file.country == "REG"
    assert key_file.deployment_id == regional_record.install.deployment_id


def test_a_key_file_with_another_public_key_is_refused(country_record: Record) -> None:
    document = _exported(country_record)
    document["public_key"] = keys.b64encode(keys.public_bytes(keys.generate().public_key()))
    with pytest.raises(ValidationError, match="altered"):
        keys.read_public_key_file(_file(document))


def test_a_key_file_with_another_key_id_is_refused(country_record: Record) -> None:
    document = _exported(country_record)
    document["key_id"] = "0123456789abcdef"
    with pytest.raises(ValidationError, match="altered"):
        keys.read_public_key_file(_file(document))


def test_a_country_key_file_claiming_to_be_root_is_refused(country_record: Record) -> None:
    document = _exported(country_record)
    document["is_root"] = True
    with pytest.raises(ValidationError, match="altered"):
        keys.read_public_key_file(_file(document))


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("format", "ssh-key", "not a cisdesk public key file"),
        ("public_key", "not base64!", "32-byte Ed25519 key"),
        ("public_key", keys.b64encode(b"short"), "32-byte Ed25519 key"),
        ("key_id", "XYZ", "16 lowercase hex"),
        ("site_id", "somewhere", "site id"),
        ("site_name", "", "site name"),
        ("country", "US", "country"),
        ("deployment_id", 42, "deployment id"),
        ("is_root", "no", "true or false"),
    ],
)
def test_malformed_key_files_are_refused(
    country_record: Record, field: str, value: object, reason: str
) -> None:
    document = _exported(country_record)
    document[field] = value
    with pytest.raises(ValidationError, match=reason):
        keys.read_public_key_file(_file(document))


def test_a_key_file_missing_a_field_is_refused(country_record: Record) -> None:
    document = _exported(country_record)
    del document["site_id"]
    with pytest.raises(ValidationError, match="lacks the field 'site_id'"):
        keys.read_public_key_file(_file(document))


def test_a_key_file_with_an_unknown_field_is_refused(country_record: Record) -> None:
    document = _exported(country_record)
    document["comment"] = "trust me"
    with pytest.raises(ValidationError, match="unknown field 'comment'"):
        keys.read_public_key_file(_file(document))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"-----BEGIN PUBLIC KEY-----", "not valid JSON"),
        (b"[1]", "must be a JSON object"),
        (b'{"format": "cisdesk-public-key", "format": "x"}', "repeats the key"),
        (b"x" * (keys.MAX_KEY_FILE_BYTES + 1), "far too large"),
    ],
)
def test_files_that_are_not_key_files_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        keys.read_public_key_file(data)


# --- the CLI ---------------------------------------------------------------------------


def _db(record: Record) -> str:
    return str(record.path)


def test_cli_keys_show(country_record: Record, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["keys", "show", "--db", _db(country_record)]) == 0
    out = capsys.readouterr().out
    with country_record.reader() as session:
        own = keys.own_key(session)
    assert f"Key id: {own.key_id}" in out
    assert f"Fingerprint: {keys.fingerprint(own.public_key)}" in out
    assert FINGERPRINT.search(out)
    assert "Guatemala (GT)" in out
    assert "Trusted SISCA root key: none" in out


def test_cli_keys_show_on_a_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keys", "show", "--db", str(tmp_path / "none.db")]) == 1
    assert "no database" in capsys.readouterr().err


def test_cli_keys_without_an_action_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as caught:
        main(["keys"])
    assert caught.value.code == 2


def test_cli_keys_export(
    country_record: Record, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "gt.pub"
    assert main(["keys", "export", "--db", _db(country_record), "-o", str(target)]) == 0
    key_file = keys.read_public_key_file(target.read_bytes())
    assert key_file.fingerprint in capsys.readouterr().out


def test_cli_keys_export_into_a_missing_folder(
    country_record: Record, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nowhere" / "gt.pub"
    assert main(["keys", "export", "--db", _db(country_record), "-o", str(target)]) == 1
    assert "Cannot write" in capsys.readouterr().err


def _export(record: Record, target: Path) -> str:
    assert main(["keys", "export", "--db", _db(record), "-o", str(target)]) == 0
    return str(target)


def test_cli_keys_trust(make_install, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sisca, country = make_install(None), make_install("HN")
    root_file = _export(sisca, tmp_path / "sisca.pub")
    capsys.readouterr()
    assert main(["keys", "trust", "--db", _db(country), root_file]) == 0
    assert key_file_of(sisca).fingerprint in capsys.readouterr().out
    with country.reader() as session:
        assert session.get(TrustedRoot, key_file_of(sisca).key_id) is not None
    assert country.refresh_install().deployment_id == sisca.install.deployment_id


def test_cli_keys_trust_refuses_a_country_key(
    make_install, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    country, other = make_install("HN"), make_install("GT")
    other_file = _export(other, tmp_path / "gt.pub")
    assert main(["keys", "trust", "--db", _db(country), other_file]) == 1
    assert "not SISCA's root key" in capsys.readouterr().err
    with country.reader() as session:
        assert session.query(TrustedRoot).count() == 0


def test_cli_keys_trust_refuses_a_missing_file(
    country_record: Record, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keys", "trust", "--db", _db(country_record), str(tmp_path / "x.pub")]) == 1
    assert "no key file" in capsys.readouterr().err


def test_cli_keys_trust_refuses_a_tampered_file(
    make_install, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sisca, country = make_install(None), make_install("HN")
    root_file = Path(_export(sisca, tmp_path / "sisca.pub"))
    document = json.loads(root_file.read_bytes())
    document["public_key"] = keys.b64encode(keys.public_bytes(keys.generate().public_key()))
    root_file.write_text(json.dumps(document))
    assert main(["keys", "trust", "--db", _db(country), str(root_file)]) == 1
    assert "altered" in capsys.readouterr().err


def test_cli_keys_enroll(make_install, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sisca, country = make_install(None), make_install("HN")
    country_file = _export(country, tmp_path / "hn.pub")
    assert main(["keys", "enroll", "--db", _db(sisca), country_file, "--country", "hn"]) == 0
    assert "for Honduras" in capsys.readouterr().out
    with sisca.reader() as session:
        entry = session.get(KeyringEntry, key_file_of(country).key_id)
        assert entry is not None and entry.country == "HN"
    assert main(["keys", "enroll", "--db", _db(sisca), country_file, "--country", "HN"]) == 0
    assert "already enrolled" in capsys.readouterr().out


def test_cli_keys_enroll_refuses_another_country(
    make_install, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sisca, country = make_install(None), make_install("HN")
    country_file = _export(country, tmp_path / "hn.pub")
    assert main(["keys", "enroll", "--db", _db(sisca), country_file, "--country", "GT"]) == 1
    assert "not Guatemala" in capsys.readouterr().err


def test_cli_keys_enroll_needs_a_country(make_install, tmp_path: Path) -> None:
    sisca, country = make_install(None), make_install("HN")
    country_file = _export(country, tmp_path / "hn.pub")
    with pytest.raises(SystemExit) as caught:
        main(["keys", "enroll", "--db", _db(sisca), country_file])
    assert caught.value.code == 2


def test_cli_keys_enroll_at_a_country_install_is_refused(
    make_install, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    country, other = make_install("HN"), make_install("GT")
    other_file = _export(other, tmp_path / "gt.pub")
    assert main(["keys", "enroll", "--db", _db(country), other_file, "--country", "GT"]) == 1
    assert "Only the SISCA install" in capsys.readouterr().err


def test_cli_keys_revoke(make_install, capsys: pytest.CaptureFixture[str]) -> None:
    sisca, country = make_install(None), make_install("HN")
    connect(sisca, country)
    key_id = key_file_of(country).key_id
    assert main(["keys", "revoke", "--db", _db(sisca), key_id, "--after-seq", "4"]) == 0
    assert "after number 4" in capsys.readouterr().out
    assert main(["keys", "revoke", "--db", _db(sisca), key_id]) == 0
    assert "all its bundles" in capsys.readouterr().out
    with sisca.reader() as session:
        assert session.get(KeyringEntry, key_id).revoked_after_seq == 0


def test_cli_keys_revoke_refuses_an_unknown_key(
    regional_record: Record, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keys", "revoke", "--db", _db(regional_record), "0123456789abcdef"]) == 1
    assert "No key '0123456789abcdef' is enrolled" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["not-a-key"], ["0123456789abcdef", "--after-seq", "-1"]])
def test_cli_keys_revoke_usage_errors(
    regional_record: Record, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keys", "revoke", "--db", _db(regional_record), *args]) == 2
    assert capsys.readouterr().err.startswith("cisdesk: ")


def test_cli_keys_list(make_install, capsys: pytest.CaptureFixture[str]) -> None:
    sisca, country = make_install(None), make_install("HN")
    connect(sisca, country)
    assert main(["keys", "list", "--db", _db(sisca)]) == 0
    out = capsys.readouterr().out
    assert key_file_of(country).fingerprint in out
    assert "HN" in out and "REG" in out
    assert "next regional bundle carries version 1" in out


def test_signing_key_from_args_explains_the_passphrase(
    protected_record: Record, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from cisdesk.commands.keys_cmds import signing_key_from_args

    monkeypatch.delenv("CISDESK_PASSPHRASE", raising=False)
    args = argparse.Namespace(passphrase_env=None)
    with pytest.raises(CisdeskError, match="CISDESK_PASSPHRASE"):
        signing_key_from_args(protected_record, args)
    monkeypatch.setenv("CISDESK_PASSPHRASE", "correct horse")
    assert signing_key_from_args(protected_record, args) is not None
    monkeypatch.setenv("MY_PASS", "wrong")
    with pytest.raises(CisdeskError, match="wrong"):
        signing_key_from_args(protected_record, argparse.Namespace(passphrase_env="MY_PASS"))
