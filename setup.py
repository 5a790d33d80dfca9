"""Build hook: the wheel carries the Qt catalogues compiled from their ``.ts`` sources.

Everything else about the package is in pyproject.toml. The ``.qm`` files are made
here, at build time (scripts/compile_translations.py), never by the application.
"""

import runpy
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable checkout: scripts/setup.sh compiles beside the sources
        script = runpy.run_path(str(ROOT / "scripts" / "compile_translations.py"))
        sources = ROOT / "cisdesk" / "resources" / "translations"
        out = Path(self.build_lib) / "cisdesk" / "resources" / "translations"
        for qm in out.glob("*.qm"):
            qm.unlink()  # always from the sources being packaged
        script["compile_catalogues"](sources, out)


setup(cmdclass={"build_py": BuildWithCatalogues})
