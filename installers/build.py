"""Build the Linux installers: a one-folder PyInstaller bundle, a .tar.gz and a .deb.

    python installers/build.py          (or: make installer)

Prunes what the app never loads (Qt translations, QML, unused plugins and the libraries
only they need), checks with ldd that every kept library still resolves, removes the build
machine's RUNPATHs, prints the unpacked and packed sizes and the 20 largest files, and writes
dist/*.tar.gz and dist/*.deb (`linux/package.py`: reproducible, lintian-clean).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "blueprint-studio"
APP = "blueprint-studio"
MIME = "application/x-blueprint-studio"

# Relative to the bundle's _internal folder. Globs; each is checked by ldd afterwards.
PRUNE = [
    "PySide6/Qt/translations",
    "PySide6/Qt/qml",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",  # GTK itself is not bundled; Qt falls back
    "PySide6/Qt/plugins/printsupport",
    "PySide6/Qt/plugins/tls",
    "PySide6/Qt/plugins/networkinformation",
    "PySide6/Qt/plugins/sqldrivers",
    "PySide6/Qt/plugins/egldeviceintegrations",
    "PySide6/Qt/plugins/generic",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so",
    "PySide6/Qt/plugins/platforms/libqminimalegl.so",
    "PySide6/Qt/plugins/imageformats/libq[!sj]*.so",  # keep SVG (icons) and JPEG (photos)
    "PySide6/Qt/plugins/wayland-graphics-integration-server",
    "PySide6/Qt/lib/libQt6EglFS*.so.6",
    "PySide6/Qt/lib/libQt6EglFs*.so.6",  # its KMS support (spelt so), which needs the above
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6Qml*.so.6",
    "PySide6/Qt/lib/libQt6Quick*.so.6",
    "python3.11/lib-dynload/_codecs_[cjkth]*.so",  # East Asian legacy codecs: documents are UTF-8
    "python3.11/lib-dynload/_codecs_iso2022*.so",
    "libcairo*.so*",
    "libpango*.so*",
    "libharfbuzz*.so*",
    "libpixman*.so*",
    "libgdk*.so*",
    "libatk*.so*",
    # Pillow is imported by ReportLab, which only needs its core; drop its optional codecs.
    "PIL/_avif*.so",
    "PIL/_webp*.so",
    "PIL/_imagingcms*.so",
    "PIL/_imagingft*.so",
    "PIL/_imagingtk*.so",
    "PIL/_imagingmath*.so",
    "PIL/_imagingmorph*.so",
    "pillow.libs/libavif*",
    "pillow.libs/libwebp*",
    "pillow.libs/libsharpyuv*",
    "pillow.libs/liblcms2*",
    "pillow.libs/libfreetype*",
    "pillow.libs/libharfbuzz*",
    "pillow.libs/libpng16*",
    "pillow.libs/libbrotli*",
    # Libraries every Linux desktop has (the .deb depends on them): the system's copies are
    # the ones that match its display server and fonts.
    "libglib-2.0.so*",
    "libgio-2.0.so*",
    "libgobject-2.0.so*",
    "libgmodule-2.0.so*",
    "libdbus-1.so*",
    "libsystemd.so*",
    "libgcrypt.so*",
    "libgpg-error.so*",
    "libX11.so*",
    "libX11-xcb.so*",
    "libxcb*.so*",
    "libfontconfig.so*",
    "libfreetype.so*",
    "libexpat.so*",
    "libmount.so*",
    "libblkid.so*",
    "libselinux.so*",
    "libpcre2-8.so*",
    "libXau.so*",
    "libXdmcp.so*",
    "libbsd.so*",
    "libmd.so*",
    "libkrb5*.so*",
    "libgssapi*.so*",
    "libk5crypto*.so*",
    "libcups*.so*",
    "libavahi*.so*",
]


def run(command: list[str], **kwargs: object) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT, **kwargs)  # type: ignore[call-overload]


def freeze(epoch: int) -> None:
    """PyInstaller, made deterministic: its archives' order follows set iteration (so the hash
    seed is fixed) and its time stamps SOURCE_DATE_EPOCH."""
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "ERROR",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            "installers/blueprint-studio.spec",
        ],
        env={**os.environ, "PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": str(epoch)},
    )


def prune(internal: Path) -> None:
    for pattern in PRUNE:
        for path in internal.glob(pattern):
            shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()
    for link in [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]:
        link.unlink()  # PyInstaller's links to what was pruned


def unresolved(internal: Path) -> list[str]:
    """Libraries some file needs that neither the bundle nor this machine provides."""
    search = os.pathsep.join(str(p) for p in (internal, internal / "PySide6" / "Qt" / "lib"))
    missing: set[str] = set()
    bundled = {p.name for p in internal.rglob("*.so*")}
    for binary in [BUNDLE / APP, *internal.rglob("*.so*")]:
        if "platformthemes" in str(binary):
            continue
        result = subprocess.run(
            ["ldd", str(binary)], capture_output=True, text=True, env={**os.environ, "LD_LIBRARY_PATH": search}
        )
        for name in re.findall(r"^\s*(\S+) => not found", result.stdout, re.M):
            if name not in bundled:
                missing.add(f"{binary.relative_to(BUNDLE)} needs {name}")
    return sorted(missing)


def real_files(path: Path) -> list[Path]:
    """Files, not the symlinks PyInstaller makes to them (those cost nothing)."""
    return [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in real_files(path))


def version() -> str:
    sys.path.insert(0, str(ROOT / "installers"))
    from version import version as read

    return read()


def report(internal: Path, packed: list[Path]) -> None:
    print(f"\nunpacked bundle: {size_of(BUNDLE) / 1e6:.1f} MB")
    for path in packed:
        print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB")
    print("\n20 largest files:")
    files = sorted(real_files(BUNDLE), key=lambda p: p.stat().st_size, reverse=True)
    for path in files[:20]:
        print(f"  {path.stat().st_size / 1e6:7.2f} MB  {path.relative_to(BUNDLE)}")


def main() -> int:
    sys.path.insert(0, str(ROOT / "installers" / "linux"))
    import package

    epoch = package.source_date_epoch()
    freeze(epoch)
    internal = BUNDLE / "_internal"
    system_provided = set(unresolved(internal))  # e.g. Wayland's own libraries, from the desktop
    prune(internal)
    missing = [line for line in unresolved(internal) if line not in system_provided]
    if missing:
        print("pruned too much:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1
    patched = package.strip_build_paths(BUNDLE)
    print(f"RUNPATH naming the build machine removed from {patched} libraries")
    package.normalise(BUNDLE, epoch)
    packed = [package.tarball(BUNDLE, DIST / f"{APP}-{version()}-linux-x86_64.tar.gz", APP, epoch)]
    if shutil.which("dpkg-deb"):
        packed.append(package.make_deb(BUNDLE, version(), DIST))
    else:
        print("dpkg-deb not found: no .deb built (install dpkg)", file=sys.stderr)
    report(internal, packed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
