"""Three-way merge of documents by id, for git's merge driver. Pure.

Every object with an id (blueprint, card, step, lane, arrow, persona, facet, …) is merged
field by field against the common ancestor: a change on one side wins, the same change on
both sides is one change, and two different changes to one field are a conflict, resolved
for "ours" and listed with both values. The order of a list (steps, lanes, stages…) is merged
the same way: a reordering on one side wins, different ones on both sides are a conflict. An
object deleted on one side and edited or moved on the other is a conflict too (ours stands).
What is left pointing at something the other side deleted (a card in a removed step, a line
note on it, an arrow to a removed card, a score for a removed persona) is dropped and listed,
and two scores for one persona at one step are a conflict: so the result always opens, and
nothing either side did is lost without a word.

Each conflict carries the path of ids to what it is about (`Conflict.path`), so a test can
check that every change either reached the result or was named.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from blueprint_studio.model import Document, problems
from blueprint_studio.quoting import quoted

Path = tuple[str, ...]  # keys and ids from the document's top: ("blueprints", "bp1", "cards", "c7", "text")


class Conflict(str):
    """A line for the user, and the path of what it is about."""

    path: Path

    def __new__(cls, text: str, path: Path) -> Conflict:
        made = super().__new__(cls, text)
        made.path = path
        return made


@dataclass
class MergeResult:
    document: Document
    conflicts: list[Conflict] = field(default_factory=list)


_MISSING = object()
ORDER = "(order)"  # the path part that names a list's order rather than an item


def merge(base: Document | None, ours: Document, theirs: Document) -> MergeResult:
    conflicts: list[Conflict] = []
    base_json = base.model_dump(mode="json") if base is not None else {}
    merged = _Merger(conflicts).value(
        base_json, ours.model_dump(mode="json"), theirs.model_dump(mode="json"), (), "document"
    )
    assets = {**theirs.assets, **ours.assets}
    ours_points = {point.id for blueprint in ours.blueprints for point in blueprint.emotions}
    document = _repaired(merged, assets, conflicts, ours_points)
    if document is None:  # cannot happen by design; if it does, ours is the safe answer
        conflicts.append(Conflict("the merged document would not be valid; ours is kept as it was", ()))
        document = ours
    used = {c.image for b in document.blueprints for c in b.cards if c.image} | {
        p.photo for p in document.personas if p.photo
    }
    document.assets = {name: data for name, data in assets.items() if name in used}
    return MergeResult(document, conflicts)


def _label(value: Any, where: str) -> str:
    if isinstance(value, dict):
        for key in ("text", "name", "title"):
            if isinstance(value.get(key), str) and value[key]:
                return f"{where} '{quoted(' '.join(value[key].split()), 50)}'"
    return where


def _short(value: Any) -> str:
    return f"'{quoted(value, 58)}'" if isinstance(value, str) else quoted(repr(value), 60)


def _is_id_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) and "id" in item for item in value)


@dataclass
class _Merger:
    conflicts: list[Conflict]

    def say(self, text: str, path: Path) -> None:
        self.conflicts.append(Conflict(text, path))

    def value(self, base: Any, ours: Any, theirs: Any, path: Path, where: str) -> Any:
        if ours == theirs:
            return ours
        if ours == base:
            return theirs
        if theirs == base:
            return ours
        if isinstance(ours, dict) and isinstance(theirs, dict):
            base_dict = base if isinstance(base, dict) else {}
            result = {}
            for key in dict.fromkeys([*ours, *theirs]):
                merged = self.value(
                    base_dict.get(key, _MISSING),
                    ours.get(key, _MISSING),
                    theirs.get(key, _MISSING),
                    (*path, key),
                    f"{where}.{key}",
                )
                if merged is not _MISSING:
                    result[key] = merged
            return result
        if (_is_id_list(ours) or ours == []) and (_is_id_list(theirs) or theirs == []):
            return self.items(base if _is_id_list(base) else [], ours, theirs, path, where)
        if ours is _MISSING or theirs is _MISSING:
            side = "ours" if theirs is _MISSING else "theirs"
            self.say(f"{where}: removed on one side and changed on the other; {side} kept", path)
            return ours
        self.say(f"{where}: changed on both sides; ours kept ({_short(ours)} rather than {_short(theirs)})", path)
        return ours

    def items(
        self,
        base: list[dict[str, Any]],
        ours: list[dict[str, Any]],
        theirs: list[dict[str, Any]],
        path: Path,
        where: str,
    ) -> list[dict[str, Any]]:
        """Objects by id: kept, added or deleted as each side says, edits merged field by
        field; then the order, merged as a value of its own."""
        by_base = {item["id"]: item for item in base}
        by_ours = {item["id"]: item for item in ours}
        by_theirs = {item["id"]: item for item in theirs}
        kept: dict[str, dict[str, Any]] = {}
        for key in dict.fromkeys([*by_ours, *by_theirs]):
            mine, other, before = by_ours.get(key), by_theirs.get(key), by_base.get(key)
            label = _label(mine or other, f"{where}[{key}]")
            if mine is not None and other is not None:
                kept[key] = self.value(before if before is not None else _MISSING, mine, other, (*path, key), label)
            elif mine is not None:
                if before is None:
                    kept[key] = mine  # ours added it
                elif mine != before or _moved(key, base, ours):
                    self.say(
                        f"{label}: deleted on their side but {'edited' if mine != before else 'moved'} on ours; "
                        "ours kept",
                        (*path, key),
                    )
                    kept[key] = mine
            elif other is not None:
                if before is None:
                    kept[key] = other  # theirs added it
                elif other != before or _moved(key, base, theirs):
                    self.say(
                        f"{label}: deleted on our side but {'edited' if other != before else 'moved'} on theirs; "
                        "left deleted",
                        (*path, key),
                    )
        return [
            kept[key]
            for key in self.order(
                [i["id"] for i in base], [i["id"] for i in ours], [i["id"] for i in theirs], set(kept), path, where
            )
        ]

    def order(
        self, base: list[str], ours: list[str], theirs: list[str], kept: set[str], path: Path, where: str
    ) -> list[str]:
        """The kept ids in order: a side that reordered what both kept wins; ours when both did
        differently (a conflict). What only one side added follows what it follows there."""
        common = [key for key in base if key in kept and key in ours and key in theirs]
        shared = set(common)
        ours_common = [key for key in ours if key in shared]
        theirs_common = [key for key in theirs if key in shared]
        if theirs_common != common and ours_common == common:
            frame, other = theirs, ours
        else:
            if theirs_common != common and ours_common != theirs_common:
                self.say(f"{where}: reordered on both sides; our order kept", (*path, ORDER))
            frame, other = ours, theirs
        result = [key for key in frame if key in kept]
        placed = set(result)
        for index, key in enumerate(other):  # what only the other side added, after its neighbour there
            if key in placed or key not in kept:
                continue
            after = next((other[i] for i in range(index - 1, -1, -1) if other[i] in placed), None)
            result.insert(result.index(after) + 1 if after is not None else 0, key)
            placed.add(key)
        return result


def _moved(key: str, base: list[dict[str, Any]], side: list[dict[str, Any]]) -> bool:
    """Whether one side moved an item among the items it shares with the base (a reordered
    step, for one): a move against a delete is a conflict like an edit against a delete."""
    base_ids = [item["id"] for item in base]
    side_ids = {item["id"] for item in side}
    before = [i for i in base_ids if i in side_ids]
    now = [item["id"] for item in side if item["id"] in set(base_ids)]
    at_before, at_now = before.index(key), now.index(key)
    return _neighbours(before, at_before) != _neighbours(now, at_now)


def _neighbours(ids: list[str], at: int) -> tuple[str | None, str | None]:
    return (ids[at - 1] if at else None, ids[at + 1] if at + 1 < len(ids) else None)


def _repaired(
    data: dict[str, Any], assets: dict[str, bytes], conflicts: list[Conflict], ours_points: set[str]
) -> Document | None:
    """Drop what points at something deleted on the other side, saying so; None if still invalid."""
    known = _Known(
        personas={p["id"] for p in data.get("personas", [])},
        facets={f["id"] for f in data.get("facets", [])},
        blueprints={b["id"] for b in data.get("blueprints", [])},
    )
    for blueprint in data.get("blueprints", []):
        _Repair(blueprint, known, conflicts, ours_points).run()
    try:
        document = Document.model_validate({**data, "assets": assets})
    except ValidationError:
        return None
    return document if not problems(document) else None


@dataclass(frozen=True)
class _Known:
    """The ids the merged document holds at its top: what a blueprint's parts may name."""

    personas: set[str]
    facets: set[str]
    blueprints: set[str]


class _Repair:
    """One blueprint of a merge mended, part by part; every drop is said as a conflict."""

    def __init__(
        self, blueprint: dict[str, Any], known: _Known, conflicts: list[Conflict], ours_points: set[str]
    ) -> None:
        self.blueprint, self.known, self.conflicts, self.ours_points = blueprint, known, conflicts, ours_points
        self.title = quoted(blueprint.get("title") or blueprint["id"], 50)
        self.at: Path = ("blueprints", blueprint["id"])
        self.steps = {s["id"] for s in blueprint.get("steps", [])}
        self.cards: set[str] = set()

    def say(self, text: str, *path: str) -> None:
        self.conflicts.append(Conflict(f"{self.title}: {text}", (*self.at, *path)))

    def run(self) -> None:
        self.placed_cards()
        for card in self.blueprint["cards"]:
            self.card_links(card)
        self.step_stages()
        self.keep(
            "connectors",
            lambda a: a["source"] in self.cards and a["target"] in self.cards,
            lambda a: "an arrow lost a card the other side deleted; dropped",
        )
        self.scores()
        self.followed_personas()
        self.keep(
            "line_notes",
            lambda n: n["step"] in self.steps,
            lambda n: f"the note '{quoted(n.get('text', ''), 50)}' on a line at a step the other side deleted; dropped",
        )
        variant = self.blueprint.get("variant_of")
        if variant is not None and (variant not in self.known.blueprints or variant == self.blueprint["id"]):
            self.say("was a variant of a blueprint the other side deleted; it stands alone now", "variant_of")
            self.blueprint["variant_of"] = None

    def keep(
        self, name: str, stays: Callable[[dict[str, Any]], bool], why: Callable[[dict[str, Any]], str]
    ) -> list[dict[str, Any]]:
        """The items of a list that may stay; each dropped one said, by its id."""
        kept = []
        for item in self.blueprint.get(name, []):
            if stays(item):
                kept.append(item)
            else:
                self.say(why(item), name, item["id"])
        self.blueprint[name] = kept
        return kept

    def placed_cards(self) -> None:
        lanes = {lane["id"] for lane in self.blueprint.get("lanes", [])}
        kept = self.keep(
            "cards",
            lambda c: c["step"] in self.steps and c["lane"] in lanes,
            lambda c: f"card '{quoted(c.get('text', ''), 50)}' was in a step or lane the other side deleted; dropped",
        )
        self.cards = {card["id"] for card in kept}

    def card_links(self, card: dict[str, Any]) -> None:
        named, where = f"card '{quoted(card.get('text', ''), 50)}'", ("cards", card["id"])
        lost = [f for f in card.get("facets", []) if f not in self.known.facets]
        if lost:
            card["facets"] = [f for f in card["facets"] if f in self.known.facets]
            self.say(f"{named} named facets the other side deleted ({', '.join(lost)}); dropped", *where, "facets")
        exit_to = card.get("exit_to")
        if exit_to is not None and (exit_to not in self.known.blueprints or exit_to == self.blueprint["id"]):
            self.say(
                f"{named} led to blueprint {exit_to}, which the other side deleted; the exit is gone", *where, "exit_to"
            )
            card["exit_to"] = None
        if card.get("failure"):
            recovery = card["failure"].get("recovery", [])
            kept = [r for r in recovery if r in self.cards and r != card["id"]]
            if kept != recovery:
                self.say(
                    f"{named} was recovered by cards the other side deleted; those links are gone", *where, "failure"
                )
                card["failure"]["recovery"] = kept

    def step_stages(self) -> None:
        stages = {s["id"] for s in self.blueprint.get("stages", [])}
        for step in self.blueprint.get("steps", []):
            if step.get("stage") is not None and step["stage"] not in stages:
                self.say(
                    f"step '{quoted(step.get('name', ''), 50)}' was in a stage the other side deleted; it has no "
                    "stage now",
                    "steps",
                    step["id"],
                    "stage",
                )
                step["stage"] = None

    def scores(self) -> None:
        """One score per persona, step and curve; ours first, so where both scored, ours stands."""
        points = self.blueprint.get("emotions", [])
        scored: dict[tuple[str, str, bool], dict[str, Any]] = {}
        for point in sorted(points, key=lambda p: p["id"] not in self.ours_points):
            key = (point["persona"], point["step"], point.get("to_be", False))
            if point["step"] not in self.steps or point["persona"] not in self.known.personas:
                self.say("a score for a step or persona the other side deleted; dropped", "emotions", point["id"])
            elif key in scored:
                if scored[key].get("score") != point.get("score"):
                    self.say(
                        f"two scores for persona {point['persona']} at step {point['step']} "
                        f"({scored[key].get('score')} and {point.get('score')}); ours kept",
                        "emotions",
                        point["id"],
                    )
            else:
                scored[key] = point
        kept = {point["id"] for point in scored.values()}
        self.blueprint["emotions"] = [point for point in points if point["id"] in kept]  # in the merged order

    def followed_personas(self) -> None:
        followed = [p for p in self.blueprint.get("personas", []) if p in self.known.personas]
        if followed != self.blueprint.get("personas", []):
            self.say("followed personas the other side deleted; they are no longer followed", "personas")
        self.blueprint["personas"] = followed
