"""Access control in integration tests: the practice's [access] config and Synapse admin token,
authenticator apps for staff clients, new members granted by the admin, and the store changes
that stand in for the passage of time (an idle member, a timer come due)."""

from __future__ import annotations

import asyncio
import inspect
import json
import os
import re
import secrets
import sqlite3
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import pyotp
from nio import EncryptionError, MegolmEvent, RoomInviteResponse

from bot.devclient import Received, StaffClient
from bot.devpractice import Practice
from bot.devserver import SERVER_NAME, DevServer
from store.db import iso
from tests.integration.helpers import wait_audit

ACCESS_TOML = """
[access]
review_days = 90
auto_expire_days = 90
deactivate_on_revoke = true
admin_token = { file = "secrets/synapse_admin_token" }
"""
TOKEN_FILE = "secrets/synapse_admin_token"
BOT = f"@kine-relay:{SERVER_NAME}"


def write_admin_token(hs: DevServer, root: Path) -> None:
    """A Synapse server admin (not the bot) and its access token, as a deployment would give."""
    password = secrets.token_urlsafe(12)
    hs.register("synapse-admin", password, admin=True)
    token = login(hs, "synapse-admin", password)
    fd = os.open(root / TOKEN_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(token)


def login(hs: DevServer, localpart: str, password: str) -> str:
    return hs._post("/_matrix/client/v3/login", {
        "type": "m.login.password", "identifier": {"type": "m.id.user", "user": localpart},
        "password": password})["access_token"]


def synapse_admin(practice: Practice, method: str, path: str, body: dict | None = None) -> dict:
    """A call to the Synapse admin API with the practice's server admin token."""
    token = (practice.root / TOKEN_FILE).read_text().strip()
    request = urllib.request.Request(
        f"{practice.homeserver.url}{path}", method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


# --- the bot's store, read (and, for the clock, written) by the tests -----------------------

def store_path(practice: Practice) -> Path:
    return practice.root / "data" / "store.db"


def query(practice: Practice, sql: str, params: tuple = ()) -> list[tuple]:
    with sqlite3.connect(f"file:{store_path(practice)}?mode=ro", uri=True) as conn:
        return conn.execute(sql, params).fetchall()


def write(practice: Practice, sql: str, params: tuple = ()) -> None:
    with sqlite3.connect(store_path(practice), timeout=10) as conn:
        conn.execute(sql, params)


def backdate(practice: Practice, user_id: str, days: int) -> None:
    """The member (and their devices) last active `days` ago: time passing, without sleeping."""
    then = iso(datetime.now(UTC) - timedelta(days=days))
    write(practice, "UPDATE members SET last_active = ?, added_at = ? WHERE user_id = ?",
          (then, then, user_id))
    write(practice, "UPDATE devices SET last_seen = ?, first_seen = ? WHERE user_id = ?",
          (then, then, user_id))


def fire_now(practice: Practice, kind: str) -> None:
    """The persisted timer comes due now, as if its date had been reached."""
    write(practice, "UPDATE timers SET due_at = ? WHERE kind = ?",
          (iso(datetime.now(UTC) - timedelta(seconds=1)), kind))


def kicked_by_bot(practice, room: str, user_id: str, reason: str = "Accès révoqué") -> bool:
    state = synapse_admin(practice, "GET", f"/_synapse/admin/v1/rooms/{quote(room)}/state")["state"]
    member = next((e for e in state if e["type"] == "m.room.member" and e["state_key"] == user_id), {})
    content = member.get("content", {})
    return (content.get("membership"), content.get("reason"), member.get("sender")) == (
        "leave", reason, BOT)


def own_room(practice: Practice, user_id: str) -> str | None:
    rows = query(practice, "SELECT room_id FROM rooms WHERE owner = ? AND kind IN "
                           "('physio', 'personal')", (user_id,))
    return rows[0][0] if rows else None


def devices_of(practice: Practice, user_id: str) -> dict[str, str]:
    return dict(query(practice, "SELECT device_id, status FROM devices WHERE user_id = ?",
                      (user_id,)))


async def until(check, timeout: float = 30, what: str = "condition"):
    """Polls `check()` (a function or a coroutine function) until it returns something truthy."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if inspect.isawaitable(result):
            result = await result
        if result:
            return result
        await asyncio.sleep(0.2)
    raise TimeoutError(f"timed out waiting for {what}")


async def raw(reader: StaffClient, room: str, event_id: str) -> dict:
    """The event as the homeserver keeps it: still Megolm ciphertext (nio would decrypt it)."""
    response = await reader.client.send(
        "GET", f"/_matrix/client/v3/rooms/{quote(room)}/event/{quote(event_id)}",
        headers={"Authorization": f"Bearer {reader.client.access_token}"})
    return await response.json()


async def raw_event(reader: StaffClient, room: str, event_id: str) -> MegolmEvent:
    event = MegolmEvent.from_dict(await raw(reader, room, event_id))
    assert isinstance(event, MegolmEvent)
    return event


def can_decrypt(client: StaffClient, event: MegolmEvent) -> bool:
    try:
        client.client.decrypt_event(event)
    except EncryptionError:
        return False
    return True


# --- staff clients ------------------------------------------------------------------------

async def ask(client: StaffClient, room: str, text: str, expect: str, timeout: float = 30) -> Received:
    """Send `text` and return the bot's next message in `room` that contains `expect`."""
    before = {r.event_id for r in client.received}
    await client.send(room, text)
    found = await client.wait_for(lambda r: r.event_id not in before and r.room_id == room
                                  and r.sender == BOT and expect in r.body, timeout)
    return found[0]


@dataclass
class Authenticator:
    """The staff member's authenticator app. The bot takes each time step once and the codes
    of the next step early (clock drift): two codes at once, then one per 30 s step."""

    totp: pyotp.TOTP
    last_step: int = -1
    recovery: list[str] = field(default_factory=list)

    async def code(self) -> str:
        while True:
            now = self.totp.timecode(datetime.now(UTC))
            step = max(self.last_step + 1, now)
            if step <= now + 1:
                self.last_step = step
                return self.totp.generate_otp(step)
            await asyncio.sleep(1)

    def wrong(self) -> str:
        now = self.totp.timecode(datetime.now(UTC))
        valid = {self.totp.generate_otp(s) for s in range(now - 2, now + 3)}
        return next(c for c in ("000000", "111111", "222222", "333333") if c not in valid)


_enrolled: dict[tuple[str, str], Authenticator] = {}


async def enrolled(client: StaffClient, room: str) -> Authenticator:
    """The member's authenticator, enrolled once per homeserver and user through `!2fa`."""
    key = (client.client.homeserver, client.client.user_id)
    if key not in _enrolled:
        _enrolled[key] = await enrol(client, room)
    return _enrolled[key]


async def enrol(client: StaffClient, room: str) -> Authenticator:
    link = await ask(client, room, "!2fa enroll", "otpauth://")
    authenticator = Authenticator(pyotp.parse_uri(re.search(r"otpauth://\S+", link.body)[0]))
    done = await ask(client, room, f"!2fa confirm {await authenticator.code()}", "2FA activée")
    authenticator.recovery = re.findall(r"^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$", done.body, re.M)
    return authenticator


@dataclass
class NewMember:
    """A person registered for one test, granted a role by the admin."""

    user_id: str
    password: str
    client: StaffClient
    room: str  # their own room with the bot


async def new_member(practice: Practice, admin: StaffClient, admin_room: str, localpart: str,
                     role: str) -> NewMember:
    password = secrets.token_urlsafe(12)
    user_id = practice.homeserver.register(localpart, password)
    client = await StaffClient(practice.homeserver.url, user_id, password).start()
    authenticator = await enrolled(admin, await admin_own_room(practice, admin))
    await ask(admin, admin_room, f"!grant {user_id} {role} {await authenticator.code()}",
              f"{user_id} : {role}")
    room = await until(lambda: own_room(practice, user_id), what="the member's own room")
    await client.joined(room)
    # Their device was seen (and trusted: their first) before anything is asked of them.
    await until(lambda: devices_of(practice, user_id), what="the member's first device")
    return NewMember(user_id, password, client, room)


async def admin_own_room(practice: Practice, admin: StaffClient) -> str:
    room = own_room(practice, admin.client.user_id)
    assert room, "setup creates every admin's own room"
    await admin.joined(room)
    return room


async def refused(client: StaffClient, room: str, text: str, expect: str, practice) -> dict:
    """Sends a command the bot must refuse with an answer containing `expect`; returns the
    command's audit row."""
    before = {r.event_id for r in client.received}
    event_id = await client.send(room, text)
    await client.wait_for(lambda r: r.event_id not in before and r.room_id == room
                          and expect in r.body)
    row = await wait_audit(practice, lambda r: event_id in (r["event_ids"] or "")
                           and r["action"].startswith("command."))
    assert row["outcome"] == "refused"
    return row


async def let_in(practice: Practice, member: StaffClient, room: str, outsider: StaffClient) -> None:
    """An outsider joins a room the bot manages, where only the bot may invite: a server admin
    gives the member the room's power first (Synapse's make_room_admin)."""
    synapse_admin(practice, "POST", f"/_synapse/admin/v1/rooms/{quote(room)}/make_room_admin",
                  {"user_id": member.client.user_id})

    async def invited() -> bool:
        response = await member.client.room_invite(room, outsider.client.user_id)
        return isinstance(response, RoomInviteResponse)

    await until(invited, what="the invitation")
    await outsider.joined(room)
