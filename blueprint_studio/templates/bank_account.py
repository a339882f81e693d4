"""Opening a bank account online: identity checks, compliance and the first card."""

from __future__ import annotations

from blueprint_studio.model import Document, Persona, Scenario
from blueprint_studio.templates.builder import Fail, S, build
from blueprint_studio.words import QT_TR_NOOP

NAME = "bank-account"
TITLE = QT_TR_NOOP("Opening a bank account")
SECTOR = QT_TR_NOOP("Financial services")
ABOUT = QT_TR_NOOP(
    "A newcomer to the country opens a current account online: application, identity check, compliance, card."
)


def document() -> Document:
    newcomer = Persona(
        id="persona1",
        name="Kenji Watanabe",
        role="Newcomer, employed, no local credit history",
        colour="#cc79a7",
        description="Moved for a job; needs an account to be paid and to rent a flat.",
        goals=["An account before the first salary", "A card that works abroad"],
        needs=["Accepted foreign ID", "English instructions"],
        frustrations=["Proof of address he cannot have yet"],
        quote="I need an account to get an address, and an address to get an account.",
    )
    return build(
        TITLE,
        Scenario(
            start="Kenji signs his employment contract",
            end="His salary lands in the new account",
            goal="A working account and card before the first payday",
        ),
        [newcomer],
        [
            (
                "Apply",
                [
                    S(
                        "Compare and choose",
                        "1 h",
                        evidence=["Comparison site", "Bank's product page"],
                        customer=["Compares accounts for newcomers"],
                        front=["Product page and chat bot"],
                        back=["Marketing keeps fees and terms current @Marketing"],
                        thinks=["Which banks accept my passport?"],
                        touch=["Website"],
                        feeling=0,
                    ),
                    S(
                        "Fill in the application",
                        "20 min",
                        evidence=["Application in the app"],
                        customer=["Enters personal and employment details"],
                        front=["? Address step: accepts a work contract instead of a utility bill"],
                        back=["Application scored for risk @Onboarding"],
                        support=["Onboarding platform", "Credit bureau"],
                        pains=["No local address history"],
                        ideas=["Accept the employer's letter as proof of address"],
                        feeling=-0.5,
                        why="The address question",
                    ),
                ],
            ),
            (
                "Prove identity",
                [
                    S(
                        "Video identification",
                        "15 min",
                        evidence=["Passport", "Video call"],
                        customer=["Shows his passport on camera"],
                        front=[
                            Fail(
                                "Agent verifies the passport on video",
                                mode="Video call drops on mobile data",
                                effect="Starts again; loses the slot",
                                cause="Call needs a stable connection; no resume",
                                s=6,
                                o=5,
                                d=2,
                            )
                        ],
                        back=["Liveness check and document check @Identity vendor"],
                        support=["Video identification service"],
                        touch=["Video call"],
                        feeling=-1,
                        why="Dropped once, had to queue again",
                        truth=True,
                    ),
                    S(
                        "Compliance review",
                        "~1-3 d",
                        acceptable="1 d",
                        customer=["~2 d: Waits for approval"],
                        back=[
                            Fail(
                                "Compliance screens against sanctions lists",
                                mode="False match on a common name",
                                effect="Manual review adds days",
                                cause="Name matching without date of birth",
                                s=7,
                                o=6,
                                d=5,
                            ),
                            "Manual review of flagged cases @Compliance",
                        ],
                        support=["Screening service"],
                        thinks=["Payday is on Friday"],
                        pains=["No status while under review"],
                        ideas=["Tell applicants under review what is happening and how long it takes"],
                        feeling=-1.5,
                        why="Payday is close",
                    ),
                ],
            ),
            (
                "Get started",
                [
                    S(
                        "Account opened",
                        "5 min",
                        evidence=["Welcome e-mail", "IBAN in the app"],
                        customer=["Shares his IBAN with payroll"],
                        front=["Welcome screen with the IBAN"],
                        back=["Account created in the core banking system @Operations"],
                        support=["Core banking"],
                        feeling=1.5,
                        why="Just in time for payroll",
                        truth=True,
                    ),
                    S(
                        "Card arrives",
                        "~5 d",
                        evidence=["Card letter", "PIN in the app"],
                        customer=["~5 d: Waits for the card, then activates it"],
                        front=["Virtual card in the app until the card arrives"],
                        back=["Card produced and posted @Card operations"],
                        support=["Card bureau", "Postal service"],
                        feeling=0.5,
                    ),
                    S(
                        "First salary",
                        "1 min",
                        evidence=["Push notification"],
                        customer=["Sees his salary arrive"],
                        front=["Notification"],
                        back=["Incoming payment booked"],
                        support=["Payment network"],
                        feeling=2,
                        why="It works",
                    ),
                ],
            ),
        ],
    )
