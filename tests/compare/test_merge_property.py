"""A merge never loses an edit without a word: random pairs of edit sequences on one document.

Both sides start from the same document and make random edits a designer could make (the undo
property test's generator). The merge must open, and every change either side made must be in
the result or named by a conflict about it (a conflict names the path of ids it is about). The
order of a list (steps, lanes…) counts as a change of its own.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blueprint_studio.compare.merge import ORDER, Conflict, merge
from blueprint_studio.model import Document, problems
from tests.editing.test_undo_property import any_command
from tests.strategies import documents

Unit = tuple[str, ...]
_GONE = "(absent)"


def flattened(value: Any, path: Unit = ()) -> dict[Unit, Any]:
    """Every leaf of the document's JSON by a path of keys and ids, and each id list's order."""
    found: dict[Unit, Any] = {}
    if isinstance(value, dict):
        for key, item in value.items():
            found.update(flattened(item, (*path, key)))
    elif value == []:
        found[(*path, ORDER)] = ()  # an emptied list of objects and an empty one read alike
    elif isinstance(value, list) and all(isinstance(item, dict) and "id" in item for item in value):
        found[(*path, ORDER)] = tuple(item["id"] for item in value)
        for item in value:
            found.update(flattened(item, (*path, item["id"])))
    else:
        found[path] = value
    return found


def _named(unit: Unit, conflicts: list[Conflict]) -> bool:
    return any(c.path[: len(unit)] == unit[: len(c.path)] for c in conflicts)


def _relative(order: tuple[str, ...], shared: set[str]) -> tuple[str, ...]:
    return tuple(key for key in order if key in shared)


def _same_score_elsewhere(unit: Unit, side: dict[Unit, Any], merged: dict[Unit, Any]) -> bool:
    """Both sides scored the same persona at the same step alike: one point stands for both."""
    if "emotions" not in unit:
        return False
    at = unit.index("emotions")
    point = unit[: at + 2]
    key = tuple(side.get((*point, name)) for name in ("persona", "step", "to_be", "score"))
    prefix = unit[: at + 1]
    return any(
        tuple(merged.get((*prefix, other, name)) for name in ("persona", "step", "to_be", "score")) == key
        for other in merged.get((*prefix, ORDER), ())
    )


def check_nothing_lost(base: Document, ours: Document, theirs: Document) -> None:
    result = merge(base, ours, theirs)
    assert problems(result.document) == []
    b, o, t = (flattened(d.model_dump(mode="json")) for d in (base, ours, theirs))
    m = flattened(result.document.model_dump(mode="json"))
    for unit in set(b) | set(o) | set(t):
        was, mine, other, now = (side.get(unit, _GONE) for side in (b, o, t, m))
        if unit[-1] == ORDER:
            shared = (
                set(was if was != _GONE else ())
                & set(mine if mine != _GONE else ())
                & set(other if other != _GONE else ())
                & set(now if now != _GONE else ())
            )
            was, mine, other, now = (_relative(v, shared) if v != _GONE else () for v in (was, mine, other, now))
        if mine == other:
            continue  # the same on both sides (or untouched): the merge may only repair it, saying so
        if mine != was and other == was:
            wanted = mine
        elif other != was and mine == was:
            wanted = other
        else:
            wanted = mine  # changed on both sides, differently: ours, and a conflict
            assert now == mine or _named(unit, result.conflicts), f"{unit}: both changed, ours lost without a word"
            assert _named(unit, result.conflicts), (
                f"{unit}: changed on both sides ({mine!r}, {other!r}) without a conflict"
            )
            continue
        if (
            now != wanted
            and not _named(unit, result.conflicts)
            and not _same_score_elsewhere(unit, t if wanted is other else o, m)
        ):
            raise AssertionError(
                f"{unit}: {wanted!r} was lost without a word (merged: {now!r}; conflicts: {list(result.conflicts)})"
            )


# Edits that move, remove or point at things: where two sides' work meets (drawn more often
# than among all kinds, so the pairs that used to lose an edit come up in every run).
MEETING = [
    "move_step",
    "delete_step",
    "insert_step",
    "edit_step",
    "move_cards",
    "delete_cards",
    "connect",
    "edit_text",
    "add_lane",
    "delete_lane",
    "set_score",
    "line_note",
    "edit_line_note",
    "delete_persona",
    "follow",
    "failure",
    "add_facet",
    "delete_facet",
    "tag",
    "exit",
    "delete_blueprint",
]


def _edited(base: Document, data: st.DataObject, choices: list[str] | None) -> tuple[Document, Document]:
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    for side in (ours, theirs):
        for _ in range(data.draw(st.integers(1, 6))):
            command = any_command(data, side, choices)
            if command is not None:
                command.apply(side)
    return ours, theirs


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(base=documents(), data=st.data())
def test_every_change_is_merged_or_named(base: Document, data: st.DataObject) -> None:
    check_nothing_lost(base, *_edited(base, data, None))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(base=documents(), data=st.data())
def test_edits_that_meet_are_merged_or_named(base: Document, data: st.DataObject) -> None:
    check_nothing_lost(base, *_edited(base, data, MEETING))


def test_a_step_moved_on_their_side_is_merged() -> None:
    base = _three_steps()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    steps = theirs.blueprints[0].steps
    steps.insert(0, steps.pop(2))
    result = merge(base, ours, theirs)
    assert [s.id for s in result.document.blueprints[0].steps] == [s.id for s in steps] and result.conflicts == []


def test_a_line_note_on_a_step_the_other_side_deleted_is_named() -> None:
    from blueprint_studio.model import Line, LineNote

    base = _three_steps()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.blueprints[0].line_notes.append(LineNote(id="n1", line=Line.VISIBILITY, step="s3", text="Card reader is slow"))
    blueprint = theirs.blueprints[0]
    blueprint.steps = [s for s in blueprint.steps if s.id != "s3"]
    blueprint.cards = [c for c in blueprint.cards if c.step != "s3"]
    result = merge(base, ours, theirs)
    assert any("Card reader is slow" in c and c.path[-2:] == ("line_notes", "n1") for c in result.conflicts)


def test_two_scores_for_one_point_are_a_conflict_with_both_values() -> None:
    from blueprint_studio.model import EmotionPoint, Persona

    base = _three_steps()
    base.personas.append(Persona(id="p1", name="Ana"))
    base.blueprints[0].personas.append("p1")
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.blueprints[0].emotions.append(EmotionPoint(id="e-ours", persona="p1", step="s2", score=-1))
    theirs.blueprints[0].emotions.append(EmotionPoint(id="e-theirs", persona="p1", step="s2", score=1.5))
    result = merge(base, ours, theirs)
    assert [e.score for e in result.document.blueprints[0].emotions] == [-1]
    assert any("(-1.0 and 1.5); ours kept" in c or "(-1 and 1.5); ours kept" in c for c in result.conflicts), (
        result.conflicts
    )


def _three_steps() -> Document:
    from blueprint_studio.model import Blueprint

    return Document(blueprints=[Blueprint.blank("bp", "Check-in", ["s1", "s2", "s3"])])
