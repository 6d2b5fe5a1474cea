#!/usr/bin/env bash
# Shared set-up for the scripts: installs the Debian and Python packages Jixiao builds and tests with, only when
# missing (apt-get update first, and only then).

# Packages the build needs: the system SQLite, zlib and libxml2 headers, and the sqlite3 and iconv command-line tools the
# tests and benchmarks use.
JIXIAO_APT_PACKAGES=(libsqlite3-dev zlib1g-dev libxml2-dev sqlite3 libc-bin)

# Packages the tests need beyond the build: unshare and mount (the packaging test hides the toolchain), dpkg-deb;
# Noto CJK fonts (without a CJK font LibreOffice and Chromium draw boxes), poppler (pdfinfo, pdftotext per page),
# LibreOffice Writer (docx → pdf) and Calc (workbooks made by another program), Chromium (HTML screenshots and print
# to PDF).
JIXIAO_TEST_APT_PACKAGES=(
    util-linux mount dpkg gzip python3 python3-pip fonts-noto-cjk poppler-utils libreoffice-writer libreoffice-calc chromium
)

# Python packages the tests read documents back with, as PYPI-NAME:IMPORT-NAME.
JIXIAO_TEST_PIP_PACKAGES=(python-docx:docx openpyxl:openpyxl)

# Installs the Debian packages named as arguments that are not installed yet.
ensure_apt_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "installing missing packages: ${missing[*]}" >&2
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
    fi
}

ensure_system_packages() {
    ensure_apt_packages "${JIXIAO_APT_PACKAGES[@]}"
    command -v swift >/dev/null || { echo "swift is not on PATH: install the Swift 6 toolchain first" >&2; exit 1; }
}

ensure_test_tools() {
    ensure_apt_packages "${JIXIAO_TEST_APT_PACKAGES[@]}"
    local spec
    for spec in "${JIXIAO_TEST_PIP_PACKAGES[@]}"; do
        python3 -c "import ${spec##*:}" 2>/dev/null && continue
        echo "installing the Python package ${spec%%:*} for the tests" >&2
        python3 -m pip install -q "${spec%%:*}" 2>/dev/null || python3 -m pip install -q --break-system-packages "${spec%%:*}"
    done
}
