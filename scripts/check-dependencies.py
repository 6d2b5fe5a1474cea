#!/usr/bin/env python3
"""Checks that Package.swift declares exactly what each target imports.

SwiftPM's own `--explicit-target-dependency-import-check` only flags an import of a package target that is not
reachable at all; it accepts a module reached through another dependency and never reports a declared dependency
that nothing imports. This script checks both ways, for every target:

- every module a target's files import (`import X`, `@testable import X`) is a direct dependency of the target,
  unless it ships with the toolchain (Foundation, Dispatch, Testing, ...);
- every direct dependency is imported by at least one file of the target;
- only the targets listed in STORAGE_ONLY import GRDB.

Usage: scripts/check-dependencies.py   (run from anywhere; exits 1 and names each problem)
"""

import json
import os
import re
import subprocess
import sys

# Modules of the toolchain and the system: never declared as dependencies.
TOOLCHAIN = {
    "Foundation", "FoundationEssentials", "FoundationNetworking", "FoundationXML", "Dispatch", "Glibc", "Musl",
    "Darwin", "Testing", "XCTest", "Synchronization", "os", "_Concurrency", "Observation",
}
# GRDB is the storage layer's alone: every other target reaches SQLite through JixiaoStorage's named methods. The
# storage layer's own white-box tests may use it too (they build files of older schema versions with the migrator).
GRDB_ALLOWED = {"JixiaoStorage", "JixiaoStorageTests"}

IMPORT = re.compile(r"^\s*(?:@testable\s+|@_exported\s+|@preconcurrency\s+|public\s+|package\s+|internal\s+)*import\s+(?:class\s+|struct\s+|enum\s+|func\s+|protocol\s+|typealias\s+)?([A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z0-9_.]+)?\s*(?://.*)?$", re.M)


def main() -> int:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    dump = subprocess.run(
        ["swift", "package", "dump-package"], cwd=root, check=True, capture_output=True, text=True
    ).stdout
    package = json.loads(dump)
    problems = []
    for target in package["targets"]:
        name, kind = target["name"], target["type"]
        if kind == "system":
            continue
        default = "Tests" if kind == "test" else "Sources"
        path = os.path.join(root, target.get("path") or os.path.join(default, name))
        declared = set()
        for dependency in target["dependencies"]:
            (how, value), = dependency.items()
            declared.add(value[0])
        imported = {}
        for folder, _, files in os.walk(path):
            for file in files:
                if not file.endswith(".swift"):
                    continue
                with open(os.path.join(folder, file), encoding="utf-8") as handle:
                    # Multi-line string literals (a Python script a test runs, say) are not Swift imports.
                    source = re.sub(r'"""(?:.|\n)*?"""', '""', handle.read())
                    for module in IMPORT.findall(source):
                        imported.setdefault(module, os.path.relpath(os.path.join(folder, file), root))
        imported = {m: f for m, f in imported.items() if m not in TOOLCHAIN and m != name}
        for module, file in sorted(imported.items()):
            if module not in declared:
                problems.append(f"{name}: {file} imports {module}, which Package.swift does not declare for {name}")
            if module == "GRDB" and name not in GRDB_ALLOWED:
                problems.append(f"{name}: {file} imports GRDB; only {', '.join(sorted(GRDB_ALLOWED))} may")
        for module in sorted(declared - set(imported)):
            problems.append(f"{name}: declares {module} but no file of it imports it")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} dependency problem(s) in Package.swift", file=sys.stderr)
        return 1
    print("Package.swift declares exactly what each target imports")
    return 0


if __name__ == "__main__":
    sys.exit(main())
