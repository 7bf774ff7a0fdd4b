"""Lexicons: labelled lists of terms found in a note's tokens, longest match first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.config import ConfigError

from .text import FILLERS, Token, is_negated, term_words

# A term may skip this many small words between two of its words.
MAX_SKIPPED = 2


@dataclass(frozen=True)
class Term:
    label: str
    words: tuple[str, ...]

    def end_of_match(self, tokens: Sequence[Token], start: int) -> int | None:
        """Index just past the match starting at tokens[start], or None when it does not match."""
        if not _word_matches(self.words[0], tokens[start].text):
            return None
        position = start + 1
        for word in self.words[1:]:
            skipped = 0
            while (
                position < len(tokens)
                and not _word_matches(word, tokens[position].text)
                and tokens[position].text in FILLERS
                and skipped < MAX_SKIPPED
            ):
                position += 1
                skipped += 1
            if position == len(tokens) or not _word_matches(word, tokens[position].text):
                return None
            if tokens[position].clause != tokens[start].clause:
                return None
            position += 1
        return position


def _word_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


@dataclass(frozen=True)
class Lexicon:
    terms: tuple[Term, ...]
    # Labels naming a subject rather than an act, which a negation does not take away:
    # "n'a pas reçu la facture" is still about billing.
    topics: frozenset[str] = frozenset()

    def labels_in(self, tokens: Sequence[Token], negations: frozenset[str]) -> set[str]:
        """Labels of the terms asserted in the note. Where terms overlap the longest wins, so
        "ne peut pas venir au cabinet" is a home visit and not a cancellation."""
        candidates = [
            (end - start, start, end, term.label)
            for start in range(len(tokens))
            for term in self.terms
            if (end := term.end_of_match(tokens, start)) is not None
        ]
        candidates.sort(key=lambda c: (-c[0], c[1]))
        taken: set[int] = set()
        labels = set()
        for _, start, end, label in candidates:
            span = set(range(start, end))
            if taken & span:
                continue
            taken |= span
            if label in self.topics or not is_negated(tokens, start, end, negations):
                labels.add(label)
        return labels


def build_lexicon(
    defaults: Mapping[str, Sequence[str]],
    overrides: Mapping[str, Any],
    where: str,
    topics: frozenset[str] = frozenset(),
) -> Lexicon:
    """Built-in terms with the [triage.<where>] table applied: a list extends a label's terms,
    { replace = [...] } stands in for them."""
    unknown = set(overrides) - set(defaults)
    if unknown:
        known = ", ".join(defaults)
        raise ConfigError(f"[triage.{where}] unknown key {sorted(unknown)[0]!r} (known: {known})")
    terms = []
    for label, builtin in defaults.items():
        for text in term_list(overrides.get(label, []), builtin, f"[triage.{where}] {label}"):
            words = term_words(text)
            if not words:
                raise ConfigError(f"[triage.{where}] {label}: term {text!r} has no words")
            terms.append(Term(label, words))
    return Lexicon(tuple(terms), topics)


def term_list(value: Any, builtin: Sequence[str], where: str) -> list[str]:
    """A configured list of words merged with the built-in one (see build_lexicon)."""
    if isinstance(value, dict):
        if set(value) != {"replace"}:
            raise ConfigError(f"{where} must be a list or {{ replace = [...] }}")
        return _strings(value["replace"], where)
    return [*builtin, *_strings(value, where)]


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of strings")
    return value
