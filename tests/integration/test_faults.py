"""Faults, against a Synapse of this module's own (stopped, restarted, rate-limited), its own
practice and the bot process: each test counts notes in and relays out."""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from nio import RoomKeyRequest, RoomSendResponse, SyncResponse, ToDeviceMessage

from bot.config import load_config
from bot.devclient import StaffClient
from bot.devledger import Ledger, until
from bot.devserver import DevServer, free_port
from bot.devstack import BotProcess, Stack, local_stack
from tests.integration.access_helpers import synapse_admin, write_admin_token
from tests.integration.helpers import audit_rows, wait_audit

pytestmark = pytest.mark.integration

# A low message rate for everyone; the fixture lifts it per user, the rate-limit test puts it
# back on the bot.
MESSAGE_LIMIT = {"per_second": 1, "burst_count": 2}
UNDECRYPTABLE_MINUTES = 0.5
MAX_SYNC_AGE = 15
TOML = f"""undecryptable_minutes = {UNDECRYPTABLE_MINUTES}

[sync]
timeline_limit = 20
long_poll_seconds = 5

[health]
port = {{port}}
max_sync_age = {MAX_SYNC_AGE}
"""
SLOW = 600.0  # bound for a burst on a busy two-core machine; a passing run takes about a minute
WAIT = 120.0
PHONE = "06 47 21 93 58"  # synthetic


# --- the deployment ---------------------------------------------------------------------------

@dataclass
class Faults:
    stack: Stack
    ledger: Ledger
    bot_user: str
    health_port: int

    @property
    def bot(self) -> BotProcess:
        return self.stack.bot

    @property
    def hs(self) -> DevServer:
        return self.stack.homeserver

    @property
    def bot_device(self) -> str:
        return json.loads((self.stack.practice.root / "data" / "credentials.json").read_text())["device_id"]

    def log_since(self, mark: int) -> str:
        return self.bot.log.read_bytes()[mark:].decode(errors="replace")

    def log_mark(self) -> int:
        return self.bot.log.stat().st_size

    async def health_is(self, expected: int) -> bool:
        """Whether /healthz answers `expected` (not serving at all is no answer)."""
        try:
            async with aiohttp.ClientSession() as session, session.get(
                    f"http://127.0.0.1:{self.health_port}/healthz",
                    timeout=aiohttp.ClientTimeout(total=10)) as response:
                return response.status == expected
        except aiohttp.ClientError:
            return False

    async def start_bot(self) -> None:
        mark = self.bot.launch()
        await until("the bot to run", lambda: self.bot.running(mark), WAIT)

    async def start_homeserver(self) -> None:
        await asyncio.to_thread(self.hs.start)

    def rate_limit(self, user_id: str, limited: bool) -> None:
        """The server's low `rc_message` for this user, or none (an admin's per-user override)."""
        path = f"/_synapse/admin/v1/users/{user_id}/override_ratelimit"
        if limited:
            synapse_admin(self.stack.practice, "DELETE", path)
        else:
            synapse_admin(self.stack.practice, "POST", path, {"messages_per_second": 0, "burst_count": 0})


@pytest.fixture(scope="module")
async def faults(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Faults]:
    port = free_port()
    async with local_stack(tmp_path_factory.mktemp("faults"), TOML.format(port=port),
                           overrides={"rc_message": MESSAGE_LIMIT}) as stack:
        write_admin_token(stack.homeserver, stack.practice.root)
        bot_user = load_config(stack.practice.config).bot_user
        ledger = Ledger(stack.clients, stack.rooms.intake, stack.practice.root / "data")
        faults = Faults(stack, ledger, bot_user, port)
        for user in [bot_user, *(p.user_id for p in stack.practice.people.values())]:
            faults.rate_limit(user, limited=False)
        yield faults


@pytest.fixture(autouse=True)
async def running(faults: Faults) -> None:
    """Each test starts with the homeserver and the bot up, whatever the last one left."""
    if faults.hs.proc is None:
        await faults.start_homeserver()
    if faults.bot.proc is None or faults.bot.proc.poll() is not None:
        await faults.start_bot()


# --- the bot dies -----------------------------------------------------------------------------

async def test_bot_killed_mid_burst_relays_every_note_once(faults: Faults) -> None:
    ledger = faults.ledger
    before = len(ledger.acked())
    sending = asyncio.ensure_future(ledger.burst(300, "Appel tué"))
    await until("the bot to be relaying the burst", lambda: len(ledger.acked()) - before >= 30, SLOW)
    faults.bot.stop(signal.SIGKILL)
    relayed_when_killed = len(ledger.acked()) - before
    notes = await asyncio.wait_for(sending, SLOW)  # a client stuck sending fails, never hangs
    await faults.start_bot()
    await ledger.relayed_once(notes, SLOW)
    assert relayed_when_killed < len(notes), "the kill came after the burst: nothing was tested"
    await until("the outbox to drain", lambda: ledger.outbox_depth() == 0, WAIT)


async def test_note_no_sync_brought_is_found_by_the_sweep(faults: Faults) -> None:
    """A sync that leaves a note out without saying `limited` (seen once from Synapse under a
    burst): the bot's sweep of each room's latest history finds it, and relays it once."""
    lea, marc = faults.stack.clients["lea.sec"], faults.stack.clients["marc.sec"]
    intake = faults.stack.rooms.intake
    faults.bot.stop()
    skipped = await lea.send(intake, "Appel oublié par la synchro : rappel demandé, pour Claire")
    await marc.wait_for(lambda r: r.event_id == skipped, WAIT)
    skip_room_events(faults.ledger.store, marc.client.next_batch)
    later = await marc.send(intake, "Appel suivant : rappel demandé, pour Sophie")
    mark = faults.log_mark()
    await faults.start_bot()
    await faults.ledger.relayed_once([skipped, later], WAIT)
    assert "handled by the sweep: 1" in faults.log_since(mark)


def skip_room_events(store: Path, past: str) -> None:
    """Move the stopped bot's saved sync position in the room-event stream to that of the
    sync token `past` (Synapse's "s<room position>_<other streams>..."), the other streams kept:
    its next sync brings no room event sent before, as if a sync had left them out."""
    with sqlite3.connect(store) as conn:
        (saved,) = conn.execute("SELECT value FROM kv WHERE key = 'sync_token'").fetchone()
        moved = past.split("_", 1)[0] + "_" + saved.split("_", 1)[1]
        conn.execute("UPDATE kv SET value = ? WHERE key = 'sync_token'", [moved])


# --- the homeserver dies ----------------------------------------------------------------------

async def test_homeserver_restarted_mid_burst_loses_and_doubles_nothing(faults: Faults) -> None:
    ledger = faults.ledger
    before = len(ledger.acked())
    mark = faults.log_mark()
    sending = asyncio.ensure_future(ledger.burst(120, "Appel coupure"))
    await until("the bot to be relaying the burst", lambda: len(ledger.acked()) - before >= 20, SLOW)
    faults.hs.stop()
    try:
        # The sync loop sees the failure itself (no endless retry inside nio): it logs, backs
        # off, and health turns unhealthy once the last good sync is too old.
        await until("the sync loop to report the failure",
                    lambda: "sync failed" in faults.log_since(mark), WAIT)
        await until("/healthz to say 503", lambda: faults.health_is(503), WAIT)
    finally:
        await faults.start_homeserver()
    notes = await asyncio.wait_for(sending, SLOW)  # a client stuck sending fails, never hangs
    await ledger.relayed_once(notes, SLOW)
    await until("the outbox to drain", lambda: ledger.outbox_depth() == 0, WAIT)
    await until("/healthz to say 200", lambda: faults.health_is(200), WAIT)


async def test_bot_started_while_homeserver_is_down_waits_then_works(faults: Faults) -> None:
    faults.bot.stop()
    faults.hs.stop()
    try:
        mark = faults.bot.launch()
        await until("/healthz to say 503", lambda: faults.health_is(503), WAIT)
        await until("the bot to retry",
                    lambda: faults.log_since(mark).count("homeserver unreachable") >= 2, WAIT)
        assert not faults.bot.running(mark)  # waiting, not exited
    finally:
        await faults.start_homeserver()
    await until("the bot to run", lambda: faults.bot.running(mark), WAIT)
    await until("/healthz to say 200", lambda: faults.health_is(200), WAIT)
    lea = faults.stack.clients["lea.sec"]
    note = await lea.send(faults.stack.rooms.intake, "Appel après démarrage : rappel, pour Sophie")
    await faults.ledger.relayed_once([note], WAIT)


# --- the homeserver says "slow down" ----------------------------------------------------------

async def test_rate_limited_bot_waits_and_drops_nothing(faults: Faults) -> None:
    mark = faults.log_mark()
    faults.rate_limit(faults.bot_user, limited=True)
    try:
        notes = await faults.ledger.burst(12, "Appel limité")
        await faults.ledger.relayed(notes, SLOW)
    finally:
        faults.rate_limit(faults.bot_user, limited=False)
    # nio waits `retry_after_ms` on each M_LIMIT_EXCEEDED and sends again, same transaction ID.
    assert "429 response (ratelimited)" in faults.log_since(mark)
    await faults.ledger.relayed_once(notes, SLOW)


# --- the bot lacks a room key -----------------------------------------------------------------

@dataclass
class Withheld:
    """Notes sent in a Megolm session the bot's device was kept out of, and the room key for
    that device, encrypted when the session was new and not sent yet."""

    event_ids: list[str]
    session_id: str
    room_key: dict


async def send_withholding_key(secretary: StaffClient, room_id: str, bodies: list[str],
                               bot_user: str, bot_device: str) -> Withheld:
    client = secretary.client
    await secretary.joined(room_id)
    if client.should_query_keys:
        await client.keys_query()
    bot = client.device_store[bot_user][bot_device]
    client.invalidate_outbound_session(room_id)
    if missing := client.get_missing_sessions(room_id):
        await client.keys_claim(missing)
    client.verify_device(bot)
    # The bot's m.room_key, made while the session is at index 0 — kept back for now.
    _, to_device = next(client.olm.share_group_session_parallel(room_id, [bot_user]))
    client.blacklist_device(bot)
    event_ids = []
    for body in bodies:
        response = await client.room_send(room_id, "m.room.message",
                                          {"msgtype": "m.text", "body": body},
                                          ignore_unverified_devices=True)
        assert isinstance(response, RoomSendResponse)
        event_ids.append(response.event_id)
    session_id = client.olm.outbound_group_sessions[room_id].id
    return Withheld(event_ids, session_id, to_device["messages"][bot_user][bot_device])


async def readmit(secretary: StaffClient, room_id: str, bot_user: str, bot_device: str) -> None:
    """The bot's device is trusted again and gets the next session."""
    client = secretary.client
    client.verify_device(client.device_store[bot_user][bot_device])
    client.invalidate_outbound_session(room_id)


def key_requests(secretary: StaffClient) -> list[RoomKeyRequest]:
    """The room key requests the secretary's device receives from now on (nio keeps them from
    to-device callbacks: they are read from the sync responses)."""
    seen: list[RoomKeyRequest] = []

    async def record(response: SyncResponse) -> None:
        seen.extend(e for e in response.to_device_events if isinstance(e, RoomKeyRequest))
    secretary.client.add_response_callback(record, SyncResponse)
    return seen


def held_status(faults: Faults, event_id: str) -> str | None:
    path = faults.ledger.store
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        row = conn.execute("SELECT status FROM held WHERE event_id = ?", [event_id]).fetchone()
    return row[0] if row else None


async def test_undecryptable_note_is_relayed_once_when_its_key_arrives(faults: Faults) -> None:
    lea, intake = faults.stack.clients["lea.sec"], faults.stack.rooms.intake
    device = faults.bot_device
    requests = key_requests(lea)
    try:
        withheld = await send_withholding_key(
            lea, intake, ["Appel clé tardive 1 : rappel, pour Claire",
                          "Appel clé tardive 2 : rappel, pour Julien"], faults.bot_user, device)
        for event_id in withheld.event_ids:
            row = await wait_audit(faults.stack.practice, lambda r, e=event_id: r["action"] == "hold"
                                   and e in (r["event_ids"] or ""), WAIT)
            assert (row["outcome"], row["reason"]) == ("held", "undecryptable")
            assert held_status(faults, event_id) == "waiting"
        await until("the bot's room key request", lambda: any(
            r.session_id == withheld.session_id for r in requests), WAIT)
        # The sender's device shares the key late: the very m.room_key, as a delayed to-device.
        await lea.client.to_device(ToDeviceMessage("m.room.encrypted", faults.bot_user, device,
                                                   withheld.room_key))
        await faults.ledger.relayed_once(withheld.event_ids, WAIT)
    finally:
        await readmit(lea, intake, faults.bot_user, device)
    asked = [r for r in requests if r.session_id == withheld.session_id]
    assert [(r.sender, r.requesting_device_id) for r in asked] == [(faults.bot_user, device)]
    assert [held_status(faults, e) for e in withheld.event_ids] == [None, None]  # released


async def test_note_never_decryptable_is_reported_audited_and_kept(faults: Faults) -> None:
    clients, rooms = faults.stack.clients, faults.stack.rooms
    marc, anne = clients["marc.sec"], clients["anne.admin"]
    device = faults.bot_device
    try:
        withheld = await send_withholding_key(
            marc, rooms.intake, [f"Appel clé perdue : rappeler au {PHONE}, pour Sophie"],
            faults.bot_user, device)
    finally:
        await readmit(marc, rooms.intake, faults.bot_user, device)
    (event_id,) = withheld.event_ids
    expired = await wait_audit(faults.stack.practice, lambda r: r["action"] == "hold"
                               and r["outcome"] == "expired" and event_id in (r["event_ids"] or ""),
                               UNDECRYPTABLE_MINUTES * 60 + WAIT)
    assert expired["reason"] == "undecryptable"

    def told(room_id: str):
        return lambda r: r.room_id == room_id and "déchiffrée" in r.body

    for client, room_id in ((marc, rooms.intake), (anne, rooms.admin)):
        (said,) = await client.wait_for(told(room_id), WAIT)
        assert "Marc" in said.body and "renvoyer" in said.body
        assert PHONE not in said.body
    assert held_status(faults, event_id) == "expired"  # kept, not dropped
    holds = [r for r in audit_rows(faults.stack.practice) if event_id in (r["event_ids"] or "")]
    assert [(r["action"], r["outcome"]) for r in holds] == [("hold", "held"), ("hold", "expired")]
    assert not faults.ledger.acked().get(event_id)


# --- the store cannot write -------------------------------------------------------------------

@contextmanager
def locked(store: Path) -> Iterator[sqlite3.Connection]:
    """The bot's store, write-locked by another process (as a backup tool or a stuck admin
    shell would); the lock holder can still read it."""
    lock = sqlite3.connect(store, isolation_level=None, timeout=30)
    try:
        lock.execute("BEGIN EXCLUSIVE")
        yield lock
    finally:
        lock.execute("ROLLBACK")
        lock.close()


async def test_note_arriving_while_the_store_is_locked_is_refused_then_relayed_once(
        faults: Faults) -> None:
    ledger = faults.ledger
    lea, intake = faults.stack.clients["lea.sec"], faults.stack.rooms.intake
    await ledger.fence(WAIT)  # the bot is idle: its next sync brings the note
    late_text = f"Appel pendant le verrou : rappeler au {PHONE}, pour Claire"
    with locked(ledger.store):
        mark = faults.log_mark()
        late = await lea.send(intake, late_text)
        # Not stored, so not acknowledged; and again on the replay: the sync token stays put.
        await until("the bot to refuse the note it cannot store, twice",
                    lambda: faults.log_since(mark).count(f"{late} not acknowledged") >= 2, WAIT)
        assert late not in ledger.acked()
    await ledger.relayed_once([late], WAIT)
    # Relayed as itself, not as an undecryptable note (the replayed sync is decrypted again).
    assert not [r for r in audit_rows(faults.stack.practice)
                if r["action"] == "hold" and late in (r["event_ids"] or "")]
    log = faults.log_since(mark)
    assert "store unavailable (database is locked)" in log
    assert not [t for t in (PHONE, late_text) if t in log], "note text in the log"
    assert not [r for r in lea.received if r.room_id == intake and "Erreur interne" in r.body]


async def test_store_locked_mid_burst_loses_doubles_and_crashes_nothing(faults: Faults) -> None:
    """The lock falls while the bot is sending what it stored: the sender pauses (a message
    sent but not yet marked goes again with its transaction ID, and the homeserver keeps one).
    The server's low message rate keeps the bot's sender busy, so the lock meets it at work."""
    ledger = faults.ledger
    before = len(ledger.acked())
    faults.rate_limit(faults.bot_user, limited=True)
    try:
        sending = asyncio.ensure_future(ledger.burst(60, "Appel verrou"))
        await until("the bot to be relaying the burst", lambda: len(ledger.acked()) - before >= 5, SLOW)
        with locked(ledger.store) as lock:
            mark = faults.log_mark()
            stored = {e for (e,) in lock.execute("SELECT event_id FROM inbound")}
            await until("the sender to pause", lambda: "sending paused" in faults.log_since(mark), WAIT)
            assert not set(ledger.acked()) - stored, "a note the store does not hold was acknowledged"
    finally:
        faults.rate_limit(faults.bot_user, limited=False)
    notes = await asyncio.wait_for(sending, SLOW)  # a client stuck sending fails, never hangs
    await ledger.relayed_once(notes, SLOW)
    assert faults.bot.proc and faults.bot.proc.poll() is None, "the bot died"
    await until("the outbox to drain", lambda: ledger.outbox_depth() == 0, WAIT)


def test_log_has_no_note_text(faults: Faults) -> None:
    text = faults.bot.log.read_text()
    assert "kine-relay is running" in text
    assert not [t for t in (PHONE, PHONE.replace(" ", "")) if t in text], "a phone in the log"
