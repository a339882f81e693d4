"""The bundled sample blueprints, written as compact data so they are easy to review.

`python -m tests.sample_sources` rewrites resources/samples/*.bpx; a test checks the
committed files are exactly what this produces, so the samples never go stale.

Card text markers: ``{fail}``, ``{wait 10 min}``, ``{dur 3-5 min}`` (the card's own time),
``{decision}``, ``{pain}``, ``{opp}``, ``{start}``, ``{end}``, ``{exit}``, ``{missing}``,
``{team Reception}`` (also ``sys``, ``ch``, ``tp``, ``actor``: a facet, added to the vocabulary),
``{emo -1}`` (the first persona's score at that step), and ``@tag`` to name a card for the
connector list. Curves can also be given per persona as one score (or None) per step.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from blueprint_studio.model import (
    Blueprint,
    Card,
    Connector,
    ConnectorKind,
    Document,
    Duration,
    EmotionPoint,
    Facet,
    FacetKind,
    Failure,
    FailureStatus,
    Lane,
    LaneKind,
    Line,
    LineNote,
    Marks,
    Persona,
    Scenario,
    Stage,
    Step,
    TimeUnit,
    Zone,
)
from blueprint_studio.model.durations import parse_duration
from blueprint_studio.model.lanes import STANDARD_KINDS

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"

_LANE_KEYS = {
    "th": LaneKind.THOUGHTS,
    "fe": LaneKind.FEELINGS,
    "tp": LaneKind.TOUCHPOINTS,
    "pp": LaneKind.PAIN_POINTS,
    "op": LaneKind.OPPORTUNITIES,
    "pe": LaneKind.PHYSICAL_EVIDENCE,
    "ca": LaneKind.CUSTOMER_ACTIONS,
    "fs": LaneKind.FRONTSTAGE,
    "bs": LaneKind.BACKSTAGE,
    "sp": LaneKind.SUPPORT,
}
_MARK = re.compile(
    r"\{(fail|wait(?: [\d.-]+ \w+)?|dur [\d.-]+ \w+|decision|pain|opp|start|end|exit|missing|emo -?\d"
    r"|(?:team|sys|ch|tp|actor) [^}]+)\}|@(\w+)"
)
_FACET_KINDS = {
    "team": FacetKind.TEAM,
    "sys": FacetKind.SYSTEM,
    "ch": FacetKind.CHANNEL,
    "tp": FacetKind.TOUCHPOINT,
    "actor": FacetKind.ACTOR,
}
_FACET_COLOURS = (
    "#0072b2",
    "#d55e00",
    "#009e73",
    "#cc79a7",
    "#e69f00",
    "#56b4e9",
    "#8c6d1f",
    "#5d3a9b",
    "#117733",
    "#882255",
)
_facets: dict[str, Facet] = {}  # every facet a sample card named, by id


def _facet(kind: FacetKind, name: str) -> str:
    facet_id = f"facet-{kind.value}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}"
    if facet_id not in _facets:
        _facets[facet_id] = Facet(
            id=facet_id, kind=kind, name=name, colour=_FACET_COLOURS[len(_facets) % len(_FACET_COLOURS)]
        )
    return facet_id


def vocabulary(*blueprints: Blueprint) -> list[Facet]:
    """The facets the blueprints' cards name, in the order first named."""
    used = {facet for blueprint in blueprints for card in blueprint.cards for facet in card.facets}
    return [facet for facet_id, facet in _facets.items() if facet_id in used]


_UNITS = {unit.value: unit for unit in TimeUnit}


def _duration(text: str) -> Duration:
    duration = parse_duration(text)
    assert duration is not None and duration.value is not None, text
    return duration


def _card(
    card_id: str, lane: str, step: str, order: int, source: str, tags: dict[str, str], scores: dict[str, float]
) -> Card:
    marks = Marks()
    duration = None
    facets: list[str] = []
    for match in _MARK.finditer(source):
        word, tag = match.groups()
        if tag:
            tags[tag] = card_id
        elif word.split()[0] in _FACET_KINDS:
            kind, name = word.split(" ", 1)
            facets.append(_facet(_FACET_KINDS[kind], name))
        elif word in ("start", "end", "exit"):
            setattr(marks, word, True)
        elif word == "missing":
            marks.item_missing = True
        elif word == "fail":
            marks.fail_point = True
        elif word.startswith("wait"):
            marks.wait_point = True
            if word != "wait":
                marks.wait_duration = _duration(word[5:])
        elif word.startswith("dur "):
            duration = _duration(word[4:])
        elif word == "decision":
            marks.decision_point = True
        elif word == "pain":
            marks.pain_point = True
        elif word == "opp":
            marks.opportunity = True
        else:
            scores[step] = float(word.split()[1])
    text, _, notes = _MARK.sub("", source).partition("|")
    return Card(
        id=card_id,
        lane=lane,
        step=step,
        order=order,
        text=" ".join(text.split()),
        notes=notes.strip(),
        marks=marks,
        duration=duration,
        facets=facets,
    )


Curve = list[float | None | tuple[float, str]]  # a score (with its reason) or None, per step


def build(
    key: str,
    title: str,
    scenario: Scenario,
    personas: list[Persona],
    stages: list[str],
    steps: list[tuple[int, str, str, dict[str, list[str]]]],
    flows: list[tuple[str, str, str]],
    extra_lanes: list[tuple[str, Zone]] = (),  # type: ignore[assignment]
    journey_rows: tuple[LaneKind, ...] = (LaneKind.EMOTIONS,),
    curves: dict[tuple[str, bool], Curve] | None = None,
    moments: tuple[int, ...] = (),
    acceptable: dict[int, str] | None = None,
    service_acceptable: str | None = None,
    failures: dict[str, Failure] | None = None,
    line_notes: dict[tuple[Line, int], str] | None = None,
    lane_notes: dict[str, str] | None = None,
    photos: dict[str, str] | None = None,
) -> Blueprint:
    lanes = [Lane.standard(kind, f"{key}-{kind.value}") for kind in (*journey_rows, *STANDARD_KINDS)]
    for name, zone in extra_lanes:
        lane = Lane(id=f"{key}-{name.lower()}", kind=LaneKind.CUSTOM, name=name, zone=zone)
        after = max(i for i, existing in enumerate(lanes) if existing.zone == zone)
        lanes.insert(after + 1, lane)
    lane_ids = {k: f"{key}-{kind.value}" for k, kind in _LANE_KEYS.items()}
    lane_ids.update({name.lower(): f"{key}-{name.lower()}" for name, _ in extra_lanes})
    tags: dict[str, str] = {}
    cards: list[Card] = []
    step_models: list[Step] = []
    marked: dict[str, float] = {}
    for number, (stage, name, duration, cells) in enumerate(steps, 1):
        step_id = f"{key}-s{number}"
        limit = (acceptable or {}).get(number)
        step_models.append(
            Step(
                id=step_id,
                name=name,
                stage=f"{key}-g{stage}",
                duration=_duration(duration),
                acceptable=_duration(limit) if limit else None,
                moment_of_truth=number in moments,
            )
        )
        for lane_key, texts in cells.items():
            for order, text in enumerate(texts):
                card_id = f"{key}-c{len(cards) + 1}"
                cards.append(_card(card_id, lane_ids[lane_key], step_id, order, text, tags, marked))
    emotions = [
        EmotionPoint(id=f"{key}-e{n}", persona=personas[0].id, step=step, score=score)
        for n, (step, score) in enumerate(marked.items(), 1)
    ]
    for (persona_id, to_be), scores in (curves or {}).items():
        for step, entry in zip(step_models, scores, strict=False):
            if entry is not None:
                score, reason = entry if isinstance(entry, tuple) else (entry, "")
                emotions.append(
                    EmotionPoint(
                        id=f"{key}-e{len(emotions) + 1}",
                        persona=persona_id,
                        step=step.id,
                        score=score,
                        reason=reason,
                        to_be=to_be,
                    )
                )
    connectors = [
        Connector(
            id=f"{key}-a{n}", source=tags[a], target=tags[b], kind=ConnectorKind(kind) if kind else ConnectorKind.FLOW
        )
        for n, (a, b, kind) in enumerate(flows, 1)
    ]
    for tag, asset in (photos or {}).items():
        next(c for c in cards if c.id == tags[tag]).image = asset
    for lane in lanes:
        lane.description = (lane_notes or {}).get(next((k for k, v in lane_ids.items() if v == lane.id), ""), "")
    notes = [
        LineNote(id=f"{key}-n{n}", line=line, step=f"{key}-s{number}", text=text)
        for n, ((line, number), text) in enumerate((line_notes or {}).items(), 1)
    ]
    for tag, failure in (failures or {}).items():
        card = next(c for c in cards if c.id == tags[tag])
        card.failure = failure.model_copy(update={"recovery": [tags[r] for r in failure.recovery]})
    return Blueprint(
        id=key,
        acceptable=_duration(service_acceptable) if service_acceptable else None,
        title=title,
        scenario=scenario,
        personas=[persona.id for persona in personas],
        emotions=emotions,
        stages=[Stage(id=f"{key}-g{n}", name=name) for n, name in enumerate(stages, 1)],
        steps=step_models,
        lanes=lanes,
        cards=cards,
        connectors=connectors,
        line_notes=notes,
        describe_lanes=bool(lane_notes),
    )


def hotel() -> Document:
    steps = [
        (
            1,
            "Find a hotel",
            "20 min",
            {
                "pe": ["Comparison website", "Hotel photos and reviews"],
                "ca": ["Compare hotels near the conference {emo 0} {start} {ch Web} @search"],
                "fs": [],
                "bs": ["Rates pushed to channel manager {team Revenue} {sys Channel manager}"],
                "sp": ["Channel manager {fail} @chan | rates sometimes out of sync with the PMS"],
                "partners": ["Online travel agency (15 % commission)"],
            },
        ),
        (
            1,
            "Book the room",
            "5 min",
            {
                "pe": ["Booking page", "Confirmation e-mail"],
                "ca": ["Enter dates, card and special requests {emo 1} {ch Web} @book"],
                "fs": [],
                "bs": ["Reservation created in PMS {team Reservations} {sys PMS} @res"],
                "sp": ["Payment gateway {fail} @gateway", "Property management system (PMS)"],
            },
        ),
        (
            2,
            "Travel and arrive",
            "45 min",
            {
                "pe": ["Taxi from the station", "Hotel façade and entrance"],
                "ca": ["Arrive tired after the train {emo -1} {pain} @arrive"],
                "fs": ["Doorman greets and takes luggage {team Front office} {actor Doorman} @door"],
                "bs": [],
                "sp": [],
                "partners": ["Taxi company with hotel account"],
            },
        ),
        (
            2,
            "Check in",
            "10 min",
            {
                "pe": ["Lobby, reception desk", "Registration card, key card @keycard"],
                "ca": ["Queue at reception {wait 8 min} {emo -2} {pain} @queue", "Show ID and card"],
                "fs": [
                    "Receptionist finds the booking, takes a deposit of €150 {dur 3-5 min} {team Front office} {sys "
                    "PMS} @checkin"
                ],
                "bs": [
                    "Room status checked: is it cleaned? {decision} {dur 1-10 min} {team Housekeeping} @status",
                    "Key card encoded {dur 1 min} {team Front office} {sys Key encoder}",
                ],
                "sp": ["Housekeeping status board {fail} @hk | updated by hand; often late", "Key encoder"],
            },
        ),
        (
            3,
            "Go to the room",
            "5 min",
            {
                "pe": ["Lift, corridor signs", "Room 412"],
                "ca": ["Find the room, open door with key card {emo 0} @room"],
                "fs": ["Porter brings luggage"],
                "bs": ["Luggage tagged with room number @tag"],
                "sp": [],
            },
        ),
        (
            3,
            "Order room service",
            "40 min",
            {
                "pe": ["In-room menu (naïve prices, no allergens) {missing}", "Tray and bill"],
                "ca": [
                    "Call and order a Café au lait and club sandwich {emo 0} @order",
                    "Wait for the food {wait 30 min} {pain} {emo -1} @waitfood",
                ],
                "fs": [
                    "Order taker repeats the order {dur 2 min} {ch Phone} {team Room service} @taker",
                    "Server delivers the tray {dur 5-10 min} {team Room service} @deliver",
                ],
                "bs": [
                    "Kitchen prepares order {dur 20-30 min} {team Kitchen} @kitchen",
                    "Charge posted to room folio {sys PMS}",
                ],
                "sp": ["Kitchen display system", "POS ↔ PMS interface {fail} @pos"],
                "partners": ["Night delivery from the bistro next door {opp}"],
            },
        ),
        (
            3,
            "Sleep",
            "8 h",
            {
                "pe": ["Bed, blackout curtains", "Air conditioning"],
                "ca": ["Sleep; noise from the corridor at 2 a.m. {pain} {emo -1}"],
                "fs": [],
                "bs": ["Night audit closes the day @audit"],
                "sp": ["Night audit batch job {fail}"],
            },
        ),
        (
            3,
            "Breakfast",
            "30 min",
            {
                "pe": ["Breakfast room, buffet", "Table number"],
                "ca": ["Give room number, eat breakfast {emo 2} @breakfast"],
                "fs": ["Host checks room number @host", "Staff refill the buffet"],
                "bs": ["Breakfast covers counted"],
                "sp": ["Food supplier delivery {opp} | switch to local bakery"],
            },
        ),
        (
            4,
            "Check out",
            "10 min",
            {
                "pe": ["Printed invoice", "Express check-out box"],
                "ca": ["Ask for the invoice, dispute a minibar charge {decision} {emo -1} @checkout"],
                "fs": [
                    "Receptionist prints invoice, removes the charge {dur 3 min} {team Front office} {sys PMS} @invoice"
                ],
                "bs": ["Folio settled, deposit released {dur 2 min} @settle"],
                "sp": ["Payment gateway {wait 3 d} {pain} | deposit release takes days", "Accounting export"],
            },
        ),
        (
            4,
            "Leave a review",
            "5 min",
            {
                "pe": ["Follow-up e-mail", "Review site"],
                "ca": ["Rate the stay 4/5 {emo 1} {opp} {end} {ch E-mail} @review"],
                "fs": [],
                "bs": ["Guest relations replies to the review @reply"],
                "sp": ["CRM and review-monitoring tool"],
            },
        ),
    ]
    flows = [
        ("search", "book", ""),
        ("book", "res", ""),
        ("book", "arrive", ""),
        ("arrive", "door", ""),
        ("arrive", "queue", ""),
        ("queue", "checkin", "two_way"),
        ("checkin", "status", ""),
        ("status", "room", "information"),
        ("room", "order", ""),
        ("order", "taker", "two_way"),
        ("taker", "kitchen", "information"),
        ("kitchen", "deliver", ""),
        ("deliver", "waitfood", ""),
        ("door", "tag", "information"),
        ("audit", "breakfast", "information"),
        ("breakfast", "host", "two_way"),
        ("breakfast", "checkout", ""),
        ("checkout", "invoice", "two_way"),
        ("invoice", "settle", ""),
        ("checkout", "review", ""),
        ("review", "reply", "information"),
    ]
    ana = Persona(
        id="hotel-ana",
        name="Ana Müller",
        role="Business traveller",
        description="Consultant, travels 6 nights a month, claims every expense",
        goals=["Sleep well before a client day", "File the expense claim in one go"],
        frustrations=["Queues after a long journey", "Invoices that need correcting"],
        quote="I just want my key and a quiet room.",
        colour="#0072b2",
    )
    photo = (Path(__file__).parent / "fixtures" / "photos" / "key-card.png").read_bytes()
    key_card = f"{hashlib.sha256(photo).hexdigest()}.png"
    blueprint = build(
        "hotel",
        "Hotel overnight stay",
        Scenario(
            start="Ana needs a room near the conference centre",
            end="Ana has left and reviewed the hotel",
            goal="A quiet night and an easy business expense claim",
        ),
        [ana],
        ["Book", "Arrive", "Stay", "Depart"],
        steps,
        flows,
        extra_lanes=[("Partners", Zone.SUPPORT)],
        moments=(4,),
        acceptable={4: "5 min", 6: "45 min"},
        service_acceptable="12 h",
        failures={
            "hk": Failure(
                mode="Room shown as clean while it is not",
                effect="Guest sent to an unready room, waits at reception",
                cause="Board updated by hand after each round",
                severity=8,
                occurrence=6,
                detection=4,
                owner="Housekeeping lead",
                status=FailureStatus.IN_PROGRESS,
                recovery=["status"],
            ),
            "pos": Failure(
                mode="Room-service charge not posted to the folio",
                effect="Invoice disputed at check-out",
                cause="Interface drops orders at shift change",
                severity=5,
                occurrence=5,
                detection=7,
                owner="IT",
                recovery=["invoice"],
            ),
            "chan": Failure(
                mode="Rates out of sync between channels",
                effect="Wrong price shown, overbooking",
                cause="Manual rate changes not pushed",
                severity=7,
                occurrence=4,
                detection=5,
                owner="Revenue manager",
            ),
            "gateway": Failure(
                mode="Card declined at booking",
                effect="Booking lost to a competitor",
                cause="3-D Secure time-out on mobile",
                severity=6,
                occurrence=3,
                detection=2,
                owner="Finance",
                status=FailureStatus.ACCEPTED,
            ),
        },
        line_notes={
            (Line.INTERACTION, 4): "Guest ↔ receptionist, face to face",
            (Line.VISIBILITY, 6): "Order handed to the kitchen by ticket",
            (Line.INTERNAL_INTERACTION, 1): "Rate API, every 15 min",
        },
        lane_notes={"partners": "Outside companies the hotel relies on"},
        photos={"keycard": key_card},
    )
    return Document(personas=[ana], blueprints=[blueprint], facets=vocabulary(blueprint), assets={key_card: photo})


def coffee() -> Document:
    steps = [
        (
            1,
            "Open the app",
            "30 s",
            {
                "th": ["“Can I skip the queue today?”"],
                "pe": ["App icon, home screen", "Loyalty balance"],
                "ca": ["Open the Café app on the way to work {emo 1} @open"],
                "fs": ["Home screen shows nearest store"],
                "bs": ["Location lookup @locate"],
                "sp": ["Store locator service", "Maps API {fail}"],
            },
        ),
        (
            1,
            "Choose a store",
            "20 s",
            {
                "th": ["“Is the station store open yet?”"],
                "pe": ["Store list with pickup times"],
                "ca": ["Pick the station store {decision} {emo 0} @store"],
                "fs": ["Estimated pickup time shown @eta"],
                "bs": ["Queue length estimated from open orders @queue"],
                "sp": ["Order management system"],
            },
        ),
        (
            2,
            "Build the order",
            "1 min",
            {
                "th": ["“Oat milk costs extra again…”"],
                "pe": ["Menu with photos", "Customisation sheet"],
                "ca": ["Choose a flat white, oat milk, extra shot {emo 0} @build"],
                "fs": ["Upsell: croissant for €1.50 {opp}"],
                "bs": ["Stock check per store @stock"],
                "sp": ["Inventory feed {fail} | sold-out items still orderable"],
            },
        ),
        (
            2,
            "Pay",
            "20 s",
            {
                "th": ["“Did it go through?”"],
                "pe": ["Payment sheet", "Receipt notification"],
                "ca": ["Pay with wallet {emo 0} @pay"],
                "fs": ["Confirmation with order number @confirm"],
                "bs": ["Payment authorised @auth"],
                "sp": ["Payment provider {fail} {wait 5 s}", "Fraud screening"],
            },
        ),
        (
            3,
            "Wait for the drink",
            "6 min",
            {
                "th": ["“Will it be ready when I get there?”"],
                "pe": ["Push notifications", "Order status screen"],
                "ca": ["Walk to the store, check status {wait 6 min} {emo -1} {pain} @walk"],
                "fs": ["Status updates: received, making, ready @status"],
                "bs": ["Order printed on barista ticket @ticket", "Barista makes the drink @make"],
                "sp": ["Ticket printer {fail} | paper runs out at rush hour", "Espresso machine"],
            },
        ),
        (
            3,
            "Find the pickup shelf",
            "1 min",
            {
                "th": ["“Which cup is mine?”"],
                "pe": ["Pickup shelf", "Cup label with name"],
                "ca": ["Look for the cup among twenty others {pain} {emo -2} @find"],
                "fs": ["Barista calls out names @call"],
                "bs": ["Cup labelled with the customer's name", "Drinks placed on shelf in order @shelf"],
                "sp": ["Label printer"],
            },
        ),
        (
            3,
            "Collect the drink",
            "30 s",
            {
                "th": ["“Finally.”"],
                "pe": ["Cup, lid, sleeve"],
                "ca": ["Take the cup, check the name {decision} {emo 1} @collect"],
                "fs": ["Barista hands over if asked"],
                "bs": ["Order marked collected @collected"],
                "sp": ["Order management system"],
            },
        ),
        (
            4,
            "Drink and rate",
            "15 min",
            {
                "th": ["“Good, but lukewarm.”"],
                "pe": ["Rating prompt in the app"],
                "ca": ["Rate the order 3 stars {emo 0} {opp} @rate"],
                "fs": ["Thank-you screen, points added @points"],
                "bs": ["Rating routed to store manager @route"],
                "sp": ["Feedback dashboard", "Loyalty engine"],
            },
        ),
        (
            4,
            "Report a problem",
            "3 min",
            {
                "th": ["“They forgot the extra shot.”"],
                "pe": ["Help centre form"],
                "ca": ["Report the wrong drink {pain} {emo -1} @report"],
                "fs": ["Automatic apology and voucher {opp} @voucher"],
                "bs": ["Support agent reviews the case @agent"],
                "sp": ["Help desk tool", "Voucher service {wait 1 d}"],
            },
        ),
    ]
    flows = [
        ("open", "locate", "information"),
        ("open", "store", ""),
        ("store", "eta", ""),
        ("eta", "queue", "information"),
        ("store", "build", ""),
        ("build", "stock", "information"),
        ("build", "pay", ""),
        ("pay", "auth", ""),
        ("auth", "confirm", ""),
        ("pay", "walk", ""),
        ("confirm", "ticket", ""),
        ("ticket", "make", ""),
        ("make", "status", "information"),
        ("walk", "find", ""),
        ("make", "shelf", ""),
        ("shelf", "call", ""),
        ("find", "collect", ""),
        ("call", "collect", "two_way"),
        ("collect", "collected", "information"),
        ("collect", "rate", ""),
        ("rate", "points", ""),
        ("rate", "route", "information"),
        ("rate", "report", ""),
        ("report", "agent", ""),
        ("agent", "voucher", ""),
    ]
    jonas = Persona(
        id="coffee-jonas",
        name="Jonas",
        role="Daily commuter",
        description="Orders 4 times a week, impatient at 8 a.m.",
        needs=["Coffee ready when he arrives"],
        colour="#d55e00",
    )
    return Document(
        personas=[jonas],
        blueprints=[
            build(
                "coffee",
                "Order coffee ahead in the app",
                Scenario(
                    start="Commuter leaves the train, wants coffee without queueing",
                    end="Drink collected and rated",
                    goal="Coffee in hand within 5 minutes of arriving, naïve as it sounds",
                ),
                [jonas],
                ["Plan", "Order", "Collect", "After"],
                steps,
                flows,
                journey_rows=(LaneKind.THOUGHTS, LaneKind.EMOTIONS),
                moments=(6,),
                acceptable={5: "5 min"},
                service_acceptable="30 min",
            )
        ],
    )


def broadband() -> Document:
    """A journey map for two personas, continued into the provider's blueprint."""
    steps = [
        (
            1,
            "Notice the old line is too slow",
            "1 wk",
            {
                "th": ["“My video calls keep freezing.”"],
                "fe": ["Annoyed, a little worried"],
                "tp": ["Speed test website"],
                "pp": ["No idea what speed is actually needed"],
                "pe": ["Speed test result"],
                "ca": ["Run a speed test at the desk @test"],
                "fs": [],
                "bs": [],
                "sp": [],
            },
        ),
        (
            1,
            "Compare offers",
            "2 h",
            {
                "th": ["“Why does every site show different prices?”"],
                "tp": ["Comparison portal", "Provider website"],
                "pp": ["Promotional prices hide the price after 12 months"],
                "op": ["Show the 24-month total up front"],
                "pe": ["Offer page with availability check"],
                "ca": ["Enter the address, compare three offers {decision} @compare"],
                "fs": ["Availability checker answers within seconds @avail"],
                "bs": ["Address matched to the network plan"],
                "sp": ["Network availability database {fail} | flats in new buildings often missing"],
            },
        ),
        (
            2,
            "Order fibre online",
            "20 min",
            {
                "fe": ["Relieved it was quick"],
                "tp": ["Online shop", "Order confirmation e-mail"],
                "pe": ["Order form", "Confirmation e-mail"],
                "ca": ["Choose 500 Mbit/s, enter bank details @order"],
                "fs": ["Shop confirms order and installation window @confirm"],
                "bs": ["Credit check; order created in the OSS @oss"],
                "sp": ["Credit agency API", "Order system (OSS)"],
            },
        ),
        (
            2,
            "Wait for the installation date",
            "7-14 d",
            {
                "th": ["“Will anyone tell me when they come?”"],
                "fe": ["Uncertain"],
                "tp": ["SMS", "Tracking page"],
                "pp": ["Eight-hour window on a working day"],
                "op": ["Book a two-hour slot online"],
                "pe": ["SMS with the appointment"],
                "ca": ["Wait for the technician's appointment {wait 10 d} {pain} @waitdate"],
                "fs": ["SMS with an eight-hour window @sms"],
                "bs": ["Technician route planned @route"],
                "sp": ["Workforce scheduling {fail} | double bookings on Mondays"],
            },
        ),
        (
            3,
            "Installation day",
            "2-8 h",
            {
                "th": ["“I had to take a day off for this.”"],
                "fe": ["Impatient, then relieved"],
                "tp": ["Technician at the door"],
                "pp": ["Technician late, no call ahead"],
                "op": ["Live arrival tracking"],
                "pe": ["Fibre socket", "Router box"],
                "ca": ["Let the technician in, show where the line enters @door"],
                "fs": ["Technician installs the socket and tests the line @install"],
                "bs": ["Port activated in the exchange @port"],
                "sp": ["Network management system", "Spare parts van stock {fail}"],
            },
        ),
        (
            3,
            "Set up the router and Wi-Fi",
            "45 min",
            {
                "th": ["“Which cable goes where?”"],
                "fe": ["Confused"],
                "tp": ["Quick-start leaflet", "Router app"],
                "pp": ["Leaflet assumes a technical vocabulary"],
                "op": ["Video guide with the router's own pictures"],
                "pe": ["Quick-start leaflet", "Router app"],
                "ca": ["Connect the router, rename the Wi-Fi {decision} @setup"],
                "fs": ["Router app walks through the set-up @app"],
                "bs": ["Router registered to the line @register"],
                "sp": ["Device management (TR-069)"],
            },
        ),
        (
            4,
            "First week online",
            "1 wk",
            {
                "th": ["“Finally, calls without freezing.”"],
                "fe": ["Pleased"],
                "tp": ["Video calls", "Streaming"],
                "pe": ["Stable Wi-Fi"],
                "ca": ["Work and stream without drops @use"],
                "fs": [],
                "bs": ["Line monitored for errors @monitor"],
                "sp": ["Network monitoring"],
            },
        ),
        (
            4,
            "First bill arrives",
            "10 min",
            {
                "th": ["“Why is it higher than the offer?”"],
                "fe": ["Suspicious"],
                "tp": ["PDF bill", "Customer portal"],
                "pp": ["Pro-rata charges not explained"],
                "op": ["Explain the first bill line by line"],
                "pe": ["Bill (PDF)"],
                "ca": ["Read the bill, compare with the offer {pain} @bill"],
                "fs": ["Portal shows the bill @portal"],
                "bs": ["Billing run creates the pro-rata bill @billing"],
                "sp": ["Billing system {fail} | installation fee sometimes charged twice"],
            },
        ),
        (
            4,
            "Call about the bill",
            "25 min",
            {
                "th": ["“Another hotline.”"],
                "fe": ["Frustrated, then reassured"],
                "tp": ["Hotline", "Chat"],
                "pp": ["Twenty minutes on hold"],
                "op": ["Call-back instead of waiting"],
                "pe": ["Hold music", "Credit note"],
                "ca": ["Call the hotline, wait, explain again {wait 20 min} @call"],
                "fs": ["Agent explains, credits the double fee @agent"],
                "bs": ["Credit note issued @credit"],
                "sp": ["CRM", "Telephony queue"],
            },
        ),
    ]
    flows = [
        ("test", "compare", ""),
        ("compare", "avail", "two_way"),
        ("compare", "order", ""),
        ("order", "confirm", ""),
        ("confirm", "oss", "information"),
        ("oss", "route", ""),
        ("route", "sms", "information"),
        ("sms", "waitdate", ""),
        ("waitdate", "door", ""),
        ("door", "install", "two_way"),
        ("install", "port", ""),
        ("door", "setup", ""),
        ("setup", "app", "two_way"),
        ("app", "register", "information"),
        ("setup", "use", ""),
        ("use", "bill", ""),
        ("monitor", "use", "information"),
        ("billing", "portal", "information"),
        ("portal", "bill", ""),
        ("bill", "call", ""),
        ("call", "agent", "two_way"),
        ("agent", "credit", ""),
    ]
    leila = Persona(
        id="broadband-leila",
        name="Leila Haddad",
        role="Remote worker, 34",
        description="Works from home four days a week; video calls all day",
        goals=["A line that never drops during calls", "Installation without losing a work day"],
        needs=["A precise appointment", "Clear total price"],
        frustrations=["Waiting in for technicians", "Hotlines"],
        quote="If the line drops, I lose a client meeting.",
        colour="#0072b2",
    )
    henrik = Persona(
        id="broadband-henrik",
        name="Henrik Larsen",
        role="Retired, 71, first fibre contract",
        description="Moves over from a copper line his children set up years ago",
        goals=["Video calls with the grandchildren"],
        needs=["Someone to explain the router", "Paper bill"],
        frustrations=["Jargon", "Apps he did not ask for"],
        quote="Just tell me which cable goes where.",
        colour="#d55e00",
    )
    curves: dict[tuple[str, bool], Curve] = {
        (leila.id, False): [
            (-1, "Calls freeze"),
            0,
            (1, "Order done in minutes"),
            (-1.5, "8-hour window on a workday"),
            (-1, "Technician late"),
            0.5,
            (2, "Calls are stable"),
            (-1, "Bill higher than offer"),
            (-2, "20 min on hold"),
        ],
        (leila.id, True): [-1, 0.5, 1, 0.5, 1, 1, 2, 1, 1],
        (henrik.id, False): [
            0,
            (-1, "Prices hard to compare"),
            -0.5,
            0,
            (1, "Friendly technician"),
            (-2, "Leaflet full of jargon"),
            (1.5, "Video call with family"),
            -1,
            (0.5, "Agent was patient"),
        ],
    }
    return Document(
        personas=[leila, henrik],
        blueprints=[
            build(
                "broadband",
                "Getting fibre broadband at home",
                Scenario(
                    start="The old connection is too slow for video calls",
                    end="A stable connection and a bill that matches the offer",
                    goal="Fast, reliable internet without losing a working day",
                ),
                [leila, henrik],
                ["Discover", "Order", "Install", "Live with it"],
                steps,
                flows,
                journey_rows=(
                    LaneKind.THOUGHTS,
                    LaneKind.FEELINGS,
                    LaneKind.EMOTIONS,
                    LaneKind.TOUCHPOINTS,
                    LaneKind.PAIN_POINTS,
                    LaneKind.OPPORTUNITIES,
                ),
                curves=curves,
                moments=(5, 8),
                acceptable={4: "7 d", 9: "10 min"},
                service_acceptable="3 wk",
            )
        ],
    )


SAMPLE_BUILDERS = {"hotel-stay.bpx": hotel, "coffee-order-ahead.bpx": coffee, "broadband-journey.bpx": broadband}


def write_samples() -> None:
    from blueprint_studio.storage import save_bpx

    SAMPLES.mkdir(parents=True, exist_ok=True)
    for name, builder in SAMPLE_BUILDERS.items():
        path = SAMPLES / name
        save_bpx(builder(), path)
        path.with_name(path.name + "~").unlink(missing_ok=True)
        print(f"wrote {path}")


if __name__ == "__main__":
    write_samples()
