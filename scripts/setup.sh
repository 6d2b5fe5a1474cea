#!/usr/bin/env bash
# Shared set-up for the scripts: installs the Debian packages Jixiao builds against, only when missing.

# Packages the build needs: the system SQLite and zlib headers, and the sqlite3 and iconv command-line tools the
# tests and benchmarks use.
JIXIAO_APT_PACKAGES=(libsqlite3-dev zlib1g-dev sqlite3 libc-bin)

ensure_system_packages() {
    local missing=()
    for package in "${JIXIAO_APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "installing missing packages: ${missing[*]}" >&2
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
    fi
    command -v swift >/dev/null || { echo "swift is not on PATH: install the Swift 6 toolchain first" >&2; exit 1; }
}

# Runs apt-get as root (through sudo when needed), quietly.
apt_install() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# The independent readers and writers of .xlsx files the tests use, installed when missing: openpyxl (from PyPI,
# or Debian's python3-openpyxl where pip may not install) and LibreOffice Calc (`soffice`). A test whose tool cannot
# be installed says why it skips.
ensure_test_tools() {
    command -v python3 >/dev/null || { echo "installing python3" >&2; apt_install python3 python3-pip || true; }
    if command -v python3 >/dev/null && ! python3 -c 'import openpyxl' 2>/dev/null; then
        echo "installing openpyxl" >&2
        python3 -m pip install --quiet --disable-pip-version-check openpyxl >/dev/null 2>&1 \
            || python3 -m pip install --quiet --disable-pip-version-check --user --break-system-packages openpyxl \
                >/dev/null 2>&1 \
            || apt_install python3-openpyxl \
            || echo "could not install openpyxl: the .xlsx tests that need it will skip" >&2
    fi
    if ! command -v soffice >/dev/null; then
        echo "installing libreoffice-calc (large; once)" >&2
        apt_install libreoffice-calc || echo "could not install libreoffice-calc: the LibreOffice tests will skip" >&2
    fi
}
