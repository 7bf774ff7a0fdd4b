"""Turning a secretary's note into folded tokens grouped in clauses, and spotting negations."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.config import fold

# A Matrix ID (or a bare @localpart mention) stays one token so it can name a physio.
_TOKEN = re.compile(r"@[a-z0-9._=/-]+(?::[a-z0-9.-]*[a-z0-9])?|[a-z0-9]+")
# Lexicon terms also have the "*" wildcard.
_TERM_WORD = re.compile(rf"{_TOKEN.pattern}\*?")
# Punctuation that ends a clause: a negation or an honorific does not reach past it.
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\n]|\s[-–—/]\s")
# Words that start a new clause as surely as a comma: "pas de fièvre mais mollet douloureux".
CLAUSE_WORDS = frozenset({"mais", "car", "cependant", "pourtant", "toutefois", "neanmoins"})
# Small words a multi-word term may skip: "ne peut plus du tout marcher", "changer son rdv".
FILLERS = frozenset(
    {"le", "la", "les", "l", "un", "une", "des", "de", "d", "du", "au", "aux", "son", "sa", "ses",
     "mon", "ma", "sur", "en", "dans", "se", "s", "y", "tres", "vraiment", "quasiment", "quasi",
     "presque", "tout", "meme", "toujours", "qui", "gauche", "droit", "droite"}
)
# "M. Petit": the dot of these abbreviations does not end a clause.
_DOTTED = frozenset({"m", "mr", "mme", "mlle", "dr", "st", "ste"})
# Words after "ne ..." that negate the verb in between: "n'annule pas".
_NE = frozenset({"ne", "n"})
_NE_PARTNERS = frozenset({"pas", "plus", "jamais", "point", "guere"})
NEGATION_WINDOW = 3


@dataclass(frozen=True)
class Token:
    text: str
    clause: int


def normalise(text: str) -> str:
    """Folded text with typographic apostrophes made plain, as every matcher expects."""
    folded = fold(text).replace("\u2019", "'").replace("\u02bc", "'")
    # NFKD leaves ligatures alone, and "œdème" must match "oedeme".
    return folded.replace("œ", "oe").replace("æ", "ae")


def tokenize(text: str, abbreviations: Mapping[str, Sequence[str]] | None = None) -> list[Token]:
    """Folded word tokens; `abbreviations` expands shorthand ("dlr" -> "douleur")."""
    tokens: list[Token] = []
    clause = 0
    position = 0
    word = ""
    folded = normalise(text)
    for match in _TOKEN.finditer(folded):
        gap = folded[position : match.start()]
        if word in _DOTTED:
            gap = gap.removeprefix(".")
        if _CLAUSE_BREAK.search(gap):
            clause += 1
        position = match.end()
        word = match.group()
        if word in CLAUSE_WORDS:
            clause += 1
            continue
        for part in (abbreviations or {}).get(word, (word,)):
            tokens.append(Token(part, clause))
    return tokens


def term_words(term: str) -> tuple[str, ...]:
    """How a lexicon entry is split into words, the same way notes are ("rendez-vous")."""
    return tuple(_TERM_WORD.findall(normalise(term)))


def is_negated(tokens: Sequence[Token], start: int, end: int, cues: frozenset[str]) -> bool:
    """Whether the words tokens[start:end] are denied: "pas de fièvre", "n'annule pas"."""
    clause = tokens[start].clause
    before = [t.text for t in tokens[max(0, start - NEGATION_WINDOW) : start] if t.clause == clause]
    if cues.intersection(before):
        return True
    if end == len(tokens):
        return False
    after = tokens[end]
    if after.text == "non":  # also a question answered: "fièvre ? non"
        return True
    wrapped_in_ne = bool(before) and before[-1] in _NE and after.text in _NE_PARTNERS
    return wrapped_in_ne and after.clause == clause
