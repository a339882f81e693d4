"""The program's words in other languages, for the headless packages. Pure, no Qt.

The headless packages write English and mark the words a reader sees with `QT_TR_NOOP`, the
name Qt's `lupdate` collects; the window translates them through Qt. Prints and exports take
a `Say` (English unless given), so the window's print dialog and `--language` on the command
line print a German legend, footer and summary; `reader` gets one from the same catalogues
the window uses, read as XML.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

from blueprint_studio.errors import UsageError
from blueprint_studio.resources import resources_root

Say = Callable[[str], str]


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """`text` itself: the mark is for lupdate; translating is the reader's."""
    return text


def english(text: str) -> str:
    return text


def languages() -> list[str]:
    """The catalogues there are (English needs none)."""
    return [
        "en",
        *sorted(path.stem.removeprefix("blueprint_studio_") for path in _folder().glob("blueprint_studio_*.ts")),
    ]


def reader(language: str) -> Say:
    """The words of `language` ("de", "pt_BR", …): each marked English text to its translation,
    any other text unchanged."""
    if language in ("", "en"):
        return english
    if language not in languages():
        raise UsageError(f"no catalogue for '{language}'; the languages are {', '.join(languages())}")
    table = _catalogue(language)
    return lambda text: table.get(text) or text


@cache
def _catalogue(language: str) -> dict[str, str]:
    tree = ElementTree.parse(_folder() / f"blueprint_studio_{language}.ts")
    return {
        message.findtext("source") or "": message.findtext("translation") or ""
        for message in tree.iter("message")
        if (message.find("translation") is not None and message.find("translation").get("type") != "unfinished")  # type: ignore[union-attr]
    }


def _folder() -> Path:
    return resources_root() / "translations"
