"""A signed bundle whose payload holds values of the wrong type: the app shows the refusal."""

import json

from sync.factories import forge_bundle, key_file_of

from cisdesk.db import clock
from cisdesk.messages import set_language
from cisdesk.sync import keyring
from cisdesk.sync.provision import create_install


def test_a_malformed_payload_shows_the_refusal_not_an_unexpected_error(
    demo_regional_db, open_records, make_window, tmp_path, wait_idle, dialogs
) -> None:
    record = open_records(demo_regional_db)
    window = make_window(record)
    page = window.go_to("sync")
    guatemala = create_install(str(tmp_path / "gt.db"), country="GT")
    try:
        with record.local() as session:
            keyring.enroll(session, key_file_of(guatemala), "GT")
            session.commit()
        line = {
            "t": "meeting",
            "r": "6f1c2a8e-3b1d-4c6e-9a7f-0123456789ab",
            "o": "GT",
            "f": "title",
            "v": "x",
            "h": clock.from_wall(clock.wall_ms()),
            "s": [],
            "p": None,
        }
        payload = (json.dumps(line, sort_keys=True, separators=(",", ":")) + "\n").encode()
        bundle = forge_bundle(
            guatemala, tmp_path / "malo.cisb", payload=payload, highest_hlc=line["h"]
        )
    finally:
        guatemala.close()
    set_language("es")
    try:
        assert page.import_files([str(bundle)])
        wait_idle(page.ctx)
    finally:
        set_language(None)
    assert [o.outcome for o in page.exchange.last_outcomes] == ["rejected"]
    shown = " ".join(text for _kind, _title, text in dialogs.messages)
    assert "malo.cisb" in shown
    assert "inesperado" not in shown.lower() and "unexpected" not in shown.lower()
    assert not [m for m in dialogs.messages if m[0] in ("box", "critical")]
