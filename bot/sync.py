"""The sync loop: a large timeline filter, gap filling when a timeline is `limited`, backoff
on errors, and the key maintenance nio leaves to the caller outside `sync_forever`."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable

from aiohttp import ClientError
from nio import (
    AsyncClient,
    Event,
    InviteInfo,
    MessageDirection,
    RoomMessagesResponse,
    SyncResponse,
)

from bot.backoff import Backoff
from store.rooms import Settings

log = logging.getLogger(__name__)

TIMELINE_LIMIT = 100  # Synapse's default is 10; a busy secretariat posts more between syncs
SWEEP_SECONDS = 60.0  # how often each room's latest history is read back (see SyncLoop._sweep)
SWEEP_EVENTS = 100


def sync_filter(timeline_limit: int = TIMELINE_LIMIT) -> dict:
    # No typing, receipts or account data: the bot reads none, and each would wake its sync.
    return {"room": {"timeline": {"limit": timeline_limit}, "state": {"lazy_load_members": False},
                     "ephemeral": {"types": []}, "account_data": {"types": []}},
            "presence": {"types": []}, "account_data": {"types": []}}

EventHandler = Callable[[str, Event], Awaitable[None]]
InviteHandler = Callable[[str, InviteInfo], Awaitable[None]]


def cause(exc: BaseException) -> str:
    """What to log: the type, plus SQLite's message (fixed texts such as "database is locked":
    values are bound, never in it); other messages may quote content."""
    return f"{type(exc).__name__}: {exc}" if isinstance(exc, sqlite3.OperationalError) else type(exc).__name__


class SyncLoop:
    def __init__(self, client: AsyncClient, settings: Settings, on_event: EventHandler,
                 on_invite: InviteHandler, seen: Callable[[str], bool],
                 after_sync: Callable[[], Awaitable[None]], timeline_limit: int = TIMELINE_LIMIT,
                 sweep_seconds: float = SWEEP_SECONDS):
        self.filter = sync_filter(timeline_limit)
        self.sweep_seconds = sweep_seconds
        self.last_sweep = -sweep_seconds  # the first pass sweeps
        self.client = client
        self.settings = settings
        self.on_event = on_event
        self.on_invite = on_invite
        self.seen = seen
        self.after_sync = after_sync
        self.synced = asyncio.Event()
        self.last_sync = 0.0  # monotonic time of the last good sync, for health

    async def run(self, timeout_ms: int = 30000) -> None:
        backoff = Backoff()
        first = True
        while True:
            token = self.settings.get("sync_token")
            try:
                # After a restart nio knows no rooms: the first sync asks for full state.
                response = await self.client.sync(
                    timeout=0 if first else timeout_ms, sync_filter=self.filter, since=token,
                    full_state=first,
                )
            except (ClientError, TimeoutError, OSError) as exc:
                log.warning("sync failed (%s); backing off", type(exc).__name__)
                await backoff.wait()
                continue
            if not isinstance(response, SyncResponse):
                log.warning("sync error %s; backing off", getattr(response, "status_code", "?"))
                await backoff.wait()
                continue
            try:
                await self._maintain_keys()
                await self._handle(response, token)
                self.settings.set("sync_token", response.next_batch)
                if time.monotonic() - self.last_sweep >= self.sweep_seconds:
                    await self._sweep(response.next_batch)
            except (ClientError, TimeoutError, OSError, sqlite3.OperationalError) as exc:
                # The token is not saved: the next sync replays, the inbound gate dedups.
                log.warning("handling a sync failed (%s); backing off", cause(exc))
                await backoff.wait()
                continue
            backoff.reset()  # only after a whole pass: a failing store must not make a hot loop
            first = False
            self.last_sync = time.monotonic()
            self.synced.set()
            try:
                await self.after_sync()
            except (OSError, sqlite3.OperationalError) as exc:
                # Held notes stay held: the next sync tries again.
                log.warning("after-sync work failed (%s)", cause(exc))

    async def _handle(self, response: SyncResponse, token: str | None) -> None:
        for room_id, invite in response.rooms.invite.items():
            await self.on_invite(room_id, invite)
        for room_id, joined in response.rooms.join.items():
            events = list(joined.timeline.events)
            if joined.timeline.limited and token:
                events = await self._fill_gap(room_id, joined.timeline.prev_batch, token) + events
            for event in events:
                await self.on_event(room_id, event)

    async def _sweep(self, token: str) -> None:
        """Read each room's latest events back and handle any the bot has not seen: a sync can
        leave out an event that is in the room without saying `limited` (a test client missed
        one in a burst, 2026-11-28), and a note must not be lost that way. The inbound gate
        makes a second look at a handled event a no-op."""
        found = 0
        for room_id in list(self.client.rooms):
            page = await self.client.room_messages(
                room_id, start=token, direction=MessageDirection.back, limit=SWEEP_EVENTS)
            if not isinstance(page, RoomMessagesResponse):
                # One room refused (left, forbidden): the others are still read; next time again.
                log.warning("sweep: history refused (%s)", getattr(page, "status_code", "?"))
                continue
            for event in reversed(page.chunk):
                if not self.seen(event.event_id):
                    await self.on_event(room_id, event)
                    found += self.seen(event.event_id)
        if found:
            log.warning("events no sync had brought, handled by the sweep: %d", found)
        self.last_sweep = time.monotonic()

    async def _fill_gap(self, room_id: str, start: str, stop: str) -> list[Event]:
        """Page back from the timeline's start to the previous sync token: nio does not."""
        missed: list[Event] = []
        while True:
            page = await self.client.room_messages(
                room_id, start=start, end=stop, direction=MessageDirection.back, limit=100)
            if not isinstance(page, RoomMessagesResponse):
                # Left for the next sync: the token is only saved after a whole pass.
                raise OSError(f"gap fill failed: {getattr(page, 'status_code', '?')}")
            missed.extend(page.chunk)
            if not page.chunk or not page.end or page.end == start or any(
                    self.seen(e.event_id) for e in page.chunk):
                break
            start = page.end
        log.info("filled a gap of %d events", len(missed))
        return missed[::-1]

    async def _maintain_keys(self) -> None:
        client = self.client
        if client.should_upload_keys:
            await client.keys_upload()
        if client.should_query_keys:
            await client.keys_query()
        if client.should_claim_keys:
            await client.keys_claim(client.get_users_for_key_claiming())
        await client.send_to_device_messages()
