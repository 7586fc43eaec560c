#!/usr/bin/env bash
# Shared set-up of scripts/run.sh and scripts/test.sh: installs the Debian packages the
# project needs (skipped when present), configures and builds into build/.
set -euo pipefail

MOTCUA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MOTCUA_BUILD="${MOTCUA_BUILD:-$MOTCUA_ROOT/build}"

# Build tools, Qt 6 (Widgets, Sql with the SQLite driver, PrintSupport, Test, Linguist),
# the libraries (QR codes, Excel, password hashing), fonts for the forms, and the tools the
# tests and screenshots use (offscreen rendering needs no X; xvfb and poppler for looking;
# the PostgreSQL driver for offices with several desks, and the server the tests run on).
MOTCUA_PACKAGES=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql postgresql libqt6svg6 libgl-dev
    libqrencode-dev libxlsxwriter-dev libsodium-dev zlib1g-dev
    fonts-liberation2 sqlite3 poppler-utils xvfb xauth
)

motcua_install_packages() {
    local missing=()
    local package
    for package in "${MOTCUA_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

motcua_build() {
    local werror=OFF
    if [ -n "${CI:-}" ]; then
        werror=ON # CI treats every warning as an error
    fi
    cmake -S "$MOTCUA_ROOT" -B "$MOTCUA_BUILD" -G Ninja \
        -DCMAKE_BUILD_TYPE="${MOTCUA_BUILD_TYPE:-RelWithDebInfo}" \
        -DMOTCUA_WERROR="$werror"
    cmake --build "$MOTCUA_BUILD" --parallel "$(nproc)"
}

motcua_install_packages
motcua_build
