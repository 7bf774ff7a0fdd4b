"""A small synthetic practice on the dev homeserver, for the demo, the tests and the benches:
users registered, secrets in files (0600), a config that points at them."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from bot.devserver import SERVER_NAME, DevServer
from store.crypto import new_key


@dataclass(frozen=True)
class Person:
    localpart: str
    role: str
    display_name: str
    short_name: str = ""
    password: str = ""

    @property
    def user_id(self) -> str:
        return f"@{self.localpart}:{SERVER_NAME}"


PEOPLE = (
    Person("anne.admin", "admin", "Anne Garnier"),
    Person("lea.sec", "secretary", "Léa Roux"),
    Person("marc.sec", "secretary", "Marc Faure"),
    Person("julien", "physio", "Julien Martin", "Julien"),
    Person("claire", "physio", "Claire Moreau", "Claire"),
    Person("sophie", "physio", "Sophie Lefèvre", "Sophie"),
)
BOT_LOCALPART = "kine-relay"


@dataclass
class Practice:
    root: Path
    config: Path
    people: dict[str, Person]  # by localpart
    homeserver: DevServer

    def person(self, localpart: str) -> Person:
        return self.people[localpart]


def _secret_file(path: Path, value: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(value)


def create_practice(hs: DevServer, root: Path, extra_toml: str = "",
                    extra_people: tuple[Person, ...] = ()) -> Practice:
    """Register the practice (PEOPLE, then `extra_people`) and the bot on `hs`; write config and
    secret files under `root`. `extra_toml` follows `[relay]`: keys before its first table
    header are relay settings."""
    root.mkdir(parents=True, exist_ok=True)
    secret_dir = root / "secrets"
    secret_dir.mkdir(mode=0o700, exist_ok=True)
    bot_password = secrets.token_urlsafe(16)
    hs.register(BOT_LOCALPART, bot_password)
    _secret_file(secret_dir / "bot_password", bot_password)
    _secret_file(secret_dir / "pickle_key", secrets.token_urlsafe(24))
    _secret_file(secret_dir / "store_key", new_key())
    people = {}
    for person in PEOPLE + extra_people:
        password = secrets.token_urlsafe(12)
        hs.register(person.localpart, password, displayname=person.display_name)
        people[person.localpart] = Person(person.localpart, person.role, person.display_name,
                                          person.short_name, password)
    staff = "\n".join(
        f'[[staff]]\nuser_id = "{p.user_id}"\nrole = "{p.role}"\n'
        f'display_name = "{p.display_name}"\nshort_name = "{p.short_name}"\n'
        for p in people.values())
    config = root / "config.toml"
    config.write_text(f"""\
[homeserver]
url = "{hs.url}"

[bot]
user_id = "@{BOT_LOCALPART}:{SERVER_NAME}"
data_dir = "data"
password = {{ file = "secrets/bot_password" }}
pickle_key = {{ file = "secrets/pickle_key" }}
store_key = {{ file = "secrets/store_key" }}

[relay]
default_physio = "{people['julien'].user_id}"
{extra_toml}

{staff}""")
    return Practice(root, config, people, hs)
