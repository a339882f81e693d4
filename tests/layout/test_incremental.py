"""Laying out only what an edit touched gives the geometry a full layout gives, always."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from blueprint_studio.editing import Change, Command, annotations, edits
from blueprint_studio.layout import compute_for
from blueprint_studio.layout.compute import Layout
from blueprint_studio.model import Document, Line
from tests.editing.test_undo_property import any_command
from tests.sample_sources import SAMPLE_BUILDERS
from tests.strategies import documents, names, texts


def _card_command(data: st.DataObject, document: Document) -> Command | None:
    """The edits the incremental path serves: cards, arrows and their labels, notes on lines."""
    blueprint = data.draw(st.sampled_from(document.blueprints))
    cards = [card.id for card in blueprint.cards]
    lanes = [lane.id for lane in blueprint.shown_lanes()]
    steps = [step.id for step in blueprint.steps]
    if not steps or not lanes:
        return None
    choice = data.draw(st.sampled_from(["add", "move", "text", "delete", "connect", "label", "note"]))
    try:
        if choice == "add" or not cards:
            return edits.add_card(
                blueprint,
                data.draw(st.sampled_from(lanes)),
                data.draw(st.sampled_from(steps)),
                data.draw(st.none() | st.integers(0, 3)),
                data.draw(texts),
            )[0]
        if choice == "move":
            moving = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=3, unique=True))
            return edits.move_cards(
                blueprint,
                [
                    (
                        card_id,
                        (
                            data.draw(st.sampled_from(lanes)),
                            data.draw(st.sampled_from(steps)),
                            data.draw(st.integers(0, 4)),
                        ),
                    )
                    for card_id in moving
                ],
            )
        if choice == "text":
            return edits.edit_card(blueprint, data.draw(st.sampled_from(cards)), "text", data.draw(texts))
        if choice == "delete":
            return edits.delete_cards(blueprint, [data.draw(st.sampled_from(cards))])
        if choice == "connect" and len(cards) > 1:
            source, target = data.draw(st.lists(st.sampled_from(cards), min_size=2, max_size=2, unique=True))
            return edits.connect(blueprint, source, target)[0]
        if choice == "label" and blueprint.connectors:
            arrow = data.draw(st.sampled_from(blueprint.connectors)).id
            return edits.edit_connector(
                blueprint, arrow, "label", data.draw(st.sampled_from(["", "yes", "no, retry later", "3 min"]))
            )
        if choice == "note":
            return annotations.add_line_note(
                blueprint, data.draw(st.sampled_from(Line)), data.draw(st.sampled_from(steps)), data.draw(names)
            )[0]
    except edits.EditError:
        return None
    return None


class LayoutMachine(RuleBasedStateMachine):
    """Edits (and undos) through the document; one Layout per blueprint told what each touched."""

    @initialize(
        document=st.one_of(
            documents(), st.sampled_from(sorted(SAMPLE_BUILDERS)).map(lambda name: SAMPLE_BUILDERS[name]())
        )
    )
    def start(self, document: Document) -> None:
        self.document = document
        self.layouts = {blueprint.id: Layout.of(document, blueprint) for blueprint in document.blueprints}
        self.done: list[Command] = []

    def _told(self, change: Change) -> None:
        """What the window does: one blueprint's view hears what was touched, or all start afresh."""
        if change.blueprint_id is None:
            self.layouts = {blueprint.id: Layout.of(self.document, blueprint) for blueprint in self.document.blueprints}
        elif change.blueprint_id in self.layouts:
            self.layouts[change.blueprint_id].update(
                self.document, self.document.blueprint(change.blueprint_id), change.touched
            )

    @rule(data=st.data())
    def card_edit(self, data: st.DataObject) -> None:
        command = _card_command(data, self.document)
        if command is not None:
            self._told(command.apply(self.document))
            self.done.append(command)

    @rule(data=st.data())
    def any_edit(self, data: st.DataObject) -> None:
        command = any_command(data, self.document)
        if command is not None:
            self._told(command.apply(self.document))
            self.done.append(command)

    @rule()
    def undo(self) -> None:
        if self.done:
            self._told(self.done.pop().revert(self.document))

    @invariant()
    def incremental_equals_full(self) -> None:
        for blueprint in self.document.blueprints:
            assert self.layouts[blueprint.id].geometry == compute_for(self.document, blueprint)


def test_incremental_layout_equals_a_full_layout() -> None:
    run_state_machine_as_test(
        LayoutMachine,
        settings=settings(
            max_examples=60, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
        ),
    )


def test_every_move_of_every_card_among_labelled_arrows() -> None:
    """Brute force on a real sample with a label on every arrow (a crowded one: labels push
    each other away): every fourth card dropped into each step of its lane, and back (undo),
    keeps the layouts equal."""
    document = SAMPLE_BUILDERS["hotel-stay.bpx"]()
    blueprint = document.blueprints[0]
    for arrow in blueprint.connectors:
        arrow.label = arrow.label or "if the guest asks twice"
    layout = Layout.of(document, blueprint)
    for card in list(blueprint.cards)[::4]:
        for step in blueprint.steps:
            command = edits.move_cards(blueprint, [(card.id, (card.lane, step.id, 0))])
            if command is None:
                continue
            layout.update(document, blueprint, command.apply(document).touched)
            assert layout.geometry == compute_for(document, blueprint), (card.id, step.id)
            layout.update(document, blueprint, command.revert(document).touched)
    assert layout.geometry == compute_for(document, blueprint)
