#!/usr/bin/env bash
# Runs every check and test on a fresh machine: installs what is missing, checks Package.swift and the formatting,
# builds (warnings fail the build), runs the test suites, then the packaging test on its own.
# Usage: scripts/test.sh [extra `swift test` arguments, e.g. --filter JixiaoModelsTests]
#   With arguments only the matching tests run (the packaging test too, if it matches).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
ensure_system_packages
ensure_test_tools

echo "checking Package.swift against the imports…" >&2
python3 scripts/check-dependencies.py >&2
echo "checking that every message goes through the catalogue…" >&2
python3 scripts/check-english.py >&2
echo "checking the formatting (scripts/format.sh fixes it)…" >&2
scripts/format.sh --lint-only

# Build first and show every warning or error; a warning in this package's code fails the run.
mkdir -p .build
echo "building (a first build takes several minutes)…" >&2
if ! swift build --build-tests --explicit-target-dependency-import-check error >.build/test-build.log 2>&1; then
    tail -n 60 .build/test-build.log >&2
    echo "build failed: the whole log is .build/test-build.log" >&2
    exit 1
fi
if grep -E "^$(pwd)/(Sources|Tests)/.*(warning|error):" .build/test-build.log >&2; then
    echo "the build has warnings (above): fix them; the whole log is .build/test-build.log" >&2
    exit 1
fi
if [ $# -gt 0 ]; then
    swift test --skip-build "$@"
    exit
fi
# The packaging test makes a release build of its own; alone, it does not slow the timing-sensitive sync tests.
swift test --skip-build --skip JixiaoPackagingTests
swift test --skip-build --filter JixiaoPackagingTests
