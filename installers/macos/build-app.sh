#!/usr/bin/env bash
# macOS: the .app and a .dmg. Run on a Mac with the project installed (pip install -e '.[build]').
# Double-clicked .bpx files arrive as QFileOpenEvent, which the app handles.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')

# Icons: .icns from the committed PNG sizes.
iconset=build/macos/blueprint-studio.iconset
docset=build/macos/application-x-blueprint-studio.iconset
mkdir -p "$iconset" "$docset"
for size in 16 32 128 256 512; do
  cp "resources/icons/hicolor/${size}x${size}/blueprint-studio.png" "$iconset/icon_${size}x${size}.png"
  cp "resources/icons/hicolor/${size}x${size}/application-x-blueprint-studio.png" "$docset/icon_${size}x${size}.png"
done
iconutil -c icns "$iconset" -o build/macos/blueprint-studio.icns
iconutil -c icns "$docset" -o build/macos/application-x-blueprint-studio.icns

python3 -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  --windowed --name "Blueprint Studio" --icon build/macos/blueprint-studio.icns \
  --osx-bundle-identifier org.blueprint-studio.BlueprintStudio \
  --add-data resources/fonts:resources/fonts --add-data resources/samples:resources/samples \
  --add-data resources/icons:resources/icons installers/entry.py

app="dist/Blueprint Studio.app"
sed "s/0\.1\.0/${version}/g" installers/macos/Info.plist > "$app/Contents/Info.plist"
cp build/macos/*.icns "$app/Contents/Resources/"
"$app/Contents/MacOS/Blueprint Studio" --self-test

# The disk image: the app and a link to /Applications to drag it onto.
rm -rf build/dmg && mkdir -p build/dmg
cp -R "$app" build/dmg/
ln -s /Applications build/dmg/Applications
hdiutil create -volname "Blueprint Studio" -srcfolder build/dmg -ov -format UDZO "dist/Blueprint-Studio-${version}.dmg"
