"""Postal addresses: number (bis/ter), street type and name, postcode and city."""

from __future__ import annotations

import re

from handlers.deid.entities import Entity
from handlers.deid.lexicon import PARTICLES, is_keep_word, is_stop_word
from handlers.deid.normalise import fold

# Street types that only ever name a street.
_STREET = (r"rue|r\.|avenue|av|ave|boulevard|bd|bld|blvd|allee|all\.|impasse|imp|quai|square|sq"
           r"|residence|res|lotissement|lot\.|lieu-dit|lieudit|ld|faubourg|fbg|rond-point"
           r"|chaussee|ruelle|venelle|esplanade|parvis|hameau|cite|montee")
# Words that also have an everyday meaning ("pas de place", "en voie de guérison"): an
# address only after a street number or before a capitalised name.
_AMBIGUOUS = (r"place|pl\.|chemin|ch\.|chem|route|rte|cours|voie|passage|sentier|clos|parc|villa"
              r"|domaine|promenade|traverse")
_NUMBER = r"\d{1,4}(?: ?(?:bis|ter|quater|[abc])\b)?,? ?"
_START = re.compile(
    rf"\b(?<!\d[ .\-])(?:(?P<num>{_NUMBER})(?P<any>{_STREET}|{_AMBIGUOUS})|(?P<street>{_STREET})"
    rf"|(?P<amb>{_AMBIGUOUS}))\.? (?=\S)"
)
# Small words inside street names beyond the name particles (Résidence les Pins, rue aux Fèvres).
_CONNECTORS = PARTICLES | {"les", "aux", "au", "sur", "sous", "en", "et", "a"}
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*\.?")
_ELISION = re.compile(r"[ld]'", re.IGNORECASE)
_POSTCODE_CITY = re.compile(
    r"(?<![\w])(?:0[1-9]|[1-8]\d|9[0-8]|2[ab])\d{3}"
    r" [^\W\d_]+(?:['\-][^\W\d_]+)*"
    r"(?: (?:sur|sous|les|en|de|du|la|le|cedex|[^\W\d_]+-[^\W\d_]+|\d{1,2}))*",
)
_MAX_NAME_WORDS = 6


def find_addresses(text: str) -> list[Entity]:
    folded = fold(text)
    spans = []
    for match in _START.finditer(folded):
        end = _street_name_end(text, match.end(), capitalised_only=bool(match["amb"]))
        if end > match.end():
            spans.append(Entity(match.start(), end, "ADRESSE"))
    for match in _POSTCODE_CITY.finditer(folded):
        city = match.group().split(" ")[1]
        if not is_keep_word(city):  # "mutuelle 60593 Parkinson" is no town
            spans.append(Entity(match.start(), match.end(), "ADRESSE"))
    return spans


def _street_name_end(text: str, pos: int, *, capitalised_only: bool) -> int:
    """End of the street name starting at `pos` (returns `pos` when there is none).

    Takes capitalised words, particles, and lower-case words that are neither function
    words nor call-note vocabulary (`rue des lilas`), stopping at punctuation.
    """
    end = last = pos
    for count, match in enumerate(_NAME_WORD.finditer(text, pos)):
        if text[last:match.start()].strip() or count >= _MAX_NAME_WORDS:
            break
        last = match.end()
        word = match.group()
        folded = fold(word.rstrip("."))
        bare = _ELISION.sub("", folded) if "'" in folded else folded
        particle = bare in _CONNECTORS
        title_case = word[0].isupper() and not word.isupper()  # rue de l'Hôpital
        if (is_keep_word(bare) and not title_case) or (
            not (particle or word[0].isupper()) and (capitalised_only or is_stop_word(bare))
        ):
            break
        if not particle:
            end = match.end()
    return end
