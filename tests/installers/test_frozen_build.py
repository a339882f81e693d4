"""Smoke test: build the Linux bundle from the tree and run the frozen program headless."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen() -> Path:
    if shutil.which("ldd") is None or os.uname().sysname != "Linux":
        pytest.skip("the Linux bundle is built on Linux")
    result = subprocess.run(
        [sys.executable, "installers/build.py"], cwd=ROOT, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(result.stdout[-2500:])
    program = ROOT / "dist" / "blueprint-studio" / "blueprint-studio"
    assert program.exists()
    return program


def run(program: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH")}
    return subprocess.run([str(program), *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=120)


def test_frozen_program_works_headless(frozen: Path, tmp_path: Path) -> None:
    sample = ROOT / "resources" / "samples" / "hotel-stay.bpx"
    version = run(frozen, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("Blueprint Studio 0.")
    assert run(frozen, "validate", str(sample), cwd=tmp_path).returncode == 0
    export = run(
        frozen, "export", str(sample), "-o", str(tmp_path / "wall.pdf"), "--tile", "A4", "--width", "1.5m", cwd=tmp_path
    )
    assert export.returncode == 0, export.stderr
    assert (tmp_path / "wall.pdf").read_bytes().startswith(b"%PDF")
    preview = run(frozen, "thumbnail", str(sample), str(tmp_path / "preview.png"), "--size", "128", cwd=tmp_path)
    assert preview.returncode == 0 and (tmp_path / "preview.png").read_bytes().startswith(b"\x89PNG"), preview.stderr
    bad = tmp_path / "bad.bpx"
    bad.write_bytes(b"not a zip")
    refused = run(frozen, "validate", str(bad), cwd=tmp_path)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    # The editor itself, offscreen: the window is built on a sample and closed again.
    selftest = subprocess.run(
        [str(frozen), "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert selftest.returncode == 0 and "self-test passed" in selftest.stdout, selftest.stderr


def test_bundle_size_and_packages(frozen: Path) -> None:
    dist = frozen.parent.parent
    unpacked = sum(p.stat().st_size for p in frozen.parent.rglob("*") if p.is_file() and not p.is_symlink())
    tarballs = list(dist.glob("blueprint-studio-*-linux-x86_64.tar.gz"))
    # 150 MB unpacked is the agreed ceiling (issue 11); the fallback fonts for CJK and emoji are about 10 MB of it.
    assert unpacked < 150e6 and tarballs and tarballs[0].stat().st_size < 60e6
    leaked = (
        [
            str(p.relative_to(frozen.parent))
            for p in frozen.parent.rglob("*.so*")
            if p.is_file()
            and not p.is_symlink()
            and "/root/" in subprocess.run(["patchelf", "--print-rpath", str(p)], capture_output=True, text=True).stdout
        ]
        if shutil.which("patchelf")
        else []
    )
    assert leaked == [], "RUNPATHs naming the build machine"


def _deb(frozen: Path) -> Path:
    if not shutil.which("dpkg-deb"):
        pytest.skip("dpkg-deb is not installed")
    (deb,) = frozen.parent.parent.glob("blueprint-studio_*_amd64.deb")
    return deb


def test_the_package_installs_under_usr_with_its_papers(frozen: Path) -> None:
    deb = _deb(frozen)
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in (
        "./usr/lib/blueprint-studio/blueprint-studio",
        "./usr/bin/blueprint-studio -> ../lib/blueprint-studio/blueprint-studio",
        "./usr/share/applications/blueprint-studio.desktop",
        "./usr/share/mime/packages/blueprint-studio.xml",
        "./usr/share/thumbnailers/blueprint-studio.thumbnailer",
        "./usr/share/icons/hicolor/48x48/mimetypes/application-x-blueprint-studio.png",
        "./usr/share/doc/blueprint-studio/copyright",
        "./usr/share/doc/blueprint-studio/changelog.gz",
        "./usr/share/man/man1/blueprint-studio.1.gz",
        "./usr/share/metainfo/org.blueprint_studio.BlueprintStudio.metainfo.xml",
        "./usr/share/lintian/overrides/blueprint-studio",
    ):
        assert path in listing, path
    assert "./opt/" not in listing
    control = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    assert (
        re.search(r"libc6 \(>= 2\.\d+\)", control) and "libwayland-client0" in control and "libwayland-egl1" in control
    )
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["dpkg-deb", "-x", str(deb), folder], check=True)
        copyright_ = (Path(folder) / "usr/share/doc/blueprint-studio/copyright").read_text(encoding="utf-8")
        assert copyright_.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
        for licence in (
            "License: MIT",
            "License: PSF-2.0",
            "License: LGPL-3",
            "Bitstream Vera",
            "pydantic",
            "reportlab",
            "zlib",
        ):
            assert licence in copyright_, licence
        modes = {
            p.name: p.stat().st_mode & 0o777
            for p in (Path(folder) / "usr/lib/blueprint-studio/_internal").glob("lib*.so*")
            if not p.is_symlink()
        }
        assert modes and set(modes.values()) == {0o644}, "shared libraries are not executables"


def test_lintian_finds_no_errors_or_warnings(frozen: Path) -> None:
    if not shutil.which("lintian"):
        pytest.skip("lintian is not installed")
    checked = subprocess.run(
        ["lintian", "--fail-on", "error,warning", str(_deb(frozen))], capture_output=True, text=True, timeout=600
    )
    assert checked.returncode == 0, checked.stdout[-3000:] + checked.stderr[-2000:]


def test_the_thumbnailer_runs_where_a_sandbox_shows_only_usr(frozen: Path, tmp_path: Path) -> None:
    """GNOME runs thumbnailers in bubblewrap with /usr alone: the program must live there."""
    if not shutil.which("bwrap"):
        pytest.skip("bubblewrap is not installed")
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(_deb(frozen)), str(root)], check=True)
    arguments = ["bwrap", "--tmpfs", "/usr", "--dir", "/usr/lib"]
    for entry in sorted(Path("/usr").iterdir()):
        if entry.name != "lib":
            arguments += ["--ro-bind", str(entry), f"/usr/{entry.name}"]
    for entry in sorted(Path("/usr/lib").iterdir()):
        arguments += ["--ro-bind", str(entry), f"/usr/lib/{entry.name}"]
    sample = tmp_path / "in.bpx"
    shutil.copyfile(ROOT / "resources" / "samples" / "hotel-stay.bpx", sample)
    out = tmp_path / "out"
    out.mkdir()
    arguments += [
        "--ro-bind",
        str(root / "usr/lib/blueprint-studio"),
        "/usr/lib/blueprint-studio",
        "--ro-bind",
        "/etc/ld.so.cache",
        "/etc/ld.so.cache",
        "--symlink",
        "usr/lib",
        "/lib",
        "--symlink",
        "usr/lib64",
        "/lib64",
        "--symlink",
        "usr/bin",
        "/bin",
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--chdir",
        "/",
        "--unshare-all",
        "--die-with-parent",
        "--tmpfs",
        "/tmp",
        "--ro-bind",
        str(sample),
        "/tmp/in.bpx",
        "--bind",
        str(out),
        "/tmp/out",
        "--clearenv",
        "--setenv",
        "PATH",
        "/usr/bin",
        "/usr/lib/blueprint-studio/blueprint-studio",
        "thumbnail",
        "/tmp/in.bpx",
        "/tmp/out/preview.png",
        "--size",
        "256",
    ]
    probe = subprocess.run(["bwrap", "--ro-bind", "/", "/", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"bubblewrap cannot make a sandbox here: {probe.stderr.strip()}")
    done = subprocess.run(arguments, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (out / "preview.png").read_bytes().startswith(b"\x89PNG")


def test_a_second_package_of_the_same_build_is_byte_identical(frozen: Path, tmp_path: Path) -> None:
    """Reproducible: the same files and commit give the same .deb and .tar.gz, whatever the clock."""
    sys.path.insert(0, str(ROOT / "installers" / "linux"))
    sys.path.insert(0, str(ROOT / "installers"))
    import package  # type: ignore[import-not-found]
    from version import version  # type: ignore[import-not-found]

    built = _deb(frozen)
    again = package.make_deb(frozen.parent, version(), tmp_path)
    assert again.read_bytes() == built.read_bytes()
    (tarball,) = frozen.parent.parent.glob("blueprint-studio-*-linux-x86_64.tar.gz")
    assert (
        package.tarball(
            frozen.parent, tmp_path / "again.tar.gz", "blueprint-studio", package.source_date_epoch()
        ).read_bytes()
        == tarball.read_bytes()
    )
