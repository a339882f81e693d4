"""Marking words of the headless packages for the interface's catalogues. Pure, no Qt.

Qt's `lupdate` collects every string passed to a function of this name, wherever it is; the
headless packages write English and stay unaware of languages, and the window translates
what they said (`tr(finding.text).format(**finding.values)`).
"""

from __future__ import annotations


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """`text` itself: the mark is for lupdate, the translating is the window's."""
    return text
