"""Three-way merge of documents by id, for git's merge driver. Pure.

Every object with an id (blueprint, card, step, lane, arrow, persona, facet, …) is merged
field by field against the common ancestor: a change on one side wins, the same change on
both sides is one change, and two different changes to one field are a conflict, resolved
for "ours" and listed. An object deleted on one side and edited on the other is a conflict
too (ours stands). What is left pointing at something the other side deleted (a card in a
removed step, an arrow to a removed card) is dropped and listed, so the result always opens.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from blueprint_studio.model import Document, problems


@dataclass
class MergeResult:
    document: Document
    conflicts: list[str] = field(default_factory=list)


_MISSING = object()


def merge(base: Document | None, ours: Document, theirs: Document) -> MergeResult:
    conflicts: list[str] = []
    base_json = base.model_dump(mode="json") if base is not None else {}
    merged = _merge_value(base_json, ours.model_dump(mode="json"), theirs.model_dump(mode="json"), "document", conflicts)
    assets = {**theirs.assets, **ours.assets}
    document = _repaired(merged, assets, conflicts)
    if document is None:  # cannot happen by design; if it does, ours is the safe answer
        conflicts.append("the merged document would not be valid; ours is kept as it was")
        document = ours
    used = {c.image for b in document.blueprints for c in b.cards if c.image} | {p.photo for p in document.personas if p.photo}
    document.assets = {name: data for name, data in assets.items() if name in used}
    return MergeResult(document, conflicts)


def _label(value: Any, path: str) -> str:
    if isinstance(value, dict):
        for key in ("text", "name", "title"):
            if isinstance(value.get(key), str) and value[key]:
                words = " ".join(value[key].split())
                return f"{path} '{words[:50]}'"
    return path


def _merge_value(base: Any, ours: Any, theirs: Any, path: str, conflicts: list[str]) -> Any:
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
            value = _merge_value(base_dict.get(key, _MISSING), ours.get(key, _MISSING), theirs.get(key, _MISSING), f"{path}.{key}", conflicts)
            if value is not _MISSING:
                result[key] = value
        return result
    if _is_id_list(ours) and _is_id_list(theirs):
        return _merge_items(base if _is_id_list(base) else [], ours, theirs, path, conflicts)
    conflicts.append(f"{path}: changed on both sides; ours kept ({_short(ours)} rather than {_short(theirs)})")
    return ours


def _short(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:59] + "…"


def _is_id_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) and "id" in item for item in value)


def _merge_items(base: list[dict[str, Any]], ours: list[dict[str, Any]], theirs: list[dict[str, Any]], path: str, conflicts: list[str]) -> list[dict[str, Any]]:
    """Objects by id: kept, added or deleted as each side says; edits merged field by field.
    Order: ours, with what only theirs added placed after the item it follows there."""
    by_base = {item["id"]: item for item in base}
    by_ours = {item["id"]: item for item in ours}
    by_theirs = {item["id"]: item for item in theirs}
    result: list[dict[str, Any]] = []
    for item in ours:
        key = item["id"]
        where = _label(item, f"{path}[{key}]")
        if key in by_theirs:
            result.append(_merge_value(by_base.get(key, _MISSING), item, by_theirs[key], where, conflicts))
        elif key in by_base:  # theirs deleted it
            if item == by_base[key]:
                continue
            conflicts.append(f"{where}: deleted on their side but edited on ours; ours kept")
            result.append(item)
        else:
            result.append(item)  # ours added it
    for index, item in enumerate(theirs):
        key = item["id"]
        if key in by_ours:
            continue
        if key in by_base:  # ours deleted it
            if item != by_base[key]:
                conflicts.append(f"{_label(item, f'{path}[{key}]')}: deleted on our side but edited on theirs; left deleted")
            continue
        after = next((theirs[i]["id"] for i in range(index - 1, -1, -1) if any(r["id"] == theirs[i]["id"] for r in result)), None)
        position = next((i + 1 for i, r in enumerate(result) if r["id"] == after), 0 if after is None and index == 0 else len(result))
        result.insert(position, item)
    return result


def _repaired(data: dict[str, Any], assets: dict[str, bytes], conflicts: list[str]) -> Document | None:
    """Drop what points at something deleted on the other side, saying so; None if still invalid."""
    personas = {p["id"] for p in data.get("personas", [])}
    facets = {f["id"] for f in data.get("facets", [])}
    blueprint_ids = {b["id"] for b in data.get("blueprints", [])}
    for blueprint in data.get("blueprints", []):
        title = blueprint.get("title", blueprint["id"])
        steps = {s["id"] for s in blueprint.get("steps", [])}
        lanes = {lane["id"] for lane in blueprint.get("lanes", [])}
        stages = {s["id"] for s in blueprint.get("stages", [])}
        kept_cards = []
        for card in blueprint.get("cards", []):
            if card["step"] in steps and card["lane"] in lanes:
                kept_cards.append(card)
            else:
                conflicts.append(f"{title}: card '{card.get('text', '')[:50]}' was in a step or lane the other side deleted; dropped")
        blueprint["cards"] = kept_cards
        cards = {c["id"] for c in kept_cards}
        for card in kept_cards:
            card["facets"] = [f for f in card.get("facets", []) if f in facets]
            if card.get("exit_to") not in blueprint_ids or card.get("exit_to") == blueprint["id"]:
                card["exit_to"] = None
            if card.get("failure"):
                card["failure"]["recovery"] = [r for r in card["failure"].get("recovery", []) if r in cards and r != card["id"]]
        for step in blueprint.get("steps", []):
            if step.get("stage") not in stages:
                step["stage"] = None
        arrows = [a for a in blueprint.get("connectors", []) if a["source"] in cards and a["target"] in cards]
        if len(arrows) != len(blueprint.get("connectors", [])):
            conflicts.append(f"{title}: {len(blueprint['connectors']) - len(arrows)} arrow(s) lost a card the other side deleted; dropped")
        blueprint["connectors"] = arrows
        scored: set[tuple[str, str, bool]] = set()  # both sides may score the same step: ours (first) stands
        emotions = []
        for point in blueprint.get("emotions", []):
            key = (point["persona"], point["step"], point.get("to_be", False))
            if point["step"] in steps and point["persona"] in personas and key not in scored:
                scored.add(key)
                emotions.append(point)
        blueprint["emotions"] = emotions
        blueprint["personas"] = [p for p in blueprint.get("personas", []) if p in personas]
        blueprint["line_notes"] = [n for n in blueprint.get("line_notes", []) if n["step"] in steps]
        if blueprint.get("variant_of") not in blueprint_ids or blueprint.get("variant_of") == blueprint["id"]:
            blueprint["variant_of"] = None
    try:
        document = Document.model_validate({**data, "assets": assets})
    except ValidationError:
        return None
    return document if not problems(document) else None
