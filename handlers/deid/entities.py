"""The vocabulary shared by every stage: entity kinds, placeholders and result types."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

KINDS = ("NOM", "TEL", "NIR", "DDN", "EMAIL", "ADRESSE", "ID")
PLACEHOLDER = {
    "NOM": "[NOM]",
    "TEL": "[TÉL]",
    "NIR": "[NIR]",
    "DDN": "[DDN]",
    "EMAIL": "[EMAIL]",
    "ADRESSE": "[ADRESSE]",
    "ID": "[ID]",
}
# When spans of different kinds overlap, the merged span takes the most specific kind:
# an e-mail made of a name is an e-mail, a street named after a person is an address.
PRIORITY = {kind: rank for rank, kind in enumerate(("EMAIL", "NIR", "TEL", "DDN", "ID", "ADRESSE", "NOM"))}


class Entity(NamedTuple):  # a tuple: detectors make many, and tuples are made fastest
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Redacted:
    text: str
    entities: tuple[Entity, ...]
    identity: str | None
    failed: bool
