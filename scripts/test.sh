#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs the system libraries when missing, builds, tests.
# Usage: scripts/test.sh [extra `swift test` arguments, e.g. --filter JixiaoModelsTests]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
ensure_system_packages
# Build first and show every warning or error (the project builds with none), then test without rebuilding.
mkdir -p .build
swift build --build-tests 2>&1 | tee .build/test-build.log | grep -E "warning:|error:" || true
if grep -q "error:" .build/test-build.log; then echo "build failed: see .build/test-build.log" >&2; exit 1; fi
swift test --skip-build "$@"
