"""Stage 3: the practice's patient directory, matched case- and accent-insensitively.

One Aho-Corasick automaton holds every known full name (in any word order) and every
surname, so thousands of patients cost one pass over the note.
"""

from __future__ import annotations

import csv
import itertools
import os
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from handlers.deid.identity import identity_of
from handlers.deid.lexicon import PARTICLES, is_french_word, is_given_name, is_stop_word

_MAX_PERMUTED_WORDS = 3


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    identity: str | None  # None when the words fit several patients (a shared surname)


class PatientDirectory:
    def __init__(self, names: Iterable[str] = ()) -> None:
        self._patterns: dict[str, set[str]] = {}
        self._identities: set[str] = set()
        self._automaton: ahocorasick.Automaton | None = None
        self.add(names)

    def __contains__(self, identity: str) -> bool:
        return identity_of(identity) in self._identities

    def add(self, names: Iterable[str]) -> None:
        for name in names:
            identity = identity_of(str(name))
            if not identity or identity in self._identities:
                continue
            self._identities.add(identity)
            for pattern in _patterns(identity):
                self._patterns.setdefault(pattern, set()).add(identity)
            self._automaton = None

    def find(self, text: str, folded: str) -> list[Match]:
        """Known names in `text` (`folded` is `fold(text)`, same length)."""
        if not self._patterns:
            return []
        automaton = self._automaton or self._build()
        matches = []
        for end, (pattern, identities) in automaton.iter(folded):
            start = end - len(pattern) + 1
            if not _whole_words(folded, start, end + 1):
                continue
            # A surname that is also a French word (Petit, Blanc) counts only when capitalised.
            if " " not in pattern and is_french_word(pattern) and not text[start].isupper():
                continue
            identity = next(iter(identities)) if len(identities) == 1 else None
            matches.append(Match(start, end + 1, identity if " " in pattern else None))
        return matches

    def _build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for pattern, identities in self._patterns.items():
            automaton.add_word(pattern, (pattern, frozenset(identities)))
        automaton.make_automaton()
        self._automaton = automaton
        return automaton


def _patterns(identity: str) -> set[str]:
    """Full name in any order (short names) and each surname-like word on its own; given
    names alone would match every Marie, and staff first names with them."""
    words = identity.split()
    if len(words) <= _MAX_PERMUTED_WORDS:
        patterns = {" ".join(p) for p in itertools.permutations(words)}
    else:
        patterns = {identity, " ".join(reversed(words))}
    patterns.update(
        w for w in words
        if len(w) > 2 and w not in PARTICLES and not is_stop_word(w) and not is_given_name(w)
    )
    return patterns


def _whole_words(folded: str, start: int, end: int) -> bool:
    before = folded[start - 1] if start > 0 else " "
    after = folded[end] if end < len(folded) else " "
    return not (before.isalnum() or after.isalnum() or before in "-'" or after in "-'")


def load_patient_csv(path: str | os.PathLike[str]) -> list[str]:
    """Patient names from a CSV export: `nom`/`prenom` columns (any case, with or without
    accents), a single `name`/`nom complet` column, or, without a header, the first two
    columns as surname and given name."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        sample = handle.read(4096)
        handle.seek(0)
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.strip() else csv.excel
        rows = [row for row in csv.reader(handle, dialect) if any(cell.strip() for cell in row)]
    if not rows:
        return []
    header = [identity_of(cell) for cell in rows[0]]
    columns = [i for i, h in enumerate(header) if h in _NAME_COLUMNS]
    if columns:
        rows = rows[1:]
    else:
        columns = [0, 1] if len(rows[0]) > 1 else [0]
    names = (" ".join(row[i].strip() for i in columns if i < len(row)) for row in rows)
    return [name for name in names if name.strip()]


_NAME_COLUMNS = frozenset(
    identity_of(h)
    for h in ("nom", "prénom", "prenom", "name", "first name", "last name", "given name",
              "surname", "nom complet", "nom de famille", "nom de naissance", "patient")
)
