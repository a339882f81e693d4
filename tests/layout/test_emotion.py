"""The Emotions row: curves through one point per step that never overshoot or leave the row."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from blueprint_studio.layout import compute, style
from blueprint_studio.layout.emotion import smooth
from blueprint_studio.model import Document, EmotionPoint, Lane, LaneKind, Persona, View, Zone
from tests.bpx_files import blank_document
from tests.sample_sources import SAMPLE_BUILDERS
from tests.strategies import documents


def bezier_y(piece, t: float) -> float:  # type: ignore[no-untyped-def]
    (_, y0), (_, y1), (_, y2), (_, y3) = piece
    u = 1 - t
    return u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3


@given(st.lists(st.integers(-4, 4), min_size=2, max_size=12))
def test_pieces_stay_between_their_two_points(halves: list[int]) -> None:
    points = [(100.0 + 184 * i, -20.0 * h / 2) for i, h in enumerate(halves)]
    for piece in smooth(points):
        low, high = sorted((piece[0][1], piece[3][1]))
        for k in range(21):
            assert low - 1e-9 <= bezier_y(piece, k / 20) <= high + 1e-9


def journey(scores: dict[str, float | None], to_be: dict[str, float] | None = None) -> Document:
    document = blank_document()
    document.personas = [Persona(id="ana", name="Ana", colour="#0072b2"), Persona(id="bo", name="Bo")]
    blueprint = document.blueprints[0]
    blueprint.steps.append(blueprint.steps[0].model_copy(update={"id": "s3", "name": "Three"}))
    blueprint.lanes.insert(0, Lane.standard(LaneKind.EMOTIONS, "feel"))
    blueprint.personas = ["ana"]
    blueprint.emotions = [
        EmotionPoint(id=f"e{s}", persona="ana", step=s, score=v) for s, v in scores.items() if v is not None
    ]
    blueprint.emotions += [
        EmotionPoint(id=f"t{s}", persona="ana", step=s, score=v, to_be=True) for s, v in (to_be or {}).items()
    ]
    blueprint.emotions.append(EmotionPoint(id="bo1", persona="bo", step="s1", score=2))  # not followed: not drawn
    return document


def test_a_step_without_a_score_leaves_a_gap() -> None:
    document = journey({"s1": 1, "s2": None, "s3": -2})
    chart = compute(document.blueprints[0], document.personas).chart
    assert chart is not None
    (curve,) = chart.curves
    assert [p.step_id for p in curve.points] == ["s1", "s3"]
    assert curve.runs == ()  # two lone points, nothing joins them
    assert [entry.lines for entry in chart.legend] == [("Ana",)]


def test_points_sit_on_their_column_and_score() -> None:
    document = journey({"s1": 2, "s2": -0.5, "s3": -2}, to_be={"s2": 1, "s3": 1.5})
    geometry = compute(document.blueprints[0], document.personas)
    chart = geometry.chart
    assert chart is not None
    band = geometry.lane("feel").rect
    as_is, to_be = chart.curves
    assert (as_is.to_be, to_be.to_be) == (False, True)
    for point in as_is.points + to_be.points:
        column = geometry.step(point.step_id)
        assert point.x == column.x + column.width / 2
        assert point.y == chart.y_of(point.score) and chart.score_at(point.y) == point.score
        assert band.y < point.y < band.bottom
    assert as_is.points[0].y == chart.plot.y and as_is.points[-1].y == chart.plot.bottom
    assert len(as_is.runs[0]) == 2 and len(to_be.runs[0]) == 1
    assert [entry.lines for entry in chart.legend] == [("Ana",), ("Ana (to-be)",)]


def test_reasons_are_drawn_under_the_curve_and_grow_the_row() -> None:
    document = journey({"s1": 1})
    plain = compute(document.blueprints[0], document.personas)
    document.blueprints[0].emotions[0].reason = "The queue was far longer than the app had said it would be"
    explained = compute(document.blueprints[0], document.personas)
    assert explained.chart is not None and plain.chart is not None
    (reason,) = explained.chart.reasons
    assert " ".join(reason.lines) == document.blueprints[0].emotions[0].reason
    assert reason.y >= explained.chart.plot.bottom
    assert explained.lane("feel").rect.height > plain.lane("feel").rect.height


def test_views_and_hidden_rows_leave_lanes_out_but_keep_them() -> None:
    document = SAMPLE_BUILDERS["broadband-journey.bpx"]()
    blueprint = document.blueprints[0]
    every = compute(blueprint, document.personas)
    blueprint.view = View.JOURNEY
    journey_only = compute(blueprint, document.personas)
    kinds = [band.kind for band in journey_only.lanes]
    assert LaneKind.BACKSTAGE not in kinds and LaneKind.CUSTOMER_ACTIONS in kinds and journey_only.lines == ()
    assert journey_only.height < every.height
    blueprint.view = View.BLUEPRINT
    blueprint_only = compute(blueprint, document.personas)
    assert blueprint_only.chart is None and LaneKind.THOUGHTS not in [band.kind for band in blueprint_only.lanes]
    blueprint.view = View.JOURNEY
    blueprint.lanes.insert(0, Lane(id="channels", kind=LaneKind.CUSTOM, name="Channels", zone=Zone.CUSTOMER))
    # Above the blueprint: the map's.
    assert "channels" in {band.lane_id for band in compute(blueprint, document.personas).lanes}
    blueprint.view = View.BOTH
    thoughts = next(lane for lane in blueprint.lanes if lane.kind is LaneKind.THOUGHTS)
    thoughts.hidden = True
    hidden = compute(blueprint, document.personas)
    assert thoughts.id not in {band.lane_id for band in hidden.lanes}
    assert not any(box.lane_id == thoughts.id for box in hidden.cards.values())
    assert any(card.lane == thoughts.id for card in blueprint.cards)  # hidden, never deleted


@given(documents())
def test_every_followed_curve_stays_inside_its_row(document: Document) -> None:
    for blueprint in document.blueprints:
        geometry = compute(blueprint, document.personas)
        if geometry.chart is None:
            continue
        band = geometry.lane(geometry.chart.lane_id).rect
        for curve in geometry.chart.curves:
            assert curve.persona_id in blueprint.personas
            for run in curve.runs:
                for piece in run:
                    assert all(band.y <= y <= band.bottom for _, y in piece)
        for block in geometry.chart.reasons + geometry.chart.legend:
            assert block.y + len(block.lines) * style.SMALL_LINE_HEIGHT <= band.bottom + 1e-6


def test_a_window_of_the_chart_keeps_exactly_what_reaches_into_it() -> None:
    from blueprint_studio.layout.shapes import chart_between

    document = SAMPLE_BUILDERS["broadband-journey.bpx"]()
    chart = compute(document.blueprints[0], document.personas).chart
    assert chart is not None
    left, right = chart.plot.x + 2 * style.COLUMN_WIDTH, chart.plot.x + 4 * style.COLUMN_WIDTH
    window = chart_between(chart, left, right)
    assert (window.plot.x, window.plot.right) == (left, right)
    for whole, part in zip(chart.curves, window.curves, strict=False):
        assert {p.step_id for p in part.points} == {p.step_id for p in whole.points if left - 6 <= p.x <= right + 6}
        pieces = [piece for run in part.runs for piece in run]
        assert pieces == [
            piece for run in whole.runs for piece in run if piece[3][0] >= left - 6 and piece[0][0] <= right + 6
        ]
    assert chart_between(chart, 0, 1e9) is chart
