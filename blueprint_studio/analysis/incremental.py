"""One blueprint's analysis kept current edit by edit, so the window never waits for it.

A full analysis of 10,000 cards takes a third of a second. But an edit touches a few cards,
arrows or steps (the change says which), and every part of the analysis is made of pieces
about one subject: a step's time, a card's register row, an arrow's crossings, the findings
about one card, step or arrow, the group of cards doing the same activity. `Analyser.update`
makes again the pieces of what the edit touched and of what reads them (a card's
neighbours, the cards of a renamed step, the fail points whose recovery names a card),
and puts the parts together from the pieces it keeps.

Edits the pieces cannot follow — lanes, stages, facets, the blueprint's own fields, other
blueprints, a reordered list — answer False, and the caller runs a full analysis (off the
window's thread). A full analysis is the same pieces made for everything, so the two agree
(tests/analysis/test_incremental.py checks it over random edits).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter, itemgetter

from blueprint_studio.analysis import checks
from blueprint_studio.analysis.chains import Chains
from blueprint_studio.analysis.checks import Finding, Keyed
from blueprint_studio.analysis.crossings import Crossings, crossing
from blueprint_studio.analysis.index import Index, StartAfresh
from blueprint_studio.analysis.register import RegisterRow, register_row, riskiest_first
from blueprint_studio.analysis.synergies import GroupKey, Member, Synergy, memberships, most_used_first, synergy_of
from blueprint_studio.analysis.timing import (
    NOTHING,
    StageTime,
    Tally,
    TimeAnalysis,
    card_time,
    critical_path,
    stage_runs,
    stage_time,
    step_time,
    timed,
    total,
)
from blueprint_studio.model import Blueprint, Card, Document, Line, Zone

_FOLLOWED = frozenset({"cards", "connectors", "steps", "emotions", "line_notes"})  # what an update can follow

Subject = tuple[str, ...]  # ("card", id) | ("step", id) | ("arrow", id) | ("activity", words) | ("whole",)
_Before = tuple[tuple[str, str] | None, frozenset[str]]  # a touched card's (lane, step) and neighbours before


@dataclass(frozen=True)
class _Reach:
    """What an edit touched reaches: the pieces to make again."""

    before: dict[str, _Before]  # each touched card as it was
    near: set[str]  # cards whose neighbourhood the edit changed
    in_steps: set[str]  # the cards of the touched steps
    steps: set[str]  # steps whose pieces are made again
    cards: set[str]  # cards whose findings are made again
    arrows: set[str]  # arrows whose crossings and findings are made again


@dataclass(frozen=True)
class Analysis:
    time: TimeAnalysis
    register: list[RegisterRow]
    findings: list[Finding]
    crossings: Crossings
    synergies: list[Synergy]


PARTS = ("time", "register", "findings", "crossings", "synergies")


class Analyser:
    """The analysis of one blueprint of a document. `result` is current after each update;
    `changed` names the parts the last update changed (a panel redraws only those)."""

    def __init__(self, document: Document, blueprint: Blueprint) -> None:
        self.blueprint_id = blueprint.id
        self.changed: frozenset[str] = frozenset(PARTS)
        self._build(document, blueprint)

    # ------------------------------------------------------------ everything

    def _build(self, document: Document, blueprint: Blueprint) -> None:
        self._index = Index(blueprint, document.facets)
        self._dismissed = frozenset(blueprint.dismissed)
        self._zones = {lane.id: lane.zone for lane in blueprint.lanes}
        self._lane_names = {lane.id: lane.name for lane in blueprint.lanes}
        self._build_time(blueprint)
        self._build_register(blueprint)
        self._build_crossings(blueprint)
        timing = self._timing(blueprint)
        self._build_findings(blueprint, timing)
        self._build_synergies(document, blueprint)
        self._compose(blueprint, timing)

    def _build_time(self, blueprint: Blueprint) -> None:
        self._step_names = {step.id: step.name for step in blueprint.steps}
        self._step_times = {step.id: step_time(step) for step in blueprint.steps}
        self._weights = {card.id: card_time(card) for card in blueprint.cards}
        self._chains = Chains(blueprint, self._weights, self._index)
        self._path = critical_path(blueprint, self._weights) if self._chains.looped else self._chains.path()
        self._tallies = {True: Tally(), False: Tally()}  # the customer's, the organisation's
        for card in blueprint.cards:
            self._tallies[self._zones.get(card.lane) is Zone.CUSTOMER].add(self._weights[card.id])
        self._stage_names = {stage.id: stage.name for stage in blueprint.stages}
        self._runs = stage_runs(blueprint)
        self._run_of = {step_id: n for n, (_, run) in enumerate(self._runs) for step_id in run}
        self._stages = [self._stage(n) for n in range(len(self._runs))]
        self._journey = total(self._step_times[s].span for s in self._index.step_ids)

    def _build_register(self, blueprint: Blueprint) -> None:
        self._rows: dict[str, tuple[tuple[bool, int, int], float, RegisterRow]] = {}
        self._recovering: dict[str, set[str]] = {}  # card id -> fail points whose recovery names it
        for card in blueprint.cards:
            self._row(card)

    def _build_crossings(self, blueprint: Blueprint) -> None:
        self._crossed: dict[str, tuple[str, tuple[Line, ...]]] = {}
        self._arrows: dict[str, tuple[Line, ...]] = {}  # what Crossings.arrows shows
        self._per_step: dict[str, Counter[Line]] = {step.id: Counter() for step in blueprint.steps}
        for connector in blueprint.connectors:
            step, lines = crossing(connector, self._index.cards, self._zones)
            if lines:
                self._crossed[connector.id], self._arrows[connector.id] = (step, lines), lines
                self._per_step.setdefault(step, Counter()).update(lines)
        self._totals: Counter[Line] = Counter()  # the sum of _per_step, kept as it changes
        for counter in self._per_step.values():
            self._totals.update(counter)

    def _build_findings(self, blueprint: Blueprint, timing: TimeAnalysis) -> None:
        index = self._index
        self._reachable = checks.reaching_visibility(index, index.cards)
        self._activity: dict[str, str] = {}  # card id -> words of its same-activity group
        self._groups: dict[str, list[str]] = {}
        for card in blueprint.cards:
            self._join_activity(card.id)
        self._pieces: dict[Subject, list[Keyed]] = {}
        self._keep(("whole",), checks.whole_findings(index, timing, self._dismissed))
        for step in blueprint.steps:
            self._keep(("step", step.id), checks.step_findings(index, step, self._step_times[step.id], self._dismissed))
        for card in blueprint.cards:
            self._keep(
                ("card", card.id), checks.card_findings(index, card, card.id in self._reachable, self._dismissed)
            )
        for connector in blueprint.connectors:
            self._keep(("arrow", connector.id), checks.connector_findings(index, connector, self._dismissed))
        for words in self._groups:
            self._keep(("activity", words), self._activity_findings(words))
        self._findings = sorted((keyed for pieces in self._pieces.values() for keyed in pieces), key=itemgetter(0))
        self._plain_findings = [finding for _, finding in self._findings]  # the same order, without the keys

    def _build_synergies(self, document: Document, blueprint: Blueprint) -> None:
        """Synergies are found across the document: every blueprint's cards are members, this
        one's as the analysis will see them."""
        self._members: dict[GroupKey, list[Member]] = {}
        self._joined: dict[str, list[GroupKey]] = {}  # card id (of this blueprint) -> its groups
        self._lanes = {lane.id: lane for b in document.blueprints for lane in b.lanes}
        self._facets = {facet.id: facet for facet in document.facets}
        self._facet_order = {facet_id: n for n, facet_id in enumerate(self._facets)}
        self._place = next(
            (n for n, b in enumerate(document.blueprints) if b.id == blueprint.id), len(document.blueprints)
        )
        blueprints = [blueprint if b.id == blueprint.id else b for b in document.blueprints]
        for place, other in enumerate(blueprints if self._place < len(blueprints) else [*blueprints, blueprint]):
            for number, card in enumerate(other.cards):
                order = (place, self._index.card_token[card.id] if other is blueprint else float(number))
                for key, member in memberships(card, other, order, self._lanes, self._facets):
                    self._members.setdefault(key, []).append(member)
                    if other is blueprint:
                        self._joined.setdefault(card.id, []).append(key)
        self._synergies = {key: self._synergy(key) for key in self._members}

    def rebind(self, document: Document) -> None:
        """Follow `document` from now on: the one analysed was a copy of it (made off the
        window's thread), equal to it, whose objects later edits will not touch."""
        self._index.rebind(document.blueprint(self.blueprint_id))

    # ------------------------------------------------------------ one edit

    def update(self, document: Document, blueprint_id: str | None, touched: Iterable[tuple[str, str]] | None) -> bool:
        """Bring the analysis up to date after an edit of `blueprint_id` that changed `touched`.
        False when it cannot follow this edit: make a new Analyser (this one is spent)."""
        if blueprint_id != self.blueprint_id or touched is None:
            return False
        touched = list(touched)
        if not {collection for collection, _ in touched} <= _FOLLOWED:
            return False
        blueprint = document.blueprint(self.blueprint_id)
        if tuple(map(attrgetter("id"), blueprint.steps)) != self._index.step_ids:
            return False
        cards = {object_id for collection, object_id in touched if collection == "cards"}
        arrows = {object_id for collection, object_id in touched if collection == "connectors"}
        steps = {object_id for collection, object_id in touched if collection == "steps"}
        if not (cards or arrows or steps):
            self.changed = frozenset()  # emotion points and line notes are not analysed
            return True
        try:
            self._follow(document, blueprint, cards, arrows, steps)
        except StartAfresh:
            return False
        return True

    def _follow(
        self, document: Document, blueprint: Blueprint, cards: set[str], arrows: set[str], steps: set[str]
    ) -> None:
        had_arrows = bool(self._index.ends)
        reach = self._renew(blueprint, cards, arrows, steps)
        time_changed = self._follow_steps(steps)
        time_changed |= self._follow_weights(blueprint, cards, arrows, reach.before)
        timing = self._timing(blueprint)
        changed = {
            name
            for name, did in (
                ("time", time_changed),
                ("register", self._follow_register(cards, reach.in_steps)),
                ("crossings", self._follow_crossings(reach.arrows)),
                ("findings", self._follow_findings(cards, arrows, reach, had_arrows, timing)),
                ("synergies", self._follow_synergies(blueprint, cards)),
            )
            if did
        }
        self._compose(blueprint, timing, changed)

    def _renew(self, blueprint: Blueprint, cards: set[str], arrows: set[str], steps: set[str]) -> _Reach:
        """Renew the index for what the edit touched, and find what reads it: a card's
        neighbours before and after, the ends of a touched arrow, the cards of a touched step."""
        index = self._index
        before = {
            card_id: (index.place.get(card_id), frozenset(index.neighbours.get(card_id, ()))) for card_id in cards
        }
        old_ends = {arrow: index.ends.get(arrow) for arrow in arrows}
        index.renew_cards(blueprint, cards)
        index.renew_connectors(blueprint, arrows)
        index.renew_steps(blueprint)
        for step_id in steps:
            self._step_names[step_id] = index.steps[step_id].name
        live = index.cards
        ends = {
            card_id for pair in [*old_ends.values(), *(index.ends.get(a) for a in arrows)] if pair for card_id in pair
        }
        near = set(cards) | ends
        for _, neighbours in before.values():
            near |= neighbours
        for card_id in cards | ends:
            near |= set(index.neighbours.get(card_id, ()))
        dirty_steps = set(steps)
        for card_id, (place, _) in before.items():
            if place is not None:
                dirty_steps.add(place[1])
            if card_id in live:
                dirty_steps.add(live[card_id].step)
        in_steps = {card_id for step_id in steps for card_id in index.by_step.get(step_id, ())}
        return _Reach(
            before=before,
            near=near,
            in_steps=in_steps,
            steps=dirty_steps,
            cards=(near | in_steps) & live.keys(),
            arrows=set(arrows) | {arrow for card_id in cards | in_steps for arrow in index.incident.get(card_id, ())},
        )

    def _follow_steps(self, steps: set[str]) -> bool:
        """The touched steps' times, their stages' and the journey's; True when there were any."""
        index = self._index
        for step_id in steps:
            self._step_times[step_id] = step_time(index.steps[step_id])
        if not steps:
            return False
        if any(index.steps[s].stage != self._runs[self._run_of[s]][0] for s in steps):
            raise StartAfresh()  # a step changed its stage: the headers' runs change
        for run in {self._run_of[s] for s in steps}:
            self._stages[run] = self._stage(run)
        self._journey = total(self._step_times[s].span for s in index.step_ids)
        return True

    def _follow_weights(
        self, blueprint: Blueprint, cards: set[str], arrows: set[str], before: dict[str, _Before]
    ) -> bool:
        """The touched cards' own times in the tallies and the critical path; True when the
        time analysis changed."""
        live = self._index.cards
        weights_changed = bool(arrows) or any(card_id not in live for card_id in cards)
        time_changed = False
        for card_id in cards:
            card, place = live.get(card_id), before[card_id][0]
            weight = card_time(card) if card is not None else None
            old = self._weights.pop(card_id, None)
            if place is not None and old is not None:
                self._tallies[self._zones.get(place[0]) is Zone.CUSTOMER].add(old, -1)
            if card is not None and weight is not None:
                self._weights[card_id] = weight
                self._tallies[self._zones.get(card.lane) is Zone.CUSTOMER].add(weight)
            weights_changed |= weight != old or place is None
            time_changed |= weight != old or _changed_zone(weight, place, card, self._zones)
        if weights_changed:
            time_changed |= self._rechain(blueprint, cards, arrows)
        return time_changed

    def _rechain(self, blueprint: Blueprint, cards: set[str], arrows: set[str]) -> bool:
        """The chains through what changed, and the critical path; True when the path changed."""
        live = self._index.cards
        rechain = set()
        for arrow in arrows:
            rechain |= self._chains.changed_arrow(arrow, self._index.connectors.get(arrow))
        for card_id in cards:
            rechain |= self._chains.dropped_card(card_id) if card_id not in live else {card_id}
        self._chains.settle(rechain)
        path = critical_path(blueprint, self._weights) if self._chains.looped else self._chains.path()
        changed = path != self._path
        self._path = path
        return changed

    def _follow_register(self, cards: set[str], in_steps: set[str]) -> bool:
        live = self._index.cards
        recovering = {row for card_id in cards for row in self._recovering.get(card_id, ())}
        rowed = cards | in_steps | recovering
        was = {card_id: self._rows.get(card_id) for card_id in rowed}
        for card_id in rowed:
            self._unrow(card_id)
            if card_id in live:
                self._row(live[card_id])
        return any(self._rows.get(card_id) != kept for card_id, kept in was.items())

    def _follow_crossings(self, arrows: set[str]) -> bool:
        changed = False
        for arrow in arrows:
            connector = self._index.connectors.get(arrow)
            now = crossing(connector, self._index.cards, self._zones) if connector is not None else ("", ())
            if not now[1]:
                now = ("", ())  # crosses nothing: counted nowhere
            if now != self._crossed.get(arrow, ("", ())):
                self._cross(arrow, self._crossed.get(arrow, ("", ())), -1)
                self._cross(arrow, now, +1)
                changed = True
        return changed

    def _follow_findings(
        self, cards: set[str], arrows: set[str], reach: _Reach, had_arrows: bool, timing: TimeAnalysis
    ) -> bool:
        index, live = self._index, self._index.cards
        dirty_cards, dirty_arrows = reach.cards, set(reach.arrows)
        if had_arrows != bool(index.ends):  # the first arrow or the last: every card's arrow findings change
            dirty_cards = set(live)
            dirty_arrows |= set(index.ends)
        zoned = self._zones.get
        if arrows or any(
            c not in live or (cell := reach.before[c][0]) is None or zoned(cell[0]) is not zoned(live[c].lane)
            for c in cards
        ):
            dirty_cards |= self._reach_again(reach.near, {c for c in cards if c not in live})
        dirty_words = self._leave_activities(cards) | {
            self._join_activity(card_id) for card_id in cards if card_id in live
        } - {""}
        removed: set[Subject] = {("whole",)}
        removed |= {("step", step_id) for step_id in reach.steps}
        removed |= {("card", card_id) for card_id in dirty_cards | cards}
        removed |= {("arrow", arrow) for arrow in dirty_arrows}
        removed |= {("activity", words) for words in dirty_words}
        gone = [keyed for subject in removed for keyed in self._pieces.pop(subject, ())]
        self._find_again(timing, reach.steps, (dirty_cards | cards) & live.keys(), dirty_arrows, dirty_words)
        made = [keyed for subject in removed for keyed in self._pieces.get(subject, ())]
        if sorted(gone, key=itemgetter(0)) == sorted(made, key=itemgetter(0)):
            return False
        for keyed in gone:
            at = bisect_left(self._findings, keyed[0], key=itemgetter(0))
            del self._findings[at], self._plain_findings[at]
        for keyed in made:
            at = bisect_right(self._findings, keyed[0], key=itemgetter(0))
            self._findings.insert(at, keyed)
            self._plain_findings.insert(at, keyed[1])
        return True

    def _find_again(
        self, timing: TimeAnalysis, steps: set[str], cards: set[str], arrows: set[str], activities: set[str]
    ) -> None:
        index = self._index
        self._keep(("whole",), checks.whole_findings(index, timing, self._dismissed))
        for step_id in steps & index.steps.keys():
            self._keep(
                ("step", step_id),
                checks.step_findings(index, index.steps[step_id], self._step_times[step_id], self._dismissed),
            )
        for card_id in cards:
            self._keep(
                ("card", card_id),
                checks.card_findings(index, index.cards[card_id], card_id in self._reachable, self._dismissed),
            )
        for arrow in arrows & index.connectors.keys():
            self._keep(("arrow", arrow), checks.connector_findings(index, index.connectors[arrow], self._dismissed))
        for words in activities:
            if words in self._groups:
                self._keep(("activity", words), self._activity_findings(words))

    def _follow_synergies(self, blueprint: Blueprint, cards: set[str]) -> bool:
        changed = False
        for card_id in cards:
            keys = set(self._joined.pop(card_id, ()))
            for key in keys:
                self._members[key] = [
                    m for m in self._members[key] if m.card_id != card_id or m.blueprint_id != self.blueprint_id
                ]
            card = self._index.cards.get(card_id)
            if card is not None:
                keys |= self._join(blueprint, card)
            for key in keys:
                synergy = self._synergy(key)
                if synergy != self._synergies.get(key):
                    self._synergies[key] = synergy
                    changed = True
        return changed

    def _join(self, blueprint: Blueprint, card: Card) -> set[GroupKey]:
        """Make `card` a member of its groups again; the groups it joined."""
        keys = set()
        order = (self._place, self._index.card_token[card.id])
        for key, member in memberships(card, blueprint, order, self._lanes, self._facets):
            insort(self._members.setdefault(key, []), member)
            self._joined.setdefault(card.id, []).append(key)
            keys.add(key)
        return keys

    # ------------------------------------------------------------ pieces

    def _timing(self, blueprint: Blueprint) -> TimeAnalysis:
        steps = tuple(self._step_times[step_id] for step_id in self._index.step_ids)
        return timed(
            blueprint,
            steps,
            tuple(self._stages),
            self._tallies[True].span(),
            self._tallies[False].span(),
            self._path,
            self._journey,
        )

    def _stage(self, run: int) -> StageTime:
        stage_id, steps = self._runs[run]
        return stage_time(stage_id, self._stage_names.get(stage_id or "", ""), (self._step_times[s] for s in steps))

    def _row(self, card: Card) -> None:
        if not card.marks.fail_point:
            return
        row = register_row(card, self._lane_names, self._step_names, self._index.cards)
        self._rows[card.id] = (
            riskiest_first(row, self._index.step_index.get(card.step, 0)),
            self._index.card_token[card.id],
            row,
        )
        for target in card.failure.recovery if card.failure else ():
            self._recovering.setdefault(target, set()).add(card.id)

    def _unrow(self, card_id: str) -> None:
        kept = self._rows.pop(card_id, None)
        if kept is not None:
            for target in kept[2].failure.recovery:
                self._recovering.get(target, set()).discard(card_id)

    def _cross(self, arrow: str, crossed: tuple[str, tuple[Line, ...]], sign: int) -> None:
        step, lines = crossed
        if not lines:
            if sign > 0:
                self._crossed.pop(arrow, None)
                self._arrows.pop(arrow, None)
            return
        # A new one: results handed out stay as they were.
        counter = self._per_step[step] = Counter(self._per_step.get(step, Counter()))
        for line in lines:
            counter[line] += sign
            self._totals[line] += sign
            if counter[line] == 0:
                del counter[line]
        if sign > 0:
            self._crossed[arrow] = crossed
            self._arrows[arrow] = lines
        else:
            self._arrows.pop(arrow, None)

    def _reach_again(self, seeds: set[str], gone: set[str]) -> set[str]:
        """Cards whose reach to the line of visibility may have changed (those joined to `seeds`)
        and did; `gone` are cards deleted."""
        index = self._index
        self._reachable -= gone
        flipped: set[str] = set()
        done: set[str] = set()
        for seed in seeds - gone:
            if seed in done or seed not in index.cards:
                continue
            group = index.component([seed])
            done |= group
            reached = any(other in index.cards and index.zone(index.cards[other]) in checks.ACTIVE for other in group)
            changed = group - self._reachable if reached else group & self._reachable
            if changed:
                flipped |= changed
                (self._reachable.update if reached else self._reachable.difference_update)(changed)
        return flipped & index.cards.keys()

    def _join_activity(self, card_id: str) -> str:
        words = checks.activity_key_of(self._index, self._index.cards[card_id])
        if words:
            self._activity[card_id] = words
            token = self._index.card_token
            insort(self._groups.setdefault(words, []), card_id, key=lambda other: token[other])
        return words

    def _leave_activities(self, card_ids: Iterable[str]) -> set[str]:
        left = set()
        for card_id in card_ids:
            words = self._activity.pop(card_id, None)
            if words is not None:
                self._groups[words].remove(card_id)
                if not self._groups[words]:
                    del self._groups[words]
                left.add(words)
        return left

    def _activity_findings(self, words: str) -> Iterable[Keyed]:
        cards = [self._index.cards[card_id] for card_id in self._groups[words]]
        return checks.activity_findings(self._index, cards, self._dismissed)

    def _keep(self, subject: Subject, found: Iterable[Keyed]) -> None:
        pieces = list(found)
        if pieces:
            self._pieces[subject] = pieces

    def _synergy(self, key: GroupKey) -> tuple[tuple[object, ...], Synergy] | None:
        members = self._members.get(key, [])
        synergy = synergy_of(key, members, self.blueprint_id, self._facets)
        return None if synergy is None else (most_used_first(key, synergy, members, self._facet_order), synergy)

    def _compose(self, blueprint: Blueprint, timing: TimeAnalysis, changed: Iterable[str] = PARTS) -> None:
        self.changed = frozenset(changed)
        previous = getattr(self, "result", None)
        register = (
            [row for _, _, row in sorted(self._rows.values(), key=lambda kept: (kept[0], kept[1]))]
            if previous is None or "register" in self.changed
            else previous.register
        )
        findings = (
            list(self._plain_findings)  # a copy: the previous result keeps its own
            if previous is None or "findings" in self.changed
            else previous.findings
        )
        crossings = (
            Crossings(
                dict(self._per_step),
                {arrow: lines for arrow, (_, lines) in self._crossed.items()}
                if previous is None
                else dict(self._arrows),
                Counter(self._totals),
            )
            if previous is None or "crossings" in self.changed
            else previous.crossings
        )
        synergies = (
            [
                synergy
                for _, synergy in sorted(
                    (kept for kept in self._synergies.values() if kept is not None), key=itemgetter(0)
                )
            ]
            if previous is None or "synergies" in self.changed
            else previous.synergies
        )
        self.result = Analysis(timing, register, findings, crossings, synergies)


def _changed_zone(weight: object, place: tuple[str, str] | None, card: Card | None, zones: dict[str, Zone]) -> bool:
    """A card with a time moved between the customer's zone and the organisation's."""
    return (
        weight is not None
        and weight != NOTHING
        and place is not None
        and card is not None
        and zones.get(place[0]) is not zones.get(card.lane)
    )
