"""Checks for the feature tables of the configuration ([access], [cases], [retention], [backup],
[incident]): each problem is one line (ConfigError), found when the bot starts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any, Literal

from bot.config import ConfigError


def known_keys(section: dict[str, Any], table: str, keys: Iterable[str]) -> None:
    unknown = set(section) - set(keys)
    if unknown:
        raise ConfigError(f"[{table}] unknown key {sorted(unknown)[0]!r} (known: {', '.join(keys)})")


def whole(section: dict[str, Any], table: str, key: str, default: int, least: int) -> int:
    value = section.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise ConfigError(f"[{table}] {key} must be a whole number, {least} or more")
    return value


def hour_of(section: dict[str, Any], table: str, default: int) -> int:
    value = section.get("hour", default)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 23:
        raise ConfigError(f"[{table}] hour must be a whole number from 0 to 23 (UTC)")
    return value


def duration(section: dict[str, Any], table: str, key: str, default: float,
             unit: Literal["days", "minutes"]) -> timedelta:
    """A span of time in `unit`, fractions allowed (the tests escalate after a few seconds)."""
    value = section.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ConfigError(f"[{table}] {key} must be a number of {unit} (0 or more)")
    return timedelta(**{unit: value})
