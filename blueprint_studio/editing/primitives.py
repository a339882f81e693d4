"""The six primitive edits every user action is made of. Pure.

Insert, remove and reorder items of a blueprint's lists (or the document's lists of
blueprints and personas), set one field, place cards in cells, and store an asset. Each
restores exactly what it changed, including list positions, so revert gives back an equal
document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

from blueprint_studio.editing.command import Change, Command
from blueprint_studio.model import Blueprint, Card, Document
from blueprint_studio.words import QT_TR_NOOP

Collection = Literal[
    "blueprints",
    "personas",
    "facets",
    "audiences",
    "stages",
    "steps",
    "lanes",
    "cards",
    "connectors",
    "emotions",
    "line_notes",
]
DOCUMENT_COLLECTIONS = ("blueprints", "personas", "facets", "audiences")
Slot = tuple[str, str, int]  # lane id, step id, position in the cell


def items_of(document: Document, blueprint_id: str | None, collection: Collection) -> list[Any]:
    if collection in DOCUMENT_COLLECTIONS:
        return getattr(document, collection)  # type: ignore[no-any-return]
    return getattr(document.blueprint(blueprint_id or ""), collection)  # type: ignore[no-any-return]


def _change(blueprint_id: str | None, collection: Collection, ids: Iterable[str]) -> Change:
    if collection in DOCUMENT_COLLECTIONS:
        return Change(None)
    return Change(blueprint_id, frozenset((collection, object_id) for object_id in ids))


def _copy(value: Any) -> Any:
    return value.model_copy(deep=True) if isinstance(value, BaseModel) else value


@dataclass
class InsertItems(Command):
    blueprint_id: str | None
    collection: Collection
    items: list[Any]
    index: int | None = None  # None: append
    label: str = QT_TR_NOOP("Insert")

    def apply(self, document: Document) -> Change:
        target = items_of(document, self.blueprint_id, self.collection)
        at = len(target) if self.index is None else min(self.index, len(target))
        target[at:at] = [_copy(item) for item in self.items]
        return _change(self.blueprint_id, self.collection, (item.id for item in self.items))

    def revert(self, document: Document) -> Change:
        ids = {item.id for item in self.items}
        target = items_of(document, self.blueprint_id, self.collection)
        target[:] = [item for item in target if item.id not in ids]
        return _change(self.blueprint_id, self.collection, ids)


@dataclass
class RemoveItems(Command):
    blueprint_id: str | None
    collection: Collection
    ids: list[str]
    label: str = QT_TR_NOOP("Delete")
    _removed: list[tuple[int, Any]] = field(default_factory=list, repr=False)

    def apply(self, document: Document) -> Change:
        target = items_of(document, self.blueprint_id, self.collection)
        wanted = set(self.ids)
        self._removed = [(i, item) for i, item in enumerate(target) if item.id in wanted]
        target[:] = [item for item in target if item.id not in wanted]
        return _change(self.blueprint_id, self.collection, wanted)

    def revert(self, document: Document) -> Change:
        target = items_of(document, self.blueprint_id, self.collection)
        for index, item in self._removed:
            target.insert(index, item)
        return _change(self.blueprint_id, self.collection, self.ids)


@dataclass
class MoveItem(Command):
    blueprint_id: str | None
    collection: Collection
    item_id: str
    to_index: int
    label: str = QT_TR_NOOP("Move")
    _from_index: int = field(default=0, repr=False)

    def apply(self, document: Document) -> Change:
        target = items_of(document, self.blueprint_id, self.collection)
        self._from_index = next(i for i, item in enumerate(target) if item.id == self.item_id)
        target.insert(min(self.to_index, len(target) - 1), target.pop(self._from_index))
        return _change(self.blueprint_id, self.collection, (self.item_id,))

    def revert(self, document: Document) -> Change:
        target = items_of(document, self.blueprint_id, self.collection)
        index = next(i for i, item in enumerate(target) if item.id == self.item_id)
        target.insert(self._from_index, target.pop(index))
        return _change(self.blueprint_id, self.collection, (self.item_id,))


# Fields edited by typing into several boxes at once: keystrokes merge like plain text.
_TYPED_GROUPS = {"scenario", "goals", "needs", "frustrations"}


@dataclass
class SetField(Command):
    """Set one field of one object. Consecutive text edits of the same field merge (typing)."""

    blueprint_id: str | None
    collection: Collection
    object_id: str
    field_name: str
    value: Any
    label: str = QT_TR_NOOP("Edit")
    _before: Any = field(default=None, repr=False)

    def _target(self, document: Document) -> Any:
        return next(
            item for item in items_of(document, self.blueprint_id, self.collection) if item.id == self.object_id
        )

    def apply(self, document: Document) -> Change:
        target = self._target(document)
        self._before = _copy(getattr(target, self.field_name))
        setattr(target, self.field_name, _copy(self.value))
        return _change(self.blueprint_id, self.collection, (self.object_id,))

    def revert(self, document: Document) -> Change:
        setattr(self._target(document), self.field_name, _copy(self._before))
        return _change(self.blueprint_id, self.collection, (self.object_id,))

    def merge(self, other: Command) -> bool:
        if not (
            isinstance(other, SetField)
            and (isinstance(self.value, str) or self.field_name in _TYPED_GROUPS)
            and (other.blueprint_id, other.collection, other.object_id, other.field_name)
            == (self.blueprint_id, self.collection, self.object_id, self.field_name)
        ):
            return False
        self.value = other.value
        return True


@dataclass
class PlaceCards(Command):
    """Put cards at positions in cells, in order; every touched cell is renumbered 0..n-1.

    The first apply finds the cards of the touched cells by a pass over all the cards and keeps
    where each stands in the list; undo and redo find them there again (the undo stack brings
    the list back to how it was), so they cost the cells, not the blueprint: at 10,000 cards
    the pass was 2 ms of every undo."""

    blueprint_id: str
    moves: list[tuple[str, Slot]]
    label: str = QT_TR_NOOP("Move cards")
    _before: dict[str, Slot] = field(default_factory=dict, repr=False)
    _at: dict[str, int] = field(default_factory=dict, repr=False)  # card id -> its index in the cards

    def apply(self, document: Document) -> Change:
        blueprint = document.blueprint(self.blueprint_id)
        stacks = self.stacks(blueprint)
        cards = {card.id: card for stack in stacks.values() for card in stack}
        self._before = {card.id: (card.lane, card.step, card.order) for card in cards.values()}
        for card_id, (lane, step, index) in self.moves:
            card = cards[card_id]
            stacks[(card.lane, card.step)].remove(card)
            card.lane, card.step = lane, step
            stack = stacks[(lane, step)]
            stack.insert(max(0, min(index, len(stack))), card)
        _renumber(stacks.values())
        return Change(self.blueprint_id, frozenset(("cards", card_id) for card_id in self._before))

    def revert(self, document: Document) -> Change:
        blueprint = document.blueprint(self.blueprint_id)
        kept = self._kept(blueprint)
        for card in kept if kept is not None else blueprint.cards:
            if card.id in self._before:
                card.lane, card.step, card.order = self._before[card.id]
        return Change(self.blueprint_id, frozenset(("cards", card_id) for card_id in self._before))

    def stacks(self, blueprint: Blueprint) -> dict[tuple[str, str], list[Card]]:
        """The cards of every cell the moves take cards from or to, each cell top to bottom (the
        edit that makes the command reads them through it, so the apply that follows does not
        read the cards again)."""
        targets = {(lane, step) for _, (lane, step, _) in self.moves}
        kept = self._kept(blueprint)
        if kept is None:
            moving = {card_id for card_id, _ in self.moves}
            cells = targets | {(card.lane, card.step) for card in blueprint.cards if card.id in moving}
            steps = {step for _, step in cells}
            self._at = {
                card.id: index
                for index, card in enumerate(blueprint.cards)
                if card.step in steps and (card.lane, card.step) in cells
            }
            kept = [blueprint.cards[index] for index in self._at.values()]
        stacks: dict[tuple[str, str], list[Card]] = {cell: [] for cell in targets}
        for card in kept:
            stacks.setdefault((card.lane, card.step), []).append(card)
        for stack in stacks.values():
            stack.sort(key=lambda c: (c.order, c.id))
        return stacks

    def _kept(self, blueprint: Blueprint) -> list[Card] | None:
        """The cards of the touched cells where the first apply found them; None when the list
        is not as it was then (the first apply, or a document changed behind the stack)."""
        cards = blueprint.cards
        found = []
        for card_id, index in self._at.items():
            if index >= len(cards) or cards[index].id != card_id:
                return None
            found.append(cards[index])
        return found if found else None


def _renumber(stacks: Any) -> None:
    for stack in stacks:
        for order, card in enumerate(stack):
            card.order = order


@dataclass
class StoreAsset(Command):
    """Keep an image's bytes in the document under its content name (a photo being added)."""

    name: str
    data: bytes
    label: str = QT_TR_NOOP("Add image")
    _added: bool = field(default=False, repr=False)

    def apply(self, document: Document) -> Change:
        self._added = self.name not in document.assets
        document.assets.setdefault(self.name, self.data)
        return Change(None)

    def revert(self, document: Document) -> Change:
        if self._added:
            del document.assets[self.name]
        return Change(None)
