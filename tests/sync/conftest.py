"""The signed world most sync tests share: SISCA and three country installs on each backend.

A module that needs another world (one backend only, demo data) defines its own
``templates`` and ``world`` fixtures, which take precedence over these.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import BACKENDS, Storage, World, WorldTemplates


@pytest.fixture(scope="module", params=BACKENDS)
def templates(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> WorldTemplates:
    """The installs built once per module and backend (SQLite files, PostgreSQL databases)."""
    storage = Storage.for_backend(request.param, request)
    return World.build(tmp_path_factory.mktemp("world"), storage)


@pytest.fixture
def world(templates: WorldTemplates, tmp_path: Path) -> Iterator[World]:
    """A private copy of the world for one test."""
    opened = World.open(templates, tmp_path)
    yield opened
    opened.close()
