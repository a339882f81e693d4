"""The critical path kept current edit by edit, while the flow has no loop.

`timing.critical_path` walks every card (a tenth of a second at 10,000 cards). Where the
flow arrows make no loop, a card's longest chain depends only on its own time and the
longest chains of the cards its arrows lead to, in arrow order. So after an edit only the
cards whose time or arrows changed are worked out again, then those that lead to them while
their chain changes, and the path is read back from the best start. The choices are the ones
`critical_path` makes (the longer chain wins only when strictly longer; ties keep the first
arrow, and the first card in the blueprint's order), so the two agree; a loop hands the work
back to `critical_path`, which knows how to leave rework out.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping

from blueprint_studio.analysis.index import Index
from blueprint_studio.analysis.timing import NOTHING, CriticalPath, Span, total
from blueprint_studio.model import Blueprint, Connector, ConnectorKind

Best = tuple[tuple[float, int], str | None, str | None]  # (time, cards), next card, the arrow to it


def flows(connector: Connector) -> bool:
    return connector.kind is not ConnectorKind.INFORMATION


class Chains:
    """Each card's longest chain onward, as its next card; `looped` when the flow has a loop
    (then `critical_path` must be asked instead)."""

    def __init__(self, blueprint: Blueprint, weights: Mapping[str, Span], index: Index) -> None:
        self._weights = weights  # the analyser's own, kept current by it
        self._index = index  # for the order of cards and arrows
        self._out: dict[str, list[tuple[str, str]]] = {}  # card -> (target, arrow), in arrow order
        self._in: dict[str, dict[str, int]] = {}  # card -> the cards leading to it (how many arrows)
        self._arrows: dict[str, tuple[str, str]] = {}
        for connector in blueprint.connectors:
            if flows(connector):
                self._add_arrow(connector.id, connector.source, connector.target)
        self.best: dict[str, Best] = {}
        self._start: str | None = None  # where the longest chain starts
        self._lost = True  # the start may have lost its place: look through every card again
        self.looped = not self._settle_all([card.id for card in blueprint.cards])

    # ------------------------------------------------------------ edits

    def changed_arrow(self, arrow: str, connector: Connector | None) -> set[str]:
        """An arrow came, went or changed (None: gone); the cards whose chains to work out again."""
        dirty: set[str] = set()
        old = self._arrows.pop(arrow, None)
        if old is not None:
            source, target = old
            self._out[source].remove((target, arrow))
            self._in[target][source] -= 1
            if not self._in[target][source]:
                del self._in[target][source]
            dirty.add(source)
        if connector is not None and flows(connector):
            if not self.looped and self._reaches(connector.target, connector.source):
                self.looped = True
            self._add_arrow(arrow, connector.source, connector.target)
            dirty.add(connector.source)
        return dirty

    def dropped_card(self, card_id: str) -> set[str]:
        """A card went; the cards that led to it (if their arrows stay)."""
        self.best.pop(card_id, None)
        self._lost |= card_id == self._start
        return set(self._in.get(card_id, ()))

    def settle(self, dirty: set[str]) -> None:
        """Work out again the chains of `dirty` cards, and of the cards before them that change."""
        if self.looped:
            return
        queue = deque(card_id for card_id in dirty if card_id in self._weights)
        waiting = set(queue)
        while queue:
            card_id = queue.popleft()
            waiting.discard(card_id)
            chosen = self._choose(card_id)
            if chosen != self.best.get(card_id):
                self.best[card_id] = chosen
                self._rival(card_id, chosen)
                for before in self._in.get(card_id, ()):
                    if before not in waiting and before in self._weights:
                        waiting.add(before)
                        queue.append(before)

    def path(self) -> CriticalPath:
        if self._lost:
            self._start, self._lost = None, False
            for card_id, chosen in self.best.items():
                self._rival(card_id, chosen)
        start = self._start
        if start is None:
            return CriticalPath((), (), NOTHING)
        cards, arrows = [start], []
        _, after, arrow = self.best[start]
        while after is not None and arrow is not None:
            cards.append(after)
            arrows.append(arrow)
            _, after, arrow = self.best[after]
        return CriticalPath(tuple(cards), tuple(arrows), total(self._weights[c] for c in cards))

    # ------------------------------------------------------------ the pieces

    def _rival(self, card_id: str, chosen: Best) -> None:
        """`card_id`'s chain changed to `chosen`: does it start the longest chain now?"""
        if self._lost:
            return
        if card_id == self._start:
            self._lost = True  # it may have shrunk: look again
            return
        if chosen[1] is None:
            return  # a lone card is no chain
        start = self._start
        if start is None:
            self._start = card_id
            return
        top = self.best[start][0]
        tokens = self._index.card_token
        if chosen[0] > top or (chosen[0] == top and tokens[card_id] < tokens[start]):
            self._start = card_id

    def _add_arrow(self, arrow: str, source: str, target: str) -> None:
        self._arrows[arrow] = (source, target)
        outgoing = self._out.setdefault(source, [])
        tokens = self._index.connector_token
        token = tokens.get(arrow, float("inf"))
        at = next(
            (n for n, (_, other) in enumerate(outgoing) if tokens.get(other, float("inf")) > token), len(outgoing)
        )
        outgoing.insert(at, (target, arrow))
        self._in.setdefault(target, {})
        self._in[target][source] = self._in[target].get(source, 0) + 1

    def _choose(self, card_id: str) -> Best:
        own = self._weights[card_id].typical
        chosen: Best = ((own, 1), None, None)
        for target, arrow in self._out.get(card_id, ()):
            reached = self.best.get(target)
            if reached is None:
                continue
            time, length = reached[0]
            if (own + time, 1 + length) > chosen[0]:
                chosen = ((own + time, 1 + length), target, arrow)
        return chosen

    def _settle_all(self, cards: list[str]) -> bool:
        """Every chain, the last cards first; False when a loop leaves some undone."""
        waiting = {
            card_id: sum(1 for target, _ in self._out.get(card_id, ()) if target in self._weights) for card_id in cards
        }
        ready = deque(card_id for card_id, count in waiting.items() if count == 0)
        done = 0
        while ready:
            card_id = ready.popleft()
            self.best[card_id] = self._choose(card_id)
            done += 1
            for before, arrows in self._in.get(card_id, {}).items():
                if before in waiting:
                    waiting[before] -= arrows
                    if waiting[before] == 0:
                        ready.append(before)
        return done == len(cards)

    def _reaches(self, start: str, goal: str) -> bool:
        """Does the flow lead from `start` to `goal`?"""
        seen = {start}
        stack = [start]
        while stack:
            card_id = stack.pop()
            if card_id == goal:
                return True
            for target, _ in self._out.get(card_id, ()):
                if target not in seen:
                    seen.add(target)
                    stack.append(target)
        return False
