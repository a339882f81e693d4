#!/usr/bin/env bash
# macOS: the .app and a .dmg, from the one spec every system builds with (fonts, icons, samples
# and the translation catalogues included; the Info.plist merged there).
#   bash installers/macos/build-app.sh          (with the project installed: pip install -e '.[build]')
# Signing and notarization happen when their settings are present, and are skipped with a
# line saying so when they are not:
#   MACOS_SIGNING_IDENTITY   "Developer ID Application: …" (in the keychain)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   for notarytool
# Double-clicked .bpx files arrive as QFileOpenEvent, which the app handles.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(python3 installers/version.py)
arch=$(uname -m)

python3 -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller installers/blueprint-studio.spec

app="dist/Blueprint Studio.app"
if [ -d "$app" ]; then
  program="$app/Contents/MacOS/blueprint-studio"
else  # the same arguments on another system build its one-folder bundle (a check of the spec)
  program="dist/blueprint-studio/blueprint-studio"
fi
QT_QPA_PLATFORM=offscreen "$program" --self-test
[ -d "$app" ] || exit 0

if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
  # Hardened runtime (notarization needs it); Python's ctypes and Qt's plugins need the two exceptions.
  codesign --deep --force --timestamp --options runtime --entitlements installers/macos/entitlements.plist \
    --sign "$MACOS_SIGNING_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
else
  echo "signing skipped: MACOS_SIGNING_IDENTITY is not set (Gatekeeper will ask users to open the app from its context menu)"
fi

# The disk image: the app and a link to /Applications to drag it onto.
dmg="dist/Blueprint-Studio-${version}-macos-${arch}.dmg"
rm -rf build/dmg && mkdir -p build/dmg
cp -R "$app" build/dmg/
ln -s /Applications build/dmg/Applications
hdiutil create -volname "Blueprint Studio" -srcfolder build/dmg -ov -format UDZO "$dmg"

if [ -n "${MACOS_SIGNING_IDENTITY:-}" ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  codesign --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
else
  echo "notarization skipped: it needs MACOS_SIGNING_IDENTITY, APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD"
fi
