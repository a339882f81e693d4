"""The command protocol: apply, revert, merge. Pure; the Qt undo stack only runs these.

A command captures in `apply` exactly what `revert` needs, so undo gives back a document
equal to the one before, and redo (apply again) the one after.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from blueprint_studio.model import Document


@dataclass(frozen=True)
class Change:
    """What a command touched, for the views to redraw.

    `blueprint_id` None means the list of blueprints itself changed (tabs to rebuild).
    `touched` names the (collection, id) of every object changed, so a view can redraw
    just those; None means anything may have changed.
    """

    blueprint_id: str | None
    touched: frozenset[tuple[str, str]] | None = None


class Command:
    """Base of every edit. Subclasses set `label` and implement `apply` and `revert`."""

    label: str = "Edit"  # English; the window translates it (editing words are marked with words.QT_TR_NOOP)

    def apply(self, document: Document) -> Change:
        raise NotImplementedError

    def revert(self, document: Document) -> Change:
        raise NotImplementedError

    def merge(self, other: Command) -> bool:
        """Absorb `other` (which ran right after this one) into this command; False if unrelated."""
        return False


@dataclass
class Composite(Command):
    """Several commands as one undo step, e.g. deleting a step with its cards and arrows."""

    label: str
    parts: list[Command] = field(default_factory=list)

    def apply(self, document: Document) -> Change:
        changes = [part.apply(document) for part in self.parts]
        return _combined(changes)

    def revert(self, document: Document) -> Change:
        changes = [part.revert(document) for part in reversed(self.parts)]
        return _combined(changes)


def _combined(changes: list[Change]) -> Change:
    ids = {change.blueprint_id for change in changes}
    if len(ids) != 1:
        return Change(None)
    touched: set[tuple[str, str]] = set()
    for change in changes:
        if change.touched is None:
            return Change(ids.pop())
        touched |= change.touched
    return Change(ids.pop(), frozenset(touched))


class EditGate(Protocol):
    """What a view needs of an open document: the document, the one door every change goes
    through (`edit`, which refuses what the document's mode or rules do not allow, and says
    why), and the change announcements it subscribes to (`changed`, a signal)."""

    changed: Any

    @property
    def document(self) -> Document: ...

    @property
    def read_only(self) -> bool: ...

    def edit(self, make: Command | Callable[[], Command | None] | None, *, typing: bool = False) -> bool: ...

    def edit_new(self, make: Callable[[], tuple[Command | None, Any]]) -> Any: ...

    def may_edit(self) -> bool: ...
