"""E-mail addresses, including the spaced and spelled-out forms typed over the phone."""

from __future__ import annotations

import re

from handlers.deid.entities import Entity
from handlers.deid.normalise import fold

# Dots are written as such, or spelled out with spaces ("gmail point com"). The name before the
# @ is taken whole, never given back (possessive): no backtracking through every word of a note.
_DOT = r"(?:\.| point | dot )"
_AT = r"(?:@|\(at\)|\[at\]|\barobase\b)"
_EMAIL = re.compile(
    rf"[\w+'\-](?<![\w.+'\-][\w+'\-])[\w+'\-]*+(?:{_DOT}[\w+'\-]++)*+ ?{_AT} ?[\w\-]+(?:{_DOT}[\w\-]+)*"
    rf"{_DOT}[a-z]{{2,}}\b",
    re.IGNORECASE,
)


_SPELLED_AT = ("arobase", "(at)", "[at]")


def find_emails(text: str) -> list[Entity]:
    # cheap gate: most notes have no e-mail, and substring tests beat any regex
    if "@" not in text and not any(at in fold(text) for at in _SPELLED_AT):
        return []
    return [Entity(m.start(), m.end(), "EMAIL") for m in _EMAIL.finditer(text)]
