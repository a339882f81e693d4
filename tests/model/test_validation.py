"""Cross-object rules, each with its located message."""

from __future__ import annotations

from blueprint_studio.model import Card, Connector, EmotionPoint, Lane, LaneKind, Persona, Stage, Zone, problems
from tests.bpx_files import blank_document


def test_blank_document_is_valid() -> None:
    assert problems(blank_document()) == []


def test_extra_lane_inside_a_zone_is_fine_but_not_across_a_line() -> None:
    document = blank_document()
    lanes = document.blueprints[0].lanes
    lanes.append(Lane(id="partners", kind=LaneKind.CUSTOM, name="Partners", zone=Zone.SUPPORT))
    assert problems(document) == []
    lanes.insert(1, Lane(id="it", kind=LaneKind.CUSTOM, name="IT", zone=Zone.BACKSTAGE))
    assert problems(document) == [
        "blueprint 'Test journey' > lane customer_actions ('Customer actions'): in zone 'customer' but placed "
        "after lane 'IT' of zone 'backstage': lanes may not cross a line"
    ]


def test_standard_lane_missing_or_twice() -> None:
    document = blank_document()
    lanes = document.blueprints[0].lanes
    lanes[4] = Lane(id="x", kind=LaneKind.BACKSTAGE, name="Backstage 2", zone=Zone.BACKSTAGE)
    found = problems(document)
    assert "blueprint 'Test journey': the standard lane 'backstage' appears 2 times" in found
    assert "blueprint 'Test journey': the standard lane 'support_processes' is missing" in found


def test_standard_lane_in_the_wrong_zone() -> None:
    document = blank_document()
    document.blueprints[0].lanes[2].zone = Zone.CUSTOMER
    assert "a frontstage lane belongs to zone 'frontstage', not 'customer'" in problems(document)[0]


def test_the_emotions_row_holds_curves_not_cards() -> None:
    document = blank_document()
    blueprint = document.blueprints[0]
    blueprint.lanes.insert(0, Lane.standard(LaneKind.EMOTIONS, "feel"))
    blueprint.cards = [Card(id="c1", lane="feel", step="s1", text="happy")]
    assert problems(document) == [
        "blueprint 'Test journey' > card c1: the emotions row 'Emotions' holds the emotion curves, not cards"
    ]


def test_personas_and_scores_resolve_and_are_unique() -> None:
    document = blank_document()
    document.personas = [Persona(id="ana", name="Ana")]
    blueprint = document.blueprints[0]
    blueprint.personas = ["ana", "ghost", "ana"]
    blueprint.emotions = [
        EmotionPoint(id="e1", persona="ana", step="s1", score=1),
        EmotionPoint(id="e2", persona="ana", step="s1", score=-1),
        EmotionPoint(id="e3", persona="ana", step="s1", score=-1, to_be=True),
        EmotionPoint(id="e4", persona="bob", step="s9", score=0),
    ]
    assert problems(document) == [
        "blueprint 'Test journey': follows persona 'ana' 2 times",
        "blueprint 'Test journey': follows persona 'ghost', which the document does not have",
        "blueprint 'Test journey' > emotion point e2: a second as-is score for persona 'ana' at step 's1'",
        "blueprint 'Test journey' > emotion point e4: unknown persona 'bob'",
        "blueprint 'Test journey' > emotion point e4: unknown step 's9'",
    ]


def test_persona_ids_share_the_document_namespace() -> None:
    document = blank_document()
    document.personas = [Persona(id="s1", name="Ana")]
    assert problems(document) == [
        "blueprint 'Test journey' > step s1: duplicate id 's1' (already used by persona 'Ana')"
    ]


def test_references_resolve() -> None:
    document = blank_document()
    blueprint = document.blueprints[0]
    blueprint.stages = [Stage(id="g1", name="Arrive")]
    blueprint.steps[0].stage = "g9"
    blueprint.cards = [Card(id="c1", lane="nowhere", step="s1")]
    blueprint.connectors = [Connector(id="a1", source="c1", target="c1")]
    assert problems(document) == [
        "blueprint 'Test journey' > step s1: unknown stage 'g9'",
        "blueprint 'Test journey' > card c1: unknown lane 'nowhere'",
        "blueprint 'Test journey' > connector a1: connects card 'c1' to itself",
    ]


def test_ids_are_unique_across_blueprints() -> None:
    document = blank_document()
    other = blank_document().blueprints[0]
    other.id = "bp2"
    document.blueprints.append(other)
    assert len(problems(document)) == 7  # two steps and five lanes repeat their ids
