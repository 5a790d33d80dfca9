"""Payload lines holding any JSON value, signed with a valid key: a refusal, never a crash.

The signature only proves who wrote a bundle, not that its lines are sane, so
every value of every key of a line may be anything JSON can say: lists where a
site id belongs, objects inside the previous version, huge numbers. Import and
``bundle inspect`` must answer with a refusal (or an import), never a traceback.
"""

import contextlib
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from factories import connect, forge_bundle
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cisdesk.cli import main
from cisdesk.db import clock
from cisdesk.errors import BundleRejected
from cisdesk.sync.importer import import_bundles
from cisdesk.sync.payload import LINE_KEYS, decode_payload
from cisdesk.sync.provision import create_install

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=6,
)


def _line(site: str, **changes: Any) -> dict[str, Any]:
    line = {
        "t": "meeting",
        "r": str(uuid.uuid4()),
        "o": "GT",
        "f": "title",
        "v": "Reunión",
        "h": clock.from_wall(clock.wall_ms()),
        "s": site,
        "p": None,
    }
    line.update(changes)
    return line


def _payload(lines: list[Any]) -> bytes:
    text = "".join(
        json.dumps(line, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"
        for line in lines
    )
    return text.encode("utf-8")


@pytest.fixture(scope="module")
def installs(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("hostile")
    sisca = create_install(str(folder / "sisca.db"), regional=True)
    gt = create_install(str(folder / "gt.db"), country="GT")
    connect(sisca, gt)
    yield folder, sisca, gt
    sisca.close()
    gt.close()


LINES = st.one_of(
    # one key of an otherwise valid line replaced by any JSON value
    st.tuples(st.sampled_from(sorted(LINE_KEYS)), JSON).map(lambda kv: ("one", kv)),
    # a previous version of any shape
    st.tuples(JSON, JSON).map(lambda pair: ("prev", pair)),
    # a whole line that is any JSON value
    JSON.map(lambda value: ("whole", value)),
)


def _lines(example: tuple[str, Any], site: str) -> list[Any]:
    kind, value = example
    if kind == "one":
        key, item = value
        return [_line(site), _line(site, **{key: item})]
    if kind == "prev":
        return [_line(site, p=[value[0], value[1]]), _line(site, p=list(value))]
    return [_line(site), value]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(example=LINES)
def test_any_json_value_in_a_signed_line_is_refused_or_imported(
    installs, example: tuple[str, Any], capsys
) -> None:
    folder, sisca, gt = installs
    lines = _lines(example, gt.install.site_id)
    payload = _payload(lines)
    with contextlib.suppress(BundleRejected):
        decode_payload(payload)
    highest = max((line["h"] for line in lines if isinstance(line, dict) and _hlc(line)), default=0)
    bundle = forge_bundle(gt, folder / "hostile.cisb", payload=payload, highest_hlc=highest)
    [outcome] = import_bundles(sisca, [bundle])
    assert outcome.outcome in ("rejected", "imported", "duplicate"), outcome
    if outcome.outcome == "rejected":
        assert outcome.reason and "\n" not in outcome.reason
    assert main(["bundle", "inspect", str(bundle)]) == 0
    assert main(["bundle", "inspect", "--db", sisca.target, str(bundle)]) == 0
    capsys.readouterr()


def _hlc(line: dict[str, Any]) -> bool:
    value = line.get("h")
    return type(value) is int and 0 <= value < 2**63


@pytest.mark.parametrize(
    "changes",
    [{"s": []}, {"p": [5, {}]}, {"s": {}}, {"p": [5, []]}, {"o": []}, {"r": {}}],
)
def test_a_line_with_a_value_of_the_wrong_type_is_one_plain_refusal(
    installs, changes: dict[str, Any], capsys
) -> None:
    folder, sisca, gt = installs
    lines = [_line(gt.install.site_id, **changes)]
    bundle = forge_bundle(
        gt, folder / "wrong.cisb", payload=_payload(lines), highest_hlc=lines[0]["h"]
    )
    [outcome] = import_bundles(sisca, [bundle])
    assert outcome.outcome == "rejected" and "Line 1" in (outcome.reason or "")
    assert main(["bundle", "inspect", str(bundle)]) == 0
    assert "Payload: not valid: Line 1" in capsys.readouterr().out
    assert main(["bundle", "import", "--db", sisca.target, str(bundle)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "rejected" in err


def test_a_bundle_file_path_holds_no_surprises(tmp_path: Path) -> None:
    assert main(["bundle", "inspect", str(tmp_path / "missing.cisb")]) == 1
