#!/usr/bin/env bash
# Debian packages the app and its tests need beyond Python wheels: the libraries Qt loads
# even offscreen, Xvfb for real-window screenshots, poppler-utils (pdftoppm) to render our
# PDFs in tests, librsvg2-bin (rsvg-convert) to render our SVGs, desktop-file-utils to
# validate the .desktop entry; for the Linux package: binutils (strip, objdump), patchelf
# (RUNPATHs), and what checks it as a distribution would — lintian, appstream (appstreamcli),
# bubblewrap (GNOME's thumbnailer sandbox). Installs only what is missing.
set -euo pipefail

packages=(
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0
  xvfb xauth poppler-utils librsvg2-bin desktop-file-utils binutils
  patchelf lintian appstream bubblewrap
)

command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian system; install the equivalents of: ${packages[*]}"; exit 0; }

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "system-deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "system-deps: not root and no sudo; please install: ${missing[*]}" >&2
  exit 1
fi
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
