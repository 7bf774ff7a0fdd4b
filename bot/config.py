"""Configuration: a TOML file for everything but secrets, which come from the environment or files."""

from __future__ import annotations

import os
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROLES = ("admin", "secretary", "physio")


class ConfigError(Exception):
    """A configuration problem, reported as one line (exit code 2)."""


@dataclass(frozen=True)
class Secret:
    """Where a secret lives: an environment variable or a file. The TOML never holds the value."""

    env: str | None = None
    file: Path | None = None

    def read(self) -> str:
        if self.env:
            value = os.environ.get(self.env)
            if not value:
                raise ConfigError(f"environment variable {self.env} is not set")
            return value.strip()
        assert self.file is not None
        try:
            return self.file.read_text().strip()
        except OSError as exc:
            raise ConfigError(f"cannot read secret file {self.file}: {exc.strerror}") from None


@dataclass(frozen=True)
class Staff:
    user_id: str
    role: str
    display_name: str
    short_name: str = ""

    @property
    def name(self) -> str:
        """What the bot calls this person in messages: short name, else display name."""
        return self.short_name or self.display_name


@dataclass(frozen=True)
class Config:
    path: Path
    homeserver: str
    bot_user: str
    bot_display_name: str
    data_dir: Path
    password: Secret
    pickle_key: Secret
    store_key: Secret
    staff: tuple[Staff, ...]
    default_physio: str
    intake_room_name: str = "Secrétariat — appels"
    admin_room_name: str = "Administration kine-relay"
    physio_room_prefix: str = "Appels — "
    max_note_chars: int = 4000
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    def staff_by_id(self, user_id: str) -> Staff | None:
        return next((s for s in self.staff if s.user_id == user_id), None)

    def with_role(self, role: str) -> list[Staff]:
        return [s for s in self.staff if s.role == role]

    def section(self, name: str) -> dict[str, Any]:
        """A raw TOML table for a feature that parses its own settings (triage, access, ...)."""
        value = self.raw.get(name, {})
        if not isinstance(value, dict):
            raise ConfigError(f"[{name}] must be a table")
        return value


def fold(text: str) -> str:
    """Case- and accent-insensitive form used to match names typed by people."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _secret(table: dict[str, Any], key: str, base: Path, where: str = "bot") -> Secret:
    spec = table.get(key)
    if isinstance(spec, str):
        raise ConfigError(f"{key} must be {{ env = \"VAR\" }} or {{ file = \"path\" }}, not a value")
    if not isinstance(spec, dict) or not (spec.get("env") or spec.get("file")):
        raise ConfigError(f"[{where}] {key} is missing: give {{ env = \"VAR\" }} or {{ file = \"path\" }}")
    if spec.get("file"):
        return Secret(file=(base / spec["file"]).resolve())
    return Secret(env=str(spec["env"]))


def section_secret(cfg: Config, section: str, key: str) -> Secret:
    """A secret named in a feature's table, e.g. [webhook] secret; files are relative to the config."""
    return _secret(cfg.section(section), key, cfg.path.resolve().parent, section)


def _require(table: dict[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise ConfigError(f"[{where}] {key} is missing")
    return table[key]


def load_config(path: str | os.PathLike[str]) -> Config:
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None
    base = path.resolve().parent
    hs = raw.get("homeserver", {})
    bot = raw.get("bot", {})
    relay = raw.get("relay", {})
    rooms = raw.get("rooms", {})
    staff = []
    for i, entry in enumerate(raw.get("staff", [])):
        user_id = str(_require(entry, "user_id", f"staff {i + 1}"))
        role = str(_require(entry, "role", f"staff {i + 1}"))
        if role not in ROLES:
            raise ConfigError(f"[staff {i + 1}] role must be one of {', '.join(ROLES)}, not {role!r}")
        if not user_id.startswith("@") or ":" not in user_id:
            raise ConfigError(f"[staff {i + 1}] user_id {user_id!r} is not a Matrix ID")
        staff.append(
            Staff(user_id, role, str(entry.get("display_name", user_id)), entry.get("short_name", ""))
        )
    if len({s.user_id for s in staff}) != len(staff):
        raise ConfigError("[staff] lists a user twice")
    physios = {s.user_id for s in staff if s.role == "physio"}
    default_physio = str(_require(relay, "default_physio", "relay"))
    if default_physio not in physios:
        raise ConfigError(f"[relay] default_physio {default_physio} is not a physio in [[staff]]")
    data_dir = Path(_require(bot, "data_dir", "bot"))
    display_name = str(bot.get("display_name", "kine-relay (bot)"))
    if not display_name.endswith("(bot)"):
        # Staff must never take the bot for a person.
        raise ConfigError(f'[bot] display_name {display_name!r} must end with "(bot)"')
    return Config(
        path=path,
        homeserver=str(_require(hs, "url", "homeserver")).rstrip("/"),
        bot_user=str(_require(bot, "user_id", "bot")),
        bot_display_name=display_name,
        data_dir=data_dir if data_dir.is_absolute() else (base / data_dir).resolve(),
        password=_secret(bot, "password", base),
        pickle_key=_secret(bot, "pickle_key", base),
        store_key=_secret(bot, "store_key", base),
        staff=tuple(staff),
        default_physio=default_physio,
        intake_room_name=str(rooms.get("intake_name", Config.intake_room_name)),
        admin_room_name=str(rooms.get("admin_name", Config.admin_room_name)),
        physio_room_prefix=str(rooms.get("physio_prefix", Config.physio_room_prefix)),
        max_note_chars=int(relay.get("max_note_chars", Config.max_note_chars)),
        raw=raw,
    )
