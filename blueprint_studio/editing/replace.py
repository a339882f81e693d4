"""Replacing found words: one undoable step for one match or for all of them."""

from __future__ import annotations

from collections.abc import Iterable

from blueprint_studio.editing.annotations import edit_facet
from blueprint_studio.editing.command import Command, Composite
from blueprint_studio.editing.edits import EditError, edit_card
from blueprint_studio.find import Hit, Query, find, replaced
from blueprint_studio.model import Document
from blueprint_studio.words import QT_TR_NOOP


def replace_hits(document: Document, query: Query, replacement: str, hits: Iterable[Hit]) -> Command | None:
    """Replace these matches (each checked against the field's limits first); None when
    nothing would change. One undo step, named by how many were replaced."""
    by_field: dict[tuple[str | None, str | None, str | None, str], list[Hit]] = {}
    for hit in hits:
        by_field.setdefault(hit.key, []).append(hit)
    parts: list[Command] = []
    count = 0
    cards = {(b.id, c.id): (b, c) for b in document.blueprints for c in b.cards} if by_field else {}
    for (blueprint_id, card_id, facet_id, name), found in by_field.items():
        if facet_id is not None:
            facet = next(f for f in document.facets if f.id == facet_id)
            value = _replace_each(facet.name, query, replacement, found)
            if value != facet.name:
                parts.append(edit_facet(document, facet_id, "name", value))
                count += len(found)
            continue
        blueprint, card = cards[(blueprint_id or "", card_id or "")]
        before = getattr(card, name)
        value = _replace_each(before, query, replacement, found)
        if value != before:
            try:
                parts.append(edit_card(blueprint, card.id, name, value))
            except EditError as error:
                raise EditError(f"'{card.text[:40]}': {error}") from None
            count += len(found)
    if not parts:
        return None
    return Composite(QT_TR_NOOP("Replace matches") if count > 1 else QT_TR_NOOP("Replace match"), parts)


def replace_all(document: Document, query: Query, replacement: str) -> Command | None:
    return replace_hits(document, query, replacement, find(document, query))


def _replace_each(value: str, query: Query, replacement: str, hits: list[Hit]) -> str:
    """Replace the given matches in one field, right to left so earlier places stay valid."""
    for hit in sorted(hits, key=lambda h: h.start, reverse=True):
        value = value[: hit.start] + replaced(value[hit.start : hit.end], query, replacement) + value[hit.end :]
    return value
