#!/bin/sh
# Set up Jianbao on a fresh Debian/Ubuntu machine: the system libraries Qt needs
# (offscreen and X11), poppler-utils, ghostscript and qpdf for PDF and PDF/X checks, xvfb and
# xdotool for the crash test under a real X display, then a virtualenv in .venv with the project
# and its test tools. Safe to run again: it only adds what is missing. Without apt-get, or
# without root and sudo, it says what is missing and goes on (tests that need it skip).
set -eu
cd "$(dirname "$0")/.."

APT_PACKAGES="libglib2.0-0 libgl1 libegl1 libfontconfig1 libdbus-1-3 libxkbcommon0 \
libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 poppler-utils ghostscript qpdf xvfb xdotool"

if command -v dpkg >/dev/null 2>&1; then
    missing=""
    for pkg in $APT_PACKAGES; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
    done
    if [ -n "$missing" ]; then
        SUDO=""
        if [ "$(id -u)" -ne 0 ]; then
            if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
                SUDO="sudo -n"
            else
                SUDO="none"
            fi
        fi
        if ! command -v apt-get >/dev/null 2>&1 || [ "$SUDO" = "none" ]; then
            echo "setup: cannot install system packages here (no apt-get, or not root and no sudo):$missing" >&2
        else
            echo "setup: installing$missing" >&2
            if ! { $SUDO apt-get update -qq &&
                DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null; }; then
                echo "setup: apt-get could not install:$missing (going on without them)" >&2
            fi
        fi
    fi
fi

PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
