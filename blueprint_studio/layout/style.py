"""Sizes (points), colours and pens: one source for the canvas and the printer.

Lane colours are light tints of the Okabe–Ito palette, which stays distinguishable with the
common colour-vision deficiencies; marks differ by shape as well as colour, so they also
read on a black-and-white print.
"""

from __future__ import annotations

from dataclasses import dataclass

from blueprint_studio.model import LaneKind, Zone

FONT_SIZE = 10.0
LINE_HEIGHT = 12.5
HEADER_FONT_SIZE = 11.0
SMALL_FONT_SIZE = 8.5

LANE_HEADER_WIDTH = 150.0
STAGE_ROW_HEIGHT = 26.0
STEP_ROW_HEIGHT = 46.0
HEADER_HEIGHT = STAGE_ROW_HEIGHT + STEP_ROW_HEIGHT
COLUMN_WIDTH = 184.0
CARD_WIDTH = 160.0
CARD_PADDING = 7.0
CARD_GAP = 8.0
CARD_RADIUS = 6.0
CARD_MIN_HEIGHT = 44.0
LANE_PADDING = 12.0
LANE_MIN_HEIGHT = 76.0
LINE_BAND = 20.0  # the strip each of the three lines sits in, with its name
BADGE_SIZE = 14.0
BADGE_GAP = 4.0
PHOTO_HEIGHT = 84.0  # a card's photo area; the image is fitted inside, keeping its proportions
CHIP_DOT = 6.0
NOTE_PADDING = 4.0  # around words written on a line
NOTE_FILL = "#fff8dc"
LABEL_CLEARANCE = 3.0  # kept free around an arrow's label
ARROW_SIZE = 7.0
CHART_UNIT = 20.0  # height of one score step (−2 … +2 spans four)
CHART_PADDING = 14.0  # above +2 and below −2
SMALL_LINE_HEIGHT = 10.5  # reasons under the curves, legend entries
CURVE_WIDTH = 2.2
POINT_RADIUS = 3.6
MOMENT_OF_TRUTH = "#b8860b"
CONNECTOR_SPREAD = 3.0  # how far apart parallel connectors in one gutter run

INK = "#1f2328"
MUTED_INK = "#57606a"
GRID = "#d0d7de"
HEADER_FILL = "#f6f8fa"
STAGE_FILL = "#eaeef2"
LINE_COLOUR = "#24292f"
CONNECTOR_COLOUR = "#3d4a5c"
SELECTION = "#0072b2"
EMPHASIS = "#d55e00"  # the critical path, drawn on demand
ENCOUNTER = "#0072b2"  # counts of arrows across the line of interaction
HANDOFF = "#cc79a7"  # ... across the lines of visibility and internal interaction


@dataclass(frozen=True)
class LaneColours:
    band: str  # the lane's background
    card: str  # card fill
    edge: str  # card outline and lane name accent


_BY_KIND: dict[LaneKind, LaneColours] = {
    LaneKind.THOUGHTS: LaneColours("#fdf6ea", "#fbe3b8", "#c98800"),
    LaneKind.FEELINGS: LaneColours("#fdf6ea", "#fbe3b8", "#c98800"),
    LaneKind.EMOTIONS: LaneColours("#ffffff", "#fbe3b8", "#c98800"),
    LaneKind.TOUCHPOINTS: LaneColours("#f1f5fb", "#d5e2f3", "#4f6fa8"),
    LaneKind.PAIN_POINTS: LaneColours("#fbf0f5", "#f2d3e4", "#b5608f"),
    LaneKind.OPPORTUNITIES: LaneColours("#eef8f4", "#c9eadd", "#00845f"),
    LaneKind.PHYSICAL_EVIDENCE: LaneColours("#f5f5f5", "#e4e4e4", "#6e6e6e"),
    LaneKind.CUSTOMER_ACTIONS: LaneColours("#fdfbe8", "#f8f0a8", "#a89a00"),
    LaneKind.FRONTSTAGE: LaneColours("#eef7fd", "#cfe8f8", "#3a9ad9"),
    LaneKind.BACKSTAGE: LaneColours("#edf7f3", "#c6e8dc", "#00845f"),
    LaneKind.SUPPORT: LaneColours("#faf0f6", "#efd5e5", "#b5608f"),
}
_CUSTOM_BY_ZONE: dict[Zone, LaneColours] = {
    Zone.CUSTOMER: LaneColours("#fbfbf4", "#f1ecc8", "#8f8430"),
    Zone.FRONTSTAGE: LaneColours("#f3f8fc", "#dcebf5", "#4f87ad"),
    Zone.BACKSTAGE: LaneColours("#f2f8f5", "#d6ebe3", "#2f7d62"),
    Zone.SUPPORT: LaneColours("#f8f3f6", "#eadbe4", "#94607f"),
}


def lane_colours(kind: LaneKind, zone: Zone) -> LaneColours:
    return _BY_KIND.get(kind) or _CUSTOM_BY_ZONE[zone]


@dataclass(frozen=True)
class MarkStyle:
    """How a mark is drawn: a shape with a glyph, in a colour-blind-safe colour."""

    shape: str  # circle | diamond | square | hexagon
    glyph: str
    colour: str
    title: str


MARK_STYLES: dict[str, MarkStyle] = {
    "fail_point": MarkStyle("circle", "F", "#d55e00", "Fail point"),
    "wait_point": MarkStyle("circle", "W", "#0072b2", "Wait point"),
    "decision_point": MarkStyle("diamond", "?", "#e69f00", "Decision point"),
    "pain_point": MarkStyle("square", "!", "#cc79a7", "Pain point"),
    "opportunity": MarkStyle("hexagon", "+", "#009e73", "Opportunity"),
    "start": MarkStyle("circle", "▶", "#117733", "Start"),
    "end": MarkStyle("circle", "■", "#332288", "End"),
    "exit": MarkStyle("circle", "↗", "#882255", "Exit"),
    "item_missing": MarkStyle("square", "∅", "#aa4499", "Item missing"),
}

CHART_LEVEL = "#e1e4e8"  # faint rules at −2, −1, +1, +2
CHART_ZERO = "#8c959f"


def luminance(value: str) -> float:
    """Relative luminance of #rrggbb (WCAG 2.x)."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(value[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1 to 21; text wants at least 4.5."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ink_on(background: str, light: str = "#ffffff", dark: str = INK) -> str:
    """White or ink, whichever reads better on `background` (a badge's glyph, a block's label)."""
    return light if contrast(light, background) >= contrast(dark, background) else dark
