"""Hospitals and clinics named by their place (hôpital de Hautepierre, clinique de l'Orangerie,
CH de Haguenau): where care happens, not where a patient lives — kept like an eponym. A care
home is left out: it is where its residents live."""

from __future__ import annotations

import re

from handlers.deid.lexicon import HONORIFICS
from handlers.deid.normalise import fold

_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
# Matched on the folded note (lower case, no accents, same offsets), as the eponyms are.
_INSTITUTION = re.compile(
    r"\b(?:hopital|clinique|polyclinique|chu|chr|ch|ccom|centre hospitalier(?: universitaire)?)"
    rf" (?:de (?:l'|la )?|du |des |d')?(?P<name>{_WORD}(?: {_WORD})?)",
)


def find_institutions(text: str) -> list[tuple[int, int]]:
    """Where each one is, head included. Its name must be capitalised in the note, and no
    honorific ("clinique du Dr ...": a person)."""
    spans = []
    for match in _INSTITUTION.finditer(fold(text)):
        words = text[match.start("name"):match.end("name")].split(" ")
        if not words[0][0].isupper() or fold(words[0]) in HONORIFICS:
            continue
        end = match.end("name") if len(words) > 1 and words[1][0].isupper() else (
            match.start("name") + len(words[0]))
        spans.append((match.start(), end))
    return spans
