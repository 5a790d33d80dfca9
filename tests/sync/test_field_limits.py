"""Signed bundles are held to the forms' field limits: refused whole, line and field named."""

import uuid

import pytest
from factories import change_line, connect, digest_of, forge_bundle

from cisdesk.activity.validation import TEXT_LIMIT, TITLE_LIMIT
from cisdesk.db import clock
from cisdesk.sync.importer import import_bundles


@pytest.fixture
def pair(make_install):
    sisca, gt = make_install(None, "sisca"), make_install("GT", "gt")
    connect(sisca, gt)
    return sisca, gt


def _meeting(gt, **fields) -> list[dict]:
    row, hlc, site = str(uuid.uuid4()), clock.from_wall(clock.wall_ms()), gt.install.site_id
    lines = [
        change_line("meeting", row, "GT", "owner", "GT", hlc, site),
        change_line("meeting", row, "GT", "deleted", False, hlc, site),
    ]
    lines += [change_line("meeting", row, "GT", k, v, hlc, site) for k, v in fields.items()]
    return lines


@pytest.mark.parametrize(
    ("field", "length", "limit"),
    [
        ("title", TITLE_LIMIT + 1, TITLE_LIMIT),
        ("title", 10 * 1024 * 1024, TITLE_LIMIT),
        ("place", TITLE_LIMIT + 1, TITLE_LIMIT),
        ("minutes", TEXT_LIMIT + 1, TEXT_LIMIT),
    ],
)
def test_a_text_longer_than_the_form_allows_refuses_the_bundle(
    pair, tmp_path, field: str, length: int, limit: int
) -> None:
    sisca, gt = pair
    lines = _meeting(gt, kind="joint", **{field: "a" * length})
    bundle = forge_bundle(gt, tmp_path / "largo.cisb", lines)
    digest = digest_of(sisca)
    [outcome] = import_bundles(sisca, [bundle])
    assert outcome.outcome == "rejected"
    assert f"Line {len(lines)}" in (outcome.reason or "")
    assert f"meeting.{field}" in (outcome.reason or "")
    assert f"longer than {limit} characters" in (outcome.reason or "")
    assert digest_of(sisca) == digest


def test_texts_at_the_limits_are_accepted(pair, tmp_path) -> None:
    sisca, gt = pair
    lines = _meeting(gt, title="t" * TITLE_LIMIT, minutes="m" * TEXT_LIMIT)
    bundle = forge_bundle(gt, tmp_path / "justo.cisb", lines)
    assert import_bundles(sisca, [bundle])[0].outcome == "imported"
