"""A restaurant visit: from booking a table to paying and coming back."""

from __future__ import annotations

from blueprint_studio.model import Document, Persona, Scenario
from blueprint_studio.templates.builder import Fail, S, build
from blueprint_studio.words import QT_TR_NOOP

NAME = "restaurant-visit"
TITLE = QT_TR_NOOP("A restaurant visit")
SECTOR = QT_TR_NOOP("Hospitality")
ABOUT = QT_TR_NOOP("A couple books a table for an anniversary dinner: booking, arrival, ordering, the meal, paying.")


def document() -> Document:
    guest = Persona(
        id="persona1",
        name="Lucas and Emma Dubois",
        role="Couple celebrating an anniversary",
        colour="#56b4e9",
        description="Eat out a few times a year; Emma is allergic to nuts.",
        goals=["A relaxed evening", "Safe food for Emma"],
        needs=["Staff who know the allergens"],
        frustrations=["Being rushed out for the next booking"],
        quote="We want to feel expected, not processed.",
    )
    return build(
        TITLE,
        Scenario(
            start="Lucas looks for a restaurant",
            end="They leave and post a review",
            goal="A special evening with safe food",
        ),
        [guest],
        [
            (
                "Book",
                [
                    S(
                        "Book a table",
                        "5 min",
                        evidence=["Booking confirmation"],
                        customer=["Books online, notes the anniversary and the allergy"],
                        front=["Booking widget"],
                        back=["! Booking notes not shown on the floor plan @Front of house"],
                        support=["Reservation system"],
                        touch=["Website"],
                        feeling=0.5,
                        why="Easy",
                    ),
                    S(
                        "Reminder",
                        "1 min",
                        evidence=["Reminder text message"],
                        customer=["Confirms by text"],
                        front=["Automatic reminder"],
                        support=["Reservation system"],
                        feeling=0.5,
                    ),
                ],
            ),
            (
                "Arrive",
                [
                    S(
                        "Arrive and be seated",
                        "10 min",
                        acceptable="5 min",
                        evidence=["Entrance", "Table with a candle"],
                        customer=["~10 min: Waits at the door"],
                        front=["Host greets and seats them @Front of house"],
                        back=["Table turned over from the earlier sitting"],
                        support=["Floor plan"],
                        pains=["Table not ready at the booked time"],
                        feeling=-0.5,
                        why="Kept waiting",
                    ),
                    S(
                        "Order drinks",
                        "5 min",
                        evidence=["Drinks list"],
                        customer=["Orders drinks"],
                        front=["Server takes the order @Service"],
                        back=["Bar prepares drinks @Bar"],
                        support=["Point-of-sale system"],
                        feeling=0.5,
                    ),
                ],
            ),
            (
                "Dine",
                [
                    S(
                        "Order food",
                        "10 min",
                        evidence=["Menu with allergen symbols"],
                        customer=["Asks which dishes are nut-free"],
                        front=[
                            Fail(
                                "Server answers allergen questions",
                                mode="Wrong allergen answer",
                                effect="Allergic reaction",
                                cause="Menu changed; allergen sheet not updated",
                                s=10,
                                o=2,
                                d=6,
                            )
                        ],
                        back=["Order sent to the kitchen with an allergy flag @Kitchen"],
                        support=["Kitchen display system", "Allergen matrix"],
                        thinks=["Do they really know?"],
                        ideas=["Allergen sheet generated from the recipes"],
                        feeling=0,
                        truth=True,
                    ),
                    S(
                        "The meal",
                        "1 h",
                        evidence=["Plates", "Dessert with a candle"],
                        customer=["Eat, talk, celebrate"],
                        front=["Server checks in between courses"],
                        back=["Kitchen paces the courses @Kitchen"],
                        support=["Supplier deliveries"],
                        feeling=2,
                        why="The anniversary dessert",
                    ),
                ],
            ),
            (
                "Leave",
                [
                    S(
                        "Pay",
                        "~10 min",
                        evidence=["Bill", "Card terminal"],
                        customer=["~10 min: Waits for the bill, pays"],
                        front=["! Server brings the terminal when free @Service"],
                        back=["Till reconciled at close"],
                        support=["Payment terminal"],
                        pains=["Long wait for the bill at the end"],
                        ideas=["Pay at the table by QR code"],
                        feeling=-0.5,
                        why="Waiting to pay",
                    ),
                    S(
                        "Review",
                        "5 min",
                        evidence=["Review site"],
                        customer=["Posts a review the next day"],
                        front=["Manager replies to reviews @Management"],
                        support=["Review platform"],
                        feeling=1,
                    ),
                ],
            ),
        ],
    )
