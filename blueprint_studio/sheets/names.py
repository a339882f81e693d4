"""What the labels in a drafted sheet mean: a lane's kind, a line, the Stage, Step and
Duration rows — in the six interface languages, with plurals, articles, bracketed
qualifiers and the synonyms designers use ("User steps", "Touchpoints", "Evidências…"). Pure.

A label is reduced to its key words before it is looked up: lower case, accents and
punctuation gone, a qualifier in brackets dropped ("Frontstage (web)"), articles and small
words dropped ("Ações do cliente" → "acoes cliente"), and each word's plural ending trimmed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from blueprint_studio.model import LaneKind, Line
from blueprint_studio.model.lanes import DEFAULT_LANE_NAMES, LINE_TITLES, LINE_TITLES_ELSEWHERE
from blueprint_studio.words import languages, reader

_SMALL_WORDS = frozenset(
    "the a an of and for to by at in on with & der die das des den dem und von zur zum im am "
    "o os as do da dos das de e em no na pelo pela le la les l du des et au aux d el los las del y en al por".split()
)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|（[^）]*）")
_PUNCTUATION = re.compile(r"[^\w\s]+")
_ARROWS = re.compile(r"[→←↓↑⇒⟶>»:·•\-–—_/|]+")

# Synonyms, in their plain form (key() makes them comparable), by kind.
_SYNONYMS: dict[LaneKind, str] = {
    LaneKind.PHYSICAL_EVIDENCE: (
        "evidence|physical evidence|props|physical|evidências físicas|evidencias físicas|evidências|evidencias|"
        "physische evidenz|physische belege|belege|preuves physiques|preuves|éléments physiques|物的証拠|エビデンス"
    ),
    LaneKind.CUSTOMER_ACTIONS: (
        "customer action|customer actions|customer journey|customer|user steps|user actions|user journey|"
        "customer steps|customer activities|kundenaktionen|kundenhandlungen|kunde|ações do cliente|ações cliente|"
        "cliente|acciones del cliente|actions du client|actions client|顧客の行動|顧客行動|顧客"
    ),
    LaneKind.FRONTSTAGE: (
        "frontstage|front stage|onstage|on stage|frontstage actions|onstage actions|onstage contact actions|"
        "contact actions|front office|people|staff|employee actions|vorderbühne|frontstage aktionen|"
        "linha de frente|palco|frente de palco|escenario|primer plano|scène|devant la scène|フロントステージ|接客"
    ),
    LaneKind.BACKSTAGE: (
        "backstage|back stage|backstage actions|back office|invisible contact actions|hinterbühne|bastidores|"
        "trás do palco|retaguarda|detrás del escenario|coulisses|arrière scène|バックステージ|裏方"
    ),
    LaneKind.SUPPORT: (
        "support|support processes|support process|supporting processes|support systems|technology|"
        "unterstützende prozesse|unterstützungsprozesse|processos de suporte|processos de apoio|suporte|"
        "procesos de soporte|procesos de apoyo|soporte|processus de support|processus de soutien|support technique|"
        "サポートプロセス|支援プロセス|サポート"
    ),
    LaneKind.THOUGHTS: "thoughts|thinking|doing thinking|gedanken|pensamentos|pensamientos|pensées|思考|考え",
    LaneKind.FEELINGS: "feelings|feeling|gefühle|sentimentos|sentimientos|sentiments|感情|気持ち",
    LaneKind.EMOTIONS: "emotions|emotion|emotional journey|emotion curve|emotionen|emoções|emociones|émotions|感情曲線",
    LaneKind.TOUCHPOINTS: (
        "touchpoints|touchpoint|touch points|channels|channel|touchpoints and channels|kontaktpunkte|kanäle|"
        "berührungspunkte|pontos de contato|pontos de contacto|canais|canais de contacto|puntos de interacción|"
        "puntos de contacto|canales|points de contact|canaux|タッチポイント|チャネル"
    ),
    LaneKind.PAIN_POINTS: (
        "pain points|pain point|pains|pain|schmerzpunkte|probleme|pontos de dor|dores|puntos de dolor|"
        "points de douleur|points de friction|ペインポイント|課題"
    ),
    LaneKind.OPPORTUNITIES: (
        "opportunities|opportunity|ideas|chancen|möglichkeiten|oportunidades|opportunités|機会|改善機会"
    ),
}
_ROWS: dict[str, str] = {
    "title": "blueprint|title|titel|título|titre|タイトル",
    "stage": "stage|stages|phase|phases|etapa macro|fase|fases|phase|étape principale|ステージ|段階|フェーズ",
    "step": (
        "step|steps|schritt|schritte|etapa|etapas|passo|passos|paso|pasos|étape|étapes|ステップ|手順|activity|"
        "activities|touchpoint step"
    ),
    "duration": "duration|durations|time|times|dauer|zeit|duração|tempo|duración|durée|temps|所要時間|時間",
    "arrows": "arrows|pfeile|setas|flechas|flèches|矢印",
}


def key(label: str) -> str:
    """A label reduced to what identifies it (see the module's docstring)."""
    text = _BRACKETS.sub(" ", unicodedata.normalize("NFKC", label))
    text = "".join(ch for ch in unicodedata.normalize("NFD", text.casefold()) if unicodedata.category(ch) != "Mn")
    text = _PUNCTUATION.sub(" ", _ARROWS.sub(" ", text))
    words = [_singular(word) for word in text.split() if word not in _SMALL_WORDS]
    return " ".join(words)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith(("oes", "aes")):
        return word[:-3] + "ao"  # ações → acao
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and not word.endswith(("ses", "ees")):
        return word[:-2] if word[-3] in "xzhs" else word[:-1]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@cache
def _lane_table() -> dict[str, LaneKind]:
    table: dict[str, LaneKind] = {}
    for kind, names in _SYNONYMS.items():
        for name in names.split("|"):
            table.setdefault(key(name), kind)
    for kind, name in DEFAULT_LANE_NAMES.items():
        if kind is LaneKind.CUSTOM:
            continue
        table[key(name)] = kind
        for language in languages():  # each interface language's own name for the lane
            table.setdefault(key(reader(language)(name)), kind)
    table.pop("", None)
    return table


@cache
def _line_table() -> dict[str, Line]:
    table = {key(title): line for line, title in LINE_TITLES.items()}
    for line, titles in LINE_TITLES_ELSEWHERE.items():
        table.update({key(title): line for title in titles})
    for language in languages():
        table.update({key(reader(language)(title)): line for line, title in LINE_TITLES.items()})
    return table


@cache
def _row_table() -> dict[str, str]:
    return {key(name): row for row, names in _ROWS.items() for name in names.split("|")}


def lane_kind(label: str) -> LaneKind | None:
    """The kind a lane label names, or None for a lane of the designer's own."""
    found = key(label)
    if not found:
        return None
    table = _lane_table()
    if found in table:
        return table[found]
    words = found.split()
    for size in range(len(words) - 1, 0, -1):  # "Frontstage web team" → its leading words (not a short one like "it")
        lead = " ".join(words[:size])
        if len(lead) >= 5 and lead in table:
            return table[lead]
    return None


def line_named(label: str) -> Line | None:
    """Which of the three lines a row label names ("Line of visibility", "Sichtbarkeitslinie")."""
    return _line_table().get(key(label))


def looks_like_a_line(label: str) -> bool:
    """A row the designer drew as a line of their own wording ("––– line of sight –––")."""
    words = key(label).split()
    return any(word in ("line", "linie", "linha", "ligne", "linea", "ライン", "線") for word in words)


def row_named(label: str) -> str | None:
    """ "title", "stage", "step", "duration" or "arrows" when the label names one of those rows."""
    return _row_table().get(key(label))
