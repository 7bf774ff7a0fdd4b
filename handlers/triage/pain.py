"""Pain scores written in notes: "EVA 8/10", "douleur 8 sur 10", "8/10", "eva à 7"."""

from __future__ import annotations

import re

from .text import normalise

_NUMBER = r"(\d{1,2}(?:[.,]\d)?)"
# "8/10", "8 sur 10" — but not a date such as 08/10/2024.
_OUT_OF_TEN = re.compile(rf"(?<![\d/.,]){_NUMBER}\s*(?:/|sur)\s*10(?![\d/])")
# "EVA 8", "douleur à 7": a score after a pain word, unless a unit follows ("douleur 3 jours").
_AFTER_PAIN_WORD = re.compile(
    rf"\b(?:eva|evn|douleurs?|dlrs?)\s*(?:a|de|:|=)?\s*{_NUMBER}(?![.,]?\d)"
    r"(?!\s*(?:/|sur\b|h\b|ans?\b|j\b|jours?\b|semaines?\b|mois\b|fois\b|seances?\b|x\b|%|min))"
)
# A bare "8/10" after these words is a date: "le 8/10", "rdv 8/10".
_DATE_WORDS = frozenset(
    {"le", "du", "au", "depuis", "jusqu", "avant", "apres", "partir", "rdv", "seance", "lundi",
     "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
)
_PREVIOUS_WORD = re.compile(r"([a-z]+)\W*$")


def pain_score(text: str) -> float | None:
    """The highest pain score (0-10) in the note, or None when it gives none."""
    folded = normalise(text)
    scores = [
        float(m.group(1).replace(",", "."))
        for m in _OUT_OF_TEN.finditer(folded)
        if not _after_date_word(folded, m.start())
    ]
    scores += [float(m.group(1).replace(",", ".")) for m in _AFTER_PAIN_WORD.finditer(folded)]
    valid = [s for s in scores if s <= 10]
    return max(valid, default=None)


def _after_date_word(folded: str, start: int) -> bool:
    previous = _PREVIOUS_WORD.search(folded[max(0, start - 30) : start])
    return previous is not None and previous.group(1) in _DATE_WORDS
