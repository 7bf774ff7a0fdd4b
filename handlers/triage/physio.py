"""Finding the physio a note names, without mistaking a patient who shares the name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.config import Staff

from .text import FILLERS, Token, is_negated, term_words

_RELATIVES = ("fils", "fille", "mari", "épouse", "femme", "mère", "père", "maman", "papa")
# A name right after these is someone else: "Mme Julien", "Dr Martin", "appel de Claire",
# "la fille de Claire Moreau" (but "patiente de Sophie" names the physio).
OTHER_PERSON_MARKERS = tuple(
    term_words(phrase)
    for phrase in (
        "mme", "mmes", "madame", "mr", "m", "monsieur", "mlle", "melle", "mademoiselle", "dr",
        "docteur", "patient", "patiente", "enfant", "bébé", "famille", "petit", "petite",
        "saint", "st", "sainte", "ste", "rue", "appel de", "appel d'", "part de", "message de",
        *_RELATIVES, *(f"{relative} de" for relative in _RELATIVES),
    )
)
# A name right after these is the physio asked for: "pour Julien", "RDV avec Claire".
DIRECTIVES = frozenset(
    {"pour", "avec", "voir", "a", "chez", "demande", "veut", "souhaite", "prefere", "transmettre",
     "transmis"}
)
# A marker may stand one word before the name, as in "Mme Dupont Claire".
MARKER_REACH = 2
_LOOKBACK = MARKER_REACH - 1 + max(len(marker) for marker in OTHER_PERSON_MARKERS)


@dataclass(frozen=True)
class Mention:
    user_id: str
    rank: int  # the lowest ranked mention wins (see _mention)


class PhysioDirectory:
    """Every way a note may name a physio: first, last or full name, short name, Matrix ID."""

    def __init__(self, physios: Iterable[Staff]) -> None:
        owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for physio in physios:
            for alias in _aliases(physio):
                owners[alias].add(physio.user_id)
        # A first name two physios share names neither of them.
        self._aliases = {alias: ids.pop() for alias, ids in owners.items() if len(ids) == 1}
        self._longest = max((len(a) for a in self._aliases), default=0)

    def named_in(
        self, tokens: Sequence[Token], negations: frozenset[str] = frozenset()
    ) -> str | None:
        """The physio the note names: "pour Julien" beats a bare "Julien", which beats a denied
        "pas avec Julien"; among equals the first one."""
        mentions = [m for m in self._mentions(tokens, negations) if m is not None]
        chosen = min(mentions, key=lambda m: m.rank, default=None)
        return chosen.user_id if chosen else None

    def _mentions(
        self, tokens: Sequence[Token], negations: frozenset[str]
    ) -> Iterable[Mention | None]:
        start = 0
        while start < len(tokens):
            length, user_id = self._alias_at(tokens, start)
            if user_id is None:
                start += 1
                continue
            yield _mention(tokens, start, start + length, user_id, negations)
            start += length

    def _alias_at(self, tokens: Sequence[Token], start: int) -> tuple[int, str | None]:
        for length in range(min(self._longest, len(tokens) - start), 0, -1):
            words = tokens[start : start + length]
            if len({t.clause for t in words}) == 1:
                user_id = self._aliases.get(tuple(t.text for t in words))
                if user_id:
                    return length, user_id
        return 0, None


def _aliases(physio: Staff) -> set[tuple[str, ...]]:
    names = physio.display_name.split()
    spellings = {physio.display_name, physio.short_name, physio.user_id}
    spellings.add(physio.user_id.split(":", 1)[0])  # "@julien", as typed in a mention
    if len(names) > 1:
        spellings |= {names[0], " ".join(names[1:]), " ".join([*names[1:], names[0]])}
    return {term_words(s) for s in spellings if s} - {()}


def _mention(
    tokens: Sequence[Token], start: int, end: int, user_id: str, negations: frozenset[str]
) -> Mention | None:
    """A mention of a physio, or None when the name belongs to someone else."""
    if is_negated(tokens, start, end, negations):
        return Mention(user_id, rank=2)
    clause = tokens[start].clause
    before = [t.text for t in tokens[max(0, start - _LOOKBACK) : start] if t.clause == clause]
    if (before and before[-1] in DIRECTIVES) or tokens[start].text.startswith("@"):
        return Mention(user_id, rank=0)
    if _after_other_person_marker(before):
        return None
    return Mention(user_id, rank=1)


def _after_other_person_marker(before: Sequence[str]) -> bool:
    """Whether a marker ends right before the name, or one word before it ("Mme Dupont
    Claire") — a word that is not a small one: in "patiente de Sophie", Sophie is the physio."""
    for marker in OTHER_PERSON_MARKERS:
        for gap in range(MARKER_REACH):
            end = len(before) - gap
            between = before[end:]
            if any(word in FILLERS for word in between):
                continue
            if end >= len(marker) and tuple(before[end - len(marker) : end]) == marker:
                return True
    return False
