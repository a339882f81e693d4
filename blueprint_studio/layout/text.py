"""Wrap text into lines that fit a width, measured with the bundled font. Pure."""

from __future__ import annotations

from functools import lru_cache

from blueprint_studio.layout.fonts import REGULAR, metrics
from blueprint_studio.layout.scripts import break_pieces


@lru_cache(maxsize=50_000)
def wrap(text: str, width: float, size: float, font: str = REGULAR) -> tuple[str, ...]:
    """Greedy word wrap; explicit newlines are kept and over-long words are broken.

    Chinese and Japanese, written without spaces, break between characters where the
    kinsoku rules allow (`scripts.break_pieces`). Nothing is ever dropped: a long text gives
    many lines, never an ellipsis. Runs of spaces show as one.

    >>> wrap("a b", 1000, 10)
    ('a b',)
    >>> wrap("", 100, 10)
    ('',)
    """
    measure = metrics(font).width
    space = measure(" ", size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current, current_width = "", 0.0
        for word in paragraph.split():
            for index, piece in enumerate(break_pieces(word)):
                gap, joint = (space, " ") if index == 0 else (0.0, "")
                piece_width = measure(piece, size)
                if current and current_width + gap + piece_width <= width:
                    current, current_width = f"{current}{joint}{piece}", current_width + gap + piece_width
                    continue
                if current:
                    lines.append(current)
                pieces = [piece] if piece_width <= width else _break_word(piece, width, size, font)
                lines.extend(pieces[:-1])
                current = pieces[-1]
                current_width = measure(current, size)
        lines.append(current)
    return tuple(lines)


BREAK_HYPHEN = "\u2010"  # marks a word broken across lines (a German compound in a narrow lane)


def _break_word(word: str, width: float, size: float, font: str) -> list[str]:
    """Cut a word too long for a line; between two letters of an alphabet the cut gets a hyphen,
    as a reader expects ("Unterstützungs-" / "prozesse"), between other characters none."""
    measure = metrics(font).width
    pieces: list[str] = []
    current = ""
    for ch in word:
        hyphen = BREAK_HYPHEN if current and _alphabetic(current[-1]) and _alphabetic(ch) else ""
        if current and measure(current + ch + hyphen, size) > width:
            pieces.append(current + hyphen if len(current) > 1 or not hyphen else current)
            current = ch
        else:
            current += ch
    pieces.append(current)
    return pieces


def _alphabetic(ch: str) -> bool:
    """A letter of a script that hyphenates (Latin, Greek, Cyrillic), not of Chinese or Japanese."""
    return ch.isalpha() and ord(ch) < 0x2E80
