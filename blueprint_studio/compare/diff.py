"""What changed between two documents, in a designer's terms: cards, steps, stages, lanes,
arrows, emotions, line notes, personas, facets, audiences, photos — added, removed, changed or
moved. Pure.

Every field of every record is compared, walked from the model itself rather than from lists
kept here, so a field added to the model is reported without anyone remembering to; a test
changes one random field of a real document at a time and expects to hear of it. Values are
said in words ("wait point: no → yes", "kind: customer actions → custom", "stage: 'Order' →
'Pay'"), never as Python shows them. Fields that point at other items (a step's stage, a
card's facets, an arrow's ends) are shown by the names of what they point at.

Items are matched by id, as two versions of one file share them. A redesign copied as a
variant carries new ids, so `ignore_ids` matches by name, place and text instead, and
compares what points elsewhere by the names pointed at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, TypeVar

from blueprint_studio.model import (
    Audience,
    Blueprint,
    Card,
    Connector,
    Document,
    Duration,
    EmotionPoint,
    Lane,
    LineNote,
    Marks,
    Stage,
    Step,
)
from blueprint_studio.model.document import Failure
from blueprint_studio.model.fields import Record

T = TypeVar("T")

# Fields that hold another item's id, shown (and, across ids, compared) by that item's name.
_REFERENCES: frozenset[tuple[type, str]] = frozenset(
    {
        (Step, "stage"),
        (Card, "lane"),
        (Card, "step"),
        (Card, "facets"),
        (Card, "exit_to"),
        (Failure, "recovery"),
        (Blueprint, "personas"),
        (Blueprint, "variant_of"),
        (Connector, "source"),
        (Connector, "target"),
        (EmotionPoint, "persona"),
        (EmotionPoint, "step"),
        (LineNote, "step"),
        (Audience, "hidden_lanes"),
        (Audience, "stages"),
        (Audience, "first_step"),
        (Audience, "last_step"),
    }
)
# Fields compared as structure (lists of items, places), not as values.
_STRUCTURE: dict[type, frozenset[str]] = {
    Document: frozenset({"blueprints", "personas", "facets", "audiences", "assets"}),
    Blueprint: frozenset({"stages", "steps", "lanes", "cards", "connectors", "emotions", "line_notes"}),
    Card: frozenset({"lane", "step", "order"}),  # where it is: reported as moved
    Connector: frozenset({"source", "target"}),  # reported as joining other cards
    EmotionPoint: frozenset({"persona", "step", "to_be"}),  # the point's key
}


@dataclass(frozen=True)
class Change:
    kind: str  # added | removed | changed | moved
    what: (
        str  # card | step | stage | lane | arrow | persona | facet | audience | blueprint | emotion | line note | photo
    )
    where: str  # the blueprint's title ('' for the document's own lists)
    name: str  # the item's text or name, as a person knows it
    details: tuple[str, ...] = field(default_factory=tuple)  # "text: 'a' → 'b'", "from Check in › Frontstage #1 to …"
    ids: tuple[str, str] = ("", "")  # (in A, in B)

    def line(self) -> str:
        place = f"{self.where} › " if self.where else ""
        extra = f" ({'; '.join(self.details)})" if self.details else ""
        return f"{self.kind} {self.what}: {place}{self.name}{extra}"


def diff(a: Document, b: Document, ignore_ids: bool = False) -> list[Change]:
    return _Diff(a, b, ignore_ids).run()


def compare_blueprints(a: Document, blueprint_a: Blueprint, b: Document, blueprint_b: Blueprint) -> list[Change]:
    """What changed from one blueprint to another (as-is → to-be, or another file's version).
    Versions of one blueprint share ids; a redesign copied as a variant does not, so it is
    matched by name, place and text."""
    one = Document.model_construct(
        blueprints=[blueprint_a], personas=a.personas, facets=a.facets, audiences=[], assets={}
    )
    other = Document.model_construct(
        blueprints=[blueprint_b], personas=b.personas, facets=b.facets, audiences=[], assets={}
    )
    return [c for c in diff(one, other, ignore_ids=blueprint_a.id != blueprint_b.id) if c.what != "blueprint"]


# ------------------------------------------------------------------ words


def words(value: Any) -> str:
    """A field's value as a designer reads it."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, int | float):
        return f"{value:g}"
    if isinstance(value, str):
        return _quoted(value)
    return _model_words(value)


def _model_words(value: Any) -> str:
    """The words for a model's own values, and for collections of values."""
    if isinstance(value, Marks):
        return ", ".join(name.replace("_", " ") for name in value.names()) or "no marks"
    if isinstance(value, Duration):
        return value.text() or "no time"
    if isinstance(value, Record):
        shown = [
            f"{_label(name)} {words(getattr(value, name))}"
            for name, info in type(value).model_fields.items()
            if getattr(value, name) != info.get_default(call_default_factory=True)
        ]
        return _cut("; ".join(shown)) or "empty"
    if isinstance(value, list | tuple | set | frozenset):
        return _cut(", ".join(words(item) for item in value)) or "none"
    if isinstance(value, dict):
        return _cut("; ".join(f"{words(k)}: {words(v)}" for k, v in value.items())) or "none"
    if isinstance(value, bytes):
        return f"{len(value):,} bytes"
    return _quoted(str(value))


def _quoted(text: str) -> str:
    return "'" + _cut(" ".join(text.split()), 78) + "'"


def _cut(text: str, most: int = 120) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def _label(name: str) -> str:
    return name.replace("_", " ")


def _score(value: float | None) -> str:
    return "none" if value is None else f"{value:+g}" if value else "0"


def card_name(card: Card) -> str:
    text = " ".join(card.text.split())
    return (text[:60] + ("…" if len(text) > 60 else "")) or "(empty card)"


# ------------------------------------------------------------------ the walk


class _Names:
    """Every id in a document → how a designer knows the item."""

    def __init__(self, document: Document) -> None:
        self.names: dict[str, str] = {}
        for persona in document.personas:
            self.names[persona.id] = persona.name or persona.id
        for facet in document.facets:
            self.names[facet.id] = f"{facet.name} ({words(facet.kind)})"
        for audience in document.audiences:
            self.names[audience.id] = audience.name
        for blueprint in document.blueprints:
            self.names[blueprint.id] = blueprint.title
            named: list[Stage | Step | Lane] = [*blueprint.stages, *blueprint.steps, *blueprint.lanes]
            for item in named:
                self.names[item.id] = item.name
            for card in blueprint.cards:
                self.names[card.id] = card_name(card)

    def of(self, value: Any) -> Any:
        """The name for an id, or for each id of a list (an unknown id stays as it is)."""
        if isinstance(value, list):
            return [self.of(item) for item in value]
        return self.names.get(value, value) if isinstance(value, str) else value


class _Diff:
    def __init__(self, a: Document, b: Document, ignore_ids: bool) -> None:
        self.a, self.b, self.ignore_ids = a, b, ignore_ids
        self.names_a, self.names_b = _Names(a), _Names(b)
        self.changes: list[Change] = []

    def run(self) -> list[Change]:
        a, b = self.a, self.b
        for old, new in self.pairs(a.personas, b.personas, lambda p: p.name, "persona", ""):
            self.record(old, new, "persona", "", new.name)
        for old, new in self.pairs(a.facets, b.facets, lambda f: f"{f.name} ({words(f.kind)})", "facet", ""):
            self.record(old, new, "facet", "", new.name)
        for old, new in self.pairs(a.blueprints, b.blueprints, lambda bp: bp.title, "blueprint", ""):
            _Blueprints(self, old, new).compare()
        for old, new in self.pairs(a.audiences, b.audiences, lambda au: au.name, "audience", ""):
            self.record(old, new, "audience", "", new.name)
        self.record(a, b, "document", "", "the document")
        for name in sorted(a.assets.keys() - b.assets.keys()):
            self.changes.append(Change("removed", "photo", "", name))
        for name in sorted(b.assets.keys() - a.assets.keys()):
            self.changes.append(Change("added", "photo", "", name))
        for name in sorted(a.assets.keys() & b.assets.keys()):
            if a.assets[name] != b.assets[name]:
                self.changes.append(Change("changed", "photo", "", name))
        return self.changes

    # matching

    def pairs(
        self,
        old: Sequence[T],
        new: Sequence[T],
        name: Callable[[T], str],
        what: str,
        where: str,
        label: Callable[[T], str] | None = None,
    ) -> list[tuple[T, T]]:
        """Matched items; the unmatched are reported as removed (from `old`) or added (in `new`)."""
        pairs = _by_position_and_name(old, new, name) if self.ignore_ids else _by_id(old, new)
        shown = label or name
        matched_old = {id(o) for o, _ in pairs}
        matched_new = {id(n) for _, n in pairs}
        self.changes.extend(
            Change("removed", what, where, shown(item), ids=(getattr(item, "id", ""), ""))
            for item in old
            if id(item) not in matched_old
        )
        self.changes.extend(
            Change("added", what, where, shown(item), ids=("", getattr(item, "id", "")))
            for item in new
            if id(item) not in matched_new
        )
        return pairs

    # fields

    def record(self, old: Record, new: Record, what: str, where: str, name: str, extra: Iterable[str] = ()) -> None:
        details = [*self.details(old, new), *extra]
        if details:
            self.changes.append(
                Change("changed", what, where, name, tuple(details), (getattr(old, "id", ""), getattr(new, "id", "")))
            )

    def details(self, old: Record, new: Record) -> list[str]:
        """Each differing field of two records of one kind, in words (nested records field by field)."""
        kind = type(old)
        skipped = _STRUCTURE.get(kind, frozenset())
        found: list[str] = []
        for name in kind.model_fields:
            if name == "id" or name in skipped:
                continue
            before, after = getattr(old, name), getattr(new, name)
            if (kind, name) in _REFERENCES:
                shown_before, shown_after = self.names_a.of(before), self.names_b.of(after)
                if (shown_before != shown_after) if self.ignore_ids else (before != after):
                    found.append(f"{_label(name)}: {words(shown_before)} → {words(shown_after)}")
            elif before != after:
                found.extend(self.difference(_label(name), before, after))
        return found

    def difference(self, label: str, before: Any, after: Any) -> list[str]:
        if (
            isinstance(before, Record)
            and type(before) is type(after)
            and not (isinstance(before, Duration) and words(before) != words(after))
        ):
            # Nothing, when only ids differ across ids.
            return [f"{label} › {detail}" for detail in self.details(before, after)]
        if isinstance(before, dict) and isinstance(after, dict):
            keys = sorted(before.keys() | after.keys(), key=str)
            return [
                f"{label} › {words(k).strip(chr(39))}: {words(before.get(k))} → {words(after.get(k))}"
                for k in keys
                if before.get(k) != after.get(k)
            ]
        return [f"{label}: {words(before)} → {words(after)}"]


class _Blueprints:
    def __init__(self, walk: _Diff, old: Blueprint, new: Blueprint) -> None:
        self.walk, self.old, self.new = walk, old, new
        self.where = new.title
        self.changes = walk.changes

    def compare(self) -> None:
        walk, old, new, where = self.walk, self.old, self.new, self.where
        walk.record(old, new, "blueprint", "", new.title)
        for o, n in walk.pairs(old.stages, new.stages, lambda s: s.name, "stage", where):
            walk.record(o, n, "stage", where, n.name)
        step_pairs = walk.pairs(old.steps, new.steps, lambda s: s.name, "step", where)
        self.steps = {o.id: n.id for o, n in step_pairs}
        for o, n in step_pairs:
            walk.record(o, n, "step", where, n.name)
        if [self.steps.get(s.id) for s in old.steps if s.id in self.steps] != [
            s.id for s in new.steps if s.id in self.steps.values()
        ]:
            self.changes.append(Change("moved", "step", where, "the order of the steps"))
        lane_pairs = walk.pairs(old.lanes, new.lanes, lambda lane: lane.name, "lane", where)
        self.lanes = {o.id: n.id for o, n in lane_pairs}
        for o, n in lane_pairs:
            walk.record(o, n, "lane", where, n.name)
        if [self.lanes.get(lane.id) for lane in old.lanes if lane.id in self.lanes] != [
            lane.id for lane in new.lanes if lane.id in self.lanes.values()
        ]:
            self.changes.append(Change("moved", "lane", where, "the order of the lanes"))
        self.positions_old, self.positions_new = _positions(old), _positions(new)
        self._cards()
        self._arrows()
        self._emotions()
        for o, n in walk.pairs(
            old.line_notes, new.line_notes, lambda note: f"{words(note.line)} {note.text}", "line note", where
        ):
            walk.record(o, n, "line note", where, n.text)

    def _place(self, blueprint: Blueprint, card: Card) -> str:
        positions = self.positions_old if blueprint is self.old else self.positions_new
        return f"{blueprint.step(card.step).name} › {blueprint.lane(card.lane).name} #{positions[card.id] + 1}"

    def _cards(self) -> None:
        old, new = self.old, self.new
        if self.walk.ignore_ids:
            pairs = self._card_pairs_by_content()
        else:
            pairs = self.walk.pairs(old.cards, new.cards, lambda c: c.text, "card", self.where, card_name)
        self.cards = {o.id: n.id for o, n in pairs}
        for o, n in pairs:
            self.walk.record(o, n, "card", self.where, card_name(n))
            moved = (
                self.steps.get(o.step) != n.step
                or self.lanes.get(o.lane) != n.lane
                or self.positions_old[o.id] != self.positions_new[n.id]
            )
            if moved:
                self.changes.append(
                    Change(
                        "moved",
                        "card",
                        self.where,
                        card_name(n),
                        (f"from {self._place(old, o)} to {self._place(new, n)}",),
                        (o.id, n.id),
                    )
                )

    def _card_pairs_by_content(self) -> list[tuple[Card, Card]]:
        """Same place and text first, then same text anywhere (moved), then same place and
        position (edited); what is left was added or removed."""
        old, new = self.old, self.new
        left, right = list(old.cards), list(new.cards)
        pairs: list[tuple[Card, Card]] = []
        keys: list[Callable[[Card, bool], Any]] = [
            lambda c, is_old: (self._mapped_cell(c, is_old), c.text),
            lambda c, is_old: c.text,
            lambda c, is_old: (
                self._mapped_cell(c, is_old),
                (self.positions_old if is_old else self.positions_new)[c.id],
            ),
        ]
        for key in keys:
            waiting: dict[Any, list[Card]] = {}
            for card in reversed(right):
                waiting.setdefault(key(card, False), []).append(card)
            taken: set[str] = set()
            still: list[Card] = []
            for card in left:
                found = waiting.get(key(card, True))
                if found:
                    partner = found.pop()
                    pairs.append((card, partner))
                    taken.add(partner.id)
                else:
                    still.append(card)
            left, right = still, [card for card in right if card.id not in taken]
        for card in left:
            self.changes.append(
                Change(
                    "removed", "card", self.where, card_name(card), (f"was in {self._place(old, card)}",), (card.id, "")
                )
            )
        for card in right:
            self.changes.append(
                Change("added", "card", self.where, card_name(card), (f"in {self._place(new, card)}",), ("", card.id))
            )
        return pairs

    def _mapped_cell(self, card: Card, is_old: bool) -> tuple[str | None, str | None]:
        if is_old:
            return self.lanes.get(card.lane), self.steps.get(card.step)
        return card.lane, card.step

    def _arrows(self) -> None:
        old, new = self.old, self.new
        if self.walk.ignore_ids:
            ends = {(self.cards.get(a.source), self.cards.get(a.target)): a for a in old.connectors}
            matched: list[tuple[Connector, Connector]] = []
            for arrow in new.connectors:
                partner = ends.pop((arrow.source, arrow.target), None)
                if partner is None:
                    self.changes.append(
                        Change("added", "arrow", self.where, self._arrow_name(new, arrow), ids=("", arrow.id))
                    )
                else:
                    matched.append((partner, arrow))
            for arrow in ends.values():
                self.changes.append(
                    Change("removed", "arrow", self.where, self._arrow_name(old, arrow), ids=(arrow.id, ""))
                )
        else:
            old_ids = {arrow.id for arrow in old.connectors}
            matched = self.walk.pairs(
                old.connectors,
                new.connectors,
                lambda a: self._arrow_name(old, a),
                "arrow",
                self.where,
                lambda a: self._arrow_name(old if a.id in old_ids else new, a),
            )
        for o, n in matched:
            joins = self.cards.get(o.source) != n.source or self.cards.get(o.target) != n.target
            extra = [f"joins {self._arrow_name(old, o)} before, {self._arrow_name(new, n)} now"] if joins else []
            self.walk.record(o, n, "arrow", self.where, self._arrow_name(new, n), extra)

    def _arrow_name(self, blueprint: Blueprint, arrow: Connector) -> str:
        names = self.walk.names_a if blueprint is self.old else self.walk.names_b
        return f"{names.of(arrow.source)} → {names.of(arrow.target)}"

    def _emotions(self) -> None:
        walk = self.walk

        def persona(point: EmotionPoint, names: _Names) -> str:
            return names.of(point.persona) if walk.ignore_ids else point.persona

        before = {(persona(p, walk.names_a), self.steps.get(p.step), p.to_be): p for p in self.old.emotions}
        after: dict[tuple[str, str | None, bool], EmotionPoint] = {
            (persona(p, walk.names_b), p.step, p.to_be): p for p in self.new.emotions
        }
        step_names = {s.id: s.name for s in self.new.steps}
        order = {step.id: n for n, step in enumerate(self.new.steps)}
        for key in sorted(before.keys() | after.keys(), key=lambda k: (k[0], order.get(k[1] or "", -1), k[2])):
            o, n = before.get(key), after.get(key)
            who = walk.names_b.of(n.persona) if n is not None else walk.names_a.of(o.persona) if o is not None else ""
            label = f"{who}{' (to-be)' if key[2] else ''} at {step_names.get(key[1] or '', '(a removed step)')}"
            if o is None or n is None:
                point = n or o
                assert point is not None
                change = f"score: {_score(o.score if o else None)} → {_score(n.score if n else None)}"
                reason = [f"reason: {words(point.reason)}"] if point.reason else []
                self.changes.append(
                    Change("added" if o is None else "removed", "emotion", self.where, label, (change, *reason))
                )
                continue
            details = walk.details(o, n)
            if details:
                shown = [
                    f"score: {_score(o.score)} → {_score(n.score)}" if d.startswith("score:") else d for d in details
                ]
                self.changes.append(Change("changed", "emotion", self.where, label, tuple(shown), (o.id, n.id)))


def _positions(blueprint: Blueprint) -> dict[str, int]:
    """Each card's place in its cell, counted from 0 (one pass over the cards)."""
    cells = blueprint.cards_in_cells({(card.lane, card.step) for card in blueprint.cards})
    return {card.id: n for stack in cells.values() for n, card in enumerate(stack)}


def _by_id(old: Sequence[T], new: Sequence[T]) -> list[tuple[T, T]]:
    ids = {item.id: item for item in new}  # type: ignore[attr-defined]
    return [(item, ids[item.id]) for item in old if item.id in ids]  # type: ignore[attr-defined]


def _by_position_and_name(old: Sequence[T], new: Sequence[T], name: Callable[[T], str]) -> list[tuple[T, T]]:
    """Same name first (in order), then what is left by position."""
    waiting: dict[str, list[int]] = {}
    for n, item in reversed(list(enumerate(new))):
        waiting.setdefault(name(item), []).append(n)
    pairs: list[tuple[T, T]] = []
    taken: set[int] = set()
    rest: list[T] = []
    for item in old:
        found = waiting.get(name(item))
        if found:
            n = found.pop()
            pairs.append((item, new[n]))
            taken.add(n)
        else:
            rest.append(item)
    pairs.extend(zip(rest, [item for n, item in enumerate(new) if n not in taken], strict=False))
    return pairs
