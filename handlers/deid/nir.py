"""NIR (numéro de sécurité sociale / carte Vitale): 13 digits plus a 2-digit key.

Everything NIR-shaped is redacted, valid key or not; `stdnum` labels digit runs that do not
follow the usual grouping.
"""

from __future__ import annotations

import re

from stdnum.fr import nir

from handlers.deid.entities import Entity

_SEP = r"[ .\-]?"
# sex, year, month, department (2A/2B for Corsica), commune, order, optional key
_NIR_SHAPE = re.compile(
    rf"(?<![\w])[1-8]{_SEP}\d\d{_SEP}\d\d{_SEP}(?:\d\d|2[AaBb]){_SEP}\d{{3}}{_SEP}\d{{3}}"
    rf"(?:{_SEP}\d\d)?(?![\w])"
)


def find_nirs(text: str) -> list[Entity]:
    return [Entity(m.start(), m.end(), "NIR") for m in _NIR_SHAPE.finditer(text)]


def is_nir(digits: str) -> bool:
    """True when a digit run, whatever its grouping, is a valid NIR."""
    return nir.is_valid(digits)
