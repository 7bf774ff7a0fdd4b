"""Body temperatures written in notes: "T° 38,5", "39°", "temp 38.2", "38°5"."""

from __future__ import annotations

import re

from .text import normalise

# At or above this a patient has a fever, a post-operative warning sign.
FEVER = 38.0

_READING = re.compile(r"(?<![\d.,])(3[5-9]|4[0-2])(?:[.,°](\d))?(?!\d)")
# What makes a number such as 38 a temperature rather than an age or a room number.
_TEMPERATURE_BEFORE = re.compile(r"(?:\bt\s*°|\btemp\w*)\s*(?:a|de|:|=)?\s*$")


def has_fever(text: str) -> bool:
    """Whether the note gives a temperature at or above FEVER."""
    folded = normalise(text)
    for reading in _READING.finditer(folded):
        is_temperature = (
            "°" in reading.group()
            or folded[reading.end() :].lstrip().startswith("°")
            or _TEMPERATURE_BEFORE.search(folded[max(0, reading.start() - 20) : reading.start()])
        )
        if is_temperature and float(f"{reading[1]}.{reading[2] or 0}") >= FEVER:
            return True
    return False
