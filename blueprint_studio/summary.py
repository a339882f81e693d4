"""Plain-text description of a document, as `blueprint-studio info` prints it. Pure."""

from __future__ import annotations

from collections import Counter

from blueprint_studio.model import MARK_NAMES, Blueprint, Document, LaneKind

_MARK_WORDS = {
    "fail_point": ("fail point", "fail points"),
    "wait_point": ("wait point", "wait points"),
    "decision_point": ("decision point", "decision points"),
    "pain_point": ("pain point", "pain points"),
    "opportunity": ("opportunity", "opportunities"),
}


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def total_duration_label(blueprint: Blueprint) -> str:
    seconds = sum(s.duration.value * s.duration.unit.seconds for s in blueprint.steps if s.duration)
    if seconds == 0:
        return "no time estimates"
    days, rest = divmod(round(seconds), 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{days} d"] * bool(days) + [f"{hours} h"] * bool(hours) + [f"{minutes} min"] * bool(minutes)
    parts += [f"{secs} s"] * bool(secs and not days)
    return " ".join(parts) or "under 1 s"


def describe(document: Document, source: str) -> str:
    lines = [f"{source}: {plural(len(document.blueprints), 'blueprint')}"]
    for blueprint in document.blueprints:
        lines.extend(_describe_blueprint(blueprint))
    return "\n".join(lines)


def _describe_blueprint(blueprint: Blueprint) -> list[str]:
    marks = Counter(name for card in blueprint.cards for name in card.marks.names())
    mark_text = ", ".join(plural(marks[name], *_MARK_WORDS[name]) for name in MARK_NAMES if marks[name])
    extra = [lane.name for lane in blueprint.lanes if lane.kind is LaneKind.CUSTOM]
    persona = blueprint.persona.name
    return [
        f"  {blueprint.title}" + (f" (persona: {persona})" if persona else ""),
        f"    steps: {len(blueprint.steps)} in {plural(len(blueprint.stages), 'stage')}, "
        f"{total_duration_label(blueprint)} in all",
        f"    lanes: {len(blueprint.lanes)} ({', '.join(lane.name for lane in blueprint.lanes)})"
        + (f"; added: {', '.join(extra)}" if extra else ""),
        f"    cards: {len(blueprint.cards)}, connectors: {len(blueprint.connectors)}",
        f"    marks: {mark_text or 'none'}",
    ]
