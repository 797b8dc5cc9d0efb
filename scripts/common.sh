#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: install what is missing, configure, build.
set -euo pipefail

YIBAO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian 12 / Ubuntu packages. libqt6opengl6-dev, libqt6sql6-sqlite and xauth are only
# recommended by the packages that need them, so they are named here.
YIBAO_PACKAGES=(build-essential cmake ninja-build file pkg-config
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools
    qt6-charts-dev qt6-svg-dev fonts-wqy-microhei xvfb xauth poppler-utils
    qt6-translations-l10n qt6-qpa-plugins)

yibao_as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "yibao: need root to run: $*" >&2
        echo "yibao: install sudo, or run this script as root once" >&2
        exit 1
    fi
}

yibao_install_deps() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "yibao: not a Debian/Ubuntu system; install CMake >= 3.25 and Qt >= 6.4 (Core Sql Widgets Test LinguistTools Charts Svg PrintSupport) yourself" >&2
        return 0
    fi
    local missing=()
    for p in "${YIBAO_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "yibao: installing ${missing[*]}" >&2
        yibao_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        yibao_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# yibao_build BUILD_DIR [cmake options...]: configure once, then build incrementally.
yibao_build() {
    local dir="$1"
    shift
    local gen=()
    command -v ninja >/dev/null 2>&1 && gen=(-G Ninja)
    # ccache, when a developer has it, makes rebuilds in several checkouts cheap; CI does
    # not need it. The base folder lets checkouts side by side share their objects.
    if command -v ccache >/dev/null 2>&1; then
        gen+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$YIBAO_ROOT")}"
    fi
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        cmake -S "$YIBAO_ROOT" -B "$dir" "${gen[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    elif [ $# -gt 0 ]; then
        cmake "$dir" "$@" >/dev/null
    fi
    cmake --build "$dir" --parallel "$(nproc 2>/dev/null || echo 2)"
}
