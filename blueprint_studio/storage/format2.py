"""Format 1 → 2 on raw JSON: personas become document objects, card emotions become curves.

Format 1 kept one persona as two text fields per blueprint and an emotion score on single
customer-action cards. Format 2 keeps personas once per document, followed by blueprints,
and one score per persona and step, drawn as a curve in the Emotions row.

Only well-formed parts are moved; anything else malformed is left where it was, so
validation still names it in the file's own terms. A score that cannot move is refused here,
with its place. Pure: dicts in, dicts out.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import Any

from blueprint_studio.model.document import PERSONA_COLOURS


class BadScore(ValueError):
    """A format-1 card's emotion is not a score from −2 to +2 (the message says where)."""


_UNNAMED = "Customer"


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    document = data.get("document")
    blueprints = document.get("blueprints") if isinstance(document, dict) else None
    if not isinstance(document, dict) or not isinstance(blueprints, list):
        return data
    ids = _Ids(set(_all_ids(document)))
    personas: list[dict[str, Any]] = []
    by_text: dict[tuple[str, str], str] = {}
    for blueprint in blueprints:
        if not isinstance(blueprint, dict):
            continue
        _move_emotion_cards(blueprint, ids)
        scores = _take_card_emotions(blueprint)  # may raise BadScore
        old = blueprint.get("persona", {})
        if not isinstance(old, dict) or not all(isinstance(old.get(k, ""), str) for k in ("name", "description")):
            continue  # malformed: validation will say so
        blueprint.pop("persona", None)
        name, description = old.get("name", ""), old.get("description", "")
        if not (name or description or scores):
            blueprint["personas"] = []
            continue
        persona_id = by_text.get((name, description))
        if persona_id is None:
            persona_id = by_text[(name, description)] = ids.fresh("persona")
            personas.append(
                {
                    "id": persona_id,
                    "name": name or _UNNAMED,
                    "description": description,
                    "colour": PERSONA_COLOURS[len(personas) % len(PERSONA_COLOURS)],
                }
            )
        blueprint["personas"] = [persona_id]
        blueprint["emotions"] = [
            {"id": ids.fresh("emotion"), "persona": persona_id, "step": step, "score": score}
            for step, score in scores.items()
        ]
        if scores:
            _ensure_emotions_row(blueprint, ids)
    document["personas"] = personas
    return data


class _Ids:
    """Fresh ids that collide with nothing already in the file."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken
        self._counters: dict[str, Iterator[int]] = {}

    def fresh(self, prefix: str) -> str:
        counter = self._counters.setdefault(prefix, count(1))
        while True:
            candidate = f"{prefix}-{next(counter)}"
            if candidate not in self.taken:
                self.taken.add(candidate)
                return candidate


def _all_ids(node: Any) -> Iterator[str]:
    """Every string stored under an "id" key (the JSON was depth-checked before this runs)."""
    if isinstance(node, dict):
        if isinstance(node.get("id"), str):
            yield node["id"]
        for value in node.values():
            yield from _all_ids(value)
    elif isinstance(node, list):
        for value in node:
            yield from _all_ids(value)


def _dicts(blueprint: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = blueprint.get(key)
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _move_emotion_cards(blueprint: dict[str, Any], ids: _Ids) -> None:
    """The Emotions row now holds the curves: its cards (a feeling each) move to a Feelings row
    right below it, with their text and order; their scores join the curve."""
    lanes = blueprint.get("lanes")
    if not isinstance(lanes, list):
        return
    row = next((lane for lane in lanes if isinstance(lane, dict) and lane.get("kind") == "emotions"), None)
    if row is None:
        return
    cards = [card for card in _dicts(blueprint, "cards") if card.get("lane") == row.get("id")]
    if not cards:
        return
    feelings = {"id": ids.fresh("feelings"), "kind": "feelings", "name": "Feelings", "zone": "customer"}
    lanes.insert(lanes.index(row) + 1, feelings)
    for card in cards:
        card["lane"] = feelings["id"]


def _take_card_emotions(blueprint: dict[str, Any]) -> dict[str, float]:
    """Remove the cards' scores and return one per step: their mean, to the nearest half."""
    per_step: dict[str, list[float]] = {}
    for card in _dicts(blueprint, "cards"):
        score = card.get("emotion")
        if score is None:
            card.pop("emotion", None)
            continue
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not -2 <= score <= 2:
            title = blueprint.get("title")
            title = title if isinstance(title, str) else "?"
            raise BadScore(
                f"blueprint '{title[:60]}' > card {str(card.get('id'))[:64]} > emotion: {str(score)[:20]} is not a "
                "score from -2 to +2"
            )
        if not isinstance(card.get("step"), str):
            continue
        per_step.setdefault(card["step"], []).append(float(card.pop("emotion")))
    return {step: round(2 * sum(scores) / len(scores)) / 2 for step, scores in per_step.items()}


def _ensure_emotions_row(blueprint: dict[str, Any], ids: _Ids) -> None:
    """Curves are drawn in the Emotions row: add one if the blueprint had none, below the
    Thoughts (and Feelings) rows and above every other row, as journey rows are ordered."""
    lanes = blueprint.get("lanes")
    if not isinstance(lanes, list) or any(isinstance(lane, dict) and lane.get("kind") == "emotions" for lane in lanes):
        return
    above = [
        i for i, lane in enumerate(lanes) if isinstance(lane, dict) and lane.get("kind") in ("thoughts", "feelings")
    ]
    row = {"id": ids.fresh("emotions"), "kind": "emotions", "name": "Emotions", "zone": "customer"}
    lanes.insert(above[-1] + 1 if above else 0, row)
