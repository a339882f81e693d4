"""The installer recipes, parsed: what cannot be built here is still checked."""

from __future__ import annotations

import configparser
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES

INSTALLERS = ROOT / "installers"
MIME_TYPE = "application/x-blueprint-studio"
FREEDESKTOP = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(INSTALLERS / "linux" / "blueprint-studio.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_bpx_files() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application" and entry["Exec"] == "blueprint-studio %F"
    assert entry["Icon"] == "blueprint-studio"
    assert MIME_TYPE in entry["MimeType"].split(";")


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is installed by make test"
)
def test_desktop_entry_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(INSTALLERS / "linux" / "blueprint-studio.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_mime_type_matches_our_files_by_glob_and_magic() -> None:
    root = ElementTree.parse(INSTALLERS / "linux" / "blueprint-studio-mime.xml").getroot()
    mime = root.find(f"{FREEDESKTOP}mime-type")
    assert mime is not None and mime.get("type") == MIME_TYPE
    assert [glob.get("pattern") for glob in mime.iter(f"{FREEDESKTOP}glob")] == ["*.bpx"]
    outer = mime.find(f"{FREEDESKTOP}magic/{FREEDESKTOP}match")
    assert outer is not None and outer.get("value") == "PK\\003\\004" and outer.get("offset") == "0"
    names = [match.get("value") for match in outer.iter(f"{FREEDESKTOP}match") if match is not outer]
    for sample in SAMPLES:  # every file we write starts with one of the names the magic expects
        head = sample.read_bytes()[:60]
        assert head.startswith(b"PK\x03\x04")
        assert any(head[30:].startswith(str(name).encode()) for name in names)


def test_icons_exist_in_every_size_for_app_and_document() -> None:
    icons = ROOT / "resources" / "icons"
    for name in ("blueprint-studio", "application-x-blueprint-studio"):
        assert (icons / f"{name}.svg").exists() and (icons / f"{name}.ico").exists()
        for size in (16, 32, 48, 64, 128, 256, 512):
            png = icons / "hicolor" / f"{size}x{size}" / f"{name}.png"
            assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_macos_plist_declares_and_claims_the_bpx_type() -> None:
    plist = plistlib.loads((INSTALLERS / "macos" / "Info.plist").read_bytes())
    (exported,) = plist["UTExportedTypeDeclarations"]
    uti = exported["UTTypeIdentifier"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["bpx"]
    assert "public.zip-archive" in exported["UTTypeConformsTo"]
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [uti] and document["CFBundleTypeRole"] == "Editor"
    assert plist["NSHighResolutionCapable"] is True and plist["LSMinimumSystemVersion"]
    # PyInstaller names the executable, the icon and the identifier; ours would only disagree with it.
    assert not {"CFBundleExecutable", "CFBundleIconFile", "CFBundleIdentifier", "CFBundleVersion"} & set(plist)
    script = (INSTALLERS / "macos" / "build-app.sh").read_text()
    # The one spec: catalogues included.
    assert "installers/blueprint-studio.spec" in script and "--add-data" not in script
    assert (
        "hdiutil create" in script
        and "codesign" in script
        and "notarytool submit" in script
        and "signing skipped" in script
    )
    spec = (INSTALLERS / "blueprint-studio.spec").read_text()
    assert "BUNDLE(" in spec and "info_plist=ours" in spec and "application-x-blueprint-studio.icns" in spec


def test_inno_setup_script_installs_per_user_and_proves_itself() -> None:
    text = (INSTALLERS / "windows" / "blueprint-studio.iss").read_text(encoding="utf-8")
    sections = {name: body for name, body in re.findall(r"^\[(\w+)\]\n(.*?)(?=^\[|\Z)", text, re.M | re.S)}
    assert {"Setup", "Files", "Icons", "Registry", "Run", "Tasks", "Code", "UninstallDelete"} <= set(sections)
    setup = sections["Setup"]
    for line in (
        "ChangesAssociations=yes",
        "PrivilegesRequired=lowest",
        "PrivilegesRequiredOverridesAllowed=dialog",
        "MinVersion=10.0",
        "ArchitecturesAllowed=x64compatible",
        "AppVersion={#AppVersion}",
        "SignTool={#SignCommand}",
    ):
        assert line in setup, line
    assert "#error" in text and '#define AppVersion "' not in text  # the version is given, never typed here
    assert "{group}\\{#AppName}" in sections["Icons"]
    registry = sections["Registry"]
    assert 'Subkey: "Software\\Classes\\.bpx"' in registry and 'ValueData: "BlueprintStudio.Document"' in registry
    assert '""{app}\\{#AppExe}"" ""%1""' in registry and "DefaultIcon" in registry
    code = sections["Code"]
    assert "'--self-test'" in code and "RaiseException" in code and "ChangePath(False)" in code


def test_icons_pack_every_size() -> None:
    from PIL import Image

    for name in ("blueprint-studio", "application-x-blueprint-studio"):
        assert sorted(Image.open(INSTALLERS.parent / "resources" / "icons" / f"{name}.ico").ico.sizes()) == [
            (16, 16),
            (24, 24),
            (32, 32),
            (48, 48),
            (64, 64),
            (128, 128),
            (256, 256),
        ]
        assert max(Image.open(INSTALLERS.parent / "resources" / "icons" / f"{name}.icns").info["sizes"])[:2] == (
            512,
            512,
        )


def test_metainfo_validates_and_names_our_desktop_entry() -> None:
    metainfo = INSTALLERS / "linux" / "blueprint-studio.metainfo.xml"
    tree = ElementTree.parse(metainfo).getroot()
    assert tree.findtext("launchable") == "blueprint-studio.desktop" and tree.find("releases/release").get("version")  # type: ignore[union-attr]
    from blueprint_studio import __version__

    assert tree.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    if shutil.which("appstreamcli"):
        checked = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_man_page_is_the_help_of_every_command() -> None:
    made = subprocess.run(
        [sys.executable, str(INSTALLERS / "manpage.py")], capture_output=True, text=True, check=True
    ).stdout
    from blueprint_studio.cli import COMMANDS

    assert made.startswith(".TH BLUEPRINT\\-STUDIO 1") and all(
        f".SS {name.replace('-', chr(92) + '-')}" in made for name in COMMANDS
    )
    if shutil.which("groff"):
        rendered = subprocess.run(["groff", "-man", "-Tutf8", "-ww"], input=made, capture_output=True, text=True)
        assert rendered.returncode == 0 and "warning" not in rendered.stderr, rendered.stderr


def test_the_changelog_names_this_version() -> None:
    from blueprint_studio import __version__

    assert (INSTALLERS / "linux" / "changelog").read_text().startswith(f"blueprint-studio ({__version__}) ")


def test_spec_leaves_out_unused_qt_and_keeps_the_resources() -> None:
    spec = (INSTALLERS / "blueprint-studio.spec").read_text(encoding="utf-8")
    for module in (
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.QtNetwork",
        "PySide6.QtWebEngineCore",
        "PySide6.QtMultimedia",
    ):
        assert f'"{module}"' in spec
    for folder in ("fonts", "samples", "icons"):
        assert f'"resources" / "{folder}"' in spec


def test_resources_are_found_frozen_and_from_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from blueprint_studio.resources import resource_path

    assert resource_path("fonts", "DejaVuSans.ttf").is_file()
    (tmp_path / "resources" / "samples").mkdir(parents=True)
    (tmp_path / "resources" / "samples" / "x.bpx").write_bytes(b"")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("samples", "x.bpx") == tmp_path / "resources" / "samples" / "x.bpx"
    with pytest.raises(FileNotFoundError, match="bundled resource missing: fonts/none.ttf"):
        resource_path("fonts", "none.ttf")
