"""Plain-text description of a document, as `blueprint-studio info` prints it. Pure."""

from __future__ import annotations

from collections import Counter

from blueprint_studio.analysis.timing import span_of, span_text, total
from blueprint_studio.model import MARK_NAMES, Blueprint, Document, LaneKind, Persona, View
from blueprint_studio.quoting import one_line

_MARK_WORDS = {
    "fail_point": ("fail point", "fail points"),
    "wait_point": ("wait point", "wait points"),
    "decision_point": ("decision point", "decision points"),
    "pain_point": ("pain point", "pain points"),
    "opportunity": ("opportunity", "opportunities"),
    "start": ("start", "starts"),
    "end": ("end", "ends"),
    "exit": ("exit", "exits"),
    "item_missing": ("missing item", "missing items"),
}


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def total_duration_label(blueprint: Blueprint) -> str:
    """The steps' times added up as the analysis adds them (ranges as best – worst; times
    written in words, which the format allows, counted aside rather than summed)."""
    span = total(span_of(step.duration) for step in blueprint.steps if step.duration is not None)
    return span_text(span) if span.known or span.unknown_parts else "no time estimates"


def describe(document: Document, source: str) -> str:
    lines = [f"{source}: {plural(len(document.blueprints), 'blueprint')}"]
    if document.personas:
        lines.append(f"  personas: {', '.join(_persona_label(p) for p in document.personas)}")
    for blueprint in document.blueprints:
        lines.extend(_describe_blueprint(document, blueprint))
    return "\n".join(one_line(line) for line in lines)  # a title's newline must not start a line of its own


def _persona_label(persona: Persona) -> str:
    return persona.name + (f" ({persona.role})" if persona.role else "")


def curve_text(blueprint: Blueprint, persona_id: str, to_be: bool = False) -> str:
    """One score per step, left to right, "·" where the step has none: ``-1 +1 0 · -2``."""
    scores = {p.step: p.score for p in blueprint.emotions if p.persona == persona_id and p.to_be == to_be}
    return " ".join(
        ("0" if scores[s.id] == 0 else f"{scores[s.id]:+g}") if s.id in scores else "·" for s in blueprint.steps
    )


def _describe_blueprint(document: Document, blueprint: Blueprint) -> list[str]:
    marks = Counter(name for card in blueprint.cards for name in card.marks.names())
    mark_text = ", ".join(plural(marks[name], *_MARK_WORDS[name]) for name in MARK_NAMES if marks[name])
    extra = [lane.name for lane in blueprint.lanes if lane.kind is LaneKind.CUSTOM]
    followed = document.followed_personas(blueprint)
    names = ", ".join(p.name or "unnamed" for p in followed)
    curves = []
    for persona in followed:
        for to_be, word in ((False, "emotion"), (True, "emotion to-be")):
            if any(p.persona == persona.id and p.to_be == to_be for p in blueprint.emotions):
                curves.append(f"    {word} ({persona.name or 'unnamed'}): {curve_text(blueprint, persona.id, to_be)}")
    moments = [s.name for s in blueprint.steps if s.moment_of_truth]
    hidden = [lane.name for lane in blueprint.lanes if lane.hidden]
    view = {View.BOTH: "", View.JOURNEY: " [journey map only]", View.BLUEPRINT: " [blueprint only]"}[blueprint.view]
    return [
        f"  {blueprint.title}" + (f" (persona{'s' if len(followed) > 1 else ''}: {names})" if followed else "") + view,
        *curves,
        *([f"    moments of truth: {', '.join(moments)}"] if moments else []),
        *([f"    hidden rows: {', '.join(hidden)}"] if hidden else []),
        f"    steps: {len(blueprint.steps)} in {plural(len(blueprint.stages), 'stage')}, "
        f"{total_duration_label(blueprint)} in all",
        f"    lanes: {len(blueprint.lanes)} ({', '.join(lane.name for lane in blueprint.lanes)})"
        + (f"; added: {', '.join(extra)}" if extra else ""),
        f"    cards: {len(blueprint.cards)}, connectors: {len(blueprint.connectors)}",
        f"    marks: {mark_text or 'none'}",
        *_annotations(document, blueprint),
    ]


def _annotations(document: Document, blueprint: Blueprint) -> list[str]:
    """Facets by use, photos, notes on the lines and exits: one line each, when there are any."""
    uses = Counter(facet for card in blueprint.cards for facet in card.facets)
    facets = [f"{f.name} ({f.kind.value}, {plural(uses[f.id], 'card')})" for f in document.facets if uses[f.id]]
    photos = sum(1 for card in blueprint.cards if card.image)
    titles = {b.id: b.title for b in document.blueprints}
    exits = [f"{c.text[:40] or c.id} → {titles[c.exit_to]}" for c in blueprint.cards if c.exit_to in titles]
    return [
        *([f"    facets: {', '.join(facets)}"] if facets else []),
        *([f"    photos: {photos}"] if photos else []),
        *([f"    line notes: {len(blueprint.line_notes)}"] if blueprint.line_notes else []),
        *([f"    exits: {'; '.join(exits)}"] if exits else []),
    ]
