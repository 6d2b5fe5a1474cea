#!/usr/bin/env bash
# Formats the Swift sources with the toolchain's `swift format` (swift-nio's .swift-format), then lints them.
# Usage: scripts/format.sh [--lint-only]
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files '*.swift')
if [ "${1:-}" != "--lint-only" ]; then
    # shellcheck disable=SC2086
    swift format format --in-place --parallel $files
fi
# shellcheck disable=SC2086
swift format lint --strict --parallel $files
