"""Moving cards: undo and redo find the touched cells' cards where the first move found them,
and fall back to reading every card when the list is no longer as it was."""

from __future__ import annotations

from blueprint_studio.editing import edits
from blueprint_studio.editing.primitives import PlaceCards
from blueprint_studio.model import Document
from tests.bpx_files import blank_document


def _places(document: Document) -> list[tuple[str, str, str, int]]:
    return sorted((c.id, c.lane, c.step, c.order) for c in document.blueprints[0].cards)


def _with_cards() -> Document:
    document = blank_document()
    blueprint = document.blueprints[0]
    for n, (lane, step) in enumerate([("frontstage", "s1")] * 3 + [("backstage", "s1"), ("frontstage", "s2")]):
        edits.add_card(blueprint, lane, step, None, f"card {n}")[0].apply(document)
    return document


def test_undo_and_redo_put_every_card_of_the_touched_cells_back() -> None:
    document = _with_cards()
    blueprint = document.blueprints[0]
    first, second = blueprint.cards[0].id, blueprint.cards[2].id
    before = _places(document)
    command = edits.move_cards(blueprint, [(first, ("frontstage", "s2", 0)), (second, ("backstage", "s1", 9))])
    assert command is not None
    command.apply(document)
    after = _places(document)
    assert after != before
    for _ in range(3):
        command.revert(document)
        assert _places(document) == before
        command.apply(document)
        assert _places(document) == after


def test_a_list_changed_behind_the_command_is_read_again() -> None:
    document = _with_cards()
    blueprint = document.blueprints[0]
    card_id = blueprint.cards[1].id
    command = PlaceCards(blueprint.id, [(card_id, ("frontstage", "s2", 0))])
    command.apply(document)
    moved = _places(document)
    command.revert(document)
    before = _places(document)
    blueprint.cards.reverse()  # the places kept no longer name these cards
    command.apply(document)
    assert _places(document) == moved
    command.revert(document)
    assert _places(document) == before
