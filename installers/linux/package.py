"""The Debian package and the tarball, made from the pruned PyInstaller bundle. Build-time only.

Debian's rules, as lintian checks them, and a desktop's, as GNOME checks them:
- the program lives in /usr/lib/blueprint-studio (GNOME runs thumbnailers in a bubblewrap
  sandbox that binds only /usr; a program in /opt is not there) with /usr/bin/blueprint-studio
  pointing at it;
- `Depends` names the glibc the bundle's binaries ask for at least (read from their version
  references, not assumed from the build machine) and the display libraries Qt loads from the
  system, Wayland's included;
- no bundled library keeps the build machine's RUNPATH (pyenv's lib folder);
- /usr/share/doc/blueprint-studio holds a machine-readable copyright file with every bundled
  licence text (ours, Python's, each Python distribution's, each system library's as its
  Debian package states it, Qt's LGPL, the fonts'), and the changelog; a man page made from
  `--help`; AppStream metainfo for software centres;
- two builds of one commit give identical files: every time stamp is SOURCE_DATE_EPOCH (the
  commit's time), archives are sorted, owners are root, modes are normalised.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
from datetime import UTC, datetime
from email.message import Message
from importlib import metadata
from pathlib import Path
from typing import cast

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installers" / "linux"
APP = "blueprint-studio"
PREFIX = Path("usr") / "lib" / APP
METAINFO_ID = "org.blueprint_studio.BlueprintStudio"
# Libraries Qt's platform plugins load from the system (pruned from the bundle, or never in it).
DISPLAY_DEPENDS = [
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libfreetype6",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-image0",
    "libdbus-1-3",
    "libglib2.0-0",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
]
# Python distributions the bundle carries (their licence files are copied into the copyright file).
DISTRIBUTIONS = [
    "pydantic",
    "pydantic-core",
    "annotated-types",
    "typing-extensions",
    "typing-inspection",
    "reportlab",
    "rl-accel",
    "python-bidi",
    "arabic-reshaper",
    "fonttools",
    "pillow",
    "charset-normalizer",
]


# ---------------------------------------------------------------- reproducibility


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH if set, else the last commit's time (the same for every build of it)."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return int(os.environ["SOURCE_DATE_EPOCH"])
    done = subprocess.run(["git", "log", "-1", "--format=%ct"], capture_output=True, text=True, cwd=ROOT)
    return int(done.stdout.strip()) if done.returncode == 0 and done.stdout.strip().isdigit() else 1_767_225_600


def normalise(tree: Path, epoch: int) -> None:
    """Modes and times as a package wants them, whatever the umask and clock of the build."""
    for path in sorted(tree.rglob("*"), reverse=True):
        if not path.is_symlink():
            # A shared library is not run.
            program = path.is_file() and os.access(path, os.X_OK) and ".so" not in path.name
            path.chmod(0o755 if path.is_dir() or program else 0o644)
        os.utime(path, (epoch, epoch), follow_symlinks=False)
    os.utime(tree, (epoch, epoch))


def tarball(source: Path, target: Path, name: str, epoch: int) -> Path:
    """A .tar.gz whose bytes depend on the files only: sorted, root-owned, stamped with `epoch`."""

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = epoch
        return info

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.GNU_FORMAT) as archive:
        for path in [source, *sorted(source.rglob("*"))]:
            archive.add(
                path,
                arcname=str(Path(name) / path.relative_to(source)) if path != source else name,
                recursive=False,
                filter=clean,
            )
    with (
        open(target, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=epoch) as packed,
    ):
        packed.write(buffer.getvalue())
    return target


# ---------------------------------------------------------------- what the binaries need


def elf_files(tree: Path) -> list[Path]:
    found = []
    for path in sorted(tree.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as stream:
                if stream.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def glibc_floor(tree: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled binary references."""
    newest = (2, 17)
    for path in elf_files(tree):
        listing = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", listing):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def strip_build_paths(tree: Path) -> int:
    """Drop RUNPATH entries that name the build machine (pyenv's lib); keep $ORIGIN ones."""
    changed = 0
    for path in elf_files(tree):
        current = subprocess.run(
            ["patchelf", "--print-rpath", str(path)], capture_output=True, text=True
        ).stdout.strip()
        if not current:
            continue
        kept = [entry for entry in current.split(":") if entry and entry.startswith("$ORIGIN")]
        if kept != current.split(":"):
            command = (
                ["patchelf", "--set-rpath", ":".join(kept), str(path)]
                if kept
                else ["patchelf", "--remove-rpath", str(path)]
            )
            subprocess.run(command, check=True)
            changed += 1
    return changed


# ---------------------------------------------------------------- /usr/share/doc


def _indented(text: str) -> str:
    """A licence text as a DEP-5 field continuation: each line indented, blank lines as ' .'."""
    lines = [line.rstrip() for line in text.strip("\n").splitlines()]
    return "\n".join(f" {line}" if line.strip() else " ." for line in lines)


def _stanza(files: str, copyright_: str, licence: str, text: str) -> str:
    return f"Files: {files}\nCopyright: {copyright_}\nLicense: {licence}\n{_indented(text)}\n"


def _distribution_licence(name: str) -> tuple[str, str]:
    dist = metadata.distribution(name)
    fields = cast(Message, dist.metadata)  # what importlib returns; its PackageMetadata protocol names no .get()
    expression = fields.get("License-Expression") or (fields.get("License") or "see below").splitlines()[0]
    texts = []
    for file in dist.files or []:
        if re.search(r"(licen[cs]e|copying)", file.name, re.I) and file.suffix not in (".py", ".pyc", ".yml"):
            texts.append(f"{file.name}:\n\n{Path(file.locate()).read_text(encoding='utf-8', errors='replace')}")
    return expression, "\n\n".join(texts) or fields.get("License", "")


def _system_library_package(name: str) -> str | None:
    stem = re.sub(r"-[0-9a-f]{8}(?=\.so)", "", name)  # auditwheel's renamed copies (libjpeg-6dc8d115.so…)
    done = subprocess.run(["dpkg", "-S", f"*/{stem}"], capture_output=True, text=True)
    return done.stdout.split(":")[0] if done.returncode == 0 and done.stdout else None


def copyright_text(internal: Path) -> str:
    """DEP-5: ours, Python's, each bundled distribution's, each system library's, Qt's, the fonts'."""
    prefix = f"{PREFIX}/_internal"
    parts = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: Blueprint Studio\n"
        "Upstream-Contact: Blueprint Studio developers <dev@blueprint-studio.invalid>\n",
        _stanza(
            "*",
            "2026 The Blueprint Studio developers",
            "MIT",
            (ROOT / "LICENSE").read_text(encoding="utf-8").split("\n\nThe bundled fonts")[0],
        ),
        _stanza(
            f"{prefix}/libpython3* {prefix}/python3.11/* {prefix}/base_library.zip",
            "Python Software Foundation",
            "PSF-2.0",
            (
                Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt"
            ).read_text(encoding="utf-8"),
        ),
        _stanza(
            f"{prefix}/PySide6/* {prefix}/shiboken6/* {prefix}/libQt6* {prefix}/libicu* {prefix}/libpyside6* "
            f"{prefix}/libshiboken6*",
            "The Qt Company Ltd. and other contributors; ICU: Unicode, Inc.",
            "LGPL-3",
            "Qt for Python (PySide6) and the Qt libraries are used under the GNU Lesser General Public License\n"
            "version 3. On Debian systems, its complete text is in /usr/share/common-licenses/LGPL-3 (and the GNU\n"
            "GPL it builds on in /usr/share/common-licenses/GPL-3). The ICU libraries Qt bundles are under the\n"
            "Unicode licence: https://www.unicode.org/license.txt. Qt's sources: https://download.qt.io/official_releases/qt/",
        ),
    ]
    for name in DISTRIBUTIONS:
        try:
            expression, text = _distribution_licence(name)
        except metadata.PackageNotFoundError:
            continue
        parts.append(
            _stanza(
                f"{prefix}/{name.replace('-', '_')}*", f"the {name} authors", expression.replace(" ", "-")[:60], text
            )
        )
    seen: set[str] = set()
    for library in sorted(p.name for p in internal.glob("lib*.so*")):
        package = _system_library_package(library)
        if package is None or package in seen:
            continue
        seen.add(package)
        notice = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
        if notice.exists():
            parts.append(
                _stanza(
                    f"{prefix}/{library.split('.so')[0]}*",
                    f"see the notice of Debian's {package.split(':')[0]} package",
                    f"other-{package.split(':')[0]}",
                    notice.read_text(encoding="utf-8", errors="replace"),
                )
            )
    for licence in sorted((ROOT / "resources" / "fonts").glob("LICENSE-*.txt")):
        font = licence.stem.removeprefix("LICENSE-")
        parts.append(
            _stanza(
                f"{prefix}/resources/fonts/{font}*",
                f"the {font} font authors",
                f"other-{font}",
                licence.read_text(encoding="utf-8"),
            )
        )
    return "\n".join(parts)


def changelog_gz() -> bytes:
    """installers/linux/changelog (Debian's format), gzipped without a time stamp of its own."""
    buffer = io.BytesIO()
    with gzip.GzipFile(
        filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0
    ) as packed:  # no time in the header
        packed.write((LINUX / "changelog").read_bytes())
    return buffer.getvalue()


def manual_gz(epoch: int, version: str) -> bytes:
    sys.path.insert(0, str(ROOT / "installers"))
    from manpage import manual

    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as packed:
        packed.write(manual(version, datetime.fromtimestamp(epoch, UTC)).encode("utf-8"))
    return buffer.getvalue()


# ---------------------------------------------------------------- the package


def make_deb(bundle: Path, version: str, dist: Path) -> Path:
    epoch = source_date_epoch()
    stage = ROOT / "build" / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / PREFIX, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / APP).symlink_to(f"../lib/{APP}/{APP}")
    share = stage / "usr" / "share"
    for source, target in (
        (f"{APP}.desktop", f"applications/{APP}.desktop"),
        (f"{APP}-mime.xml", f"mime/packages/{APP}.xml"),
        (f"{APP}.thumbnailer", f"thumbnailers/{APP}.thumbnailer"),
        (f"{APP}.metainfo.xml", f"metainfo/{METAINFO_ID}.metainfo.xml"),
    ):
        (share / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(LINUX / source, share / target)
    icons = ROOT / "resources" / "icons"
    for size_dir in sorted((icons / "hicolor").iterdir()):
        for icon, context in ((APP, "apps"), ("application-x-blueprint-studio", "mimetypes")):
            target = share / "icons" / "hicolor" / size_dir.name / context
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy(size_dir / f"{icon}.png", target / f"{icon}.png")
    for icon, context in ((APP, "apps"), ("application-x-blueprint-studio", "mimetypes")):
        target = share / "icons" / "hicolor" / "scalable" / context
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(icons / f"{icon}.svg", target / f"{icon}.svg")
    doc = share / "doc" / APP
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(bundle / "_internal"), encoding="utf-8")
    (doc / "changelog.gz").write_bytes(changelog_gz())
    (share / "man" / "man1").mkdir(parents=True)
    (share / "man" / "man1" / f"{APP}.1.gz").write_bytes(manual_gz(epoch, version))
    (share / "lintian" / "overrides").mkdir(parents=True)
    shutil.copy(LINUX / "lintian-overrides", share / "lintian" / "overrides" / APP)
    debian = stage / "DEBIAN"
    debian.mkdir()
    installed_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    depends = ", ".join([f"libc6 (>= {glibc_floor(bundle)})", *DISPLAY_DEPENDS])
    control = (
        (LINUX / "control.in")
        .read_text(encoding="utf-8")
        .format(version=version, installed_kb=installed_kb, depends=depends)
    )
    (debian / "control").write_text(control, encoding="utf-8")
    for script in ("postinst", "postrm"):
        shutil.copy(LINUX / script, debian / script)
        (debian / script).chmod(0o755)
    normalise(stage, epoch)
    target = dist / f"{APP}_{version}_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(target)],
        check=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},
        stdout=subprocess.DEVNULL,
    )
    return target
