"""NIR (numéro de sécurité sociale / carte Vitale): 13 digits plus a 2-digit key.

Everything NIR-shaped is redacted, valid key or not; `stdnum` labels digit runs that do not
follow the usual grouping.
"""

from __future__ import annotations

import re

from stdnum.fr import nir

from handlers.deid.entities import Entity

_SEP = r"[ .\-]?"
_KEY_SEP = rf"(?: ?(?:[/\-]|cl[ée]) ?|{_SEP})"  # the key apart: "... 023 / 07", "... 023 clé 07"
# sex, year, month, department (2A/2B for Corsica), commune, order, optional key. Letters may
# touch it ("NIR2680169190717", typed without spaces), not a digit; that check comes after the
# sex digit: see the fast scan in normalise._TRANSLATED.
_NIR_SHAPE = re.compile(
    rf"[1-8](?<![\d_][1-8]){_SEP}\d\d{_SEP}\d\d{_SEP}(?:\d\d|2[AaBb]){_SEP}\d{{3}}{_SEP}\d{{3}}"
    rf"(?:{_KEY_SEP}\d\d)?(?![\w])"
)


def find_nirs(text: str) -> list[Entity]:
    return [Entity(m.start(), m.end(), "NIR") for m in _NIR_SHAPE.finditer(text)]


def is_nir(digits: str) -> bool:
    """True when a run of digits (separators removed) is a valid NIR: 15 digits with the
    right key. (The length comes first: `stdnum` raises and catches an exception for every
    phone number it is shown.)"""
    return len(digits) == 15 and nir.is_valid(digits)
