"""Cards on the clipboard: a JSON fragment for us, plain text for every other app. Pure.

What comes back from the clipboard may come from anywhere, so it is validated like a file.
"""

from __future__ import annotations

import json

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from blueprint_studio.model import Blueprint, Card, Connector
from blueprint_studio.model.fields import MAX_TEXT

MIME_TYPE = "application/x-blueprint-studio-cards+json"
MAX_CLIPBOARD_BYTES = 8 * 1024 * 1024


class Fragment(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cards: list[Card] = Field(max_length=20_000)
    connectors: list[Connector] = Field(default_factory=list, max_length=20_000)


def copy_fragment(blueprint: Blueprint, card_ids: list[str]) -> tuple[bytes, str]:
    """(JSON for our own paste, plain text for other apps) of the chosen cards and the arrows among them."""
    chosen = set(card_ids)
    cards = [card for card in blueprint.cards if card.id in chosen]
    connectors = [a for a in blueprint.connectors if a.source in chosen and a.target in chosen]
    fragment = Fragment(cards=cards, connectors=connectors)
    text = "\n".join(card.text for card in cards)
    return fragment.model_dump_json().encode("utf-8"), text


def read_fragment(data: bytes) -> Fragment | None:
    """The fragment in `data`, or None when it is not one of ours (or is damaged)."""
    if len(data) > MAX_CLIPBOARD_BYTES:
        return None
    try:
        return Fragment.model_validate(json.loads(data.decode("utf-8")))
    except (ValueError, ValidationError, RecursionError):
        return None


def cards_from_text(text: str) -> list[str]:
    """Plain text pasted from another app: one card per non-empty line; a line longer than a
    card holds continues on the next card, so nothing is cut off."""
    texts: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        while line:
            texts.append(line[:MAX_TEXT])
            line = line[MAX_TEXT:]
    return texts
