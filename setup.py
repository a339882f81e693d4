"""The build hook a wheel needs: pyproject.toml says everything else.

A wheel (pip install ., pipx, python -m build) carries the app whole: the translation
catalogues are compiled from their .ts sources here, by Qt's own lrelease, and the top-level
resources/ folder (fonts, icons, samples, catalogues) goes inside the package as
blueprint_studio/_resources, where `blueprint_studio.resources` looks first. The source
tree and the frozen bundles keep finding resources/ where they always did.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install reads resources/ from the tree (the Makefile compiles the catalogues)
        subprocess.run([sys.executable, "-m", "blueprint_studio.ui.i18n", "--force"], cwd=ROOT, check=True)
        target = Path(self.build_lib) / "blueprint_studio" / "_resources"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "resources", target, ignore=shutil.ignore_patterns("*.ts", "__pycache__"))


setup(cmdclass={"build_py": BuildWithResources})
