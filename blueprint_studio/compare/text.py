"""A .bpx as stable, line-oriented text for `git diff` (git's textconv). Pure.

One line per item, in document order, each starting with what and where it is, so a diff
shows "card … › Check in › Frontstage: Receptionist finds the booking" changing, not a zip.
"""

from __future__ import annotations

from blueprint_studio.model import Document
from blueprint_studio.sheets.tags import format_tags


def as_text(document: Document) -> str:
    vocabulary = {facet.id: facet for facet in document.facets}
    lines = []
    for persona in document.personas:
        lines.append(f"persona {persona.id}: {persona.name}" + (f" ({persona.role})" if persona.role else ""))
        lines.extend(
            f"persona {persona.id} {name}: {value}"
            for name, value in (("about", persona.description), ("quote", persona.quote))
            if value
        )
        lines.extend(
            f"persona {persona.id} {name}: {entry}"
            for name in ("goals", "needs", "frustrations")
            for entry in getattr(persona, name)
        )
    lines.extend(f"facet {facet.id}: {facet.kind.value}: {facet.name} {facet.colour}" for facet in document.facets)
    for blueprint in document.blueprints:
        lines.append(f"blueprint {blueprint.id}: {blueprint.title} [view: {blueprint.view.value}]")
        scenario = blueprint.scenario
        lines.extend(
            f"  scenario {name}: {value}"
            for name, value in (("start", scenario.start), ("end", scenario.end), ("goal", scenario.goal))
            if value
        )
        stages = {stage.id: stage.name for stage in blueprint.stages}
        for step in blueprint.steps:
            extra = []
            if step.stage:
                extra.append(f"stage: {stages.get(step.stage, '')}")
            if step.duration:
                extra.append(f"takes {step.duration.text()}")
            if step.acceptable:
                extra.append(f"acceptable {step.acceptable.text()}")
            if step.moment_of_truth:
                extra.append("moment of truth")
            lines.append(f"  step {step.id}: {step.name}" + (f" [{'; '.join(extra)}]" if extra else ""))
        for lane in blueprint.lanes:
            lines.append(
                f"  lane {lane.id}: {lane.name} [{lane.kind.value}, {lane.zone.value}{', hidden' if lane.hidden else ''}]"
            )
        for lane in blueprint.lanes:
            for step in blueprint.steps:
                for card in blueprint.cards_in_cell(lane.id, step.id):
                    where = f"{step.name} › {lane.name}"
                    text = " ⏎ ".join(card.text.splitlines())
                    tags = format_tags(card, vocabulary)
                    lines.append(f"  card {card.id} › {where}: {text}" + (f" {tags}" if tags else ""))
                    if card.notes:
                        lines.append(f"  card {card.id} notes: {' ⏎ '.join(card.notes.splitlines())}")
                    if card.failure is not None:
                        f = card.failure
                        lines.append(
                            f"  card {card.id} fail point: {f.mode} | {f.effect} | {f.cause} | S{f.severity} O{f.occurrence} D{f.detection} | {f.owner} | {f.status.value}"
                        )
                    if card.image:
                        lines.append(f"  card {card.id} photo: {card.image}")
        for arrow in blueprint.connectors:
            lines.append(
                f"  arrow {arrow.id}: {arrow.source} → {arrow.target} [{arrow.kind.value}]"
                + (f" {arrow.label}" if arrow.label else "")
            )
        for point in blueprint.emotions:
            lines.append(
                f"  emotion {point.id}: {point.persona} at {point.step}{' (to-be)' if point.to_be else ''}: {point.score:+g}"
                + (f" {point.reason}" if point.reason else "")
            )
        for note in blueprint.line_notes:
            lines.append(f"  line note {note.id}: {note.line.value} at {note.step}: {note.text}")
    return "\n".join(lines) + "\n"
