"""blueprint-studio(1), written from the command line's own parser so it never disagrees with
`--help`: `python installers/manpage.py > blueprint-studio.1`. The Linux package gzips it
into /usr/share/man/man1."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]


def _roff(text: str) -> str:
    """Plain text safe in roff: backslashes doubled, a leading dot or quote escaped, dashes as dashes."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    text = "".join(ch if ord(ch) < 128 else f"\\[u{ord(ch):04X}]" for ch in text)  # troff reads ASCII; the rest by code
    return "\n".join(("\\&" + line) if line.startswith((".", "'")) else line for line in text.splitlines())


def _options(parser: argparse.ArgumentParser, top: bool = False) -> list[str]:
    lines = []
    for action in parser._actions:  # noqa: SLF001 - argparse keeps no public list of them
        if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:  # noqa: SLF001
            continue
        if isinstance(action, argparse._HelpAction) and not top:  # noqa: SLF001 - every command has -h
            continue
        names = ", ".join(action.option_strings) or action.metavar or action.dest
        shown = (
            names
            if not action.option_strings or action.nargs == 0
            else f"{names} {action.metavar or action.dest.upper()}"
        )
        lines += [".TP", f"\\fB{_roff(str(shown))}\\fR", _roff((action.help or "").replace("%%", "%"))]
    return lines


def manual(version: str, when: datetime) -> str:
    from blueprint_studio.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))  # noqa: SLF001
    helps = {choice.dest: choice.help for choice in commands._choices_actions}  # noqa: SLF001
    lines = [
        f'.TH BLUEPRINT\\-STUDIO 1 "{when:%Y-%m-%d}" "Blueprint Studio {version}" "User Commands"',
        ".SH NAME",
        "blueprint\\-studio \\- edit, check and print service blueprints and journey maps",
        ".SH SYNOPSIS",
        ".B blueprint\\-studio",
        "[\\fIFILE.bpx\\fR ...]",
        ".br",
        ".B blueprint\\-studio",
        "\\fICOMMAND\\fR [\\fIoptions\\fR] ...",
        ".br",
        ".B blueprint\\-studio",
        "\\-\\-self\\-test | \\-\\-version | \\-\\-help",
        ".SH DESCRIPTION",
        _roff(
            "Without a command, opens the editor on the given .bpx files. With a command, works without a display: "
            "checks, describes, exports, prints, imports, compares and merges files. Exit status: 0 when all went "
            "well, "
            "1 when an input is bad (or, for diff, check and merge, when they found something), 2 when the command "
            "line "
            "itself is wrong."
        ),
        ".SH OPTIONS",
        *_options(parser, top=True),
        ".SH COMMANDS",
    ]
    for name, sub in commands.choices.items():
        usage = sub.format_usage().removeprefix("usage: ").strip()
        lines += [f".SS {_roff(name)}", _roff(helps.get(name) or ""), ".PP", f"\\fB{_roff(usage)}\\fR"]
        if sub.description:
            lines += [".PP", _roff(sub.description)]
        options = _options(sub)
        if options:
            lines += [".RS", *options, ".RE"]
    lines += [
        ".SH FILES",
        ".TP",
        "\\fI~/.local/share/Blueprint Studio/\\fR",
        _roff("autosaves of unsaved work, offered back after a crash or a logout"),
        ".TP",
        "\\fIFILE.bpx~\\fR",
        _roff("the previous version of a file, kept by each save"),
        ".SH SEE ALSO",
        "\\fBgit\\fR(1): \\fBblueprint\\-studio git\\-setup\\fR makes git diff and merge .bpx files.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    from version import version

    sys.stdout.write(manual(version(), datetime.now(UTC)))
