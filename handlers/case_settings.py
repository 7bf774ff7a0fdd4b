"""The [cases] section of the configuration: escalation of urgent cases, and how long a revealed
note stays in the physio's room.

    [cases]
    escalate_minutes = 15       # 0: no escalation
    backup_physio = "@claire:cabinet-exemple.fr"
    reveal_minutes = 5
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bot.config import Config, ConfigError

KEYS = ("escalate_minutes", "backup_physio", "reveal_minutes")
DEFAULT_ESCALATE_MINUTES = 15
DEFAULT_REVEAL_MINUTES = 5


@dataclass(frozen=True)
class CaseSettings:
    escalate_after: timedelta | None  # between two escalation steps; None: no escalation
    backup_physio: str | None
    reveal_for: timedelta  # a revealed note is deleted after this

    @classmethod
    def from_config(cls, cfg: Config) -> CaseSettings:
        section = cfg.section("cases")
        unknown = set(section) - set(KEYS)
        if unknown:
            raise ConfigError(f"[cases] unknown key {sorted(unknown)[0]!r} (known: {', '.join(KEYS)})")
        backup = section.get("backup_physio")
        if backup is not None and backup not in {p.user_id for p in cfg.with_role("physio")}:
            raise ConfigError(f"[cases] backup_physio {backup!r} is not a physio in [[staff]]")
        escalate = _minutes(section, "escalate_minutes", DEFAULT_ESCALATE_MINUTES)
        reveal = _minutes(section, "reveal_minutes", DEFAULT_REVEAL_MINUTES)
        if not reveal:
            raise ConfigError("[cases] reveal_minutes must be more than 0")
        return cls(escalate or None, backup, reveal)


def _minutes(section: dict[str, Any], key: str, default: float) -> timedelta:
    # Fractions are allowed: the tests escalate after a few seconds.
    value = section.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ConfigError(f"[cases] {key} must be a number of minutes (0 or more)")
    return timedelta(minutes=value)
