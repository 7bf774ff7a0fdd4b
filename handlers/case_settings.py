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

from bot.config import Config, ConfigError
from handlers.table_checks import duration, known_keys

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
        known_keys(section, "cases", KEYS)
        backup = section.get("backup_physio")
        if backup is not None and backup not in {p.user_id for p in cfg.with_role("physio")}:
            raise ConfigError(f"[cases] backup_physio {backup!r} is not a physio in [[staff]]")
        escalate = duration(section, "cases", "escalate_minutes", DEFAULT_ESCALATE_MINUTES, "minutes")
        reveal = duration(section, "cases", "reveal_minutes", DEFAULT_REVEAL_MINUTES, "minutes")
        if not reveal:
            raise ConfigError("[cases] reveal_minutes must be more than 0")
        return cls(escalate or None, backup, reveal)

