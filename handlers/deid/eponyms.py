"""Clinical terms named after people (tendon d'Achille, maladie de Parkinson, kyste de Baker,
Osgood-Schlatter): vocabulary, kept like a staff name."""

from __future__ import annotations

import re

from handlers.deid.lexicon import HONORIFICS
from handlers.deid.normalise import fold

_NAME = r"(?:(?:de|du|van|von|le|la) )?[^\W\d_]+(?:-[^\W\d_]+)*"  # "De Quervain"
# Matched on the folded note (lower case, no accents, same offsets): no case-insensitive
# alternation, which the regex engine would try at every character.
_EPONYM = re.compile(
    r"\b(?:(?:tendons?|tendinopathie|tendinite) d'|(?:maladie|syndrome|kyste|nevrome|signe"
    r"|test|man(?:œ|oe)uvre|methode|technique|fracture|lesion|tenosynovite|butee|corset"
    r"|tendinite|tendinopathie)"
    rf" (?:de (?:l'|la )?|d')|\b(?:methode|technique|concept|formation) )(?P<name>{_NAME})"
    # named alone in notes, never a patient's name in practice
    r"|\b(?P<alone>osgood(?:-schlatter)?|guillain-barre|dupuytren|scheuermann|sinding-larsen"
    r"|legg-calve-perthes|parkinson|alzheimer|sever|bobath)\b",
)


def find_eponyms(text: str, folded: str) -> list[tuple[int, int]]:
    """Where each term is, head included ("maladie de Sever"), in the note and its folded
    form. A name typed as names are (capitalised, all capitals or all lower case) counts;
    nothing after an honorific does ("maladie de Mme ...": "Mme" is no eponym)."""
    return [match.span() for match in _EPONYM.finditer(folded)
            if match["alone"] or _plain(text[match.start("name"):match.end("name")])]


def _plain(name: str) -> bool:
    name = name.split()[-1]  # past a particle
    return fold(name) not in HONORIFICS and (name.istitle() or name.islower() or name.isupper())
