"""The catalogue's areas, assembled into one dict ``code -> (Spanish, English)``.

Codes are dotted, area first (``bundle.bad_signature``). A code is never reused
for another meaning; ``tests/messages/test_catalogue.py`` checks that every
entry has both languages and the same fields in each.
"""

from cisdesk.messages.catalog import (
    activity,
    bundle,
    core,
    db,
    excel,
    hands,
    harden,
    keys,
    places,
    plan,
    polish,
    record,
    report,
    scale,
    speed,
    status,
    sync,
    undo,
    validation,
    verbs,
    volume,
    workbook,
)

AREAS = (
    core,
    places,
    status,
    bundle,
    keys,
    sync,
    db,
    verbs,
    activity,
    validation,
    report,
    excel,
    workbook,
    record,
    hands,
    harden,
    plan,
    volume,
    scale,
    polish,
    undo,
    speed,
)

CATALOGUE: dict[str, tuple[str, str]] = {}
for _area in AREAS:
    for _code, _pair in _area.MESSAGES.items():
        if _code in CATALOGUE:
            raise RuntimeError(f"message code {_code!r} is defined twice")
        CATALOGUE[_code] = _pair
