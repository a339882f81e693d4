"""Random edit sequences: undoing all gives back the original, redoing all the edited one."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from blueprint_studio.editing import Command, annotations, clipboard, edits, journey
from blueprint_studio.model import (
    ConnectorKind,
    Document,
    Duration,
    FacetKind,
    Failure,
    Line,
    Marks,
    View,
    Zone,
    problems,
)
from blueprint_studio.model.lanes import JOURNEY_KINDS
from blueprint_studio.storage import from_bytes, to_bytes
from blueprint_studio.storage.encoding import document_text, payload
from blueprint_studio.storage.pieces import Dumps
from blueprint_studio.storage.proving import Proofs
from tests.strategies import documents, durations, names, scores, texts

PNG = b"\x89PNG\r\n\x1a\n" + b"not decoded by the model"


ALL_CHOICES: list[str] = []  # filled below: every kind of edit the generator makes


def any_command(data: st.DataObject, document: Document, choices: list[str] | None = None) -> Command | None:
    """One random edit a designer could make (of the kinds in `choices`, or any), or None
    where the editor would refuse it (a refusal changes nothing, which the invariants check too)."""
    try:
        return _any_command(data, document, choices or ALL_CHOICES)
    except edits.EditError:
        return None


def _journey_command(data: st.DataObject, document: Document, choice: str) -> Any:
    blueprint = data.draw(st.sampled_from(document.blueprints))
    steps = [step.id for step in blueprint.steps]
    people = [persona.id for persona in document.personas]
    if choice == "add_persona":
        return journey.add_persona(document, data.draw(names), data.draw(st.none() | st.just(blueprint)))[0]
    if choice == "edit_persona" and people:
        field, value = data.draw(
            st.sampled_from(
                [
                    ("name", names),
                    ("goals", st.lists(texts, max_size=3)),
                    ("quote", texts),
                    ("colour", st.just("#123456")),
                ]
            )
        )
        return journey.edit_persona(document, data.draw(st.sampled_from(people)), field, data.draw(value))
    if choice == "delete_persona" and people:
        return journey.delete_persona(document, data.draw(st.sampled_from(people)))
    if choice == "move_persona" and people:
        return journey.move_persona(
            document, data.draw(st.sampled_from(people)), data.draw(st.integers(0, len(people)))
        )
    if choice == "follow" and people:
        return journey.follow(blueprint, data.draw(st.sampled_from(people)), data.draw(st.booleans()))
    if choice == "set_score" and people and steps:
        score = data.draw(st.none() | scores | st.floats(-3, 3))
        return journey.set_score(
            blueprint,
            data.draw(st.sampled_from(people)),
            data.draw(st.sampled_from(steps)),
            score,
            data.draw(st.booleans()),
        )
    if choice == "edit_reason" and blueprint.emotions:
        return journey.edit_reason(blueprint, data.draw(st.sampled_from(blueprint.emotions)).id, data.draw(names))
    if choice == "set_view":
        return journey.set_view(blueprint, data.draw(st.sampled_from(View)))
    if choice == "show_row":
        return journey.show_row(blueprint, data.draw(st.sampled_from(JOURNEY_KINDS)), data.draw(st.booleans()))[0]
    if choice == "moment" and steps:
        return edits.edit_step(
            blueprint, data.draw(st.sampled_from(steps)), "moment_of_truth", data.draw(st.booleans())
        )
    cards = [card.id for card in blueprint.cards]
    if choice == "card_time" and cards:
        return edits.edit_card(
            blueprint, data.draw(st.sampled_from(cards)), "duration", data.draw(st.none() | durations)
        )
    if choice == "failure" and cards:
        card = data.draw(st.sampled_from(cards))
        recovery = data.draw(st.lists(st.sampled_from(cards), max_size=2, unique=True))
        return edits.edit_card(
            blueprint, card, "failure", Failure(severity=data.draw(st.integers(1, 10)), recovery=recovery)
        )
    if choice == "dismiss":
        return edits.dismiss(blueprint, data.draw(names), data.draw(st.booleans()))
    if choice == "acceptable" and steps:
        return edits.edit_step(
            blueprint, data.draw(st.sampled_from(steps)), "acceptable", data.draw(st.none() | durations)
        )
    if choice == "photo" and people:
        return journey.set_photo(document, data.draw(st.sampled_from(people)), PNG + data.draw(st.binary(max_size=4)))
    return _annotation_command(data, document, blueprint, choice)


def _annotation_command(data: st.DataObject, document: Document, blueprint: Any, choice: str) -> Any:
    cards = [card.id for card in blueprint.cards]
    facets = [facet.id for facet in document.facets]
    steps = [step.id for step in blueprint.steps]
    if choice == "add_facet":
        return annotations.add_facet(document, data.draw(st.sampled_from(FacetKind)), data.draw(names))[0]
    if choice == "edit_facet" and facets:
        return annotations.edit_facet(document, data.draw(st.sampled_from(facets)), "name", data.draw(names))
    if choice == "delete_facet" and facets:
        return annotations.delete_facet(document, data.draw(st.sampled_from(facets)))
    if choice == "tag" and facets and cards:
        chosen = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=3, unique=True))
        return annotations.tag_cards(blueprint, chosen, data.draw(st.sampled_from(facets)), data.draw(st.booleans()))
    if choice == "card_photo" and cards:
        photo = data.draw(st.none() | st.binary(max_size=4).map(lambda b: PNG + b))
        return annotations.set_card_photo(blueprint, data.draw(st.sampled_from(cards)), photo)
    if choice == "line_note" and steps:
        return annotations.add_line_note(
            blueprint, data.draw(st.sampled_from(Line)), data.draw(st.sampled_from(steps)), data.draw(names)
        )[0]
    if choice == "edit_line_note" and blueprint.line_notes:
        return annotations.edit_line_note(
            blueprint, data.draw(st.sampled_from(blueprint.line_notes)).id, data.draw(names)
        )
    if choice == "describe":
        return annotations.describe_lane(blueprint, data.draw(st.sampled_from(blueprint.lanes)).id, data.draw(texts))
    if choice == "exit" and cards:
        target = data.draw(st.none() | st.sampled_from([b.id for b in document.blueprints]))
        return annotations.set_exit(document, blueprint, data.draw(st.sampled_from(cards)), target)
    if choice == "to_be":
        return edits.duplicate_as_variant(document, blueprint.id)[0]
    if choice == "arrow_notes" and blueprint.connectors:
        return edits.edit_connector(
            blueprint, data.draw(st.sampled_from(blueprint.connectors)).id, "notes", data.draw(texts)
        )
    return None


JOURNEY_CHOICES = [
    "add_persona",
    "edit_persona",
    "delete_persona",
    "move_persona",
    "follow",
    "set_score",
    "edit_reason",
    "set_view",
    "show_row",
    "moment",
    "photo",
    "card_time",
    "failure",
    "dismiss",
    "acceptable",
    "add_facet",
    "edit_facet",
    "delete_facet",
    "tag",
    "card_photo",
    "line_note",
    "edit_line_note",
    "describe",
    "exit",
    "arrow_notes",
    "to_be",
]


def _any_command(data: st.DataObject, document: Document, choices: list[str]) -> Command | None:
    blueprint = data.draw(st.sampled_from(document.blueprints))
    lanes = [lane.id for lane in blueprint.lanes]
    steps = [step.id for step in blueprint.steps]
    cards = [card.id for card in blueprint.cards]
    choice = data.draw(st.sampled_from(choices))
    if choice in JOURNEY_CHOICES:
        return _journey_command(data, document, choice)  # type: ignore[no-any-return]
    result: Any = None
    if choice == "add_card" and steps:
        result = edits.add_card(
            blueprint,
            data.draw(st.sampled_from(lanes)),
            data.draw(st.sampled_from(steps)),
            data.draw(st.none() | st.integers(0, 3)),
            data.draw(texts),
        )[0]
    elif choice == "move_cards" and cards and steps:
        moving = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=3, unique=True))
        moves = [
            (cid, (data.draw(st.sampled_from(lanes)), data.draw(st.sampled_from(steps)), data.draw(st.integers(0, 4))))
            for cid in moving
        ]
        result = edits.move_cards(blueprint, moves)
    elif choice == "edit_text" and cards:
        result = edits.edit_card(blueprint, data.draw(st.sampled_from(cards)), "text", data.draw(texts))
    elif choice == "edit_marks" and cards:
        wait = data.draw(st.booleans())
        marks = Marks(
            fail_point=data.draw(st.booleans()), wait_point=wait, wait_duration=Duration(value=3) if wait else None
        )
        result = edits.edit_card(blueprint, data.draw(st.sampled_from(cards)), "marks", marks)
    elif choice == "delete_cards" and cards:
        result = edits.delete_cards(
            blueprint, data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=3, unique=True))
        )
    elif choice == "connect" and len(cards) >= 2:
        source, target = data.draw(st.lists(st.sampled_from(cards), min_size=2, max_size=2, unique=True))
        result = edits.connect(blueprint, source, target, data.draw(st.sampled_from(ConnectorKind)))[0]
    elif choice == "delete_arrow" and blueprint.connectors:
        result = edits.delete_connectors(blueprint, [data.draw(st.sampled_from(blueprint.connectors)).id])
    elif choice == "insert_step":
        result = edits.insert_step(blueprint, data.draw(st.integers(0, len(steps))), data.draw(names))[0]
    elif choice == "delete_step" and steps:
        result = edits.delete_step(blueprint, data.draw(st.sampled_from(steps)))
    elif choice == "move_step" and steps:
        result = edits.move_step(blueprint, data.draw(st.sampled_from(steps)), data.draw(st.integers(0, len(steps))))
    elif choice == "edit_step" and steps:
        result = edits.edit_step(
            blueprint, data.draw(st.sampled_from(steps)), "duration", Duration(value=data.draw(st.integers(0, 90)))
        )
    elif choice == "add_lane":
        result = edits.add_lane(
            blueprint, data.draw(st.sampled_from(Zone)), data.draw(names), data.draw(st.none() | st.integers(0, 9))
        )[0]
    elif choice == "rename_lane":
        result = edits.rename_lane(blueprint, data.draw(st.sampled_from(lanes)), data.draw(names))
    elif choice == "delete_lane":
        custom = [lane.id for lane in blueprint.lanes if lane.kind.value == "custom" or lane.kind in JOURNEY_KINDS]
        if custom:
            result = edits.delete_lane(blueprint, data.draw(st.sampled_from(custom)))
    elif choice == "add_blueprint":
        result = edits.add_blueprint(data.draw(st.none() | st.integers(0, 3)))[0]
    elif choice == "delete_blueprint" and len(document.blueprints) > 1:
        result = edits.delete_blueprint(document, blueprint.id)
    elif choice == "move_blueprint":
        result = edits.move_blueprint(document, blueprint.id, data.draw(st.integers(0, len(document.blueprints) - 1)))
    elif choice == "edit_title":
        result = edits.edit_blueprint(blueprint, "title", data.draw(names))
    elif choice == "paste" and cards and steps:
        chosen = set(data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=3, unique=True)))
        target = data.draw(st.sampled_from(document.blueprints))
        if target.steps:
            fragment = clipboard.read_fragment(clipboard.copy_fragment(document, blueprint, sorted(chosen))[0])
            assert fragment is not None
            result = clipboard.paste(
                document,
                target,
                fragment,
                data.draw(st.sampled_from([lane.id for lane in target.lanes])),
                data.draw(st.sampled_from([s.id for s in target.steps])),
            )[0]
    return result


ALL_CHOICES.extend(
    [
        "add_card",
        "move_cards",
        "edit_text",
        "edit_marks",
        "delete_cards",
        "connect",
        "delete_arrow",
        "insert_step",
        "delete_step",
        "move_step",
        "edit_step",
        "add_lane",
        "rename_lane",
        "delete_lane",
        "add_blueprint",
        "delete_blueprint",
        "move_blueprint",
        "edit_title",
        "paste",
        *JOURNEY_CHOICES,
    ]
)


class EditingMachine(RuleBasedStateMachine):
    @initialize(document=documents())
    def start(self, document: Document) -> None:
        self.document = document
        self.original = document.model_copy(deep=True)
        self.done: list[Command] = []
        self.dumps = Dumps()  # what a save in the window snapshots from, kept across edits
        self.proofs = Proofs()  # what its saves proved, kept across edits too

    @rule(data=st.data())
    def edit(self, data: st.DataObject) -> None:
        command = any_command(data, self.document)
        if command is not None:
            change = command.apply(self.document)
            self.dumps.forget(change.blueprint_id, change.touched)
            self.done.append(command)

    @invariant()
    def document_stays_valid_and_saveable(self) -> None:
        assert problems(self.document) == []
        assert from_bytes(to_bytes(self.document)) == self.document
        snapshot = self.dumps.snapshot(self.document)
        assert snapshot == self.document.model_dump(mode="json")
        proved = self.proofs.document_json(snapshot, dict(self.document.assets))  # proving only what changed…
        # …writes what a cold save writes.
        assert proved == document_text(payload(self.document.model_dump(mode="json"))).encode("utf-8")

    def teardown(self) -> None:
        if not hasattr(self, "document"):
            return
        edited = self.document.model_copy(deep=True)
        for command in reversed(self.done):
            change = command.revert(self.document)
            self.dumps.forget(change.blueprint_id, change.touched)
        assert self.document == self.original
        assert self.dumps.snapshot(self.document) == self.original.model_dump(mode="json")
        for command in self.done:
            command.apply(self.document)
        assert self.document == edited


def test_undo_all_then_redo_all() -> None:
    run_state_machine_as_test(EditingMachine)
