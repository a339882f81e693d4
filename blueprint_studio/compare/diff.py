"""What changed between two documents, in a designer's terms: cards, steps, lanes, arrows,
personas, added, removed, changed or moved. Pure.

Items are matched by id, as two versions of one file share them. Files that went through a
spreadsheet carry new ids, so `ignore_ids` matches by name, place and text instead, and then
compares only what a spreadsheet carries (texts as a cell holds them, places, order, marks,
times, facets, owners, arrows, emotion scores): photos, notes and registers do not survive a
spreadsheet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from blueprint_studio.model import Blueprint, Card, Document
from blueprint_studio.sheets.grid import sheet_text

T = TypeVar("T")
_CARD_FIELDS = ("text", "notes", "owner", "colour", "marks", "duration", "failure", "image", "exit_to")
_SHEET_CARD_FIELDS = ("text", "owner", "marks", "duration")


@dataclass(frozen=True)
class Change:
    kind: str  # added | removed | changed | moved
    what: str  # card | step | stage | lane | arrow | persona | facet | blueprint | emotion | line note
    where: str  # the blueprint's title ('' for the document's own lists)
    name: str  # the item's text or name, as a person knows it
    details: tuple[str, ...] = field(default_factory=tuple)  # "text: 'a' → 'b'", "from Check in › Frontstage"
    ids: tuple[str, str] = ("", "")  # (in A, in B)

    def line(self) -> str:
        place = f"{self.where} › " if self.where else ""
        extra = f" ({'; '.join(self.details)})" if self.details else ""
        return f"{self.kind} {self.what}: {place}{self.name}{extra}"


def diff(a: Document, b: Document, ignore_ids: bool = False) -> list[Change]:
    changes: list[Change] = []
    match = _by_position_and_name if ignore_ids else _by_id
    for old, new in _pairs(a.personas, b.personas, match, lambda p: p.name, "persona", "", changes):
        fields = ("name",) if ignore_ids else ("name", "role", "description", "goals", "needs", "frustrations", "quote", "photo", "colour")
        _compare(old, new, fields, "persona", "", old.name, changes)
    for old, new in _pairs(a.facets, b.facets, match, lambda f: f"{f.name} ({f.kind.value})", "facet", "", changes):
        _compare(old, new, ("name", "kind") if ignore_ids else ("name", "kind", "colour"), "facet", "", new.name, changes)
    for old, new in _pairs(a.blueprints, b.blueprints, match, lambda bp: bp.title, "blueprint", "", changes):
        _Blueprints(a, b, old, new, ignore_ids, changes).compare()
    return changes


class _Blueprints:
    def __init__(self, a: Document, b: Document, old: Blueprint, new: Blueprint, ignore_ids: bool, changes: list[Change]) -> None:
        self.a, self.b, self.old, self.new, self.ignore_ids, self.changes = a, b, old, new, ignore_ids, changes
        self.where = new.title

    def compare(self) -> None:
        old, new, where, changes = self.old, self.new, self.where, self.changes
        if not self.ignore_ids:
            _compare(old, new, ("title", "scenario", "view", "acceptable", "describe_lanes"), "blueprint", "", new.title, changes)
        match = _by_position_and_name if self.ignore_ids else _by_id
        step_pairs = _pairs(old.steps, new.steps, match, lambda s: s.name, "step", where, changes)
        self.steps = {o.id: n.id for o, n in step_pairs}
        for o, n in step_pairs:
            fields = ("name", "duration") if self.ignore_ids else ("name", "duration", "acceptable", "moment_of_truth", "description")
            _compare(o, n, fields, "step", where, n.name, changes)
            if _stage_name(old, o.stage) != _stage_name(new, n.stage):
                changes.append(Change("changed", "step", where, n.name, (f"stage: {_stage_name(old, o.stage)!r} → {_stage_name(new, n.stage)!r}",), (o.id, n.id)))
        if [self.steps.get(s.id) for s in old.steps if s.id in self.steps] != [s.id for s in new.steps if s.id in self.steps.values()]:
            changes.append(Change("moved", "step", where, "the order of the steps"))
        lane_pairs = _pairs(old.lanes, new.lanes, match, lambda l: l.name, "lane", where, changes)
        self.lanes = {o.id: n.id for o, n in lane_pairs}
        for o, n in lane_pairs:
            _compare(o, n, ("name", "kind", "zone") if self.ignore_ids else ("name", "kind", "zone", "hidden", "description"), "lane", where, n.name, changes)
        self._cards()
        self._arrows()
        self._emotions()
        if not self.ignore_ids:
            for o, n in _pairs(old.line_notes, new.line_notes, _by_id, lambda note: note.text, "line note", where, changes):
                _compare(o, n, ("text", "line", "step"), "line note", where, n.text, changes)

    def _place(self, blueprint: Blueprint, card: Card) -> str:
        return f"{blueprint.step(card.step).name} › {blueprint.lane(card.lane).name}"

    def _cards(self) -> None:
        old, new = self.old, self.new
        if self.ignore_ids:
            pairs = self._card_pairs_by_content()
        else:
            pairs = _pairs(old.cards, new.cards, _by_id, lambda c: c.text, "card", self.where, self.changes, self._card_name)
        self.cards = {o.id: n.id for o, n in pairs}
        fields = _SHEET_CARD_FIELDS if self.ignore_ids else _CARD_FIELDS
        value = self._card_value
        facet_names_a = {f.id: (f.kind.value, f.name) for f in self.a.facets}
        facet_names_b = {f.id: (f.kind.value, f.name) for f in self.b.facets}
        for o, n in pairs:
            details = [_field_change(name, value(o, name), value(n, name)) for name in fields if value(o, name) != value(n, name)]
            if sorted(facet_names_a.get(f, ("?", f)) for f in o.facets) != sorted(facet_names_b.get(f, ("?", f)) for f in n.facets):
                details.append("facets")
            if details:
                self.changes.append(Change("changed", "card", self.where, self._card_name(n), tuple(details), (o.id, n.id)))
            moved = self.steps.get(o.step) != n.step or self.lanes.get(o.lane) != n.lane or _position(old, o) != _position(new, n)
            if moved:
                self.changes.append(Change("moved", "card", self.where, self._card_name(n),
                                           (f"from {self._place(old, o)} #{_position(old, o) + 1} to {self._place(new, n)} #{_position(new, n) + 1}",), (o.id, n.id)))

    def _card_value(self, card: Card, name: str) -> Any:
        """A field as compared: through a spreadsheet, texts are compared as a cell holds them."""
        if name == "text" and self.ignore_ids:
            return sheet_text(card.text)
        return getattr(card, name)

    def _card_name(self, card: Card) -> str:
        text = " ".join(card.text.split())
        return (text[:60] + ("…" if len(text) > 60 else "")) or "(empty card)"

    def _card_pairs_by_content(self) -> list[tuple[Card, Card]]:
        """Same place and text first, then same text anywhere (moved), then same place and
        position (edited); what is left was added or removed."""
        old, new = self.old, self.new
        left, right = list(old.cards), list(new.cards)
        pairs: list[tuple[Card, Card]] = []
        keys: list[Callable[[Card, bool], Any]] = [
            lambda c, is_old: (self._mapped_cell(c, is_old), sheet_text(c.text)),
            lambda c, is_old: sheet_text(c.text),
            lambda c, is_old: (self._mapped_cell(c, is_old), _position(old if is_old else new, c)),
        ]
        for key in keys:
            waiting: dict[Any, list[Card]] = {}
            for card in right:
                waiting.setdefault(key(card, False), []).append(card)
            still: list[Card] = []
            for card in left:
                found = waiting.get(key(card, True))
                if found:
                    partner = found.pop(0)
                    pairs.append((card, partner))
                    right.remove(partner)
                else:
                    still.append(card)
            left = still
        for card in left:
            self.changes.append(Change("removed", "card", self.where, self._card_name(card), (f"was in {self._place(old, card)}",), (card.id, "")))
        for card in right:
            self.changes.append(Change("added", "card", self.where, self._card_name(card), (f"in {self._place(new, card)}",), ("", card.id)))
        return pairs

    def _mapped_cell(self, card: Card, is_old: bool) -> tuple[str | None, str | None]:
        if is_old:
            return self.lanes.get(card.lane), self.steps.get(card.step)
        return card.lane, card.step

    def _arrows(self) -> None:
        old, new = self.old, self.new
        if self.ignore_ids:
            ends = {(self.cards.get(a.source), self.cards.get(a.target)): a for a in old.connectors}
            matched: list[tuple[Any, Any]] = []
            for arrow in new.connectors:
                partner = ends.pop((arrow.source, arrow.target), None)
                if partner is None:
                    self.changes.append(Change("added", "arrow", self.where, self._arrow_name(new, arrow), ids=("", arrow.id)))
                else:
                    matched.append((partner, arrow))
            for arrow in ends.values():
                self.changes.append(Change("removed", "arrow", self.where, self._arrow_name(old, arrow), ids=(arrow.id, "")))
        else:
            matched = _pairs(old.connectors, new.connectors, _by_id, lambda a: self._arrow_name(old, a), "arrow", self.where, self.changes,
                             lambda a: self._arrow_name(old if any(x.id == a.id for x in old.connectors) else new, a))
        for o, n in matched:
            details = [_field_change(name, getattr(o, name), getattr(n, name)) for name in ("kind", "label", *(() if self.ignore_ids else ("notes",)))
                       if getattr(o, name) != getattr(n, name)]
            if self.cards.get(o.source) != n.source or self.cards.get(o.target) != n.target:
                details.append("joins other cards")
            if details:
                self.changes.append(Change("changed", "arrow", self.where, self._arrow_name(new, n), tuple(details), (o.id, n.id)))

    def _arrow_name(self, blueprint: Blueprint, arrow: Any) -> str:
        names = {c.id: self._card_name(c) for c in blueprint.cards if c.id in (arrow.source, arrow.target)}
        return f"{names.get(arrow.source, arrow.source)} → {names.get(arrow.target, arrow.target)}"

    def _emotions(self) -> None:
        persona_a = {p.id: p.name for p in self.a.personas}
        persona_b = {p.id: p.name for p in self.b.personas}
        step_names = {s.id: s.name for s in self.new.steps}
        before = {(persona_a.get(p.persona, p.persona), self.steps.get(p.step), p.to_be): p.score for p in self.old.emotions}
        after = {(persona_b.get(p.persona, p.persona), p.step, p.to_be): p.score for p in self.new.emotions}
        for key in sorted(before.keys() | after.keys(), key=lambda k: (k[0], step_names.get(k[1] or "", ""), k[2])):
            if before.get(key) != after.get(key):
                who, step, to_be = key
                label = f"{who}{' (to-be)' if to_be else ''} at {step_names.get(step or '', '(a removed step)')}"
                self.changes.append(Change("changed", "emotion", self.where, label, (f"{_score(before.get(key))} → {_score(after.get(key))}",)))


def _score(value: float | None) -> str:
    return "none" if value is None else f"{value:+g}"


def _stage_name(blueprint: Blueprint, stage_id: str | None) -> str:
    return next((s.name for s in blueprint.stages if s.id == stage_id), "")


def _position(blueprint: Blueprint, card: Card) -> int:
    return [c.id for c in blueprint.cards_in_cell(card.lane, card.step)].index(card.id)


def _field_change(name: str, old: Any, new: Any) -> str:
    def show(value: Any) -> str:
        if value is None:
            return "none"
        if hasattr(value, "text") and callable(value.text):
            return repr(value.text())
        if hasattr(value, "names") and callable(value.names):
            return ", ".join(value.names()) or "no marks"
        text = repr(value) if isinstance(value, str) else str(value)
        return text if len(text) <= 80 else text[:79] + "…"

    return f"{name}: {show(old)} → {show(new)}"


Matcher = Callable[[Sequence[Any], Sequence[Any], Callable[[Any], str]], list[tuple[Any, Any]]]


def _by_id(old: Sequence[T], new: Sequence[T], name: Callable[[T], str]) -> list[tuple[T, T]]:
    ids = {item.id: item for item in new}  # type: ignore[attr-defined]
    return [(item, ids[item.id]) for item in old if item.id in ids]  # type: ignore[attr-defined]


def _by_position_and_name(old: Sequence[T], new: Sequence[T], name: Callable[[T], str]) -> list[tuple[T, T]]:
    """Same name first (in order), then what is left by position."""
    pairs: list[tuple[T, T]] = []
    free = list(new)
    rest: list[T] = []
    for item in old:
        partner = next((other for other in free if name(other) == name(item)), None)
        if partner is None:
            rest.append(item)
        else:
            pairs.append((item, partner))
            free.remove(partner)
    for item, partner in zip(rest, [other for other in new if other in free]):
        pairs.append((item, partner))
    return pairs


def _pairs(old: Sequence[T], new: Sequence[T], match: Matcher, name: Callable[[T], str], what: str, where: str,
           changes: list[Change], label: Callable[[T], str] | None = None) -> list[tuple[T, T]]:
    """Matched items; the unmatched are reported as removed (from `old`) or added (in `new`)."""
    pairs = match(old, new, name)
    label = label or name
    matched_old = {id(o) for o, _ in pairs}
    matched_new = {id(n) for _, n in pairs}
    changes.extend(Change("removed", what, where, label(item), ids=(getattr(item, "id", ""), "")) for item in old if id(item) not in matched_old)
    changes.extend(Change("added", what, where, label(item), ids=("", getattr(item, "id", ""))) for item in new if id(item) not in matched_new)
    return pairs


def _compare(old: Any, new: Any, fields: Iterable[str], what: str, where: str, name: str, changes: list[Change]) -> None:
    details = tuple(_field_change(f, getattr(old, f), getattr(new, f)) for f in fields if getattr(old, f) != getattr(new, f))
    if details:
        changes.append(Change("changed", what, where, name, details, (getattr(old, "id", ""), getattr(new, "id", ""))))


def compare_blueprints(a: Document, blueprint_a: Blueprint, b: Document, blueprint_b: Blueprint) -> list[Change]:
    """What changed from one blueprint to another (as-is → to-be, or another file's version).
    Versions of one blueprint share ids; a redesign copied as a variant does not, so it is
    matched by name, place and text."""
    one = Document.model_construct(blueprints=[blueprint_a], personas=a.personas, facets=a.facets, assets={})
    other = Document.model_construct(blueprints=[blueprint_b], personas=b.personas, facets=b.facets, assets={})
    return [c for c in diff(one, other, ignore_ids=blueprint_a.id != blueprint_b.id) if c.what != "blueprint"]
