"""The analysis kept current edit by edit equals a full analysis, after any edit and any undo."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import blueprint_with
from blueprint_studio.analysis import Analyser, analyse
from blueprint_studio.analysis.index import StartAfresh, retoken
from blueprint_studio.editing import Command, edits
from blueprint_studio.model import Document
from tests.editing.test_undo_property import any_command
from tests.strategies import documents


def _follow(analysers: dict[str, Analyser], document: Document, command: Command, undo: bool) -> int:
    """Apply (or revert) and bring every analyser along; how many followed in place."""
    change = command.revert(document) if undo else command.apply(document)
    followed = 0
    for blueprint_id in list(analysers):
        if blueprint_id not in {b.id for b in document.blueprints}:
            del analysers[blueprint_id]
        elif analysers[blueprint_id].update(document, change.blueprint_id, change.touched):
            followed += 1
        else:
            analysers[blueprint_id] = Analyser(document, document.blueprint(blueprint_id))
    for blueprint in document.blueprints:
        analysers.setdefault(blueprint.id, Analyser(document, blueprint))
    return followed


def _same_as_full(analysers: dict[str, Analyser], document: Document) -> None:
    for blueprint in document.blueprints:
        kept, full = analysers[blueprint.id].result, analyse(document, blueprint)
        assert kept.time == full.time
        assert kept.register == full.register
        assert kept.findings == full.findings
        assert kept.crossings == full.crossings
        assert (kept.crossings.encounters, kept.crossings.handoffs) == (  # the totals kept edit by edit
            full.crossings.encounters,
            full.crossings.handoffs,
        )
        assert kept.synergies == full.synergies


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(document=documents(), data=st.data())
def test_following_edits_equals_analysing_afresh(document: Document, data: st.DataObject) -> None:
    analysers = {blueprint.id: Analyser(document, blueprint) for blueprint in document.blueprints}
    done: list[Command] = []
    for _ in range(data.draw(st.integers(1, 12))):
        if done and data.draw(st.integers(0, 3)) == 0:
            _follow(analysers, document, done.pop(), undo=True)
        else:
            command = any_command(data, document)
            if command is None:
                continue
            _follow(analysers, document, command, undo=False)
            done.append(command)
        _same_as_full(analysers, document)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(document=documents(), data=st.data())
def test_an_analysis_made_on_a_copy_follows_the_live_document(document: Document, data: st.DataObject) -> None:
    """The window analyses a copy off its thread, then keeps that analysis current itself."""
    copy = document.model_copy(deep=True)
    analysers = {blueprint.id: Analyser(copy, blueprint) for blueprint in copy.blueprints}
    for analyser in analysers.values():
        analyser.rebind(document)
    for _ in range(data.draw(st.integers(1, 8))):
        command = any_command(data, document)
        if command is not None:
            _follow(analysers, document, command, undo=False)
            _same_as_full(analysers, document)


def test_a_large_blueprint_follows_typing_moves_arrows_and_undo_in_place() -> None:
    """The edits a workshop makes all day are followed without a full analysis, and stay equal."""
    document = blueprint_with(600)
    blueprint = document.blueprints[0]
    analysers = {blueprint.id: Analyser(document, blueprint)}
    rng = random.Random(5)
    lanes = [lane.id for lane in blueprint.lanes if lane.kind.value != "emotions"]
    done: list[Command] = []
    followed = 0
    for round_ in range(120):
        card, other = rng.sample(blueprint.cards, 2)
        kind = round_ % 6
        command: Command | None = None
        if kind == 0:
            command = edits.edit_card(blueprint, card.id, "text", card.text + " and more")
        elif kind == 1:
            command = edits.move_cards(blueprint, [(card.id, (rng.choice(lanes), rng.choice(blueprint.steps).id, 0))])
        elif kind == 2:
            command = edits.connect(blueprint, card.id, other.id)[0]
        elif kind == 3:
            command = edits.delete_cards(blueprint, [card.id])
        elif kind == 4:
            command = edits.edit_step(blueprint, card.step, "name", f"Step {round_}")
        if command is None:
            if done:
                followed += _follow(analysers, document, done.pop(), undo=True)
        else:
            followed += _follow(analysers, document, command, undo=False)
            done.append(command)
        _same_as_full(analysers, document)
    assert followed >= 100  # (undoing a delete puts cards back between others: followed too)


def test_order_tokens_survive_deletes_and_puts_back() -> None:
    class Item:
        def __init__(self, id: str) -> None:
            self.id = id

    items = {name: Item(name) for name in "abcxy"}
    tokens = {"a": 0.0, "b": 1.0, "c": 2.0}
    assert retoken(tokens, [items["a"], items["c"]], {"b"}) == {}
    assert tokens == {"a": 0.0, "c": 2.0}
    present = retoken(tokens, [items[i] for i in "xabcy"], {"x", "b", "y"})
    assert set(present) == {"x", "b", "y"}
    assert [tokens[i] for i in "xabcy"] == sorted(tokens.values()) and tokens["a"] == 0.0 and tokens["c"] == 2.0
    order = [items[i] for i in "xabcy"]
    for n in range(60):  # each new one right after "a": the gap halves until it cannot, and says so
        order.insert(2, Item(f"new{n}"))
        try:
            retoken(tokens, order, {f"new{n}"})
        except StartAfresh:
            assert n > 10
            return
        assert [tokens[item.id] for item in order] == sorted(tokens.values())
    raise AssertionError("a gap too fine to split is refused")
