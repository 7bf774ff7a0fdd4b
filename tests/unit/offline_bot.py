"""The bot's real wiring (`Bot.build`: store, outbox, de-identification, triage, dispatcher,
commands) over a temporary store, with no homeserver: events go in through the dispatcher, what
the bot would send is read back from the outbox. For in-process tests of hostile input and
store faults."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from nio import EncryptionError, Event, MegolmEvent

from bot.app import Bot
from bot.config import load_config
from bot.devpractice import PEOPLE
from bot.dispatch import Dispatcher
from handlers.context import Context
from store.crypto import new_key
from store.outbox import Pending
from store.rooms import ADMIN, INTAKE, PHYSIO, Rooms
from tests.unit.sample_config import minimal_config

SERVER = "kine.test"  # sample_config's
BOT = f"@kine-relay:{SERVER}"
STAFF = {p.localpart: f"@{p.localpart}:{SERVER}" for p in PEOPLE}  # the dev practice, here
JULIEN = STAFF["julien"]
INTAKE_ROOM, ADMIN_ROOM, OTHER_ROOM, PLAIN_ROOM = (f"!{n}:{SERVER}" for n in
                                                   ("intake", "admin", "other", "plain"))
PHYSIO_ROOMS = {STAFF[p.localpart]: f"!physio-{p.localpart}:{SERVER}" for p in PEOPLE
                if p.role == "physio"}


class OfflineClient:
    """What dispatch reads of nio's client: its user ID, which rooms are encrypted, and no
    room key at all (every encrypted event is held, its key asked for)."""

    def __init__(self) -> None:
        self.user_id, self.device_id = BOT, "OFFLINE"
        self.olm = SimpleNamespace(outgoing_to_device_messages=[], outgoing_key_requests={})
        encrypted = [INTAKE_ROOM, ADMIN_ROOM, OTHER_ROOM, *PHYSIO_ROOMS.values()]
        self.rooms = {r: SimpleNamespace(room_id=r, encrypted=True, users={}) for r in encrypted}
        self.rooms[PLAIN_ROOM] = SimpleNamespace(room_id=PLAIN_ROOM, encrypted=False, users={})

    def decrypt_event(self, event: MegolmEvent) -> Event:
        raise EncryptionError("no session")

    async def send_to_device_messages(self) -> None:
        self.olm.outgoing_to_device_messages.clear()


def write_config(root: Path) -> Path:
    """sample_config's practice (Julien), joined by the rest of the dev practice's staff."""
    (root / "store_key").write_text(new_key())
    staff = "".join(f'[[staff]]\nuser_id = "{user}"\nrole = "{p.role}"\n'
                    f'display_name = "{p.display_name}"\nshort_name = "{p.short_name}"\n'
                    for p in PEOPLE if (user := STAFF[p.localpart]) != JULIEN)
    config = root / "config.toml"
    config.write_text(minimal_config('{ file = "store_key" }', staff))
    return config


@dataclass
class Sent:
    kind: str
    room_id: str
    content: dict
    event_id: str  # what the homeserver would have answered

    @property
    def body(self) -> str:
        return str(self.content.get("body", ""))


class OfflineBot:
    def __init__(self, root: Path):
        self.bot = Bot(load_config(write_config(root)))
        wiring = self.bot.build(OfflineClient())  # type: ignore[arg-type]
        self.ctx = next(part for part in wiring if isinstance(part, Context))
        self.dispatcher = next(part for part in wiring if isinstance(part, Dispatcher))
        rooms = Rooms(self.ctx.store)
        for room_id, kind, owner in [(INTAKE_ROOM, INTAKE, ""), (ADMIN_ROOM, ADMIN, ""),
                                     *((r, PHYSIO, u) for u, r in PHYSIO_ROOMS.items())]:
            rooms.record(room_id, kind, owner)
        self.ids = itertools.count()

    def event_id(self) -> str:
        return f"$ev{next(self.ids)}"

    def feed(self, room_id: str, event: dict, decrypted: bool = True) -> str:
        """One event as nio hands it over: by default decrypted, as in the bot's encrypted rooms
        (`decrypted=False`: sent in clear by a client that ignores the room's encryption)."""
        event = {"event_id": self.event_id(), "origin_server_ts": 1_700_000_000_000,
                 "room_id": room_id, **event}
        parsed = Event.parse_event(event)
        parsed.decrypted = decrypted
        asyncio.run(self.dispatcher.on_event(room_id, parsed))
        return event["event_id"]

    def message(self, room_id: str, sender: str, body: str, **relations: dict) -> str:
        return self.feed(room_id, {"type": "m.room.message", "sender": sender,
                                   "content": {"msgtype": "m.text", "body": body, **relations}})

    def sent(self) -> list[Sent]:
        """What the bot queued since the last call (then marked sent, as the sender would)."""
        pending: list[Pending] = self.ctx.outbox.pending("9999", limit=10_000)
        for p in pending:
            self.ctx.outbox.sent(p.id, f"$out{p.id}")
        return [Sent(p.kind, p.room_id, p.content, f"$out{p.id}") for p in pending]

    def failures(self) -> int:
        db = self.ctx.store.db
        return db.execute("SELECT count(*) FROM inbound WHERE status = 'failed'").fetchone()[0]
