"""A hospital outpatient visit: referral to follow-up, with the waits that shape it."""

from __future__ import annotations

from blueprint_studio.model import Document, Persona, Scenario
from blueprint_studio.templates.builder import Fail, S, build
from blueprint_studio.words import QT_TR_NOOP

NAME = "hospital-outpatient"
TITLE = QT_TR_NOOP("Hospital outpatient visit")
SECTOR = QT_TR_NOOP("Healthcare")
ABOUT = QT_TR_NOOP(
    "A patient referred by their GP sees a specialist: booking, arrival, consultation, tests and follow-up."
)


def document() -> Document:
    patient = Persona(
        id="persona1",
        name="Walter Brandt",
        role="Patient, 68, referred for knee pain",
        colour="#d55e00",
        description="Retired, lives alone, comes by bus; hard of hearing in noisy rooms.",
        goals=["Understand what is wrong and what happens next", "Not to make the trip twice"],
        needs=["Clear directions", "Being called in a way he can hear"],
        frustrations=["Waiting without knowing how long"],
        quote="Nobody tells you anything in the waiting room.",
    )
    return build(
        TITLE,
        Scenario(
            start="The GP refers Walter to orthopaedics",
            end="Walter knows his treatment plan",
            goal="A diagnosis and a plan in as few visits as possible",
        ),
        [patient],
        [
            (
                "Referral and booking",
                [
                    S(
                        "Referral received",
                        "~3 wk",
                        evidence=["Referral letter"],
                        customer=["~3 wk: Waits to hear from the hospital"],
                        back=[
                            "Referral triaged by a consultant @Orthopaedics",
                            "! Referral lost between fax and system @Booking office",
                        ],
                        support=["Referral management system"],
                        thinks=["Did they get it?"],
                        pains=["No confirmation of the referral"],
                        ideas=["Text message when the referral arrives"],
                        feeling=-1,
                        why="Weeks of nothing",
                    ),
                    S(
                        "Book the appointment",
                        "10 min",
                        evidence=["Appointment letter"],
                        customer=["Phones to choose a date"],
                        front=["Booking clerk offers dates @Booking office"],
                        back=["Clinic templates hold the slots"],
                        support=["Patient administration system"],
                        touch=["Phone"],
                        feeling=0.5,
                        why="A date at last",
                    ),
                ],
            ),
            (
                "Arrival",
                [
                    S(
                        "Travel and find the clinic",
                        "50 min",
                        evidence=["Signs in the main hall", "Hospital map"],
                        customer=["Takes the bus, looks for the clinic"],
                        front=["Volunteer at the entrance points the way"],
                        support=["Wayfinding signs"],
                        pains=["Clinic moved; old signs still up"],
                        ideas=["Directions in the appointment letter"],
                        feeling=-0.5,
                        why="Lost for ten minutes",
                    ),
                    S(
                        "Check in",
                        "5 min",
                        evidence=["Self-service kiosk", "Wristband"],
                        customer=["Checks in at the kiosk"],
                        front=[
                            Fail(
                                "Kiosk cannot find the booking",
                                mode="Check-in fails at the kiosk",
                                effect="Patient queues at reception",
                                cause="Appointment booked under an old address",
                                s=4,
                                o=5,
                                d=2,
                            ),
                            "Receptionist checks him in by hand @Reception",
                        ],
                        back=["Demographics updated"],
                        support=["Patient administration system"],
                        touch=["Kiosk", "Reception desk"],
                        feeling=-0.5,
                        why="The machine did not know him",
                        truth=True,
                    ),
                    S(
                        "Wait to be called",
                        "~40 min",
                        acceptable="20 min",
                        evidence=["Waiting room", "Call screen"],
                        customer=["~40 min: Waits, listening for his name"],
                        front=["! Nurse calls names across a noisy room @Nursing"],
                        back=["Clinic runs late: the first patient came late"],
                        support=["Call screen system"],
                        thinks=["Did I miss my name?"],
                        pains=["No idea how long the wait is"],
                        ideas=["Show the delay on the call screen"],
                        feeling=-1.5,
                        why="Forty minutes, no news",
                    ),
                ],
            ),
            (
                "Consultation",
                [
                    S(
                        "See the specialist",
                        "15 min",
                        evidence=["Consultation room", "Leaflet on knee arthritis"],
                        customer=["Describes the pain, is examined"],
                        front=["Consultant examines and explains @Orthopaedics"],
                        back=["Notes dictated into the record"],
                        support=["Electronic health record", "Dictation service"],
                        touch=["Consultation"],
                        feeling=1,
                        why="Finally listened to",
                        truth=True,
                    ),
                    S(
                        "X-ray",
                        "30 min",
                        evidence=["Request form", "Radiology waiting area"],
                        customer=["Walks to radiology for an X-ray"],
                        front=["Radiographer takes the images @Radiology"],
                        back=["Images reported by a radiologist @Radiology"],
                        support=["Imaging archive (PACS)"],
                        feeling=0,
                        why="Another queue, but quick",
                    ),
                ],
            ),
            (
                "Follow-up",
                [
                    S(
                        "Results and plan",
                        "~2 wk",
                        evidence=["Clinic letter"],
                        customer=["Reads the letter with the plan"],
                        front=["Letter to patient and GP @Orthopaedics"],
                        back=[
                            Fail(
                                "Letter typed from dictation",
                                mode="Letter delayed in the typing queue",
                                effect="Patient calls to ask; GP uninformed",
                                cause="Typing backlog after staff shortage",
                                s=5,
                                o=7,
                                d=6,
                            )
                        ],
                        support=["Document production"],
                        pains=["Letter full of abbreviations"],
                        ideas=["Plain-language summary for the patient"],
                        feeling=0.5,
                        why="A plan, if hard to read",
                    ),
                    S(
                        "Physiotherapy booked",
                        "10 min",
                        customer=["Books physiotherapy"],
                        front=["Physio team calls to book"],
                        back=["Referral to physiotherapy @Physiotherapy"],
                        support=["Scheduling system"],
                        feeling=1,
                        why="Something is happening",
                    ),
                ],
            ),
        ],
    )
