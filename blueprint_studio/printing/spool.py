"""Hand a finished PDF to the system's print service. No Qt.

lp (CUPS) or lpr on Linux and macOS; the shell's "print" verb on Windows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


class NoPrintService(Exception):
    """There is no print service here, or it refused the job (the message says which)."""


def print_command() -> list[str] | None:
    for name in ("lp", "lpr"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def send_to_printer(pdf: Path) -> str:
    """Queue the PDF; returns what the service answered (e.g. the job id)."""
    if sys.platform == "win32":
        try:
            os.startfile(str(pdf), "print")  # type: ignore[attr-defined]
        except OSError as error:
            raise NoPrintService(f"Windows could not print the PDF: {error.strerror or error}") from None
        return "sent to the default printer"
    command = print_command()
    if command is None:
        raise NoPrintService("no print service was found (neither lp nor lpr is installed)")
    try:
        result = subprocess.run([*command, str(pdf)], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise NoPrintService(f"the print service did not answer ({error})") from None
    if result.returncode != 0:
        reason = (result.stderr or result.stdout).strip().splitlines()
        raise NoPrintService(f"the print service refused the job: {reason[0] if reason else 'no reason given'}")
    return result.stdout.strip() or "sent to the printer"
