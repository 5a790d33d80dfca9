"""The keyring: enrolment, revocation, signed versions, trust and signer resolution."""

import json
from pathlib import Path
from typing import Any

import pytest
from factories import (
    caller_manifest,
    connect,
    key_file_of,
    payload_bytes,
    sign_keyring,
)
from sqlalchemy import select

from cisdesk.db.local import Keyring, KeyringEntry, TrustedRoot
from cisdesk.db.record import Record
from cisdesk.errors import BundleRejected, CisdeskError, ValidationError
from cisdesk.sync import container, keyring, keys, strictjson
from cisdesk.sync.keys import PublicKeyFile


@pytest.fixture
def sisca(make_install) -> Record:
    return make_install(None, "sisca")


@pytest.fixture
def honduras(make_install) -> Record:
    return make_install("HN", "honduras")


def _entries(record: Record) -> dict[str, KeyringEntry]:
    with record.reader() as session:
        return {e.key_id: e for e in session.scalars(select(KeyringEntry))}


def _enroll(sisca: Record, key_file: PublicKeyFile, country: str) -> KeyringEntry:
    with sisca.local() as session:
        entry = keyring.enroll(session, key_file, country)
        session.commit()
        return entry


def _revoke(sisca: Record, key_id: str, after_seq: int | None) -> None:
    with sisca.local() as session:
        keyring.revoke(session, key_id, after_seq)
        session.commit()


def _accept(record: Record, document: bytes, signature: bytes) -> bool:
    with record.local() as session:
        accepted = keyring.accept_keyring(session, document, signature)
        session.commit()
    return accepted


def _trust(record: Record, key_file: PublicKeyFile) -> None:
    with record.local() as session:
        keyring.trust_root(session, key_file)
        session.commit()


def _version(document: bytes) -> int:
    return json.loads(document)["version"]


# --- enrolment ------------------------------------------------------------------------------


def test_enroll_adds_the_key(sisca: Record, honduras: Record) -> None:
    key_file = key_file_of(honduras)
    entry = _enroll(sisca, key_file, "HN")
    assert entry.country == "HN"
    assert entry.site_id == honduras.install.site_id
    assert entry.revoked_after_seq is None
    assert set(_entries(sisca)) == {key_file.key_id, key_file_of(sisca).key_id}


def test_enrolling_the_same_key_again_changes_nothing(sisca: Record, honduras: Record) -> None:
    key_file = key_file_of(honduras)
    _enroll(sisca, key_file, "HN")
    first = sign_keyring(sisca)
    _enroll(sisca, key_file, "HN")
    assert sign_keyring(sisca) == first


def test_enroll_refuses_a_country_mismatch(sisca: Record, honduras: Record) -> None:
    with pytest.raises(ValidationError, match="install of Honduras, not Guatemala"):
        _enroll(sisca, key_file_of(honduras), "GT")
    assert len(_entries(sisca)) == 1


def test_enroll_refuses_an_unknown_country(sisca: Record, honduras: Record) -> None:
    with pytest.raises(ValidationError, match="Unknown country code 'XX'"):
        _enroll(sisca, key_file_of(honduras), "XX")


def test_enroll_refuses_a_root_key(sisca: Record, make_install) -> None:
    other_sisca = make_install(None, "other")
    with pytest.raises(ValidationError, match="root key"):
        _enroll(sisca, key_file_of(other_sisca), "HN")
    # The file's own owner value ("REG") as the country: still named as a root key.
    with pytest.raises(ValidationError, match="SISCA's root key"):
        _enroll(sisca, key_file_of(other_sisca), "REG")


def test_enroll_only_at_sisca(honduras: Record, make_install) -> None:
    guatemala = make_install("GT")
    with pytest.raises(CisdeskError, match="Only the SISCA install can enrol"):
        _enroll(honduras, key_file_of(guatemala), "GT")


def test_enroll_refuses_a_key_of_another_deployment(
    sisca: Record, honduras: Record, make_install
) -> None:
    other_sisca = make_install(None, "other")
    _trust(honduras, key_file_of(other_sisca))
    with pytest.raises(ValidationError, match="another deployment"):
        _enroll(sisca, key_file_of(honduras), "HN")


def test_enroll_refuses_a_second_key_for_the_same_site(sisca: Record, honduras: Record) -> None:
    real = key_file_of(honduras)
    _enroll(sisca, real, "HN")
    impostor_raw = keys.public_bytes(keys.generate().public_key())
    impostor = PublicKeyFile(
        key_id=keys.key_id(impostor_raw),
        public_key=impostor_raw,
        site_id=real.site_id,
        site_name=real.site_name,
        country="HN",
        deployment_id=None,
        is_root=False,
    )
    with pytest.raises(ValidationError, match=r"Another key .* is already enrolled for the site"):
        _enroll(sisca, impostor, "HN")


def test_enroll_refuses_a_revoked_key(sisca: Record, honduras: Record) -> None:
    key_file = key_file_of(honduras)
    _enroll(sisca, key_file, "HN")
    _revoke(sisca, key_file.key_id, None)
    with pytest.raises(ValidationError, match="revoked key cannot be enrolled again"):
        _enroll(sisca, key_file, "HN")


# --- revocation ------------------------------------------------------------------------------


def test_revoke_after_seq(sisca: Record, honduras: Record) -> None:
    key_file = key_file_of(honduras)
    _enroll(sisca, key_file, "HN")
    _revoke(sisca, key_file.key_id, 5)
    assert _entries(sisca)[key_file.key_id].revoked_after_seq == 5


def test_revoke_all(sisca: Record, honduras: Record) -> None:
    key_file = key_file_of(honduras)
    _enroll(sisca, key_file, "HN")
    _revoke(sisca, key_file.key_id, None)
    assert _entries(sisca)[key_file.key_id].revoked_after_seq == 0


def test_revocation_moves_only_earlier(sisca: Record, honduras: Record) -> None:
    key_file = key_file_of(honduras)
    _enroll(sisca, key_file, "HN")
    _revoke(sisca, key_file.key_id, 5)
    with pytest.raises(ValidationError, match="can only move earlier"):
        _revoke(sisca, key_file.key_id, 9)
    _revoke(sisca, key_file.key_id, 2)
    assert _entries(sisca)[key_file.key_id].revoked_after_seq == 2


def test_revoke_refuses_an_unknown_key(sisca: Record) -> None:
    with pytest.raises(ValidationError, match="No key"):
        _revoke(sisca, "0123456789abcdef", None)


def test_revoke_refuses_the_root_key(sisca: Record) -> None:
    with pytest.raises(ValidationError, match="root key cannot be revoked"):
        _revoke(sisca, key_file_of(sisca).key_id, None)


def test_revoke_refuses_a_negative_seq(sisca: Record, honduras: Record) -> None:
    key_file = key_file_of(honduras)
    _enroll(sisca, key_file, "HN")
    with pytest.raises(ValidationError, match="negative"):
        _revoke(sisca, key_file.key_id, -1)


def test_revoke_only_at_sisca(honduras: Record) -> None:
    with pytest.raises(CisdeskError, match="Only the SISCA install can revoke"):
        _revoke(honduras, "0123456789abcdef", None)


# --- signed versions ---------------------------------------------------------------------------


def test_keyring_version_increases_when_entries_change(sisca: Record, honduras: Record) -> None:
    first, _ = sign_keyring(sisca)
    assert _version(first) == 1
    assert sign_keyring(sisca)[0] == first
    key_file = key_file_of(honduras)
    _enroll(sisca, key_file, "HN")
    second, _ = sign_keyring(sisca)
    assert _version(second) == 2
    _revoke(sisca, key_file.key_id, 3)
    third, _ = sign_keyring(sisca)
    assert _version(third) == 3
    with sisca.reader() as session:
        held = session.scalars(select(Keyring)).all()
    assert [k.version for k in held] == [3]


def test_keyring_document_is_canonical_and_complete(sisca: Record, honduras: Record) -> None:
    key_file = key_file_of(honduras)
    _enroll(sisca, key_file, "HN")
    document, signature = sign_keyring(sisca)
    parsed = strictjson.loads(document, max_depth=3)
    assert strictjson.dumps_canonical(parsed) == document
    assert parsed["format"] == "cisdesk-keyring"
    assert parsed["deployment_id"] == sisca.install.deployment_id
    assert parsed["root_key_id"] == key_file_of(sisca).key_id
    assert [e["key_id"] for e in parsed["entries"]] == sorted(
        [key_file.key_id, key_file_of(sisca).key_id]
    )
    honduras_entry = next(e for e in parsed["entries"] if e["key_id"] == key_file.key_id)
    assert honduras_entry == {
        "key_id": key_file.key_id,
        "public_key": keys.b64encode(key_file.public_key),
        "country": "HN",
        "site_id": key_file.site_id,
        "site_name": key_file.site_name,
        "revoked_after_seq": None,
    }
    root = key_file_of(sisca).verifier()
    root.verify(signature, keyring.KEYRING_SIGNATURE_PREFIX + document)


def test_signing_the_keyring_needs_the_root_key(sisca: Record) -> None:
    with sisca.reader() as session, pytest.raises(CisdeskError, match="root key"):
        keyring.signed_keyring(session, keys.generate())


# --- accepting keyrings -------------------------------------------------------------------------


def test_a_country_accepts_a_newer_keyring(sisca: Record, honduras: Record) -> None:
    connect(sisca, honduras)
    document, signature = sign_keyring(sisca)
    assert _accept(honduras, document, signature)
    assert set(_entries(honduras)) == set(_entries(sisca))
    assert _accept(honduras, document, signature) is False


def test_accepting_a_newer_keyring_replaces_the_entries(
    sisca: Record, honduras: Record, make_install
) -> None:
    connect(sisca, honduras)
    _accept(honduras, *sign_keyring(sisca))
    guatemala = make_install("GT")
    _enroll(sisca, key_file_of(guatemala), "GT")
    _revoke(sisca, key_file_of(honduras).key_id, 7)
    newer = sign_keyring(sisca)
    assert _accept(honduras, *newer)
    entries = _entries(honduras)
    assert key_file_of(guatemala).key_id in entries
    assert entries[key_file_of(honduras).key_id].revoked_after_seq == 7
    with honduras.reader() as session:
        assert keyring.held_version(session) == 2


def test_a_keyring_rollback_is_refused(sisca: Record, honduras: Record, make_install) -> None:
    connect(sisca, honduras)
    old = sign_keyring(sisca)
    _revoke(sisca, key_file_of(honduras).key_id, 1)
    _accept(honduras, *sign_keyring(sisca))
    with pytest.raises(BundleRejected, match="keyring rollback"):
        _accept(honduras, *old)
    assert _entries(honduras)[key_file_of(honduras).key_id].revoked_after_seq == 1


def test_sisca_ignores_its_own_older_keyring(sisca: Record, honduras: Record) -> None:
    old = sign_keyring(sisca)
    _enroll(sisca, key_file_of(honduras), "HN")
    sign_keyring(sisca)
    assert _accept(sisca, *old) is False
    assert key_file_of(honduras).key_id in _entries(sisca)


def test_a_keyring_signed_by_another_root_is_refused(
    sisca: Record, honduras: Record, make_install
) -> None:
    connect(sisca, honduras)
    impostor = make_install(None, "impostor")
    with pytest.raises(BundleRejected, match="not signed by the SISCA root key"):
        _accept(honduras, *sign_keyring(impostor))
    assert _entries(honduras).keys() == {key_file_of(sisca).key_id}


def test_a_tampered_keyring_is_refused(sisca: Record, honduras: Record) -> None:
    connect(sisca, honduras)
    document, signature = sign_keyring(sisca)
    tampered = document.replace(b'"revoked_after_seq":null', b'"revoked_after_seq":999', 1)
    assert tampered != document
    with pytest.raises(BundleRejected, match="not signed by the SISCA root key"):
        _accept(honduras, tampered, signature)


def test_a_bundle_signature_does_not_pass_as_a_keyring_signature(
    sisca: Record, honduras: Record
) -> None:
    connect(sisca, honduras)
    document, _ = sign_keyring(sisca)
    with sisca.reader() as session:
        root = keys.load_signing_key(session, None)
    with pytest.raises(BundleRejected, match="not signed"):
        _accept(honduras, document, root.sign(container.SIGNATURE_PREFIX + document))


def test_a_keyring_of_another_deployment_is_refused(sisca: Record, honduras: Record) -> None:
    connect(sisca, honduras)
    document, _ = sign_keyring(sisca)
    parsed = json.loads(document)
    parsed["deployment_id"] = "11111111-2222-4333-8444-555555555555"
    forged = strictjson.dumps_canonical(parsed)
    with sisca.reader() as session:
        root = keys.load_signing_key(session, None)
    signature = root.sign(keyring.KEYRING_SIGNATURE_PREFIX + forged)
    with pytest.raises(BundleRejected, match="another deployment"):
        _accept(honduras, forged, signature)


def test_a_malformed_keyring_signed_by_the_root_is_refused(sisca: Record, honduras: Record) -> None:
    connect(sisca, honduras)
    with sisca.reader() as session:
        root = keys.load_signing_key(session, None)
    forged = b'{"format":"cisdesk-keyring","version":"9"}'
    with pytest.raises(BundleRejected, match="not a cisdesk keyring"):
        _accept(honduras, forged, root.sign(keyring.KEYRING_SIGNATURE_PREFIX + forged))


def test_a_keyring_without_a_trusted_root_is_refused(sisca: Record, honduras: Record) -> None:
    with pytest.raises(BundleRejected, match="does not trust SISCA's root key yet"):
        _accept(honduras, *sign_keyring(sisca))


def test_a_keyring_signature_of_the_wrong_length_is_refused(
    sisca: Record, honduras: Record
) -> None:
    connect(sisca, honduras)
    document, signature = sign_keyring(sisca)
    with pytest.raises(BundleRejected, match="wrong length"):
        _accept(honduras, document, signature + b"\x00")


# --- trusting the root ---------------------------------------------------------------------------


def test_trust_root_joins_the_deployment(sisca: Record, honduras: Record) -> None:
    _trust(honduras, key_file_of(sisca))
    assert honduras.refresh_install().deployment_id == sisca.install.deployment_id
    with honduras.reader() as session:
        root = session.scalars(select(TrustedRoot)).one()
        owners = keyring.site_owners(session)
    assert root.key_id == key_file_of(sisca).key_id
    assert owners[sisca.install.site_id] == "REG"


def test_trusting_the_same_root_again_changes_nothing(sisca: Record, honduras: Record) -> None:
    _trust(honduras, key_file_of(sisca))
    _trust(honduras, key_file_of(sisca))
    with honduras.reader() as session:
        assert len(session.scalars(select(TrustedRoot)).all()) == 1


def test_trust_refuses_a_non_root_key_file(honduras: Record, make_install) -> None:
    guatemala = make_install("GT")
    with pytest.raises(ValidationError, match="not SISCA's root key"):
        _trust(honduras, key_file_of(guatemala))
    assert honduras.refresh_install().deployment_id is None


def test_trust_refuses_changing_to_another_root(
    sisca: Record, honduras: Record, make_install
) -> None:
    _trust(honduras, key_file_of(sisca))
    other = make_install(None, "other")
    with pytest.raises(ValidationError, match="a different root cannot replace it"):
        _trust(honduras, key_file_of(other))
    assert honduras.refresh_install().deployment_id == sisca.install.deployment_id


def test_trust_at_sisca_is_refused(sisca: Record, make_install) -> None:
    other = make_install(None, "other")
    with pytest.raises(CisdeskError, match="holds the root key itself"):
        _trust(sisca, key_file_of(other))


# --- resolving signers ---------------------------------------------------------------


def _manifest_from(record: Record, **overrides: Any) -> dict[str, Any]:
    """A manifest as ``record`` would sign it."""
    install = record.refresh_install()
    key_file = key_file_of(record)
    manifest = {
        "deployment_id": install.deployment_id,
        "direction": "regional" if install.is_regional else "country",
        "origin_country": install.owner,
        "origin_site": install.site_id,
        "key_id": key_file.key_id,
        "seq": 1,
    }
    manifest.update(overrides)
    return manifest


def _resolve(record: Record, manifest: dict[str, Any]) -> bytes:
    with record.reader() as session:
        return keys.public_bytes(keyring.resolve_signer(session, manifest))


def test_sisca_resolves_an_enrolled_country_key(sisca: Record, honduras: Record) -> None:
    connect(sisca, honduras)
    assert _resolve(sisca, _manifest_from(honduras)) == key_file_of(honduras).public_key


def test_an_unenrolled_key_is_refused_naming_the_country(sisca: Record, honduras: Record) -> None:
    key_id = key_file_of(honduras).key_id
    with pytest.raises(BundleRejected, match=f"The key {key_id} is not enrolled for Honduras"):
        _resolve(sisca, _manifest_from(honduras))


def test_a_key_enrolled_for_another_country_is_refused(sisca: Record, honduras: Record) -> None:
    connect(sisca, honduras)
    with pytest.raises(BundleRejected, match="enrolled for Honduras, not Guatemala"):
        _resolve(sisca, _manifest_from(honduras, origin_country="GT"))


def test_a_key_enrolled_for_another_site_is_refused(sisca: Record, honduras: Record) -> None:
    connect(sisca, honduras)
    other_site = "11111111-2222-4333-8444-555555555555"
    with pytest.raises(BundleRejected, match="another site of Honduras"):
        _resolve(sisca, _manifest_from(honduras, origin_site=other_site))


def test_a_revoked_key_is_refused_after_its_seq(sisca: Record, honduras: Record) -> None:
    connect(sisca, honduras)
    _revoke(sisca, key_file_of(honduras).key_id, 3)
    assert _resolve(sisca, _manifest_from(honduras, seq=3))
    with pytest.raises(BundleRejected, match="revoked after bundle 3; this is bundle 4"):
        _resolve(sisca, _manifest_from(honduras, seq=4))


def test_a_key_revoked_entirely_is_refused(sisca: Record, honduras: Record) -> None:
    connect(sisca, honduras)
    _revoke(sisca, key_file_of(honduras).key_id, None)
    with pytest.raises(BundleRejected, match="of Honduras was revoked"):
        _resolve(sisca, _manifest_from(honduras, seq=1))


def test_a_bundle_from_another_deployment_is_refused(sisca: Record, honduras: Record) -> None:
    connect(sisca, honduras)
    manifest = _manifest_from(honduras, deployment_id="11111111-2222-4333-8444-555555555555")
    with pytest.raises(BundleRejected, match="another deployment"):
        _resolve(sisca, manifest)


def test_a_country_resolves_the_trusted_root(sisca: Record, honduras: Record) -> None:
    connect(sisca, honduras)
    assert _resolve(honduras, _manifest_from(sisca)) == key_file_of(sisca).public_key


def test_a_country_refuses_a_regional_bundle_from_another_root(
    sisca: Record, honduras: Record, make_install
) -> None:
    connect(sisca, honduras)
    impostor = make_install(None, "impostor")
    manifest = _manifest_from(impostor, deployment_id=sisca.install.deployment_id)
    with pytest.raises(BundleRejected, match="not by the SISCA root key this install trusts"):
        _resolve(honduras, manifest)


def test_a_country_without_a_root_refuses_regional_bundles(sisca: Record, honduras: Record) -> None:
    with pytest.raises(BundleRejected, match="does not trust SISCA's root key yet"):
        _resolve(honduras, _manifest_from(sisca))


def test_sisca_resolves_its_own_regional_bundle(sisca: Record) -> None:
    assert _resolve(sisca, _manifest_from(sisca)) == key_file_of(sisca).public_key


def test_sisca_refuses_a_regional_bundle_of_another_root(sisca: Record, make_install) -> None:
    other = make_install(None, "other")
    manifest = _manifest_from(other, deployment_id=sisca.install.deployment_id)
    with pytest.raises(BundleRejected, match="not by this SISCA install's root key"):
        _resolve(sisca, manifest)


def test_a_country_resolves_its_own_key(honduras: Record) -> None:
    assert _resolve(honduras, _manifest_from(honduras)) == key_file_of(honduras).public_key


def test_a_country_resolves_a_sibling_laptop_after_the_keyring(
    sisca: Record, honduras: Record, make_install
) -> None:
    laptop = make_install("HN", "laptop")
    connect(sisca, honduras, laptop)
    with pytest.raises(BundleRejected, match="not enrolled for Honduras"):
        _resolve(honduras, _manifest_from(laptop))
    _accept(honduras, *sign_keyring(sisca))
    assert _resolve(honduras, _manifest_from(laptop)) == key_file_of(laptop).public_key


def test_site_owners(sisca: Record, honduras: Record, make_install) -> None:
    guatemala = make_install("GT")
    connect(sisca, honduras, guatemala)
    with sisca.reader() as session:
        owners = keyring.site_owners(session)
    assert owners == {
        sisca.install.site_id: "REG",
        honduras.install.site_id: "HN",
        guatemala.install.site_id: "GT",
    }
    _accept(honduras, *sign_keyring(sisca))
    with honduras.reader() as session:
        assert keyring.site_owners(session) == owners


# --- the whole way: a regional bundle carrying the keyring --------------------------------------


def test_regional_bundle_carries_the_keyring_to_a_country(
    sisca: Record, honduras: Record, tmp_path: Path
) -> None:
    connect(sisca, honduras)
    document, signature = sign_keyring(sisca)
    with sisca.reader() as session:
        root = keys.load_signing_key(session, None)
    install = sisca.install
    manifest = caller_manifest(
        root,
        deployment_id=install.deployment_id,
        direction="regional",
        origin_country="REG",
        origin_site=install.site_id,
        site_name=install.site_name,
        keyring=keyring.keyring_manifest_field(document, signature),
    )
    target = tmp_path / "regional.cisb"
    container.write_container(target, manifest, payload_bytes(), {}, root)
    data = container.read_bundle_file(target)
    with honduras.local() as session:
        opened = container.open_container(data, lambda m: keyring.resolve_signer(session, m))
        carried = keyring.keyring_from_manifest(opened.manifest)
        assert carried == (document, signature)
        assert keyring.accept_keyring(session, *carried)
        session.commit()
    assert set(_entries(honduras)) == set(_entries(sisca))


def test_a_country_bundle_from_an_unenrolled_key_is_refused_on_open(
    sisca: Record, honduras: Record, tmp_path: Path
) -> None:
    with honduras.reader() as session:
        private = keys.load_signing_key(session, None)
    install = honduras.install
    manifest = caller_manifest(
        private,
        deployment_id=None,
        origin_country="HN",
        origin_site=install.site_id,
        site_name=install.site_name,
    )
    target = tmp_path / "hn.cisb"
    container.write_container(target, manifest, payload_bytes(), {}, private)
    with (
        sisca.reader() as session,
        pytest.raises(BundleRejected, match="not enrolled for Honduras"),
    ):
        container.open_container(target.read_bytes(), lambda m: keyring.resolve_signer(session, m))
