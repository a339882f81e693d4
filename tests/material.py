"""Material nobody here drew for the samples: long blueprints in several scripts, times written
in words, notes longer than a page, and a journey map as a designer drafts one in a
spreadsheet. Rooms are tested on these as well as on our own samples."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path

from blueprint_studio.editing import edits
from blueprint_studio.model import Blueprint, Document, Duration, Failure, Marks
from blueprint_studio.model.durations import parse_duration
from blueprint_studio.storage import open_bpx
from blueprint_studio.templates import ENGLISH, TEMPLATES

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("format*/*.bpx"))
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.bpx"))
_SCRIPTS = [
    "Guest checks in at the desk",
    "Gast zeigt den Ausweis",
    "顧客が鍵を受け取る",
    "Cliente paga a conta 💳",
    "Клиент оставляет отзыв",
    "العميل يغادر",
]


def multiscript(steps: int = 42) -> Document:
    """A long blueprint in several scripts, with a lane of our own, notes and a hidden row."""
    document = Document(
        blueprints=[Blueprint.blank("bp", "Длинный путь · 長い旅 · longo caminho", [f"s{n}" for n in range(steps)])]
    )
    blueprint = document.blueprints[0]
    for n, step in enumerate(blueprint.steps):
        step.name = f"{_SCRIPTS[n % len(_SCRIPTS)][:18]} {n}"
        for lane in ("customer_actions", "frontstage", "backstage"):
            command, card_id = edits.add_card(
                blueprint, lane, step.id, None, f"{_SCRIPTS[(n + len(lane)) % len(_SCRIPTS)]} #{n}"
            )
            command.apply(document)
            if n % 7 == 0:
                edits.edit_card(blueprint, card_id, "notes", "checked with the night team").apply(document)
    edits.add_lane(blueprint, blueprint.lane("backstage").zone, "Housekeeping", None)[0].apply(document)
    return document


_WORD_TIMES = [
    "same day",
    "Minutes",
    "a few days",
    "5 min",
    "1-2 wk",
    "depends on the queue",
    "2 h",
    "overnight",
    "10 min (whole stage)",
]


def word_times(steps: int = 41) -> Document:
    """A real-length blueprint whose times are partly words (the format allows them), with a
    note longer than a printed page, fail points in the register, and arrows along the flow."""
    document = multiscript(steps)
    blueprint = document.blueprints[0]
    for n, step in enumerate(blueprint.steps):
        step.duration = parse_duration(_WORD_TIMES[n % len(_WORD_TIMES)]) or Duration(
            note=_WORD_TIMES[n % len(_WORD_TIMES)]
        )
    cards = blueprint.cards
    cards[0].notes = " ".join(["The night porter explains the late check-in procedure, step by step."] * 280)[:19_000]
    for n, card in enumerate(cards[::5]):
        card.marks = Marks(
            fail_point=True, wait_point=n % 2 == 0, wait_duration=parse_duration("same day") if n % 4 == 0 else None
        )
        card.failure = Failure(
            mode="Nobody answers " * 20,
            effect="The guest waits " * 30,
            cause="Shift handover",
            severity=7,
            occurrence=4,
            detection=3,
        )
    actions = [c for c in cards if blueprint.lane(c.lane).kind.value == "customer_actions"]
    for first, second in pairwise(actions):
        edits.connect(blueprint, first.id, second.id)[0].apply(document)
    return document


# A journey map as drafted in a spreadsheet in Portuguese: a title in A1, stages merged (here:
# repeated), the touchpoints named in their own row, no physical-evidence row, no arrows.
JOURNEY_MAP_CSV = """Renovar o passaporte
Etapa,Descobrir,Descobrir,Pedir,Pedir,Receber
Passo →,Ler no site,Marcar horário,Ir ao balcão,Pagar a taxa,Recolher
Pensamentos,"Que documentos preciso?",Só há vagas daqui a 3 semanas,Onde é a fila?,Aceitam cartão?,Finalmente
Sentimentos,Confuso,Irritado,Ansioso,Aliviado,Contente
Pontos de contacto,Site do governo,App de marcação,Balcão,Terminal de pagamento,Balcão
Ações do cliente,Lê os requisitos,Escolhe uma data,Entrega os documentos,Paga com cartão,Levanta o passaporte
Pontos de dor,Linguagem difícil,Poucas vagas (F),Fila longa (W),,
Oportunidades,Lista de verificação,Avisar quando abrir vaga,Senha digital,,SMS quando estiver pronto
"""


def documents(big: bool = True) -> Iterator[tuple[str, Callable[[], Document]]]:
    """Every document the rooms should handle: old formats, samples, templates, long and worded
    ones, and 10,000 cards."""
    for path in [*FIXTURES, *SAMPLES]:
        yield f"{path.parent.name}/{path.name}", lambda path=path: open_bpx(path)  # type: ignore[misc]
    for template in TEMPLATES:
        yield f"template {template.name}", lambda template=template: template.make(ENGLISH)  # type: ignore[misc]
    yield "42 steps in six scripts", multiscript
    yield "41 steps with times in words", word_times
    if big:
        from benchmarks.synthetic import blueprint_with

        yield "10,000 cards", lambda: blueprint_with(10_000)
