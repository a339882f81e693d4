"""`diff` hears of every field: one random field of a real document changed at a time is always
reported, in words, never as Python shows things. No Qt."""

from __future__ import annotations

import random
import re
from enum import Enum
from pathlib import Path
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from blueprint_studio.compare import diff
from blueprint_studio.compare.diff import words
from blueprint_studio.model import (
    Blueprint,
    Card,
    Connector,
    Document,
    Duration,
    EmotionPoint,
    LineNote,
    Step,
    problems,
)
from blueprint_studio.model.document import Audience, Failure
from blueprint_studio.model.fields import Record
from blueprint_studio.storage import open_bpx
from blueprint_studio.templates import ENGLISH, TEMPLATES

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [open_bpx(path) for path in sorted((ROOT / "resources" / "samples").glob("*.bpx"))] + [
    template.make(ENGLISH) for template in TEMPLATES if not template.name.startswith("blank")
]
_REPR = re.compile(r"<\w+\.\w+: |\w+\(\w+=|\bNone\b|\bTrue\b|\bFalse\b|\\n")

# What a reference field may point at instead, in the blueprint (or document) it sits in.
_TARGETS = {
    (Step, "stage"): lambda d, b: [s.id for s in b.stages],
    (Card, "lane"): lambda d, b: [lane.id for lane in b.lanes],
    (Card, "step"): lambda d, b: [s.id for s in b.steps],
    (Card, "facets"): lambda d, b: [f.id for f in d.facets],
    (Card, "exit_to"): lambda d, b: [x.id for x in d.blueprints],
    (Failure, "recovery"): lambda d, b: [c.id for c in b.cards],
    (Blueprint, "personas"): lambda d, b: [p.id for p in d.personas],
    (Blueprint, "variant_of"): lambda d, b: [x.id for x in d.blueprints if x is not b],
    (Connector, "source"): lambda d, b: [c.id for c in b.cards],
    (Connector, "target"): lambda d, b: [c.id for c in b.cards],
    (EmotionPoint, "persona"): lambda d, b: [p.id for p in d.personas],
    (EmotionPoint, "step"): lambda d, b: [s.id for s in b.steps],
    (LineNote, "step"): lambda d, b: [s.id for s in b.steps],
    (Audience, "hidden_lanes"): lambda d, b: [lane.id for x in d.blueprints for lane in x.lanes],
    (Audience, "stages"): lambda d, b: [s.id for x in d.blueprints for s in x.stages],
    (Audience, "first_step"): lambda d, b: [s.id for x in d.blueprints for s in x.steps],
    (Audience, "last_step"): lambda d, b: [s.id for x in d.blueprints for s in x.steps],
}
_SKIPPED = {(Card, "order")}  # a number that only says where among a cell's cards: tested as a move below


def _records(
    value: Any, blueprint: Blueprint | None, path: tuple[Any, ...] = ()
) -> list[tuple[tuple[Any, ...], Record, Blueprint | None]]:
    """Every record in the document, with its path (attribute names and list indexes) and blueprint."""
    found = [(path, value, blueprint)]
    for name in type(value).model_fields:
        item = getattr(value, name)
        if isinstance(item, Record):
            found += _records(item, blueprint, (*path, name))
        elif isinstance(item, list):
            for n, element in enumerate(item):
                if isinstance(element, Record):
                    found += _records(
                        element, element if isinstance(element, Blueprint) else blueprint, (*path, name, n)
                    )
    return found


def _at(document: Document, path: tuple[Any, ...]) -> Any:
    value: Any = document
    for step in path:
        value = value[step] if isinstance(step, int) else getattr(value, step)
    return value


def _plain(annotation: Any) -> Any:
    """The type without None around it (`Duration | None` → Duration)."""
    if get_origin(annotation) in (Union, UnionType):
        kinds = [a for a in get_args(annotation) if a is not NoneType]
        return _plain(kinds[0])
    if hasattr(annotation, "__metadata__"):
        return _plain(get_args(annotation)[0])
    return annotation


def _other(
    kind: type, name: str, value: Any, document: Document, blueprint: Blueprint | None, rng: random.Random
) -> Any:
    """A different value of the same type (a reference: another item of the kind it points at)."""
    annotation = _plain(kind.model_fields[name].annotation)
    if (kind, name) in _TARGETS:
        choices = _TARGETS[(kind, name)](document, blueprint)
        if isinstance(value, list):
            extra = [c for c in choices if c not in value]
            return (
                value[:-1]
                if value and (not extra or rng.random() < 0.5)
                else [*value, rng.choice(extra)]
                if extra
                else None
            )
        choices = [c for c in choices if c != value]
        return rng.choice(choices) if choices else None
    if value is None:
        return (
            {
                int: 3,
                float: 1.5,
                str: "#3366aa" if name == "colour" else "a" * 64 + ".png" if name in ("image", "photo") else "x",
                Duration: Duration(value=5),
            }.get(annotation)
            if not (isinstance(annotation, type) and issubclass(annotation, Record))
            else annotation.model_validate({"mode": "it breaks"} if annotation is Failure else {})
        )
    if isinstance(value, bool):
        return not value
    if isinstance(value, Enum):
        return rng.choice([member for member in type(value) if member is not value])
    if isinstance(value, float) and name == "score":
        return value + 0.5 if value < 2 else value - 0.5
    if isinstance(value, int | float):
        return value + 1 if value < 5 else value - 1
    if isinstance(value, str):
        if name == "colour":
            return "#123456" if value.lower() != "#123456" else "#654321"
        if name in ("image", "photo"):
            return "b" * 64 + ".png"
        return value + " (edited)" if len(value) < 150 else value[:-1]
    if isinstance(value, Record):
        inner = [n for n in type(value).model_fields]
        field = rng.choice(inner)
        changed = _other(type(value), field, getattr(value, field), document, blueprint, rng)
        return None if changed is None else value.model_copy(update={field: changed})
    if isinstance(value, dict):
        key = rng.choice(_keys(kind, name))
        return {**value, key: (value.get(key, "") + " line").strip()}
    if isinstance(value, list):
        if value and rng.random() < 0.5:
            return value[:-1]
        item_type = get_args(annotation)[0] if get_args(annotation) else str
        item_type = _plain(item_type)
        if isinstance(item_type, type) and issubclass(item_type, Enum):
            missing = [m for m in item_type if m not in value]
            return [*value, missing[0]] if missing else value[:-1]
        return [*value, "another one"]
    raise AssertionError(f"no way to change {kind.__name__}.{name} ({type(value).__name__})")


def _keys(kind: type, name: str) -> list[Any]:
    from blueprint_studio.model.lanes import Line

    assert (kind, name) == (Blueprint, "line_titles"), (kind, name)
    return list(Line)


_CHANGEABLE = [
    (document_index, path, name)
    for document_index, document in enumerate(DOCUMENTS)
    for path, record, _ in _records(document, None)
    for name in type(record).model_fields
    if name != "id"
    and (type(record), name) not in _SKIPPED
    and not (
        isinstance(getattr(record, name), list)
        and getattr(record, name)
        and isinstance(getattr(record, name)[0], Record)
    )
    and not isinstance(record, Document)
]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.integers(0, len(_CHANGEABLE) - 1), st.randoms(use_true_random=False))
def test_any_single_field_change_is_reported_in_words(index: int, rng: random.Random) -> None:
    document_index, path, name = _CHANGEABLE[index]
    original = DOCUMENTS[document_index]
    changed = original.model_copy(deep=True)
    record = _at(changed, path)
    blueprint = changed.blueprints[path[1]] if path[:1] == ("blueprints",) else None
    new_value = _other(type(record), name, getattr(record, name), changed, blueprint, rng)
    assume(new_value is not None and new_value != getattr(record, name))
    setattr(record, name, new_value)
    assume(problems(changed) == [])  # a change the editor could make
    for a, b in ((original, changed), (changed, original)):
        lines = [change.line() for change in diff(a, b)]
        assert lines, f"{type(record).__name__}.{name} changed to {new_value!r} and diff said nothing"
        for line in lines:
            assert not _REPR.search(line), line


def test_every_model_field_is_changed_by_the_property_test() -> None:
    """A field the documents never exercise would escape the property test: each record kind's
    fields appear among the changeable ones."""
    seen = {(type(_at(DOCUMENTS[d], path)), name) for d, path, name in _CHANGEABLE}
    kinds = {type(record) for document in DOCUMENTS for _, record, _ in _records(document, None)}
    for kind in kinds - {Document}:
        for name in kind.model_fields:
            field_value_is_list_of_records = name in {
                "stages",
                "steps",
                "lanes",
                "cards",
                "connectors",
                "emotions",
                "line_notes",
            }
            if name == "id" or (kind, name) in _SKIPPED or field_value_is_list_of_records:
                continue
            assert (kind, name) in seen, f"{kind.__name__}.{name} is never changed by the property test"


def test_reordering_cards_in_a_cell_is_a_move_and_a_lone_cards_order_is_not_a_change() -> None:
    document = DOCUMENTS[0].model_copy(deep=True)
    blueprint = document.blueprints[0]
    cells: dict[tuple[str, str], list[Card]] = {}
    for card in blueprint.cards:
        cells.setdefault((card.lane, card.step), []).append(card)
    crowded = next(stack for stack in cells.values() if len(stack) > 1)
    lone = next(stack for stack in cells.values() if len(stack) == 1)[0]
    lone.order += 7
    assert diff(DOCUMENTS[0], document) == []
    first, second = sorted(crowded, key=lambda c: (c.order, c.id))[:2]
    first.order, second.order = second.order, first.order
    if first.order == second.order:
        first.order += 1
    moved = [c for c in diff(DOCUMENTS[0], document) if c.kind == "moved"]
    assert moved and all("#" in c.details[0] for c in moved)


@pytest.mark.parametrize(
    "value, expected",
    [
        (None, "none"),
        (True, "yes"),
        (False, "no"),
        (1.5, "1.5"),
        ("two\nlines", "'two lines'"),
        ([], "none"),
        (Duration(value=10, unit="min"), "10 min"),
    ],
)
def test_values_read_as_words(value: Any, expected: str) -> None:
    assert words(value) == expected


def test_enums_and_marks_in_words() -> None:
    from blueprint_studio.model import LaneKind, Marks

    assert words(LaneKind.CUSTOMER_ACTIONS) == "customer actions"
    assert words(Marks(fail_point=True, wait_point=True)) == "fail point, wait point"


def test_a_variant_copy_has_no_differences_though_every_id_is_new() -> None:
    from blueprint_studio.compare import compare_blueprints
    from blueprint_studio.editing import edits

    for original in DOCUMENTS:
        document = original.model_copy(deep=True)
        command = edits.duplicate_as_variant(document, document.blueprints[0].id)
        (command[0] if isinstance(command, tuple) else command).apply(document)
        copy = document.blueprints[-1]
        assert [c.line() for c in compare_blueprints(document, document.blueprints[0], document, copy)] == []
