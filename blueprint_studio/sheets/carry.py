"""What a grid cannot show, carried beside it so a spreadsheet round trip loses nothing.

An export adds a hidden sheet (in a CSV: a block under the grid) named "Blueprint Studio"
that holds the document as JSON — lane kinds and ids, hidden lanes, the view, the scenario,
descriptions, line titles and notes, card notes, colours, photos, fail-point registers,
personas with or without scores, audiences — and, for each blueprint's sheet, which row is
which lane or line and which cell holds which cards. On import the grid stays the truth for
everything it shows (texts, places, order, marks, times, facets, owners, arrows, scores);
the carried document fills in the rest wherever the grid still agrees with it: a lane whose
name in that row is unchanged, a card whose text in that cell is unchanged. A sheet edited
by hand keeps working: what no longer agrees is imported as the grid says, and a sheet
whose carried block was deleted is read like any drafted sheet. Pure.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from blueprint_studio.model import Blueprint, Document, LaneKind, Line
from blueprint_studio.model.lanes import LINE_ABOVE
from blueprint_studio.sheets.grid import Grid, cells_of, sheet_text

if TYPE_CHECKING:
    from blueprint_studio.sheets.importer import _Builder

MARKER = "Blueprint Studio"
VERSION = 1
CHUNK = 30_000  # characters per cell: a cell holds at most 32,767
_FIRST_ROW = 4  # a blueprint's sheet: title, stage, step and duration rows, then the lanes


@dataclass
class Layout:
    """Where a blueprint's parts sit in its sheet (rows and columns counted from 0)."""

    blueprint: str
    lanes: dict[int, str] = field(default_factory=dict)  # row -> lane id
    lines: dict[int, str] = field(default_factory=dict)  # row -> line
    steps: list[str] = field(default_factory=list)
    cells: dict[str, list[str]] = field(default_factory=dict)  # "row,column" -> card ids, top to bottom
    arrows: dict[int, str] = field(default_factory=dict)  # row -> arrow id

    @staticmethod
    def of(blueprint: Blueprint, grid: Grid) -> Layout:
        layout = Layout(blueprint.id, steps=[step.id for step in blueprint.steps])
        cells = cells_of(blueprint)
        lanes = [lane for lane in blueprint.lanes]
        row, previous = _FIRST_ROW, None
        for lane in lanes:
            if previous is not None and lane.zone is not previous:
                line = next(line for line, zone in LINE_ABOVE.items() if zone is previous)
                layout.lines[row] = line.value
                row += 1
            previous = lane.zone
            if lane.kind is LaneKind.EMOTIONS:
                while row < len(grid) and grid[row] and grid[row][0].casefold().startswith("emotions"):
                    row += 1
                continue
            layout.lanes[row] = lane.id
            for n, step in enumerate(blueprint.steps, 1):
                ids = [card.id for card in cells.get((lane.id, step.id), ())]
                if ids:
                    layout.cells[f"{row},{n}"] = ids
            row += 1
        arrows_row = next((r for r in range(row, len(grid)) if grid[r] and grid[r][0] == "Arrows"), None)
        if arrows_row is not None:
            layout.arrows = {arrows_row + 1 + n: arrow.id for n, arrow in enumerate(blueprint.connectors)}
        return layout

    def as_json(self) -> dict[str, Any]:
        return {
            "blueprint": self.blueprint,
            "lanes": self.lanes,
            "lines": self.lines,
            "steps": self.steps,
            "cells": self.cells,
            "arrows": self.arrows,
        }

    @staticmethod
    def from_json(data: dict[str, Any]) -> Layout:
        return Layout(
            str(data["blueprint"]),
            {int(k): str(v) for k, v in data.get("lanes", {}).items()},
            {int(k): str(v) for k, v in data.get("lines", {}).items()},
            [str(s) for s in data.get("steps", [])],
            {str(k): [str(i) for i in v] for k, v in data.get("cells", {}).items()},
            {int(k): str(v) for k, v in data.get("arrows", {}).items()},
        )


def carried_rows(document: Document, sheets: list[tuple[str, Blueprint, Grid]]) -> Grid:
    """The rows of the carried block: a heading, then (kind, key, chunk) rows."""
    payload = {
        "version": VERSION,
        "document": document.model_dump(mode="json"),
        "layouts": {name: Layout.of(blueprint, grid).as_json() for name, blueprint, grid in sheets},
    }
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    rows: Grid = [
        [MARKER, "What the grid cannot show, for a lossless round trip. Leave it as it is, or delete it all."]
    ]
    rows.extend(["document", "", text[i : i + CHUNK]] for i in range(0, len(text), CHUNK))
    for name, data in document.assets.items():
        encoded = base64.b64encode(data).decode("ascii")
        rows.extend(["asset", name, encoded[i : i + CHUNK]] for i in range(0, len(encoded), CHUNK))
    return rows


@dataclass
class Store:
    """The carried document and layouts, read back from the block's rows."""

    document: Document
    layouts: dict[str, Layout]

    @staticmethod
    def read(rows: Grid) -> Store | None:
        """The block's content, or None when it is missing or damaged (then the grid alone is read)."""
        start = next((r for r, row in enumerate(rows) if row and row[0] == MARKER), None)
        if start is None:
            return None
        text = "".join(row[2] for row in rows[start + 1 :] if len(row) > 2 and row[0] == "document")
        assets: dict[str, list[str]] = {}
        for row in rows[start + 1 :]:
            if len(row) > 2 and row[0] == "asset":
                assets.setdefault(row[1], []).append(row[2])
        try:
            payload = json.loads(text)
            if payload.get("version") != VERSION:
                return None
            document = Document.model_validate(payload["document"])
            document.assets = {name: base64.b64decode("".join(parts), validate=True) for name, parts in assets.items()}
            layouts = {name: Layout.from_json(data) for name, data in payload.get("layouts", {}).items()}
        except (ValueError, KeyError, TypeError, AttributeError, ValidationError):
            return None
        return Store(document, layouts)

    def only(self) -> Carried | None:
        """The one blueprint's, whatever its sheet was called (a CSV renamed on the way)."""
        return self.for_sheet(next(iter(self.layouts))) if len(self.layouts) == 1 else None

    def for_sheet(self, name: str) -> Carried | None:
        layout = self.layouts.get(name)
        blueprint = next((b for b in self.document.blueprints if layout is not None and b.id == layout.blueprint), None)
        return Carried(self.document, blueprint, layout) if blueprint is not None and layout is not None else None


@dataclass
class Carried:
    """One sheet's carried blueprint and layout, as the importer asks of it."""

    document: Document
    blueprint: Blueprint
    layout: Layout

    def line_at(self, row: int) -> Line | None:
        value = self.layout.lines.get(row)
        return Line(value) if value in {line.value for line in Line} else None

    def has_cell(self, row: int, column: int) -> bool:
        return f"{row},{column}" in self.layout.cells

    def restore(self, parsed: Blueprint, builder: _Builder) -> Blueprint:
        """`parsed` with the carried ids and the fields a grid cannot show, wherever it agrees."""
        stored = self.blueprint
        lanes = self._lanes(parsed, builder)
        lane_of = {old: new.id for old, new in lanes.items()}
        steps = self._steps(parsed)
        step_of = {old.id: new.id for old, new in zip(parsed.steps, steps, strict=True)}
        stages = self._stages(parsed, steps)
        cards = self._cards(parsed, builder, lane_of, step_of)
        card_of = {old.id: new.id for old, new in cards}
        final_cards = [new for _, new in cards]
        connectors = self._arrows(parsed, builder, card_of)
        emotions = self._emotions(parsed, step_of)
        kept_steps = {step.id for step in steps}
        final_lanes = [lanes[lane.id] for lane in parsed.lanes]
        carried_kinds = {
            lane.kind
            for lane in final_lanes
            if lane.kind is not LaneKind.CUSTOM and lane.id in {ln.id for ln in stored.lanes}
        }
        # A standard lane the importer added because no row was named like it, when a row was that lane after all:
        final_lanes = [
            lane
            for lane in final_lanes
            if not (
                lane.id not in builder.lane_rows
                and lane.kind in carried_kinds
                and lane.id not in {ln.id for ln in stored.lanes}
            )
        ]
        followed = [p for p in stored.personas if any(person.id == p for person in self.document.personas)]
        followed += [p for p in parsed.personas if p not in followed]
        return stored.model_copy(
            update={
                "title": parsed.title,
                "stages": stages,
                "steps": steps,
                "lanes": final_lanes,
                "cards": final_cards,
                "connectors": connectors,
                "emotions": emotions,
                "personas": followed,
                "line_notes": [note for note in stored.line_notes if note.step in kept_steps],
                "line_titles": parsed.line_titles or stored.line_titles,
                "dismissed": list(stored.dismissed),
            }
        )

    def _lanes(self, parsed: Blueprint, builder: _Builder) -> dict[str, Any]:
        stored = {lane.id: lane for lane in self.blueprint.lanes}
        result: dict[str, Any] = {}
        used: set[str] = set()
        # The rows first, then the lanes added.
        for lane in sorted(parsed.lanes, key=lambda added: added.id not in builder.lane_rows):
            row = builder.lane_rows.get(lane.id)
            old = stored.get(self.layout.lanes.get(row, "")) if row is not None else None
            if lane.kind is LaneKind.EMOTIONS:
                old = next((s for s in stored.values() if s.kind is LaneKind.EMOTIONS), None)
            elif row is None:  # a standard lane the grid lacked: the carried one of that kind
                old = next((s for s in stored.values() if s.kind is lane.kind and s.id not in used), None)
            if (
                old is not None
                and old.id not in used
                and (old.name == lane.name or row is None)
                and old.zone is lane.zone
            ):
                result[lane.id] = old.model_copy(update={"name": lane.name if row is not None else old.name})
                used.add(old.id)
            else:
                result[lane.id] = lane
        return result

    def _steps(self, parsed: Blueprint) -> list[Any]:
        stored = {step.id: step for step in self.blueprint.steps}
        steps = []
        for n, step in enumerate(parsed.steps):
            old = stored.get(self.layout.steps[n]) if n < len(self.layout.steps) else None
            steps.append(
                old.model_copy(update={"duration": step.duration, "stage": step.stage})
                if old is not None and old.name == step.name
                else step
            )
        return steps

    def _stages(self, parsed: Blueprint, steps: list[Any]) -> list[Any]:
        """The parsed stages with the carried ids where the names agree (steps point at them)."""
        free = list(self.blueprint.stages)
        stages, renamed = [], {}
        for stage in parsed.stages:
            old = next((s for s in free if s.name == stage.name), None)
            if old is None:
                stages.append(stage)
            else:
                free.remove(old)
                stages.append(old)
                renamed[stage.id] = old.id
        for n, step in enumerate(steps):
            if step.stage in renamed:
                steps[n] = step.model_copy(update={"stage": renamed[step.stage]})
        return stages

    def _cards(
        self, parsed: Blueprint, builder: _Builder, lane_of: dict[str, str], step_of: dict[str, str]
    ) -> list[tuple[Any, Any]]:
        stored = {card.id: card for card in self.blueprint.cards}
        row_of = {lane_id: row for lane_id, row in builder.lane_rows.items()}
        columns = {step.id: n for n, step in enumerate(parsed.steps, 1)}
        pairs = []
        for card in parsed.cards:
            key = f"{row_of.get(card.lane)},{columns[card.step]}"
            ids = self.layout.cells.get(key, [])
            old = stored.get(ids[card.order]) if card.order < len(ids) else None  # its place in the cell, top to bottom
            update = {
                "lane": lane_of.get(card.lane, card.lane),
                "step": step_of[card.step],
                "order": card.order,
                "marks": card.marks,
                "duration": card.duration,
                "owner": card.owner,
                "facets": card.facets,
            }
            if old is not None and (sheet_text(old.text) == card.text or (not old.text and card.text == "")):
                same = all(getattr(old, name) == value for name, value in update.items())
                kept = old if same else old.model_copy(update=update)  # most cards come back as they went
                if kept.failure is not None and any(r not in stored for r in kept.failure.recovery):
                    kept = kept.model_copy(
                        update={
                            "failure": kept.failure.model_copy(
                                update={"recovery": [r for r in kept.failure.recovery if r in stored]}
                            )
                        }
                    )
                pairs.append((card, kept))
            else:
                pairs.append((card, card.model_copy(update=update)))
        return pairs

    def _arrows(self, parsed: Blueprint, builder: _Builder, card_of: dict[str, str]) -> list[Any]:
        stored = {arrow.id: arrow for arrow in self.blueprint.connectors}
        by_index = {index: row for row, index in builder.arrow_rows.items()}
        arrows = []
        for index, arrow in enumerate(parsed.connectors):
            source, target = card_of.get(arrow.source, arrow.source), card_of.get(arrow.target, arrow.target)
            old = stored.get(self.layout.arrows.get(by_index.get(index, -1), ""))
            if old is not None and (old.source, old.target) == (source, target):
                arrows.append(
                    old
                    if (old.kind, old.label) == (arrow.kind, arrow.label)
                    else old.model_copy(update={"kind": arrow.kind, "label": arrow.label})
                )
            else:
                arrows.append(arrow.model_copy(update={"source": source, "target": target}))
        return arrows

    def _emotions(self, parsed: Blueprint, step_of: dict[str, str]) -> list[Any]:
        stored = {(p.persona, p.step, p.to_be): p for p in self.blueprint.emotions}
        points = []
        for point in parsed.emotions:
            step = step_of[point.step]
            old = stored.get((point.persona, step, point.to_be))
            if old is not None:
                points.append(old if old.score == point.score else old.model_copy(update={"score": point.score}))
            else:
                points.append(point.model_copy(update={"step": step}))
        return points
