"""Counting notes in and relays out, for the tests and the benches: every note acknowledged
once, every case notice delivered once — checked after a fence, so a late duplicate has had
the time to show up."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path

from bot.devclient import Received, StaffClient
from handlers.notices import CASE_KEY, CONFIRMS_KEY

PHYSIO_NAMES = ("Julien", "Claire", "Sophie")
HISTORY_EVERY = 20.0  # seconds of waiting before the rooms' history is read too

log = logging.getLogger(__name__)


async def until(what: str, probe: Callable[[], bool | Awaitable[bool]], timeout: float,
                every: float = 0.5, explain: Callable[[], str] = str) -> None:
    """Poll `probe` (plain or async) until it holds; fail after `timeout` seconds, saying
    `explain()`."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if await result if isinstance(result, Awaitable) else result:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what} {explain()}".rstrip())
        await asyncio.sleep(every)


def case_of(message: Received) -> str | None:
    return message.content.get(CASE_KEY)


def answered(message: Received) -> str | None:
    """The event a bot message answers (its acknowledgement of a note). Other people's messages
    may carry any shape here (the bad-input tests post malformed ones)."""
    relates = message.content.get("m.relates_to")
    reply = relates.get("m.in_reply_to") if isinstance(relates, dict) else None
    return reply.get("event_id") if isinstance(reply, dict) else None


def per_note(message: Received) -> list[Received]:
    """A bot message as one acknowledgement per note: a burst's are folded into one message."""
    confirms = message.content.get(CONFIRMS_KEY)
    if not isinstance(confirms, list):
        return [message]
    return [replace(message, body=c["line"], content={
        "msgtype": "m.notice", "body": c["line"], CASE_KEY: c["case"],
        "m.relates_to": {"m.in_reply_to": {"event_id": c["note"]}}}) for c in confirms]


def acks(secretaries: list[StaffClient], intake: str) -> dict[str, list[Received]]:
    """The bot's acknowledgements in the intake room, by the note they answer."""
    found: dict[str, list[Received]] = defaultdict(list)
    seen: set[str] = set()
    for client in secretaries:
        for message in client.received:
            if message.room_id != intake or message.event_id in seen:
                continue
            seen.add(message.event_id)  # two secretaries see the same ack
            for r in per_note(message):
                if CASE_KEY in r.content and (note := answered(r)):
                    found[note].append(r)
    return found


def notices(physios: list[StaffClient]) -> Counter[str]:
    """How many case messages each case reference produced in the physios' rooms."""
    return Counter(case_of(r) for p in physios for r in p.received if CASE_KEY in r.content)


class Ledger:
    """The practice as the tests see it: who sends notes, who gets the notices."""

    def __init__(self, clients: dict[str, StaffClient], intake: str, data_dir: Path):
        self.intake = intake
        self.secretaries = [clients["lea.sec"], clients["marc.sec"]]
        self.physios = [clients["julien"], clients["claire"], clients["sophie"]]
        self.store = data_dir / "store.db"

    def acked(self) -> dict[str, list[Received]]:
        return acks(self.secretaries, self.intake)

    def _read(self) -> sqlite3.Connection:
        """The bot's store, read-only: the running bot keeps writing it."""
        return sqlite3.connect(f"file:{self.store}?mode=ro", uri=True, timeout=30)

    def outbox_depth(self) -> int:
        with self._read() as conn:
            return conn.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0]

    async def burst(self, count: int, label: str) -> list[str]:
        """`count` notes from both secretaries at once, spread over the three physios."""
        def send(i: int) -> Awaitable[str]:
            return self.secretaries[i % 2].send(
                self.intake, f"{label} {i} : rappel demandé, pour {PHYSIO_NAMES[i % 3]}")
        # One each first: each secretary's room key is shared before the concurrent sends.
        first = [await send(i) for i in range(min(count, 2))]
        return first + list(await asyncio.gather(*(send(i) for i in range(2, count))))

    async def relayed(self, notes: list[str], timeout: float) -> dict[str, str]:
        """Wait until every note is acknowledged and its case reached a physio; returns the case
        reference of each note."""
        await until(f"{len(notes)} acknowledgements",
                    self._or_history(lambda: not set(notes) - set(self.acked())),
                    timeout, explain=lambda: self.unacked(notes))
        acked = self.acked()
        refs = {note: case_of(acked[note][0]) for note in notes}
        await until("every case notice",
                    self._or_history(lambda: not set(refs.values()) - set(notices(self.physios))),
                    timeout, explain=lambda: self.explain(
                        len(set(refs.values()) - set(notices(self.physios)))))
        return refs

    def _or_history(self, done: Callable[[], bool]) -> Callable[[], Awaitable[bool]]:
        """A probe: `done()` on what the live syncs brought and, every HISTORY_EVERY seconds
        of waiting, on the rooms' history too (see StaffClient.catch_up)."""
        last = time.monotonic()

        async def probe() -> bool:
            nonlocal last
            if done():
                return True
            if time.monotonic() - last < HISTORY_EVERY:
                return False
            last = time.monotonic()
            # the secretaries share the intake room: one reads it for both
            readers = [(self.secretaries[0], self.intake)] + [
                (p, room) for p in self.physios for room in list(p.client.rooms) if room != self.intake]
            for client, room_id in readers:
                if found := await client.catch_up(room_id):
                    log.warning("%s: %d messages read from the history, not (yet) from /sync",
                                client.client.user_id, found)
            return done()
        return probe

    def explain(self, missing: int) -> str:
        """What a timeout message needs: how many are missing, what clients could not read."""
        unread = {c.client.user_id: c.undecrypted for c in self.secretaries + self.physios}
        return f"({missing} missing; events clients could not decrypt: {unread})"

    def unacked(self, notes: list[str]) -> str:
        missing = set(notes) - set(self.acked())
        return f"{self.explain(len(missing))}; bot's store: {self.bot_view(missing)}"

    def bot_view(self, notes: set[str]) -> str:
        """What the bot's store says of notes (IDs and states only, never content): claimed and
        how, held, the case and its messages — so a timeout in CI says where a note stopped."""
        with self._read() as conn:
            views = []
            for note in sorted(notes)[:5]:
                inbound = conn.execute("SELECT status, reason FROM inbound WHERE event_id = ?",
                                       [note]).fetchone()
                held = conn.execute("SELECT status FROM held WHERE event_id = ?", [note]).fetchone()
                case = conn.execute("SELECT ref FROM cases WHERE source_event = ?", [note]).fetchone()
                sends = conn.execute(
                    "SELECT kind, attempts, sent_at IS NOT NULL, event_id, folded_into, last_error "
                    "FROM outbox WHERE case_ref = ?", [case[0] if case else ""]).fetchall()
                views.append(f"{note}: inbound {inbound}, held {held}, case {case}, outbox {sends}")
        return " | ".join(views)

    async def fence(self, timeout: float) -> None:
        """One note per physio, after everything else: once its notice is in, whatever the bot sent
        before it in that room (a duplicate, say) is in too — the bot sends each room in order."""
        lea = self.secretaries[0]
        fences = [await lea.send(self.intake, f"Clôture : rappel demandé, pour {name}")
                  for name in PHYSIO_NAMES]
        await self.relayed(fences, timeout)

    async def relayed_once(self, notes: list[str], timeout: float) -> dict[str, str]:
        """Every note acknowledged exactly once, every case notice delivered exactly once."""
        refs = await self.relayed(notes, timeout)
        await self.fence(timeout)
        acked, delivered = self.acked(), notices(self.physios)
        doubled_acks = [n for n in notes if len(acked[n]) != 1]
        doubled_cases = [ref for ref in refs.values() if delivered[ref] != 1]
        assert len(set(refs.values())) == len(notes), "two notes share a case"
        assert not doubled_acks, f"{len(doubled_acks)} notes acknowledged more than once"
        assert not doubled_cases, f"{len(doubled_cases)} cases notified more than once"
        return refs
