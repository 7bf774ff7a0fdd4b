"""E-mail addresses, including the spaced and spelled-out forms typed over the phone."""

from __future__ import annotations

import re

from handlers.deid.entities import Entity

# Dots are written as such, or spelled out with spaces ("gmail point com").
_DOT = r"(?:\.| point | dot )"
_EMAIL = re.compile(
    rf"[\w.+'\-]+ ?(?:@|\(at\)|\[at\]|\barobase\b) ?[\w\-]+(?:{_DOT}[\w\-]+)*{_DOT}[a-z]{{2,}}\b",
    re.IGNORECASE,
)


_AT = re.compile(r"@|\(at\)|\[at\]|arobase", re.IGNORECASE)


def find_emails(text: str) -> list[Entity]:
    if not _AT.search(text):  # cheap gate: the full pattern is slow to fail
        return []
    return [Entity(m.start(), m.end(), "EMAIL") for m in _EMAIL.finditer(text)]
