"""The four audiences every document has, and finding one by name."""

from __future__ import annotations

from blueprint_studio.errors import UsageError
from blueprint_studio.model import Audience, Document, Zone

FULL = Audience(id="full", name="Full")
CUSTOMER_FACING = Audience(
    id="customer-facing",
    name="Customer-facing",
    zones=[Zone.CUSTOMER, Zone.FRONTSTAGE],
    notes=False,
    owners=False,
    facets=False,
    failure_register=False,
)
TEAM = Audience(id="team", name="Team", notes=False)
EXECUTIVE = Audience(id="executive", name="Executive summary", notes=False, owners=False, facets=False, summary=True)
BUILT_IN: tuple[Audience, ...] = (FULL, CUSTOMER_FACING, TEAM, EXECUTIVE)


def audiences_of(document: Document) -> list[Audience]:
    """The built-in audiences, then the document's own (a document's own never hides a
    built-in one of the same name: the built-in comes first)."""
    return [*BUILT_IN, *document.audiences]


def audience_named(document: Document, name: str) -> Audience:
    """The audience called `name` (any case, or its id); UsageError naming the choices."""
    wanted = name.strip().casefold()
    for audience in audiences_of(document):
        if wanted in (audience.name.casefold(), audience.id.casefold()):
            return audience
    names = ", ".join(f"'{audience.name}'" for audience in audiences_of(document))
    raise UsageError(f"no audience is called '{name}'; choose one of {names}")
