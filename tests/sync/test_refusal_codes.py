"""Low-level failures (a zip's checksum, a JSON syntax error) are named by code too.

The zip and json libraries diagnose in English; the refusal carries a code for
the diagnosis, so a Spanish reader gets a Spanish sentence through and through.
"""

import pytest
from factories import payload_bytes, signed_bundle, signing_key
from spanish_text import assert_spanish

from cisdesk.errors import BundleRejected
from cisdesk.sync import container, strictjson


def test_a_checksum_mismatch_is_a_code_not_the_zip_librarys_english() -> None:
    payload = payload_bytes()
    raw = bytearray(signed_bundle(signing_key(), payload=payload))  # entries stored as is
    at = raw.index(payload) + len(payload) // 2
    raw[at] = ord("x") if raw[at] != ord("x") else ord("y")
    with pytest.raises(BundleRejected) as caught:
        container.inspect_container(bytes(raw))
    detail = caught.value.params["detail"]
    assert detail.code == "bundle.zip.bad_crc"
    assert "Bad CRC" not in caught.value.render("es")
    assert_spanish(caught.value.render("es"))
    assert "checksum does not match" in caught.value.render("en")


def test_a_json_syntax_error_is_named_in_the_readers_language() -> None:
    with pytest.raises(BundleRejected) as caught:
        strictjson.loads(b'{"a": }', what="json.what.manifest")
    assert caught.value.params["detail"].code == "json.detail.value"
    spanish = caught.value.render("es")
    assert spanish.startswith("El manifiesto del paquete no es JSON válido (se esperaba un valor")
    assert_spanish(spanish)
    assert caught.value.render("en").startswith(
        "The bundle manifest is not valid JSON (Expecting value at line 1"
    )
