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

# What the tests need beyond the build: Debian packages (unshare and mount for the packaging test, dpkg-deb, man),
# and Python packages the tests use as independent readers.
JIXIAO_TEST_APT_PACKAGES=(util-linux mount dpkg gzip python3)
# Each Python entry is PYPI-NAME:IMPORT-NAME.
JIXIAO_TEST_PIP_PACKAGES=()

ensure_test_tools() {
    local missing=()
    for package in "${JIXIAO_TEST_APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "installing missing test packages: ${missing[*]}" >&2
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
    fi
    local spec
    for spec in "${JIXIAO_TEST_PIP_PACKAGES[@]}"; do
        python3 -c "import ${spec##*:}" 2>/dev/null && continue
        echo "installing the Python package ${spec%%:*} for the tests" >&2
        python3 -m pip install -q "${spec%%:*}"
    done
}
