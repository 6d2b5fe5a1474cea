#!/usr/bin/env bash
# Benchmarks of issue 7: sync, apply and report speed against baselines measured in the same run.
# Builds the release binaries, generates synthetic offices (Chinese payees and notes), runs each case a few times
# (median), prints a Markdown table and writes out/bench.json. Starts and stops its own `district serve` on
# 127.0.0.1 (a free port). The full run takes about 15 minutes on a 2-core machine; --quick about a minute.
# What each case measures: Docs/Performance.md.
#
# Usage: scripts/bench.sh [--quick] [--only CASES] [--out DIR] [--keep]
#   --quick        small sizes (the same cases; the targets are judged the same way but mean less)
#   --only CASES   comma-separated subset: initial,delta,many,report,bomb,startup,import,audit
#   --keep         keep the scratch folder with the databases (its path is printed)
# JIXIAO_BIN=DIR uses binaries already built there instead of building.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/out"
ARGS=()
KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) ARGS+=(--quick); shift ;;
        --only) ARGS+=(--only "$2"); shift 2 ;;
        --out) OUT=$(realpath -m "$2"); shift 2 ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

# shellcheck source=scripts/setup.sh
source scripts/setup.sh
ensure_system_packages
missing=()
command -v rsync >/dev/null || missing+=(rsync)
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2 ||
        echo "could not install ${missing[*]}; continuing (hyperfine is optional, rsync is not)" >&2
fi

if [ -n "${JIXIAO_BIN:-}" ]; then
    BIN=$JIXIAO_BIN
else
    echo "building release binaries…" >&2
    swift build -c release --product district -q
    swift build -c release --product street -q
    BIN=$(swift build -c release --show-bin-path)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-bench.XXXXXX")
cleanup() {
    if [ "$KEEP" -eq 0 ]; then rm -rf "$WORK"; else echo "kept the scratch folder $WORK" >&2; fi
}
trap cleanup EXIT
mkdir -p "$OUT"
python3 scripts/bench/run.py --bin "$BIN" --work "$WORK" --out "$OUT" "${ARGS[@]}"
