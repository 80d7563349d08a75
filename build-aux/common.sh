# build-aux/common.sh: shared by build-aux/run and build-aux/test.
#
# Copyright 2026 The Concord authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"

# Debian 12 packages the build and the tests need.
packages=(
  meson ninja-build gcc pkg-config gettext python3
  libglib2.0-dev libglib2.0-bin libxml2-dev libxml2-utils
  libcairo2-dev libpango1.0-dev librsvg2-dev libhyphen-dev perl hyphen-en-gb hyphen-en-us hyphen-fr hyphen-es
  fonts-noto-core fonts-dejavu-core fonts-wqy-microhei
  qpdf poppler-utils
  clang libclang-rt-14-dev
  libgtk-4-dev libadwaita-1-dev libgit2-dev libical-dev git desktop-file-utils
  libzip-dev libcmark-dev libreoffice-writer-nogui
  xvfb xauth dbus-daemon at-spi2-core python3-pyatspi
  appstream shared-mime-info xdg-utils strace groff-base librsvg2-bin imagemagick
)

ensure_packages () {
  local missing=()
  for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "Concord needs these Debian packages. Install them with:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
}

# configure_build DIR [MESON OPTIONS...]: set up (or reuse) a build folder and build it.
configure_build () {
  local dir=$1
  shift
  if [ -f "$dir/build.ninja" ]; then
    meson configure "$dir" "$@" >/dev/null
  else
    meson setup "$dir" "$@"
  fi
  ninja -C "$dir"
}
