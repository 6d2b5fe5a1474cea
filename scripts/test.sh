#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs the system libraries when missing, builds, tests.
# Usage: scripts/test.sh [extra `swift test` arguments, e.g. --filter JixiaoModelsTests]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
ensure_system_packages
swift build --build-tests 2>&1 | tee .build-test.log | grep -E "warning:|error:" || true
if grep -q "error:" .build-test.log; then echo "build failed" >&2; exit 1; fi
rm -f .build-test.log
swift test --skip-build "$@"
