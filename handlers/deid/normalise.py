"""Stage 1: Unicode NFC and whitespace normalisation, keeping a map back to the original text.

Detectors see the normalised text; entities are reported against the original, so every
normalised character remembers the original range it came from.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# One-for-one substitutions: exotic spaces, apostrophes, dashes and non-ASCII digits.
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_APOSTROPHES = "\u2019\u2018\u02bc\u0060\u00b4\u2032"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


class _OneForOne(dict[int, str]):
    """Translation table: exotic spaces, apostrophes, dashes and line breaks, and any
    non-ASCII decimal digit (looked up the first time it is seen)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        mapped = str(unicodedata.decimal(char)) if code > 127 and char.isdecimal() else char
        self[code] = mapped
        return mapped


_TABLE = _OneForOne({ord(c): " " for c in _SPACES})
_TABLE.update({ord(c): "'" for c in _APOSTROPHES})
_TABLE.update({ord(c): "-" for c in _DASHES})
_TABLE.update({ord(c): "\n" for c in "\r\v\f\u0085\u2028\u2029"})
# What the one-for-one table cannot fix: runs of spaces and invisible format characters
# (zero-width space, soft hyphen...), which could otherwise split a phone number in two.
_INVISIBLE = (r"[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f"
              r"\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")
_INVISIBLE_CHARACTER = re.compile(_INVISIBLE)
_DROPPED = re.compile("(?<= ) +|" + _INVISIBLE)


class Normalised(NamedTuple):  # one per note: a tuple is made faster than a frozen dataclass
    text: str
    # starts[i], ends[i]: the original range behind normalised character i; None = identity.
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


# Characters the table changes: most notes have none and skip the translation.
# A speed rule the detectors follow too: Python's regex engine jumps straight to the
# candidates of a pattern that opens on a character class, but tries one that opens on an
# assertion (\b, a look-behind) or an alternative at every position of the note. So patterns
# consume their first character and look behind it afterwards: here "a digit, not ASCII".
_TRANSLATED = re.compile(
    "[" + re.escape(_SPACES + _APOSTROPHES + _DASHES) + "\r\v\f\u0085\u2028\u2029\\d](?<![0-9])"
)


# Words an export joins by underscores are words ("rue_du_Général_Leclerc", "amable_cluzeaud"); not
# in an e-mail address ("gossuin_gobert@hotmail.fr"). One for one, as above.
_UNDERSCORED = re.compile(r"\S*[^\W\d_]_[^\W\d_]\S*")
_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")


def _spaced(token: re.Match[str]) -> str:
    return token.group() if "@" in token.group() else _BETWEEN_LETTERS.sub(" ", token.group())


def normalise(original: str) -> Normalised:
    text = original.translate(_TABLE) if _TRANSLATED.search(original) else original
    if "_" in text:
        text = _UNDERSCORED.sub(_spaced, text)
    if not unicodedata.is_normalized("NFC", text):
        return _normalise_slowly(text)
    if "  " not in text and not _INVISIBLE_CHARACTER.search(text):
        return Normalised(text)
    return _drop_characters(text)


def _drop_characters(text: str) -> Normalised:
    """Already NFC: only drop repeated spaces and invisible characters (the common case of
    a double space typed by hand, kept fast)."""
    kept = [True] * len(text)
    for match in _DROPPED.finditer(text):
        kept[match.start():match.end()] = [False] * (match.end() - match.start())
    starts = tuple(i for i, keep in enumerate(kept) if keep)
    return Normalised(_DROPPED.sub("", text), starts, tuple(i + 1 for i in starts))


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
# Most notes are Latin-1 (French accents): bytes.translate folds them ten times faster than
# str.translate. The one Latin-1 character whose folded form is not Latin-1 (µ -> μ) takes
# the general path.
_LATIN1_FOLDED = bytes(ord(_FOLDER[code]) if ord(_FOLDER[code]) < 256 else 0 for code in range(256))
_NOT_LATIN1_FOLDED = bytes(code for code in range(256) if ord(_FOLDER[code]) >= 256)


def fold_unbounded(text: str) -> str:
    """Case- and accent-insensitive form with the same length as `text`."""
    try:
        latin1 = text.encode("latin-1")
    except UnicodeEncodeError:
        return text.translate(_FOLDER)
    if any(code in latin1 for code in _NOT_LATIN1_FOLDED):
        return text.translate(_FOLDER)
    return latin1.translate(_LATIN1_FOLDED).decode("latin-1")


# Every detector folds the same note, and the same short words again and again.
fold = lru_cache(maxsize=8192)(fold_unbounded)


_WORD_CHARACTERS = re.compile(r"\w+")


class Openings(NamedTuple):
    """Folded phrases a pattern opens on at a word boundary: their alternation, and their
    first words, of which a note must hold one for the pattern to match in it (see holds_any)."""

    pattern: str
    words: frozenset[str]


def openings(phrases: str) -> Openings:
    """Openings from "|"-separated folded phrases, the longest tried first ("osgood-schlatter"
    before "osgood")."""
    alternatives = sorted(phrases.split("|"), key=len, reverse=True)
    return Openings("|".join(map(re.escape, alternatives)),
                    frozenset(_WORD_CHARACTERS.findall(phrase)[0] for phrase in alternatives))


def holds_any(folded: str, words: frozenset[str]) -> bool:
    """Whether a folded note holds one of these words: asked before a pattern that opens on
    them scans it, a set lookup instead of a scan the regex engine tries at every position."""
    return not words.isdisjoint(_words_of(folded))


# \w in Latin-1, the rest as spaces: a Latin-1 note is split into its words by bytes.translate,
# three times faster than findall.
_LATIN1_WORDS = bytes(code if chr(code).isalnum() or chr(code) == "_" else 32 for code in range(256))


@lru_cache(maxsize=16)  # the detectors of one note ask in turn
def _words_of(folded: str) -> frozenset[str]:
    try:
        latin1 = folded.encode("latin-1")
    except UnicodeEncodeError:
        return frozenset(_WORD_CHARACTERS.findall(folded))
    return frozenset(latin1.translate(_LATIN1_WORDS).decode("latin-1").split())
