"""Onboarding to a software product: a team trial that should end in a paid plan."""

from __future__ import annotations

from blueprint_studio.model import Document, Persona, Scenario
from blueprint_studio.templates.builder import Fail, S, build
from blueprint_studio.words import QT_TR_NOOP

NAME = "software-onboarding"
TITLE = QT_TR_NOOP("Onboarding to a software product")
SECTOR = QT_TR_NOOP("Software and SaaS")
ABOUT = QT_TR_NOOP("A team lead trials a project-planning product: sign-up, first project, inviting the team, paying.")


def document() -> Document:
    lead = Persona(
        id="persona1",
        name="Sofía Morales",
        role="Team lead, 8-person agency",
        colour="#e69f00",
        description="Evaluates tools in the evening; needs the team on board within the trial.",
        goals=["See value in the first session", "Get the team to use it"],
        needs=["Import from spreadsheets", "Clear pricing"],
        frustrations=["Empty screens", "Sales calls before she has tried anything"],
        quote="If it is empty on day one, it is dead on day two.",
    )
    return build(
        TITLE,
        Scenario(
            start="Sofía signs up for a trial",
            end="The agency pays for a plan",
            goal="The team uses it daily before the trial ends",
        ),
        [lead],
        [
            (
                "Sign up",
                [
                    S(
                        "Sign up",
                        "3 min",
                        evidence=["Sign-up page", "Confirmation e-mail"],
                        customer=["Signs up with her work e-mail"],
                        front=[
                            Fail(
                                "Confirmation e-mail sent",
                                mode="E-mail lands in spam",
                                effect="User never confirms; trial lost",
                                cause="New sending domain without reputation",
                                s=8,
                                o=4,
                                d=6,
                            )
                        ],
                        back=["Account and workspace created @Platform"],
                        support=["Identity service", "E-mail provider"],
                        touch=["Website", "E-mail"],
                        feeling=0.5,
                        why="Quick",
                    ),
                    S(
                        "Welcome tour",
                        "5 min",
                        evidence=["Product tour"],
                        customer=["? Skips or follows the tour"],
                        front=["Guided tour with a sample project"],
                        back=["Tour content by product marketing @Product marketing"],
                        support=["In-app guidance tool"],
                        pains=["Tour shows features, not her work"],
                        feeling=0,
                    ),
                ],
            ),
            (
                "First value",
                [
                    S(
                        "Import existing plan",
                        "15 min",
                        evidence=["Import wizard", "Spreadsheet"],
                        customer=["Imports the current plan from a spreadsheet"],
                        front=[
                            Fail(
                                "Import maps spreadsheet columns",
                                mode="Dates read as text",
                                effect="Timeline empty after import",
                                cause="Local date formats not recognised",
                                s=7,
                                o=6,
                                d=4,
                            )
                        ],
                        back=["Import service parses the file @Platform"],
                        support=["Import service"],
                        pains=["Dates wrong after import"],
                        ideas=["Preview the import with detected formats"],
                        feeling=-1.5,
                        why="The timeline is empty",
                        truth=True,
                    ),
                    S(
                        "Build the first project",
                        "30 min",
                        evidence=["Timeline view"],
                        customer=["Fixes the dates and shares the timeline"],
                        front=["Timeline and board views"],
                        back=["Usage events recorded @Analytics"],
                        support=["Analytics pipeline"],
                        feeling=1,
                        why="This is what she wanted",
                    ),
                ],
            ),
            (
                "Team adoption",
                [
                    S(
                        "Invite the team",
                        "5 min",
                        evidence=["Invitation e-mails"],
                        customer=["Invites seven colleagues"],
                        front=["Invite dialog"],
                        back=["Seats counted against the trial @Billing"],
                        support=["E-mail provider"],
                        thinks=["Will they bother?"],
                        feeling=0.5,
                    ),
                    S(
                        "Team uses it for a week",
                        "1 wk",
                        customer=["~1 wk: Nudges colleagues to update tasks"],
                        front=["Reminders and digests"],
                        back=["! Customer success spots inactive teams too late @Customer success"],
                        support=["Product analytics"],
                        pains=["Half the team still updates the spreadsheet"],
                        ideas=["Two-way sync with the spreadsheet during the trial"],
                        feeling=-0.5,
                        why="Slow uptake",
                    ),
                ],
            ),
            (
                "Buy",
                [
                    S(
                        "Choose a plan",
                        "10 min",
                        evidence=["Pricing page"],
                        customer=["Compares plans and seat prices"],
                        front=["Pricing page and chat"],
                        back=["Sales offers an annual discount @Sales"],
                        support=["CRM"],
                        pains=["Per-seat price for occasional users"],
                        feeling=0,
                        why="More than hoped",
                    ),
                    S(
                        "Pay",
                        "5 min",
                        evidence=["Invoice"],
                        customer=["Pays by card"],
                        front=["Checkout"],
                        back=["Subscription created @Billing"],
                        support=["Billing platform", "Payment provider"],
                        feeling=1,
                        why="Decided",
                        truth=True,
                    ),
                ],
            ),
        ],
    )
