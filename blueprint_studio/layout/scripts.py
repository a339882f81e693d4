"""Text as it is drawn, not as it is typed: right-to-left order, Arabic joining, line breaks in CJK.

The model keeps what the designer typed (logical order). The layout measures and the three
renderers draw the *visual* form made here, so a Hebrew or Arabic card reads the same way on
screen, in PNG, SVG and PDF; none of the renderers is left to apply its own bidi rules. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from bidi import get_display

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|[\U00010800-\U00010fff\U0001e800-\U0001efff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# Code points with no glyph of their own (zero-width joiner, variation selectors, bidi marks):
# a font without them would print a box, and our fonts join no emoji sequences anyway.
IGNORABLE = frozenset(
    [
        0x00AD,
        0x034F,
        0x061C,
        0x180E,
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x2070),
        0xFEFF,
        *range(0xFE00, 0xFE10),
        *range(0xE0100, 0xE01F0),
        *range(0xE0000, 0xE0080),
    ]
)
_IGNORABLE = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp in sorted(IGNORABLE) if cp < 0x10000) + "]|[\U000e0000-\U000e01ef]"
)


def is_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


@lru_cache(maxsize=20_000)
def visual(line: str) -> str:
    """One line as drawn left to right: Arabic letters in their joined forms, right-to-left
    runs reversed by the Unicode bidi algorithm, invisible format characters removed.

    >>> visual("abc")
    'abc'
    >>> visual("שלום world")[-5:]
    'world'
    """
    line = _IGNORABLE.sub("", line)
    if not is_rtl(line):
        return line
    if _ARABIC.search(line):
        import arabic_reshaper  # only for Arabic text: it brings fontTools along (30 ms of every start)

        line = arabic_reshaper.reshape(line)
    return str(get_display(line))


# Line breaking for scripts written without spaces (after UAX #14, simplified): a break may fall
# between two ideographs, kana or emoji, but never before closing punctuation or small kana and
# never after an opening bracket (the Japanese kinsoku rules).
_NO_BREAK_BEFORE = frozenset(
    "、。，．・：；？！゛゜ー～…‥」』）］｝〕〉》】〙〗〟’”｠»"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻ゝゞヽヾ"
    ")]},.!?:;%"
)
_NO_BREAK_AFTER = frozenset("「『（［｛〔〈《【〘〖〝‘“｟«([{")
_WIDE = re.compile(
    "[\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3200-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
    "|[\u2600-\u27bf]|[\U0001f000-\U0001faff\U00020000-\U0003ffff]"
)


def _wide(ch: str) -> bool:
    return _WIDE.match(ch) is not None


@lru_cache(maxsize=20_000)
def break_pieces(word: str) -> tuple[str, ...]:
    """A space-free word cut where a line may break inside it (only in CJK text and emoji).

    >>> break_pieces("hello")
    ('hello',)
    >>> break_pieces("顧客が「確認」する。")
    ('顧', '客', 'が', '「確', '認」', 'す', 'る。')
    """
    if _WIDE.search(word) is None:
        return (word,)
    pieces: list[str] = []
    current = word[0]
    for before, ch in pairwise(word):
        breakable = (_wide(before) or _wide(ch)) and ord(ch) not in IGNORABLE and ord(before) != 0x200D
        if breakable and ch not in _NO_BREAK_BEFORE and before not in _NO_BREAK_AFTER:
            pieces.append(current)
            current = ch
        else:
            current += ch
    pieces.append(current)
    return tuple(pieces)
