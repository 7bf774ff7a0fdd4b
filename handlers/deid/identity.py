"""Patient identity and pseudonym: the same person yields the same reference whatever the
order, case or accents in which the secretary typed the name."""

from __future__ import annotations

import hashlib
import hmac
import re
from functools import lru_cache

from handlers.deid.lexicon import HONORIFICS, PARTICLES
from handlers.deid.normalise import fold

_TOKEN = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")


@lru_cache(maxsize=4096)
def identity_of(name: str) -> str:
    """Folded name words without honorifics or particles, sorted: `DUPONT Marie` and
    `de Dupont marie` -> `dupont marie`."""
    tokens = [t for t in _TOKEN.findall(fold(name)) if t not in HONORIFICS and t not in PARTICLES]
    return " ".join(sorted(tokens))


def pseudonym(identity: str, key: bytes) -> str:
    """HMAC-SHA256 (hex) of the normalised identity under the practice's secret key."""
    return hmac.new(key, identity_of(identity).encode(), hashlib.sha256).hexdigest()
