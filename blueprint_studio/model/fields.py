"""Bounded field types shared by every model class. Pure: pydantic and stdlib only.

Every string that comes from a file is bounded and must be encodable as UTF-8, so a hostile
file cannot smuggle in a lone surrogate that would make the next save fail.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

MAX_NAME = 200
MAX_TEXT = 2_000
MAX_NOTES = 20_000

_ID_PATTERN = r"^[A-Za-z0-9_.-]{1,64}$"
_COLOUR_PATTERN = r"^#[0-9a-fA-F]{6}$"
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def _clean_text(value: str) -> str:
    """Refuse control characters and lone surrogates: they cannot be saved or printed."""
    found = _FORBIDDEN.search(value)
    if found is not None:
        raise ValueError(
            f"character U+{ord(found.group()):04X} at position {found.start()} is not allowed in text"
        )
    return value


Name = Annotated[str, StringConstraints(max_length=MAX_NAME), AfterValidator(_clean_text)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT), AfterValidator(_clean_text)]
Notes = Annotated[str, StringConstraints(max_length=MAX_NOTES), AfterValidator(_clean_text)]
Id = Annotated[str, StringConstraints(pattern=_ID_PATTERN)]
Colour = Annotated[str, StringConstraints(pattern=_COLOUR_PATTERN)]
AssetName = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}\.(png|jpg|jpeg|webp)$")]
Emotion = Annotated[int, Field(ge=-2, le=2)]


class Record(BaseModel):
    """Base of every document class: unknown keys are errors, not silently dropped data."""

    model_config = ConfigDict(extra="forbid", validate_default=False, strict=False)
