#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs the system libraries when missing, builds, tests.
# Usage: scripts/test.sh [extra `swift test` arguments, e.g. --filter JixiaoModelsTests]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
ensure_system_packages
ensure_test_tools
# Build first and show every warning or error (the project builds with none), then test without rebuilding.
mkdir -p .build
if ! swift build --build-tests >.build/test-build.log 2>&1; then
    tail -n 60 .build/test-build.log >&2
    echo "build failed: the whole log is .build/test-build.log" >&2
    exit 1
fi
grep -E "warning:" .build/test-build.log >&2 || true
swift test --skip-build "$@"
