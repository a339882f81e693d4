"""Cards on the clipboard: a JSON fragment for us, plain text for every other app. Pure.

What comes back from the clipboard may come from anywhere, so it is validated like a file.
"""

from __future__ import annotations

import json

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from blueprint_studio.editing.command import Command, Composite
from blueprint_studio.editing.edits import paste_cards
from blueprint_studio.editing.primitives import InsertItems, StoreAsset
from blueprint_studio.model import Blueprint, Card, Connector, Document, Facet
from blueprint_studio.model.fields import MAX_TEXT, AssetName
from blueprint_studio.model.ids import new_id

MIME_TYPE = "application/x-blueprint-studio-cards+json"
MAX_CLIPBOARD_BYTES = 64 * 1024 * 1024


class Fragment(BaseModel):
    """Copied cards with what they lean on in their document: the facets they name and their
    photos, so they paste whole into another document too."""

    model_config = ConfigDict(extra="forbid", ser_json_bytes="base64", val_json_bytes="base64")

    cards: list[Card] = Field(max_length=20_000)
    connectors: list[Connector] = Field(default_factory=list, max_length=20_000)
    facets: list[Facet] = Field(default_factory=list, max_length=2_000)
    images: dict[AssetName, bytes] = Field(default_factory=dict)


def copy_fragment(document: Document, blueprint: Blueprint, card_ids: list[str]) -> tuple[bytes, str]:
    """(JSON for our own paste, plain text for other apps) of the chosen cards and the arrows among them."""
    chosen = set(card_ids)
    cards = [card for card in blueprint.cards if card.id in chosen]
    connectors = [a for a in blueprint.connectors if a.source in chosen and a.target in chosen]
    named = {facet for card in cards for facet in card.facets}
    fragment = Fragment(
        cards=cards,
        connectors=connectors,
        facets=[facet for facet in document.facets if facet.id in named],
        images={card.image: document.assets[card.image] for card in cards if card.image in document.assets},
    )
    text = "\n".join(card.text for card in cards)
    return fragment.model_dump_json().encode("utf-8"), text


def paste(
    document: Document, blueprint: Blueprint, fragment: Fragment, lane_id: str, step_id: str
) -> tuple[Command, list[str]]:
    """The fragment's cards from the given cell onwards, in one undo step. Facets the document
    lacks join its vocabulary (or map to one of the same kind and name), photos join its
    assets, and an exit keeps its target only where that blueprint is here."""
    parts: list[Command] = []
    facet_ids: dict[str, str | None] = {}
    known = {facet.id for facet in document.facets}
    for facet in fragment.facets:
        twin = next(
            (f for f in document.facets if f.kind is facet.kind and f.name.casefold() == facet.name.casefold()), None
        )
        if facet.id in known or twin is not None:
            facet_ids[facet.id] = facet.id if facet.id in known else twin.id  # type: ignore[union-attr]
        else:
            added = facet.model_copy(update={"id": new_id("facet")})  # ids are unique per document
            parts.append(InsertItems(None, "facets", [added]))
            facet_ids[facet.id] = added.id
            known.add(added.id)
    for facet in {f for card in fragment.cards for f in card.facets} - facet_ids.keys():
        facet_ids[facet] = facet if facet in known else None
    for name, data in fragment.images.items():
        if name not in document.assets:
            parts.append(StoreAsset(name, data))
    images = document.assets.keys() | fragment.images.keys()
    others = {b.id for b in document.blueprints} - {blueprint.id}
    cards = [
        card.model_copy(
            update={
                "facets": [facet_ids[f] for f in card.facets if facet_ids.get(f) is not None],
                "image": card.image if card.image in images else None,
                "exit_to": card.exit_to if card.exit_to in others else None,
            }
        )
        for card in fragment.cards
    ]
    command, new_ids = paste_cards(blueprint, cards, fragment.connectors, lane_id, step_id)
    if not parts:
        return command, new_ids
    return Composite(command.label, [*parts, command]), new_ids


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
