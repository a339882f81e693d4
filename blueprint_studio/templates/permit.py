"""Applying for a building permit at a municipality: a public service with long waits."""

from __future__ import annotations

from blueprint_studio.model import Document, Persona, Scenario
from blueprint_studio.templates.builder import Fail, S, build
from blueprint_studio.words import QT_TR_NOOP

NAME = "public-permit"
TITLE = QT_TR_NOOP("Applying for a building permit")
SECTOR = QT_TR_NOOP("Public sector")
ABOUT = QT_TR_NOOP("A homeowner applies to the municipality to extend a house: from finding the rules to the decision.")


def document() -> Document:
    applicant = Persona(
        id="persona1",
        name="Ana Ribeiro",
        role="Homeowner, first application",
        colour="#0072b2",
        description="Wants a rear extension for a growing family; has never dealt with planning rules.",
        goals=["Get a clear yes or no before the builder's slot in spring", "Submit once, complete"],
        needs=["Plain-language rules", "To know where the application stands"],
        frustrations=["Forms that ask for documents she has never heard of", "Silence for weeks"],
        quote="I just want to know what they need from me, once.",
    )
    return build(
        TITLE,
        Scenario(
            start="Ana decides to extend her house",
            end="She receives the permit decision",
            goal="A complete application, decided before spring",
        ),
        [applicant],
        [
            (
                "Find out",
                [
                    S(
                        "Look up the rules",
                        "45 min",
                        evidence=["Municipal website, planning pages"],
                        customer=["Searches for what an extension needs"],
                        front=["Web pages and a permit wizard"],
                        back=["Planning team keeps rule pages up to date @Planning"],
                        support=["Content management system"],
                        thinks=["Do I even need a permit for this?"],
                        touch=["Website"],
                        pains=["Rules written for professionals"],
                        ideas=["A three-question check: do I need a permit?"],
                        feeling=-0.5,
                        why="Jargon everywhere",
                    ),
                    S(
                        "Ask a question",
                        "~2 d",
                        evidence=["Reply e-mail with links"],
                        customer=["Sends a question through the contact form"],
                        front=["~2 d: Contact centre answers from the knowledge base @Contact centre"],
                        back=["! Question forwarded to planning when the script has no answer @Planning"],
                        support=["Ticketing system"],
                        touch=["Contact form", "E-mail"],
                        pains=["Two days for a yes/no question"],
                        feeling=-1,
                        why="Waiting for an answer",
                    ),
                ],
            ),
            (
                "Prepare",
                [
                    S(
                        "Gather documents",
                        "1-2 wk",
                        evidence=["Checklist PDF", "Architect's drawings"],
                        customer=["Commissions drawings and collects the land registry extract"],
                        front=["Checklist on the website"],
                        back=["Land registry issues extracts @Land registry"],
                        support=["Registry portal"],
                        thinks=["Which drawing scale do they want?"],
                        pains=["Paying the architect before knowing the chances"],
                        ideas=["Example application with every document marked"],
                        feeling=-0.5,
                        why="Costs before certainty",
                    ),
                    S(
                        "Fill in the application",
                        "40 min",
                        evidence=["Online application form"],
                        customer=["? Fills in the form and uploads the documents"],
                        front=[
                            Fail(
                                "Upload rejects files over 10 MB",
                                mode="Drawings refused at upload",
                                effect="Applicant gives up or e-mails files",
                                cause="Upload limit set for text documents",
                                s=6,
                                o=7,
                                d=3,
                            )
                        ],
                        back=["Form validates mandatory fields"],
                        support=["E-government portal", "Document store"],
                        touch=["Portal"],
                        pains=["Drawings too large to upload"],
                        ideas=["Accept large drawings; compress on the server"],
                        feeling=-1.5,
                        why="Upload fails twice",
                        truth=True,
                    ),
                ],
            ),
            (
                "Submit and wait",
                [
                    S(
                        "Pay the fee",
                        "5 min",
                        evidence=["Payment confirmation"],
                        customer=["Pays the application fee online"],
                        front=["Payment page"],
                        back=["Finance reconciles payments daily @Finance"],
                        support=["Payment provider"],
                        feeling=0,
                        why="Done, at last",
                    ),
                    S(
                        "Completeness check",
                        "1-3 wk",
                        acceptable="2 wk",
                        evidence=["Acknowledgement letter"],
                        customer=["~2 wk: Waits for the acknowledgement"],
                        front=["Case officer sends the acknowledgement @Case officer"],
                        back=[
                            Fail(
                                "Case officer checks completeness",
                                mode="Missing document found late",
                                effect="Clock restarts; weeks lost",
                                cause="Checklist and form ask for different things",
                                s=8,
                                o=6,
                                d=5,
                            ),
                            "Requests missing documents @Case officer",
                        ],
                        support=["Case management system"],
                        thinks=["Has anyone even opened it?"],
                        pains=["No status between steps"],
                        ideas=["Status page with the current step and its usual time"],
                        feeling=-1.5,
                        why="Silence for two weeks",
                    ),
                    S(
                        "Neighbour consultation",
                        "3 wk",
                        evidence=["Notice on the property"],
                        customer=["Hangs the notice, talks to neighbours"],
                        front=["Notice template and instructions"],
                        back=["Objections logged and assessed @Planning"],
                        support=["Public consultation register"],
                        feeling=-0.5,
                        why="Worried about one neighbour",
                    ),
                ],
            ),
            (
                "Decision",
                [
                    S(
                        "Assessment",
                        "2-4 wk",
                        acceptable="4 wk",
                        customer=["~3 wk: Waits for the decision"],
                        back=[
                            "Planner assesses against the zoning plan @Planning",
                            "! Heritage advice requested for the street @Heritage",
                        ],
                        support=["Zoning plan viewer", "GIS"],
                        thinks=["Should I cancel the builder?"],
                        feeling=-1,
                        why="Builder is asking",
                    ),
                    S(
                        "Receive the decision",
                        "10 min",
                        evidence=["Decision letter with conditions"],
                        customer=["Reads the decision and its conditions"],
                        front=["Decision sent through the portal and by post"],
                        back=["Decision signed by the head of department @Planning"],
                        support=["Document signing service"],
                        touch=["Portal", "Letter"],
                        ideas=["Explain each condition in plain words"],
                        feeling=1.5,
                        why="Permit granted",
                        truth=True,
                    ),
                ],
            ),
        ],
    )
