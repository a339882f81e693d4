"""pip alone gives the whole app: an sdist and a wheel built from it carry the compiled
catalogues, fonts, icons and samples, and the installed program passes its self-test in a
clean virtual environment."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def test_a_wheel_installs_the_complete_app(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(tmp_path / "dist"), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for needed in (
        "blueprint_studio/_resources/translations/blueprint_studio_de.qm",
        "blueprint_studio/_resources/translations/qtbase_de.qm",
        "blueprint_studio/_resources/fonts/DejaVuSans.ttf",
        "blueprint_studio/_resources/samples/hotel-stay.bpx",
        "blueprint_studio/_resources/icons/blueprint-studio.svg",
    ):
        assert needed in names, needed
    assert not [name for name in names if name.endswith(".ts") or name.startswith(("tests/", "benchmarks/"))]
    target = tmp_path / "clean"
    venv.EnvBuilder(with_pip=True).create(target)
    python = target / ("Scripts" if os.name == "nt" else "bin") / "python"
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)], capture_output=True, text=True, timeout=900
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    program = target / ("Scripts" if os.name == "nt" else "bin") / "blueprint-studio"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DISPLAY")} | {"QT_QPA_PLATFORM": "offscreen"}
    checked = subprocess.run(
        [str(program), "--self-test"], capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path
    )
    assert checked.returncode == 0 and "self-test passed" in checked.stdout, checked.stdout + checked.stderr
