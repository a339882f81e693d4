"""Returning an online order: from deciding to return to the refund."""

from __future__ import annotations

from blueprint_studio.model import Document, Persona, Scenario
from blueprint_studio.templates.builder import Fail, S, build
from blueprint_studio.words import QT_TR_NOOP

NAME = "online-return"
TITLE = QT_TR_NOOP("Returning an online order")
SECTOR = QT_TR_NOOP("Retail and e-commerce")
ABOUT = QT_TR_NOOP("A customer sends back shoes that do not fit: return request, drop-off, warehouse check and refund.")


def document() -> Document:
    customer = Persona(
        id="persona1",
        name="Priya Nair",
        role="Frequent online shopper",
        colour="#009e73",
        description="Orders two sizes and returns one; shops on her phone in the evening.",
        goals=["Get her money back quickly", "No printer needed"],
        needs=["A drop-off point on her way to work"],
        frustrations=["Refunds that take weeks", "Paying for returns"],
        quote="Buying takes one tap. Returning should too.",
    )
    return build(
        TITLE,
        Scenario(
            start="The shoes do not fit",
            end="The refund is on Priya's card",
            goal="Money back within a week, without a printer",
        ),
        [customer],
        [
            (
                "Decide",
                [
                    S(
                        "Decide to return",
                        "5 min",
                        evidence=["Order confirmation e-mail"],
                        customer=["Checks the return policy"],
                        front=["Returns page in the app"],
                        back=["Policy maintained by customer service @Customer service"],
                        support=["Content management"],
                        thinks=["Is it free?"],
                        touch=["App"],
                        feeling=-0.5,
                        why="Annoyed they do not fit",
                    ),
                    S(
                        "Request the return",
                        "3 min",
                        evidence=["QR code in the app"],
                        customer=["? Chooses items, reason and refund method"],
                        front=["Return wizard"],
                        back=["Return authorised automatically @Returns"],
                        support=["Order management system", "Carrier label service"],
                        touch=["App"],
                        ideas=["Offer an exchange for the other size"],
                        feeling=0.5,
                        why="Easier than expected",
                        truth=True,
                    ),
                ],
            ),
            (
                "Send back",
                [
                    S(
                        "Pack the parcel",
                        "10 min",
                        evidence=["Original box", "Returns sticker"],
                        customer=["Packs the shoes in the original box"],
                        pains=["Box torn open when it arrived"],
                        feeling=0,
                    ),
                    S(
                        "Drop off",
                        "15 min",
                        evidence=["Parcel shop receipt"],
                        customer=["Drops the parcel at a parcel shop"],
                        front=[
                            Fail(
                                "Parcel shop scans the QR code",
                                mode="QR code does not scan",
                                effect="Customer sent home to print a label",
                                cause="Screen brightness and old scanners",
                                s=7,
                                o=4,
                                d=3,
                            )
                        ],
                        back=["Carrier collects from the shop @Carrier"],
                        support=["Carrier tracking"],
                        touch=["Parcel shop"],
                        pains=["Queue behind parcel senders"],
                        feeling=-0.5,
                        why="Queue, but done",
                    ),
                ],
            ),
            (
                "In transit",
                [
                    S(
                        "Parcel travels to the warehouse",
                        "~2-4 d",
                        customer=["~3 d: Tracks the parcel"],
                        front=["Tracking page and e-mails"],
                        back=["Carrier hub sorts returns @Carrier"],
                        support=["Tracking feed"],
                        thinks=["Will the refund start now?"],
                        feeling=-0.5,
                        why="Nothing to do but wait",
                    ),
                    S(
                        "Warehouse check",
                        "1-5 d",
                        acceptable="2 d",
                        customer=["~3 d: Waits for the refund"],
                        back=[
                            Fail(
                                "Returns team inspects the item",
                                mode="Inspection backlog",
                                effect="Refund delayed; customer calls",
                                cause="Returns peak after sales, same staffing",
                                s=7,
                                o=8,
                                d=4,
                            ),
                            "Item restocked or written off @Warehouse",
                        ],
                        support=["Warehouse management system"],
                        pains=["No news while it sits in the warehouse"],
                        ideas=["Refund at drop-off scan for trusted customers"],
                        feeling=-1.5,
                        why="A week and no money",
                    ),
                ],
            ),
            (
                "Refund",
                [
                    S(
                        "Refund issued",
                        "1-3 d",
                        evidence=["Refund e-mail", "Card statement"],
                        customer=["Sees the refund e-mail"],
                        front=["Refund confirmation"],
                        back=["Finance releases the refund @Finance"],
                        support=["Payment provider"],
                        feeling=1,
                        why="Money back",
                        truth=True,
                    ),
                    S(
                        "Asked for feedback",
                        "2 min",
                        evidence=["Survey e-mail"],
                        customer=["Rates the return"],
                        front=["Survey"],
                        back=["Insights team reads the comments @Customer insights"],
                        support=["Survey tool"],
                        feeling=0.5,
                    ),
                ],
            ),
        ],
    )
