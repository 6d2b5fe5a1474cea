#!/usr/bin/env python3
"""Writes a man page (roff, section 1) for a Jixiao executable from its argument parser's own description.

The executable's `--experimental-dump-help` prints swift-argument-parser's tool info (every command, option, flag,
abstract and discussion) as JSON; this turns it into one page with a section per subcommand, so `man district`
documents exactly what `--help` says.

Usage: scripts/manpage.py BINARY [--date YYYY-MM-DD] > NAME.1
"""

import argparse
import datetime
import json
import os
import subprocess
import sys


def roff(text: str) -> str:
    """Escapes text for roff: backslashes, and a leading dot or apostrophe that would read as a request."""
    text = text.replace("\\", "\\e")
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def synopsis(command: dict) -> str:
    parts = []
    for argument in command.get("arguments", []):
        if not argument.get("shouldDisplay", True):
            continue
        name = argument.get("preferredName")
        value = argument.get("valueName", "value")
        if argument["kind"] == "positional":
            token = f"<{value}>"
        elif argument["kind"] == "flag":
            token = ("-" if name["kind"] == "short" else "--") + name["name"]
        else:
            token = ("-" if name["kind"] == "short" else "--") + name["name"] + f" <{value}>"
        if argument.get("isOptional"):
            token = f"[{token}]"
        parts.append(token)
    return " ".join(parts)


def options(command: dict) -> list:
    out = []
    for argument in command.get("arguments", []):
        if not argument.get("shouldDisplay", True):
            continue
        names = []
        for name in argument.get("names", []):
            names.append(("-" if name["kind"] == "short" else "--") + name["name"])
        if argument["kind"] == "positional":
            label = f"<{argument.get('valueName', 'value')}>"
        else:
            label = ", ".join(names)
            if argument["kind"] == "option":
                label += f" <{argument.get('valueName', 'value')}>"
        out.append(".TP")
        out.append(f"\\fB{roff(label)}\\fR")
        text = argument.get("abstract", "")
        if argument.get("defaultValue"):
            text += f" (default: {argument['defaultValue']})"
        out.append(roff(text))
    return out


def section(command: dict, path: list) -> list:
    out = [f'.SH "{roff(" ".join(path).upper())}"' if len(path) > 1 else ".SH OPTIONS"]
    if len(path) > 1:
        out.append(f"\\fB{roff(' '.join(path))}\\fR {roff(synopsis(command))}")
        out.append(".PP")
        out.append(roff(command.get("abstract", "")))
        if command.get("discussion"):
            out.append(".PP")
            out.append(".nf")
            out.append(roff(command["discussion"]))
            out.append(".fi")
    out += options(command)
    for sub in command.get("subcommands", []):
        if sub.get("shouldDisplay", True) and sub["commandName"] != "help":
            out += section(sub, path + [sub["commandName"]])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("binary")
    parser.add_argument("--date", default=datetime.date.today().isoformat())
    args = parser.parse_args()
    info = json.loads(subprocess.run(
        [args.binary, "--experimental-dump-help"],
        check=True,
        capture_output=True,
        env=dict(os.environ, JIXIAO_LANG="en"),  # man pages are English, whatever the locale
    ).stdout)
    command = info["command"]
    name = command["commandName"]
    lines = [
        f'.TH "{name.upper()}" "1" "{args.date}" "Jixiao" "Jixiao manual"',
        ".SH NAME",
        f"{name} \\- {roff(command.get('abstract', ''))}",
        ".SH SYNOPSIS",
        f"\\fB{name}\\fR <subcommand> [options]",
        ".SH DESCRIPTION",
        ".nf",
        roff(command.get("discussion", "")),
        ".fi",
        ".SH COMMANDS",
    ]
    for sub in command.get("subcommands", []):
        if sub.get("shouldDisplay", True) and sub["commandName"] != "help":
            lines += [".TP", f"\\fB{roff(sub['commandName'])}\\fR", roff(sub.get("abstract", ""))]
    lines += section(command, [name])
    lines += [".SH SEE ALSO", "district(1), street(1); Docs/ in the Jixiao source."]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
