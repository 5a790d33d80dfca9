#!/usr/bin/env bash
# Prepare this checkout: the system libraries Qt needs (Debian/Ubuntu) and a
# virtual environment in .venv with cisdesk and its test tools. Safe to rerun.
set -euo pipefail
cd "$(dirname "$0")/.."

QT_DEBS=(libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
         libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
         libxcb-render-util0 libxcb-xinerama0 libxcb-image0 libxcb-xkb1 libxrender1 libx11-xcb1
         fonts-dejavu-core)

install_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian/Ubuntu: nothing to do here
    local missing=() pkg
    for pkg in "${QT_DEBS[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            echo "cisdesk setup: please install: ${missing[*]}" >&2; return 0
        fi
    fi
    echo "cisdesk setup: installing ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pick_python() {
    local candidate
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
           "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"; return 0
        fi
    done
    echo "cisdesk setup: Python 3.11 or newer is needed" >&2; return 1
}

install_system_packages ${CISDESK_EXTRA_DEBS:-}
PYTHON=$(pick_python)
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
EXTRAS=${CISDESK_EXTRAS:-test}
stamp=".venv/.installed-$(cat pyproject.toml | sha256sum | cut -c1-16)-${EXTRAS//,/_}"
if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[${EXTRAS}]"
    touch "$stamp"
fi
# The interface's Qt catalogues (.qm) beside their .ts sources: the build step a
# source checkout needs; the wheel and the frozen build run the same script.
.venv/bin/python scripts/compile_translations.py
