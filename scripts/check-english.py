#!/usr/bin/env python3
"""Lists string literals in Sources/ that read as English prose and do not go through the catalogue.

A literal counts when it holds two English words in a row (or one word and a space-led clause) and is not
a catalogue key, a log message, SQL, a precondition, a wire or file field name, or on a line marked
`// english: REASON` (deliberately English: machine formats, logs, programmer errors).
Usage: scripts/check-english.py [--count]   (exit status 1 when any remain)
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources")
SKIP_DIRS = {"Text"}  # the catalogue itself
PROSE = re.compile(r"[A-Za-z]{2,}[,;:]? +[A-Za-z(]{2,}")
SQL = re.compile(
    r"\b(SELECT|INSERT INTO|CREATE (TABLE|TRIGGER|INDEX|UNIQUE)|ALTER TABLE|UPDATE \w+ SET|DELETE FROM|PRAGMA)\b"
    r"|\bWHERE\b|\bFROM \w|\bBETWEEN \?|\bIS NOT\b|\bON CONFLICT\b|excluded\.|\bAND \w+ (=|IS)|= \?"
)
# A list of column names (`year, project, rowid`).
COLUMNS = re.compile(r"^[a-z_]+(, [a-z_]+)+$")
# Files whose literals are machine text, deliberately English:
EXEMPT = {
    # wire-format diagnostics: they quote Protocol.md's message and field names, only a broken or hostile peer
    # causes them, and a person sees them inside a translated sentence (`sync.protocol-error`)
    "JixiaoProtocol/ByteBuffer+Frame.swift", "JixiaoProtocol/ByteBuffer+Wire.swift",
    "JixiaoProtocol/ByteBuffer+Reconciliation.swift", "JixiaoProtocol/Message.swift",
    "JixiaoProtocol/ChangeRecord.swift", "JixiaoProtocol/Frame.swift", "JixiaoProtocol/Reconciliation.swift",
    "JixiaoProtocol/Inflater.swift", "JixiaoProtocol/Deflater.swift", "JixiaoProtocol/CompressedChangeSet.swift",
    # document markup (Word, HTML, CSS, SVG, SpreadsheetML), number-format codes, and the writers' checks of
    # what Jixiao itself builds
    "JixiaoReports/WordXML.swift", "JixiaoReports/WordDocument.swift", "JixiaoReports/WordStyles.swift",
    "JixiaoReports/HTMLRenderer.swift", "JixiaoReports/HTMLStyle.swift", "JixiaoReports/SelfEvaluationHTML.swift",
    "JixiaoReports/SVGBarChart.swift", "JixiaoReports/XLSXRenderer.swift",
    "JixiaoSpreadsheet/WorkbookDraft.swift", "JixiaoSpreadsheet/WorkbookDraft+Parts.swift",
    "JixiaoSpreadsheet/SheetDraft+XML.swift", "JixiaoSpreadsheet/StyleTable.swift",
    "JixiaoSpreadsheet/NumberFormat.swift", "JixiaoSpreadsheet/XMLText.swift",
}
MARK = re.compile(r"// english:")
LOG_CALL = re.compile(r"logger\.\w+\($")
SKIP_LINE = re.compile(
    r"counted\(|noun: \"|note: \"|\.result = |var result = \"|while: \"|logger\.|Logger\(|precondition|fatalError|assert|// english:|\bSELECT\b|\bINSERT\b|\bCREATE\b|\bUPDATE\b"
    r"|\bDELETE\b|\bPRAGMA\b|\bWHERE\b|\bFROM\b|\bJOIN\b|\bALTER\b|\bDROP\b|\bVALUES\b|\bBEGIN\b|\bON CONFLICT\b"
    r"|\bSAVEPOINT\b|\bRELEASE\b|\bROLLBACK\b|\bCOMMIT\b"
)


def literals(text):
    """(line, literal) for every string literal outside comments; multi-line literals whole."""
    i, line, n = 0, 1, len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i)
            if j < 0:
                break
            line += text[i:j].count("\n")
            i = j + 2
        elif text.startswith('"""', i) or text.startswith('#"""', i):
            start = i + (4 if c == "#" else 3)
            end = text.find('"""', start)
            if end < 0:
                break
            body = text[start:end]
            yield line, body
            line += body.count("\n")
            i = end + 3 + (1 if c == "#" else 0)
        elif c == '"' or text.startswith('#"', i):
            hashed = c == "#"
            j = i + (2 if hashed else 1)
            depth = 0
            buf = []
            while j < n:
                d = text[j]
                if d == "\\" and not hashed:
                    if text.startswith("\\(", j):
                        depth += 1
                        buf.append("\\(")
                        j += 2
                        continue
                    buf.append(text[j : j + 2])
                    j += 2
                    continue
                if depth > 0:
                    if d == "(":
                        depth += 1
                    elif d == ")":
                        depth -= 1
                    elif d == '"':
                        # a nested literal inside an interpolation: skip it
                        k = text.find('"', j + 1)
                        if k < 0 or text.count("\n", j, k):
                            k = j
                        buf.append(text[j : k + 1])
                        j = k + 1
                        continue
                    buf.append(d)
                    j += 1
                    continue
                if d == '"':
                    break
                if d == "\n":
                    break
                buf.append(d)
                j += 1
            yield line, "".join(buf)
            i = max(j + (2 if hashed else 1), i + 1)
        else:
            i += 1


def strip_interpolations(s):
    out, depth, i = [], 0, 0
    while i < len(s):
        if s.startswith("\\(", i):
            depth += 1
            i += 2
            continue
        if depth:
            if s[i] == "(":
                depth += 1
            elif s[i] == ")":
                depth -= 1
            i += 1
            continue
        out.append(s[i])
        i += 1
    return "".join(out)


def marked(lines, number):
    """Whether a `// english:` comment stands above line `number` (1-based) in the same paragraph."""
    index = number - 2
    while index >= 0 and lines[index].strip():
        if MARK.search(lines[index]):
            return True
        index -= 1
    return False


def main():
    found = []
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
        for name in sorted(files):
            if not name.endswith(".swift"):
                continue
            path = os.path.join(folder, name)
            if os.path.relpath(path, ROOT) in EXEMPT:
                continue
            text = open(path, encoding="utf-8").read()
            lines = text.split("\n")
            for number, literal in literals(text):
                context = lines[number - 1]
                if SKIP_LINE.search(context) or SQL.search(literal) or COLUMNS.match(literal.strip()):
                    continue
                if marked(lines, number):
                    continue
                if number >= 2 and LOG_CALL.search(lines[number - 2]):
                    continue
                prose = strip_interpolations(literal)
                if not PROSE.search(prose):
                    continue
                if len(re.findall(r"[\u4e00-\u9fff]", prose)) > len(re.findall(r"[A-Za-z]", prose)):
                    continue  # Chinese text with a command in it (the plan workbook's instructions)
                found.append((os.path.relpath(path, ROOT), number, literal))
    if "--count" not in sys.argv:
        for path, number, literal in found:
            print(f"{path}:{number}: {' '.join(literal.split())[:110]}")
    print(f"{len(found)} English-only literals", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
