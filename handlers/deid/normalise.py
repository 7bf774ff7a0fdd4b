"""Stage 1: Unicode NFC and whitespace normalisation, keeping a map back to the original text.

Detectors see the normalised text; entities are reported against the original, so every
normalised character remembers the original range it came from.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# One-for-one substitutions: exotic spaces, apostrophes, dashes and non-ASCII digits.
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_APOSTROPHES = "\u2019\u2018\u02bc\u0060\u00b4\u2032"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


def _one_for_one() -> dict[int, str]:
    table = {ord(c): " " for c in _SPACES}
    table.update({ord(c): "'" for c in _APOSTROPHES})
    table.update({ord(c): "-" for c in _DASHES})
    table.update({ord(c): "\n" for c in "\r\v\f\u0085\u2028\u2029"})
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.category(char) == "Nd":
            table[code] = str(unicodedata.decimal(char))
    return table


_TABLE = _one_for_one()
# What the one-for-one table cannot fix: runs of spaces and invisible format characters
# (zero-width space, soft hyphen...), which could otherwise split a phone number in two.
_NEEDS_SLOW_PATH = re.compile(r"  |[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f"
                              r"\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")


@dataclass(frozen=True)
class Normalised:
    text: str
    # starts[i], ends[i]: the original range behind normalised character i; None = identity.
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def normalise(original: str) -> Normalised:
    text = original.translate(_TABLE)
    if unicodedata.is_normalized("NFC", text) and not _NEEDS_SLOW_PATH.search(text):
        return Normalised(text)
    return _normalise_slowly(text)


def _normalise_slowly(text: str) -> Normalised:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        i_start, i = i, j
        if unicodedata.category(cluster[0]) == "Cf":
            continue
        if cluster == " " and out and out[-1] == " ":
            ends[-1] = i
            continue
        for char in unicodedata.normalize("NFC", cluster):
            out.append(char)
            starts.append(i_start)
            ends.append(i)
    return Normalised("".join(out), tuple(starts), tuple(ends))


class _Folder(dict[int, str]):
    """Lower case without accents, one character for one so offsets stay valid."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        low = base.lower()
        folded = low if len(low) == 1 else (char.lower()[:1] or char)
        self[code] = folded
        return folded


_FOLDER = _Folder()


@lru_cache(maxsize=8192)  # every detector folds the same note, and the same short words
def fold(text: str) -> str:
    """Case- and accent-insensitive form with the same length as `text`."""
    return text.translate(_FOLDER)
