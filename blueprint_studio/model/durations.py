"""Durations as designers type them: "5 min", "1-25 d", "2 to 3 weeks", "same day". Pure.

Published blueprints write times in many ways and languages; what reads as a number or a
range becomes one, anything else is kept word for word as the duration's note.
"""

from __future__ import annotations

import re

from blueprint_studio.model.document import Duration, TimeUnit

_UNITS: dict[str, TimeUnit] = {}
for _unit, _words in {
    TimeUnit.SECONDS: "s sec secs second seconds seg segundo segundos sekunde sekunden 秒",
    TimeUnit.MINUTES: "m min mins minute minutes minuto minutos minuten 分 分間",
    TimeUnit.HOURS: "h hr hrs hour hours hora horas std stunde stunden heure heures 時間",
    TimeUnit.DAYS: "d day days dia dias día días tag tage tagen jour jours 日 日間",
    TimeUnit.WEEKS: "w wk wks week weeks semana semanas woche wochen semaine semaines 週 週間",
}.items():
    for _word in _words.split():
        _UNITS[_word] = _unit

_NUMBER = r"(\d{1,9}(?:[.,]\d{1,6})?)"  # bounded: a 5,000-digit "number" is words, not a time
_ASIDE = re.compile(r"^(.*\S)\s*\(([^()]*)\)$")
_PATTERN = re.compile(
    rf"^\s*(?:~|ca\.?|about|approx\.?)?\s*{_NUMBER}\s*(?:(?:-|–|—|to|bis|a|até|~|〜)\s*{_NUMBER})?\s*([^\d\s.,]*)\.?\s*$",
    re.IGNORECASE,
)


def parse_duration(text: str, default_unit: TimeUnit = TimeUnit.MINUTES) -> Duration | None:
    """None for empty text; a value or range where the text is one; else the words as a note.

    >>> parse_duration("1-25 d").text()
    '1–25 d'
    >>> parse_duration("same day").text()
    'same day'
    """
    text = " ".join(text.split())
    if not text:
        return None
    aside = _ASIDE.match(text)  # "10 min (whole stage)": the time, with its note
    if aside is not None:
        inner = parse_duration(aside.group(1), default_unit)
        if inner is not None and inner.value is not None:
            return inner.model_copy(update={"note": aside.group(2).strip()})
    match = _PATTERN.match(text)
    if match is not None:
        low, high, word = match.groups()
        unit = _UNITS.get(word.lower()) if word else default_unit
        if unit is not None:
            value = float(low.replace(",", "."))
            top = float(high.replace(",", ".")) if high else None
            if top is None or top >= value:
                return Duration(value=value, max=top if top != value else None, unit=unit)
    return Duration(note=text)  # too long a note is refused where it is typed, never cut
