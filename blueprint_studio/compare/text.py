"""A .bpx as stable, line-oriented text for `git diff` (git's textconv). Pure.

One line per item, in document order, each starting with what and where it is, so a diff
shows "card … › Check in › Frontstage: Receptionist finds the booking" changing, not a zip.
"""

from __future__ import annotations

from collections.abc import Iterator

from blueprint_studio.model import Blueprint, Card, Document, Facet, Persona, Step
from blueprint_studio.sheets.tags import format_tags


def as_text(document: Document) -> str:
    vocabulary = {facet.id: facet for facet in document.facets}
    lines = [line for persona in document.personas for line in _persona_lines(persona)]
    lines.extend(f"facet {facet.id}: {facet.kind.value}: {facet.name} {facet.colour}" for facet in document.facets)
    for blueprint in document.blueprints:
        lines.extend(_blueprint_lines(blueprint, vocabulary))
    return "\n".join(lines) + "\n"


def _persona_lines(persona: Persona) -> Iterator[str]:
    yield f"persona {persona.id}: {persona.name}" + (f" ({persona.role})" if persona.role else "")
    for name, value in (("about", persona.description), ("quote", persona.quote)):
        if value:
            yield f"persona {persona.id} {name}: {value}"
    for name in ("goals", "needs", "frustrations"):
        for entry in getattr(persona, name):
            yield f"persona {persona.id} {name}: {entry}"


def _blueprint_lines(blueprint: Blueprint, vocabulary: dict[str, Facet]) -> Iterator[str]:
    yield f"blueprint {blueprint.id}: {blueprint.title} [view: {blueprint.view.value}]"
    scenario = blueprint.scenario
    for name, value in (("start", scenario.start), ("end", scenario.end), ("goal", scenario.goal)):
        if value:
            yield f"  scenario {name}: {value}"
    stages = {stage.id: stage.name for stage in blueprint.stages}
    for step in blueprint.steps:
        extra = _step_extras(step, stages)
        yield f"  step {step.id}: {step.name}" + (f" [{'; '.join(extra)}]" if extra else "")
    for lane in blueprint.lanes:
        yield f"  lane {lane.id}: {lane.name} [{lane.kind.value}, {lane.zone.value}{', hidden' if lane.hidden else ''}]"
    yield from _cell_lines(blueprint, vocabulary)
    for arrow in blueprint.connectors:
        yield f"  arrow {arrow.id}: {arrow.source} → {arrow.target} [{arrow.kind.value}]" + (
            f" {arrow.label}" if arrow.label else ""
        )
    for point in blueprint.emotions:
        yield (
            f"  emotion {point.id}: {point.persona} at {point.step}{' (to-be)' if point.to_be else ''}: "
            f"{point.score:+g}" + (f" {point.reason}" if point.reason else "")
        )
    for note in blueprint.line_notes:
        yield f"  line note {note.id}: {note.line.value} at {note.step}: {note.text}"


def _cell_lines(blueprint: Blueprint, vocabulary: dict[str, Facet]) -> Iterator[str]:
    """The cards lane by lane, step by step: a moved card shows as a line that moved."""
    for lane in blueprint.lanes:
        for step in blueprint.steps:
            for card in blueprint.cards_in_cell(lane.id, step.id):
                yield from _card_lines(card, f"{step.name} › {lane.name}", vocabulary)


def _step_extras(step: Step, stages: dict[str, str]) -> list[str]:
    extra = []
    if step.stage:
        extra.append(f"stage: {stages.get(step.stage, '')}")
    if step.duration:
        extra.append(f"takes {step.duration.text()}")
    if step.acceptable:
        extra.append(f"acceptable {step.acceptable.text()}")
    if step.moment_of_truth:
        extra.append("moment of truth")
    return extra


def _card_lines(card: Card, where: str, vocabulary: dict[str, Facet]) -> Iterator[str]:
    text = " ⏎ ".join(card.text.splitlines())
    tags = format_tags(card, vocabulary)
    yield f"  card {card.id} › {where}: {text}" + (f" {tags}" if tags else "")
    if card.notes:
        yield f"  card {card.id} notes: {' ⏎ '.join(card.notes.splitlines())}"
    if card.failure is not None:
        f = card.failure
        yield (
            f"  card {card.id} fail point: {f.mode} | {f.effect} | {f.cause} | S{f.severity} "
            f"O{f.occurrence} D{f.detection} | {f.owner} | {f.status.value}"
        )
    if card.image:
        yield f"  card {card.id} photo: {card.image}"
