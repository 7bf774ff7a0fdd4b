"""Sending: handlers put Matrix operations in the persisted outbox (inside their transaction);
this performs them in order, each message with its stable transaction ID, so a retry never
makes a second copy. "In order": per room, and within a room per case — messages about
different cases go side by side, since each waits mostly on the homeserver."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
import logging
import sqlite3
from collections.abc import Callable, Coroutine, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from aiohttp import ClientError
from nio import (
    AsyncClient,
    ErrorResponse,
    GroupEncryptionError,
    LocalProtocolError,
    OlmUnverifiedDeviceError,
    RoomCreateResponse,
    RoomSendResponse,
    UploadResponse,
)

from bot.backoff import Backoff
from bot.setup import open_room
from bot.synapse_admin import deactivate
from store.db import iso, utcnow
from store.outbox import Merge, Outbox, Pending

log = logging.getLogger(__name__)

# Refusals no retry can change (not allowed, gone): recorded, then the queue moves on.
FINAL_REFUSALS = ("M_FORBIDDEN", "M_NOT_FOUND", "M_BAD_JSON", "M_TOO_LARGE")
IN_FLIGHT = 16  # operations under way at once in one room (nio rotates a room key every 100)
CASE_OPS = ("send", "file", "redact")  # ordered within their case; anything else, within the room
FOLD_MOST = 20  # lines in one folded message: still readable on a phone


def steps(operations: list[Pending]) -> Iterator[list[list[Pending]]]:
    """A room's operations (oldest first) as steps, one after the other; a step is lanes that run
    side by side, each lane in order. A case's messages share a lane; an operation on the room
    itself (a kick, a key rotation) or without a case is a step of its own, so it comes after
    everything queued before it and before everything queued after it."""
    lanes: dict[str, list[Pending]] = {}
    for pending in operations:
        if pending.op in CASE_OPS and pending.case_ref:
            lanes.setdefault(pending.case_ref, []).append(pending)
            continue
        if lanes:
            yield list(lanes.values())
            lanes = {}
        yield [[pending]]
    if lanes:
        yield list(lanes.values())


async def side_by_side(runs: Iterable[Coroutine[Any, Any, bool]]) -> bool:
    """Whether every run succeeded. At the first exception (the store locked, say) the others
    are cancelled — a send cut short goes again under its transaction ID — and it is raised:
    none is left running behind the next drain."""
    tasks = [asyncio.ensure_future(run) for run in runs]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    for task in tasks:
        if not task.cancelled() and (error := task.exception()):
            raise error
    return all(task.result() for task in tasks)


class Sender:
    """The sending interface handlers see (`post`, `queue`); `run` performs the operations."""

    def __init__(self, client: AsyncClient, outbox: Outbox, prepare: Callable[[], None],
                 admin_token: str | None = None, folds: dict[str, Merge] | None = None):
        self.client = client
        self.outbox = outbox
        self.prepare = prepare  # applies the device policy before keys are shared
        self.admin_token = admin_token  # a Synapse server admin's, for "deactivate"
        self.folds = folds or {}  # kind → how messages of that kind waiting together read as one
        self._wake = asyncio.Event()
        self.on_sent: Callable[[Pending, str], None] = lambda pending, event_id: None

    def post(self, room_id: str, body: str, *, kind: str, case_ref: str = "",
             html: str | None = None, msgtype: str = "m.notice",
             extra: dict[str, Any] | None = None) -> str:
        content: dict[str, Any] = {"msgtype": msgtype, "body": body}
        if html is not None:
            content |= {"format": "org.matrix.custom.html", "formatted_body": html}
        content |= extra or {}
        return self.queue("send", room_id, content, kind=kind, case_ref=case_ref)

    def queue(self, op: str, room_id: str, content: dict[str, Any], *, kind: str,
              case_ref: str = "", due: datetime | None = None) -> str:
        """Any operation: send, redact {txn_id|event_id, reason}, kick {user_id, reason},
        invite {user_id}, rotate {left?}, file {body, mimetype, data (base64)}; without a room
        (room_id ""): create_room {kind, owner, name, invite}, deactivate {user_id}."""
        txn_id = self.outbox.put(room_id, content, kind=kind, case_ref=case_ref, op=op,
                                 due_at=iso(due) if due else None)
        self._wake.set()
        return txn_id

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        backoff = Backoff()
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._until_next_due())
            self._wake.clear()
            try:
                drained = await self._drain()
            except sqlite3.OperationalError as exc:
                # Locked or full: nothing is lost (a sent row not marked is re-sent with its txn ID).
                log.warning("store unavailable (%s); sending paused", exc)
                drained = False
            if drained:
                backoff.reset()
            else:
                self._wake.set()
                await backoff.wait()

    def _until_next_due(self) -> float | None:
        due = self.outbox.next_due()
        if due is None:
            return None
        return max(0.0, (datetime.fromisoformat(due) - datetime.now(UTC)).total_seconds())

    async def _drain(self) -> bool:
        """Perform until nothing is due, the rooms side by side; False when an operation failed
        (what must follow it waits for the retry: order is kept)."""
        while True:
            for kind, merge in self.folds.items():  # nothing is in flight between batches
                self.outbox.fold(kind, merge, FOLD_MOST)
            # Rooms not synced yet are left for later: every sync wakes the sender again.
            batch = [p for p in self.outbox.pending(utcnow())
                     if not p.room_id or p.room_id in self.client.rooms]
            if not batch:
                return True
            self.outbox.trying([p.id for p in batch])
            rooms: dict[str, list[Pending]] = {}
            for pending in batch:
                rooms.setdefault(pending.room_id, []).append(pending)
            if not await side_by_side(map(self._drain_room, rooms.values())):
                return False

    async def _drain_room(self, operations: list[Pending]) -> bool:
        slots = asyncio.Semaphore(IN_FLIGHT)

        async def lane(queue: list[Pending]) -> bool:
            for pending in queue:
                async with slots:
                    if not await self._perform(pending):
                        return False
            return True
        for step in steps(operations):
            if not await side_by_side(map(lane, step)):
                return False
        return True

    async def _perform(self, pending: Pending) -> bool:
        try:
            response = await self._call(pending)
        except (OlmUnverifiedDeviceError, LocalProtocolError, GroupEncryptionError) as exc:
            # A device appeared since the policy ran, the room is not loaded, or its key was
            # rotated under a concurrent send: retry later.
            self.outbox.failed(pending.id, type(exc).__name__)
            return False
        except (ClientError, TimeoutError, OSError) as exc:
            if pending.op in ("send", "file"):
                # nio marks a room key as shared even when sending it failed: use a new one.
                self.client.invalidate_outbound_session(pending.room_id)
            self.outbox.failed(pending.id, type(exc).__name__)
            log.warning("%s failed (%s); will retry", pending.op, type(exc).__name__)
            return False
        if isinstance(response, ErrorResponse):
            log.warning("%s refused: %s", pending.op, response.status_code)
            if response.status_code in FINAL_REFUSALS:
                self.outbox.abandon(pending.id, str(response.status_code))
                return True
            self.outbox.failed(pending.id, str(response.status_code))
            return False
        event_id = response.event_id if isinstance(response, RoomSendResponse) else ""
        if isinstance(response, RoomCreateResponse):
            event_id = response.room_id  # what on_sent records the new room as
        self.outbox.sent(pending.id, event_id)
        self.on_sent(pending, event_id)
        return True

    async def _call(self, pending: Pending) -> Any:
        client, room_id, content = self.client, pending.room_id, pending.content
        match pending.op:
            case "send":
                self.prepare()
                return await client.room_send(room_id, "m.room.message", content,
                                              tx_id=pending.txn_id)
            case "redact":
                event_id = content.get("event_id") or self.outbox.event_of(content["txn_id"])
                if not event_id:  # the message was never sent: nothing to delete
                    return ErrorResponse("no event to redact", "M_NOT_FOUND")
                return await client.room_redact(room_id, event_id, content.get("reason"),
                                                tx_id=pending.txn_id)
            case "kick":
                return await client.room_kick(room_id, content["user_id"], content.get("reason"))
            case "invite":
                return await client.room_invite(room_id, content["user_id"])
            case "rotate":
                # The next message opens a new Megolm session: removed devices cannot read it.
                if content.get("left") and room_id in client.rooms:
                    # nio learns of a kick at the next sync: until then it would still share
                    # the new session with the member just removed.
                    client.rooms[room_id].remove_member(content["left"])
                client.invalidate_outbound_session(room_id)
                return None
            case "create_room":  # {kind, owner, name, invite}; on_sent records it
                return await open_room(client, content["name"], content["invite"])
            case "deactivate":  # {user_id}: the account, on the homeserver (Synapse admin API)
                if self.admin_token is None:
                    return ErrorResponse("no admin token configured", "M_FORBIDDEN")
                return await deactivate(client, self.admin_token, content["user_id"])
            case "file":
                return await self._send_file(pending)
        raise ValueError(f"unknown outbox operation {pending.op}")

    async def _send_file(self, pending: Pending) -> Any:
        """An encrypted attachment: the file is encrypted before upload, its key goes in the
        (Megolm-encrypted) event."""
        content = pending.content
        data = base64.b64decode(content["data"])
        upload, keys = await self.client.upload(
            io.BytesIO(data), content["mimetype"], content["body"], encrypt=True,
            filesize=len(data))
        if not isinstance(upload, UploadResponse):
            return upload
        self.prepare()
        event = {"msgtype": content.get("msgtype", "m.file"), "body": content["body"],
                 "info": {"mimetype": content["mimetype"], "size": len(data)},
                 "file": {**keys, "url": upload.content_uri}}
        return await self.client.room_send(pending.room_id, "m.room.message", event,
                                           tx_id=pending.txn_id)
