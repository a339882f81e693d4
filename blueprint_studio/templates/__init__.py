"""Templates a new document starts from: six written for real sectors, and two blank ones.

Each realistic template has personas, journey rows (thoughts, emotions, touchpoints, pain
points, opportunities), times, wait points and fail points with their register entries, so
a new designer sees what a finished blueprint holds before filling in their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from blueprint_studio.editing.edits import ENGLISH as ENGLISH  # the wording of the sector templates
from blueprint_studio.editing.edits import Wording
from blueprint_studio.errors import UsageError
from blueprint_studio.model import Document
from blueprint_studio.templates import bank_account, blank, outpatient, permit, restaurant, returns, software_onboarding
from blueprint_studio.words import QT_TR_NOOP


@dataclass(frozen=True)
class Template:
    name: str  # for the command line: lower case, hyphens
    title: str
    sector: str
    about: str
    # The blank ones are worded in the window's language; the others are English content.
    make: Callable[[Wording], Document]


def _english(document: Callable[[], Document]) -> Callable[[Wording], Document]:
    """A sector template's maker: its content is written in English whatever the wording."""

    def make(wording: Wording = ENGLISH) -> Document:
        return document()

    return make


TEMPLATES: tuple[Template, ...] = (
    Template(
        "blank-blueprint",
        QT_TR_NOOP("Blank blueprint"),
        QT_TR_NOOP("Start from nothing"),
        QT_TR_NOOP("The five standard lanes and four empty steps."),
        blank.blueprint,
    ),
    Template(
        "blank-journey-map",
        QT_TR_NOOP("Blank journey map"),
        QT_TR_NOOP("Start from nothing"),
        QT_TR_NOOP("Thoughts, emotions, touchpoints, pain points and opportunities over four stages."),
        blank.journey_map,
    ),
    *(
        Template(
            module.NAME,
            module.TITLE,
            module.SECTOR,
            module.ABOUT,
            _english(module.document),
        )
        for module in (permit, outpatient, returns, bank_account, software_onboarding, restaurant)
    ),
)


def template_named(name: str) -> Template:
    wanted = name.strip().casefold()
    for template in TEMPLATES:
        if wanted in (template.name, template.title.casefold()):
            return template
    raise UsageError(
        f"no template is called '{name}'; `blueprint-studio templates` lists them "
        f"({', '.join(t.name for t in TEMPLATES)})"
    )


__all__ = ["TEMPLATES", "Template", "template_named"]
