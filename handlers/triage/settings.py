"""The [triage] section of the configuration: lexicons, pain thresholds and the rota."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from bot.config import ConfigError

from . import french
from .lexicon import Lexicon, build_lexicon, term_list
from .rota import Rota
from .text import normalise, term_words

KEYS = (
    "pain_urgent", "pain_soon", "negations", "abbreviations", "category_priority", "urgency",
    "category", "rota",
)
DEFAULT_PAIN_URGENT = 7
DEFAULT_PAIN_SOON = 5


@dataclass(frozen=True)
class Rules:
    urgency: Lexicon
    category: Lexicon
    category_priority: tuple[str, ...]
    negations: frozenset[str]
    abbreviations: Mapping[str, tuple[str, ...]]
    pain_urgent: float  # a pain score at or above this is urgent
    pain_soon: float
    rota: Rota


def rules_from_section(section: Mapping[str, Any], physio_ids: Collection[str]) -> Rules:
    unknown = set(section) - set(KEYS)
    if unknown:
        raise ConfigError(f"[triage] unknown key {sorted(unknown)[0]!r} (known: {', '.join(KEYS)})")
    pain_urgent = _score(section, "pain_urgent", DEFAULT_PAIN_URGENT)
    pain_soon = _score(section, "pain_soon", DEFAULT_PAIN_SOON)
    if pain_soon > pain_urgent:
        raise ConfigError("[triage] pain_soon must not be above pain_urgent")
    return Rules(
        urgency=build_lexicon(french.URGENCY_TERMS, _table(section, "urgency"), "urgency"),
        category=build_lexicon(
            french.CATEGORY_TERMS, _table(section, "category"), "category", french.TOPICS
        ),
        category_priority=_priority(section.get("category_priority", french.CATEGORY_PRIORITY)),
        negations=_negations(section.get("negations", [])),
        abbreviations=_abbreviations(_table(section, "abbreviations")),
        pain_urgent=pain_urgent,
        pain_soon=pain_soon,
        rota=Rota.from_table(_table(section, "rota"), physio_ids),
    )


def _table(section: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = section.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"[triage.{key}] must be a table")
    return value


def _score(section: Mapping[str, Any], key: str, default: float) -> float:
    value = section.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 1 <= value <= 10:
        raise ConfigError(f"[triage] {key} must be a pain score from 1 to 10")
    return float(value)


def _priority(value: Any) -> tuple[str, ...]:
    expected = set(french.CATEGORY_PRIORITY)
    if not isinstance(value, list | tuple) or len(value) != len(expected) or set(value) != expected:
        raise ConfigError(
            f"[triage] category_priority must list each of {', '.join(sorted(expected))} once"
        )
    return tuple(value)


def _negations(value: Any) -> frozenset[str]:
    words = []
    for cue in term_list(value, french.NEGATIONS, "[triage] negations"):
        folded = term_words(cue)
        if len(folded) != 1:
            raise ConfigError(f"[triage] negations: {cue!r} must be a single word")
        words.append(folded[0])
    return frozenset(words)


def _abbreviations(table: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    merged = {**french.ABBREVIATIONS, **table}
    expansions = {}
    for short, long in merged.items():
        if not isinstance(long, str) or not term_words(long):
            raise ConfigError(f"[triage.abbreviations] {short} must be the words it stands for")
        expansions[normalise(short)] = term_words(long)
    return expansions
