#!/usr/bin/env bash
# The main job, end to end, on a fresh machine: installs what is missing, builds, creates the 开福区 district in
# a temporary folder, imports the 2021 plan, enrols every office, starts `district serve` on 127.0.0.1 (a free
# port), has every office import its CSV files and narratives and sync (several at once), writes every report
# into ./out/ (or --out DIR), stops the server, and prints where the reports are with each project's score.
#
# Usage: scripts/demo.sh [--out DIR] [--example DIR] [--keep]
#   --keep  keep the temporary folder with the databases (its path is printed)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/out"
EXAMPLE="$ROOT/Docs/examples/kaifu-2021"
KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --out) OUT=$(realpath -m "$2"); shift 2 ;;
        --example) EXAMPLE=$(realpath "$2"); shift 2 ;;
        --keep) KEEP=1; shift ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "demo.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ -n "${JIXIAO_BIN:-}" ]; then
    # Binaries already built (the test suite runs this script while SwiftPM holds the build folder).
    BIN=$JIXIAO_BIN
else
    # shellcheck source=scripts/setup.sh
    source scripts/setup.sh
    ensure_system_packages
    if [ -t 2 ]; then
        # On a terminal SwiftPM shows its own progress ([n/m] on one line).
        echo "building district and street (the first build takes a few minutes)…" >&2
        swift build --product district >&2
        swift build --product street >&2
    else
        echo "building district and street (the first build takes a few minutes; quiet when not on a terminal)…" >&2
        swift build --product district -q
        swift build --product street -q
    fi
    BIN=$(swift build --show-bin-path)
fi
DISTRICT="$BIN/district"
STREET="$BIN/street"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-demo.XXXXXX")
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [ "$KEEP" -eq 0 ]; then rm -rf "$WORK"; else echo "kept the databases in $WORK" >&2; fi
}
trap cleanup EXIT

export JIXIAO_DISTRICT_DB="$WORK/district.db"
"$DISTRICT" init --name 开福区
# The import lists every project, fund, category and indicator it creates: show only its summary line.
"$DISTRICT" plan import "$EXAMPLE/plan.json" | tail -n 1

# A free port on 127.0.0.1: the first one from 7420 up that nobody answers on.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=7420
while port_in_use "$PORT"; do PORT=$((PORT + 1)); done

# Enrol every office: `district office add` writes its enrolment file (server, code, secret, the district's
# certificate fingerprint; mode 0600), which `street init --enrol` reads. No secret is ever on a command line.
OFFICES=()
while IFS=, read -r code name kind; do
    [ "$code" = "code" ] && continue
    [ -z "$code" ] && continue
    OFFICES+=("$code")
    "$DISTRICT" office add --code "$code" --name "$name" --kind "$kind" --server "127.0.0.1:$PORT" \
        --out "$WORK/$code.enrol" >/dev/null 2>&1
    "$STREET" init --enrol "$WORK/$code.enrol" --db "$WORK/$code.db" 2>/dev/null
    rm -f "$WORK/$code.enrol"
done < <(tr -d '\r' < "$EXAMPLE/offices.csv")

"$DISTRICT" serve --host 127.0.0.1 --port "$PORT" 2>"$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 1 100); do port_in_use "$PORT" && break; sleep 0.1; done
port_in_use "$PORT" || { echo "the district server did not start; its log:" >&2; cat "$WORK/server.log" >&2; exit 1; }
echo "district server on 127.0.0.1:$PORT (pid $SERVER_PID), ${#OFFICES[@]} offices" >&2

# Each office: receive the plan, import its files, write its narratives, sync. Offices run at the same time.
office_job() {
    local code=$1 db="$WORK/$1.db" dir="$EXAMPLE/offices/$1"
    "$STREET" sync --db "$db" >/dev/null
    [ -f "$dir/expenses.csv" ] && "$STREET" import expenses "$dir/expenses.csv" --db "$db" >/dev/null
    [ -f "$dir/values.csv" ] && "$STREET" import values "$dir/values.csv" --db "$db" >/dev/null
    if [ -d "$dir/notes" ]; then
        for note in "$dir"/notes/*.txt; do
            local base project section
            base=$(basename "$note" .txt)
            project=${base%.*}
            section=${base##*.}
            "$STREET" note set --project "$project" --section "$section" --file "$note" --db "$db" >/dev/null
        done
    fi
    # 上报 every project the office reports on (a project it does not report on is refused: ignored here).
    local project
    for project in $(python3 -c 'import json,sys; print(" ".join(sorted({p["code"] for p in json.load(open(sys.argv[1]))["projects"]})))' "$EXAMPLE/plan.json"); do
        "$STREET" submit --project "$project" --note "demo" --db "$db" >/dev/null 2>&1 || true
    done
    "$STREET" sync --db "$db"
}
pids=()
for code in "${OFFICES[@]}"; do
    office_job "$code" >"$WORK/$code.log" 2>&1 &
    pids+=($!)
done
failed=0
for i in "${!pids[@]}"; do
    if wait "${pids[$i]}"; then
        echo "  ${OFFICES[$i]}: $(tail -n 1 "$WORK/${OFFICES[$i]}.log")" >&2
    else
        echo "  ${OFFICES[$i]} FAILED:" >&2
        sed 's/^/    /' "$WORK/${OFFICES[$i]}.log" >&2
        failed=1
    fi
done
[ "$failed" -eq 0 ] || exit 1

# 审核: the district approves every submission, so the reports are final (no 草稿 mark).
"$DISTRICT" review list --state submitted --format csv | tail -n +2 | while IFS=, read -r office project year _; do
    "$DISTRICT" approve --office "$office" --project "$project" --year "$year" --by 演示审核人 >/dev/null 2>&1
done
"$DISTRICT" status --year 2021 --period 2021 >&2
mkdir -p "$OUT"
SUMMARY=$("$DISTRICT" report --all --year 2021 --out "$OUT")
# The PDFs, where LibreOffice or Chromium is installed (scripts/test.sh installs both).
if command -v soffice >/dev/null || command -v chromium >/dev/null; then
    while IFS=$'\t' read -r code _; do
        "$DISTRICT" report --project "$code" --year 2021 --format pdf --out "$OUT/$code.pdf" 2>/dev/null \
            && SUMMARY=$(printf '%s\n' "$SUMMARY" | sed "s|^$code\t.*|& $OUT/$code.pdf|")
    done <<<"$SUMMARY"
else
    echo "no PDFs: install libreoffice-writer (or chromium) for --format pdf" >&2
fi

kill -TERM "$SERVER_PID"
wait "$SERVER_PID" || { echo "the server did not stop cleanly" >&2; exit 1; }
SERVER_PID=""

# `report --all` prints one line per project: CODE, 执行率, 得分, grade, then the files.
echo
echo "Reports written to $OUT:"
while IFS=$'\t' read -r code rate score grade files; do
    echo "  $code: $rate, $score, 等级 $grade"
    for file in $files; do echo "    $file"; done
done <<<"$SUMMARY"
