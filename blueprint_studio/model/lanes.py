"""Lane kinds, the zones they live in and the three lines between zones. Pure.

A blueprint's lanes run top to bottom in zone order. The three lines sit on zone
boundaries, so a lane may be added anywhere inside a zone but never across a line.
"""

from __future__ import annotations

from enum import StrEnum


class Zone(StrEnum):
    """Bands of the blueprint separated by the three lines, top to bottom."""

    CUSTOMER = "customer"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support"

    @property
    def rank(self) -> int:
        return _ZONE_RANK[self]


ZONE_ORDER: tuple[Zone, ...] = tuple(Zone)
_ZONE_RANK = {zone: rank for rank, zone in enumerate(ZONE_ORDER)}


class LaneKind(StrEnum):
    """What a lane holds. The five blueprint kinds are mandatory; journey-map rows are optional."""

    # Journey-map rows, drawn above the blueprint (customer side of the line of interaction).
    THOUGHTS = "thoughts"
    FEELINGS = "feelings"
    EMOTIONS = "emotions"  # holds the emotion curves, not cards
    TOUCHPOINTS = "touchpoints"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    # The five rows of a service blueprint (Shostack 1984, Bitner 2008).
    PHYSICAL_EVIDENCE = "physical_evidence"
    CUSTOMER_ACTIONS = "customer_actions"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support_processes"
    # A lane the designer added inside a zone ("Partners" among the support processes).
    CUSTOM = "custom"


STANDARD_KINDS: tuple[LaneKind, ...] = (
    LaneKind.PHYSICAL_EVIDENCE,
    LaneKind.CUSTOMER_ACTIONS,
    LaneKind.FRONTSTAGE,
    LaneKind.BACKSTAGE,
    LaneKind.SUPPORT,
)
JOURNEY_KINDS: tuple[LaneKind, ...] = (
    LaneKind.THOUGHTS,
    LaneKind.FEELINGS,
    LaneKind.EMOTIONS,
    LaneKind.TOUCHPOINTS,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
)

KIND_ZONE: dict[LaneKind, Zone] = {
    LaneKind.THOUGHTS: Zone.CUSTOMER,
    LaneKind.FEELINGS: Zone.CUSTOMER,
    LaneKind.EMOTIONS: Zone.CUSTOMER,
    LaneKind.TOUCHPOINTS: Zone.CUSTOMER,
    LaneKind.PAIN_POINTS: Zone.CUSTOMER,
    LaneKind.OPPORTUNITIES: Zone.CUSTOMER,
    LaneKind.PHYSICAL_EVIDENCE: Zone.CUSTOMER,
    LaneKind.CUSTOMER_ACTIONS: Zone.CUSTOMER,
    LaneKind.FRONTSTAGE: Zone.FRONTSTAGE,
    LaneKind.BACKSTAGE: Zone.BACKSTAGE,
    LaneKind.SUPPORT: Zone.SUPPORT,
}

DEFAULT_LANE_NAMES: dict[LaneKind, str] = {
    LaneKind.THOUGHTS: "Thoughts",
    LaneKind.FEELINGS: "Feelings",
    LaneKind.EMOTIONS: "Emotions",
    LaneKind.TOUCHPOINTS: "Touchpoints and channels",
    LaneKind.PAIN_POINTS: "Pain points",
    LaneKind.OPPORTUNITIES: "Opportunities",
    LaneKind.PHYSICAL_EVIDENCE: "Physical evidence",
    LaneKind.CUSTOMER_ACTIONS: "Customer actions",
    LaneKind.FRONTSTAGE: "Frontstage",
    LaneKind.BACKSTAGE: "Backstage",
    LaneKind.SUPPORT: "Support processes",
    LaneKind.CUSTOM: "New lane",
}


class Line(StrEnum):
    """The three lines of a blueprint, each drawn where its upper zone ends."""

    INTERACTION = "interaction"
    VISIBILITY = "visibility"
    INTERNAL_INTERACTION = "internal_interaction"


LINE_TITLES: dict[Line, str] = {
    Line.INTERACTION: "Line of interaction",
    Line.VISIBILITY: "Line of visibility",
    Line.INTERNAL_INTERACTION: "Line of internal interaction",
}
# The lines' names in the interface's other languages, so a spreadsheet from a German or
# Japanese blueprint reads back with its lines where they were (the window's catalogues say the same).
LINE_TITLES_ELSEWHERE: dict[Line, tuple[str, ...]] = {
    Line.INTERACTION: (
        "Interaktionslinie",
        "Linha de interação",
        "インタラクションライン",
        "Ligne d'interaction",
        "Línea de interacción",
    ),
    Line.VISIBILITY: (
        "Sichtbarkeitslinie",
        "Linha de visibilidade",
        "可視ライン",
        "Ligne de visibilité",
        "Línea de visibilidad",
    ),
    Line.INTERNAL_INTERACTION: (
        "Linie der internen Interaktion",
        "Linha de interação interna",
        "内部インタラクションライン",
        "Ligne d'interaction interne",
        "Línea de interacción interna",
    ),
}
LINE_ABOVE: dict[Line, Zone] = {
    Line.INTERACTION: Zone.CUSTOMER,
    Line.VISIBILITY: Zone.FRONTSTAGE,
    Line.INTERNAL_INTERACTION: Zone.BACKSTAGE,
}
