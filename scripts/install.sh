#!/usr/bin/env bash
# Builds `district` and `street` in release mode with the Swift standard library and Foundation linked statically,
# so they run on a machine without the Swift toolchain, and installs them into PREFIX/bin.
#
# Usage: scripts/install.sh [--prefix DIR]     (default /usr/local; the binaries go to DIR/bin)
# The build goes to .build-release/ (apart from the debug build in .build/, so the two never wait for each other).
set -euo pipefail
cd "$(dirname "$0")/.."
PREFIX=/usr/local
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }; PREFIX=$(realpath -m "$2"); shift 2 ;;
        -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
ensure_system_packages
echo "building district and street in release mode (a few minutes on a first build)…" >&2
BUILD=(swift build -c release --static-swift-stdlib --scratch-path .build-release)
"${BUILD[@]}" --product district
"${BUILD[@]}" --product street
BIN=$("${BUILD[@]}" --show-bin-path)
mkdir -p "$PREFIX/bin"
# Stripped: the symbol tables of the statically linked runtime would otherwise be most of each file.
install -s -m 0755 "$BIN/district" "$BIN/street" "$PREFIX/bin/"
echo "installed $PREFIX/bin/district and $PREFIX/bin/street" >&2
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) echo "note: $PREFIX/bin is not on your PATH; add it (export PATH=\"$PREFIX/bin:\$PATH\")" >&2 ;;
esac
