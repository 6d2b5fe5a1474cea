#!/usr/bin/env bash
# Builds a Debian package (jixiao_VERSION_ARCH.deb) holding both binaries (release, Swift runtime linked
# statically), their man pages and bash/zsh/fish completions generated from the argument parser, and a systemd
# unit for `district serve`.
#
# Usage: scripts/package.sh [--out DIR]     (default ./out)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/out"
while [ $# -gt 0 ]; do
    case "$1" in
        --out) [ $# -ge 2 ] || { echo "package.sh: --out needs a folder" >&2; exit 2; }; OUT=$(realpath -m "$2"); shift 2 ;;
        -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "package.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
STAGE=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-package.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT
scripts/install.sh --prefix "$STAGE/usr" >&2
VERSION=$("$STAGE/usr/bin/district" --version)
ARCH=$(dpkg --print-architecture)
for tool in district street; do
    mkdir -p "$STAGE/usr/share/man/man1" "$STAGE/usr/share/bash-completion/completions" \
        "$STAGE/usr/share/zsh/vendor-completions" "$STAGE/usr/share/fish/vendor_completions.d"
    python3 scripts/manpage.py "$STAGE/usr/bin/$tool" --date "$(date -u +%Y-%m-%d)" | gzip -9n > "$STAGE/usr/share/man/man1/$tool.1.gz"
    JIXIAO_LANG=en "$STAGE/usr/bin/$tool" --generate-completion-script bash > "$STAGE/usr/share/bash-completion/completions/$tool"
    JIXIAO_LANG=en "$STAGE/usr/bin/$tool" --generate-completion-script zsh > "$STAGE/usr/share/zsh/vendor-completions/_$tool"
    JIXIAO_LANG=en "$STAGE/usr/bin/$tool" --generate-completion-script fish > "$STAGE/usr/share/fish/vendor_completions.d/$tool.fish"
done
install -D -m 0644 scripts/packaging/jixiao-district.service "$STAGE/lib/systemd/system/jixiao-district.service"
install -D -m 0644 scripts/packaging/jixiao-district.default "$STAGE/etc/default/jixiao-district"
mkdir -p "$STAGE/DEBIAN"
echo "/etc/default/jixiao-district" > "$STAGE/DEBIAN/conffiles"
SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: jixiao
Version: $VERSION
Architecture: $ARCH
Maintainer: Jixiao maintainers <jixiao@localhost>
Installed-Size: $SIZE
Depends: libc6, libstdc++6, libgcc-s1, libsqlite3-0, zlib1g
Section: misc
Priority: optional
Description: project expenditure performance self-evaluation reports (绩效自评)
 District offices record spending, indicator values and narratives offline with
 street and sync them to the district's server (district serve), which plans the
 year, watches completeness and writes the 项目支出绩效自评报告.
CONTROL
mkdir -p "$OUT"
DEB="$OUT/jixiao_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group --build "$STAGE" "$DEB" >&2
echo "$DEB"
