"""Bounded field types shared by every model class. Pure: pydantic and stdlib only.

Every string that comes from a file is bounded and must be encodable as UTF-8, so a hostile
file cannot smuggle in a lone surrogate that would make the next save fail.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

MAX_NAME = 200
MAX_TEXT = 2_000
MAX_NOTES = 20_000

_ID_PATTERN = r"^[A-Za-z0-9_.-]{1,64}$"
_COLOUR_PATTERN = r"^#[0-9a-fA-F]{6}$"
# Control characters (Unicode's Cc: C0, DEL and C1) but tab and newline cannot be printed and
# can steer a terminal (U+009B is the 8-bit CSI); a carriage return overwrites the line it is
# on. pydantic-core itself refuses lone surrogates, which could not be saved. Checked natively
# by pydantic-core's regex. Format 6 made CR, DEL and C1 errors: older files' CRs (a CSV cell's
# CRLF) become newlines on the way in (storage.migrations).
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
CLEAN_TEXT_PATTERN = r"^[^\x00-\x08\x0b-\x1f\x7f-\x9f]*$"
CLEAN_LINE_PATTERN = r"^[^\x00-\x1f\x7f-\x9f]*$"  # one line: not even tab or newline

Name = Annotated[str, StringConstraints(max_length=MAX_NAME, pattern=CLEAN_TEXT_PATTERN)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT, pattern=CLEAN_TEXT_PATTERN)]
Notes = Annotated[str, StringConstraints(max_length=MAX_NOTES, pattern=CLEAN_TEXT_PATTERN)]
Id = Annotated[str, StringConstraints(pattern=_ID_PATTERN)]
Colour = Annotated[str, StringConstraints(pattern=_COLOUR_PATTERN)]
AssetName = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}\.(png|jpg|jpeg|webp)$")]
# An emotion score: −2 … +2 in half steps (a finer scale than people can answer honestly).
Score = Annotated[float, Field(ge=-2, le=2, multiple_of=0.5, allow_inf_nan=False)]


def describe_error(problem: Mapping[str, Any]) -> str:
    """A pydantic error as a designer would want to read it (lower case, no jargon)."""
    value = problem.get("input")
    if problem.get("type") == "string_pattern_mismatch" and isinstance(value, str):
        found = _FORBIDDEN.search(value)
        if found is not None:
            return f"character U+{ord(found.group()):04X} at position {found.start()} is not allowed in text"
    if problem.get("type") == "string_too_long" and isinstance(value, str):
        limit = problem.get("ctx", {}).get("max_length")
        return f"at most {limit:,} characters (this has {len(value):,})"
    message = str(problem.get("msg", "invalid")).removeprefix("Value error, ")
    return message[0].lower() + message[1:] if message else "invalid"


class Record(BaseModel):
    """Base of every document class: unknown keys are errors, not silently dropped data."""

    model_config = ConfigDict(extra="forbid", validate_default=False, strict=False)
