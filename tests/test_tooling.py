"""The project's habits hold: one test command for CI, typed core, documented design."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STRICT_FLAGS = {
    "disallow_untyped_defs",
    "disallow_incomplete_defs",
    "disallow_untyped_calls",
    "disallow_any_generics",
    "check_untyped_defs",
    "warn_return_any",
    "no_implicit_reexport",
}

#: The mypy ratchet as it stood when it was introduced: pyproject.toml may drop
#: entries, never add one (fix the type error instead).
RATCHET_BASELINE = {
    "cisdesk.activity.conflicts": {"union-attr"},
    "cisdesk.activity.dashboard": {"arg-type", "attr-defined"},
    "cisdesk.activity.meetings": {"operator"},
    "cisdesk.activity.queries": {"arg-type", "dict-item", "index", "misc"},
    "cisdesk.db.demo": {"arg-type", "attr-defined"},
    "cisdesk.db.digest": {"attr-defined"},
    "cisdesk.logging_setup": {"unused-ignore"},
    "cisdesk.reports.data": {"attr-defined", "var-annotated"},
    "cisdesk.reports.excel_export": {"attr-defined", "misc"},
    "cisdesk.reports.excel_template": {"no-untyped-def"},
    "cisdesk.reports.pdf_sections": {"list-item", "no-untyped-def"},
}


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_ci_runs_the_readme_test_command_which_runs_mypy() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test.sh" in ci
    test_sh = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    assert ".venv/bin/mypy" in test_sh and "pytest" in test_sh
    assert "./scripts/test.sh" in (ROOT / "README.md").read_text(encoding="utf-8")
    extras = _pyproject()["project"]["optional-dependencies"]["test"]
    assert any(dep.startswith("mypy") for dep in extras)


def test_mypy_is_strict_on_sync_and_covers_the_core() -> None:
    mypy = _pyproject()["tool"]["mypy"]
    assert mypy["files"] == ["cisdesk"]
    sync = [o for o in mypy["overrides"] if "cisdesk.sync.*" in o["module"]]
    assert len(sync) == 1
    assert {flag for flag in STRICT_FLAGS if sync[0].get(flag)} == STRICT_FLAGS
    assert mypy["disallow_untyped_defs"] and mypy["check_untyped_defs"]
    ratchet = {
        o["module"]: set(o["disable_error_code"])
        for o in mypy["overrides"]
        if "disable_error_code" in o
    }
    grown = {m: codes - RATCHET_BASELINE.get(m, set()) for m, codes in ratchet.items()}
    assert {m: c for m, c in grown.items() if c} == {}, "the mypy ratchet may only shrink"
    assert all("ignore_errors" not in o for o in mypy["overrides"])


def test_pre_commit_runs_ruff_and_ruff_format() -> None:
    config = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert re.search(r"id: ruff\n", config)
    assert "id: ruff-format" in config


def test_the_design_is_in_the_repository_and_the_code_cites_it() -> None:
    architecture = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    for heading in ("Layers", "Sync", "Messages", "record facade", "Packaging"):
        assert heading in architecture
    cited_outside = [
        path.relative_to(ROOT).as_posix()
        for folder in ("cisdesk", "tests", "packaging", "scripts")
        for path in (ROOT / folder).rglob("*")
        if path.suffix in (".py", ".sh", ".spec")
        and path.name != "test_tooling.py"
        and "DESIGN.md" in path.read_text(encoding="utf-8")
    ]
    assert cited_outside == []


def test_changelog_keeps_an_unreleased_section() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Keep a Changelog" in changelog
    assert "## [Unreleased]" in changelog
