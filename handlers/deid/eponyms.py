"""Clinical terms named after people (tendon d'Achille, maladie de Parkinson, kyste de Baker,
Osgood-Schlatter): vocabulary, kept like a staff name."""

from __future__ import annotations

import re

from handlers.deid.lexicon import HONORIFICS
from handlers.deid.normalise import fold, holds_any, openings

_NAME = r"(?:(?:de|du|van|von|le|la) )?[^\W\d_]+(?:-[^\W\d_]+)*"  # "De Quervain"
# Matched on the folded note (lower case, no accents, same offsets): no case-insensitive
# alternation, which the regex engine would try at every character.
_BEFORE_D = openings("tendon|tendons|tendinopathie|tendinite|nevralgie")  # tendon d'Achille
_BEFORE_DE = openings("maladie|syndrome|kyste|nevrome|signe|test|manœuvre|manoeuvre|methode|technique"
                      "|fracture|lesion|tenosynovite|butee|corset|tendinite|tendinopathie|nevralgie")
# méthode Mézières; "formation méthode McKenzie", "formation manœuvre de Sémont": the head nearest
# the name
_BEFORE_NAME = openings("methode|technique|concept|formation")
# named alone in notes, never a patient's name in practice
_ALONE = openings("osgood|osgood-schlatter|guillain-barre|dupuytren|scheuermann|sinding-larsen"
                  "|legg-calve-perthes|parkinson|alzheimer|sever|bobath|parsonage-turner|bankart|kenneth-jones|kabat")
_EPONYM = re.compile(
    rf"\b(?:(?:{_BEFORE_D.pattern}) d'|(?:{_BEFORE_DE.pattern}) (?:de (?:l'|la )?|d')"
    rf"|(?:{_BEFORE_NAME.pattern}) (?!(?:{_BEFORE_NAME.pattern}|{_BEFORE_DE.pattern})\b))(?P<name>{_NAME})"
    rf"|\b(?P<alone>{_ALONE.pattern})\b",
)
# Most notes hold no term: none of the words one opens on.
_HEADS = _BEFORE_D.words | _BEFORE_DE.words | _BEFORE_NAME.words | _ALONE.words


def find_eponyms(text: str, folded: str) -> list[tuple[int, int]]:
    """Where each term is, head included ("maladie de Sever"), in the note and its folded
    form. A name typed as names are (capitalised, or all lower case) counts;
    nothing after an honorific does ("maladie de Mme ...": "Mme" is no eponym)."""
    if not holds_any(folded, _HEADS):
        return []
    return [match.span() for match in _EPONYM.finditer(folded)
            if match["alone"] or _plain(text[match.start("name"):match.end("name")])]


def _plain(name: str) -> bool:
    name = name.split()[-1]  # past a particle
    return fold(name) not in HONORIFICS and (name[:1].isupper() or name.islower())  # McKenzie
