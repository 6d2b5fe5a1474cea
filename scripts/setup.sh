#!/usr/bin/env bash
# Shared set-up for the scripts: installs the Debian packages Jixiao builds against, only when missing.

# Packages the build needs: the system SQLite and zlib headers, and the sqlite3 and iconv command-line tools the
# tests and benchmarks use.
JIXIAO_APT_PACKAGES=(libsqlite3-dev zlib1g-dev sqlite3 libc-bin)

# Packages the document tests use: Noto CJK fonts (without a CJK font LibreOffice and Chromium draw boxes), poppler
# (pdfinfo, pdftotext per page), LibreOffice Writer (docx → pdf) and Chromium (HTML screenshots and print to PDF).
JIXIAO_DOCUMENT_PACKAGES=(fonts-noto-cjk poppler-utils libreoffice-writer chromium)

# Installs the Debian packages named as arguments that are not installed yet (apt-get update first, only then).
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

# The tools the report tests check documents with: the Debian packages above and python-docx (PyPI), an
# independent reader of .docx files. Each is installed only when missing.
ensure_document_tools() {
    ensure_apt_packages "${JIXIAO_DOCUMENT_PACKAGES[@]}"
    if ! python3 -c "import docx" 2>/dev/null; then
        echo "installing python-docx" >&2
        python3 -m pip install -q python-docx 2>/dev/null || python3 -m pip install -q --break-system-packages python-docx
    fi
}

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
