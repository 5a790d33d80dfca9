"""The package carries its own files: resources inside it, named in the wheel's package data.

scripts/wheel_check.sh (run by .ci/run) builds the wheel and runs it from a fresh
environment; these checks catch the usual slips earlier and in a second.
"""

import fnmatch
import tomllib
from pathlib import Path

from cisdesk.resources import resource, resource_path, translation_files

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "cisdesk" / "resources"


def _package_data() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["setuptools"]["package-data"]["cisdesk.resources"]


def test_every_shipped_file_is_package_data() -> None:
    patterns = _package_data()
    shipped = [
        path.relative_to(RESOURCES).as_posix()
        for path in RESOURCES.rglob("*")
        if path.is_file()
        and path.suffix not in (".py", ".pyc", ".qm")
        and "__pycache__" not in path.parts
    ]
    assert "reference_plan.json" in shipped and "fonts/DejaVuSans.ttf" in shipped
    missing = [name for name in shipped if not any(fnmatch.fnmatch(name, p) for p in patterns)]
    assert missing == []
    assert not any(p.endswith(".qm") for p in patterns)  # compiled by the build, not copied


def test_resources_are_read_through_importlib() -> None:
    assert resource("reference_plan.json").is_file()
    assert resource_path("fonts", "DejaVuSans.ttf").stat().st_size > 100_000
    assert resource_path("fonts", "DejaVuSans.ttf").is_relative_to(RESOURCES)
    assert [t.name for t in translation_files(".ts")] == ["app_es.ts", "records_es.ts"]
    assert not (ROOT / "resources" / "reference_plan.json").exists()  # none beside the package


def test_no_code_looks_for_resources_beside_the_package() -> None:
    offenders = []
    for folder in ("cisdesk", "packaging", "scripts"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix not in (".py", ".sh", ".spec") or "__pycache__" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            if any(m in text for m in ('parent / "resources"', "_MEIPASS", 'ROOT / "resources"')):
                offenders.append(path.relative_to(ROOT).as_posix())
    assert offenders == []


def test_frozen_build_spec_ships_resources_where_importlib_finds_them() -> None:
    spec = (ROOT / "packaging" / "cisdesk.spec").read_text(encoding="utf-8")
    compile(spec, "cisdesk.spec", "exec")
    assert 'ROOT / "cisdesk" / "resources"' in spec
    assert '"cisdesk/resources/translations"' in spec
    assert "compile_translations.py" in spec


def test_the_wheel_check_runs_in_ci() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "scripts/wheel_check.sh" in ci
    check = (ROOT / "scripts" / "wheel_check.sh").read_text(encoding="utf-8")
    for verb in ("init", "demo", "report pdf"):
        assert f"run {verb} " in check
