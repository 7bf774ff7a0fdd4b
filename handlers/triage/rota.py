"""The weekly on-call rota: who takes the notes nobody else is assigned on each weekday."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime
from typing import Any

from bot.config import ConfigError, fold

_WEEKDAYS = (
    ("monday", "lundi"), ("tuesday", "mardi"), ("wednesday", "mercredi"), ("thursday", "jeudi"),
    ("friday", "vendredi"), ("saturday", "samedi"), ("sunday", "dimanche"),
)
_WEEKDAY_NUMBERS = {name: number for number, names in enumerate(_WEEKDAYS) for name in names}


class Rota:
    def __init__(self, on_call: Mapping[int, str]) -> None:
        self._on_call = dict(on_call)  # datetime.weekday() -> physio Matrix ID

    @classmethod
    def from_table(cls, table: Mapping[str, Any], physios: Collection[str]) -> Rota:
        """Parse [triage.rota]: weekday (English or French) = physio Matrix ID."""
        on_call: dict[int, str] = {}
        for day, user_id in table.items():
            number = _WEEKDAY_NUMBERS.get(fold(day))
            if number is None:
                raise ConfigError(f"[triage.rota] {day!r} is not a weekday (monday... or lundi...)")
            if number in on_call:
                raise ConfigError(f"[triage.rota] {day!r} is given twice")
            if user_id not in physios:
                raise ConfigError(f"[triage.rota] {day}: {user_id!r} is not a physio in [[staff]]")
            on_call[number] = user_id
        return cls(on_call)

    def on_call(self, when: datetime) -> str | None:
        return self._on_call.get(when.weekday())
