"""A scripted staff member: a real nio E2EE client (its own device and store) that joins the
rooms it is invited to, sends, and records what it receives. Used by the demo and the tests."""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from nio import (
    AsyncClient,
    AsyncClientConfig,
    GroupEncryptionError,
    InviteMemberEvent,
    LoginResponse,
    MatrixRoom,
    MegolmEvent,
    RoomMessageNotice,
    RoomMessagesResponse,
    RoomMessageText,
    RoomSendResponse,
)


@dataclass(frozen=True)
class Received:
    room_id: str
    sender: str
    body: str
    event_id: str
    content: dict
    at: float = field(default_factory=time.monotonic)  # when this client got it


class StaffClient:
    def __init__(self, homeserver: str, user_id: str, password: str, store_dir: str | None = None):
        self.password = password
        self.store_dir = store_dir or tempfile.mkdtemp(prefix="kr-client-")
        self.client = AsyncClient(homeserver, user_id, store_path=self.store_dir,
                                  config=AsyncClientConfig(encryption_enabled=True,
                                                           store_sync_tokens=True))
        self.received: list[Received] = []
        self._ids: set[str] = set()
        self.undecrypted = 0
        self._new = asyncio.Condition()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> StaffClient:
        response = await self.client.login(self.password, device_name="test-device")
        if not isinstance(response, LoginResponse):
            raise RuntimeError(f"login failed for {self.client.user_id}")
        self.client.add_event_callback(self._on_message, (RoomMessageText, RoomMessageNotice))
        self.client.add_event_callback(self._on_undecrypted, MegolmEvent)
        self.client.add_event_callback(self._on_invite, InviteMemberEvent)
        await self.client.sync(timeout=0, full_state=True)
        # nio does not fill a `limited` timeline's gap: a limit beyond any burst keeps every event.
        self._task = asyncio.create_task(self.client.sync_forever(
            timeout=1000, sync_filter={"room": {"timeline": {"limit": 2000}}}))
        return self

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            # Wait for the loop to end before closing its HTTP session under it.
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        await self.client.close()

    async def _on_invite(self, room: MatrixRoom, event: InviteMemberEvent) -> None:
        if event.state_key == self.client.user_id and event.membership == "invite":
            await self.client.join(room.room_id)

    async def _on_message(self, room: MatrixRoom, event: RoomMessageText) -> None:
        await self._record(room.room_id, event)

    async def _record(self, room_id: str, event: RoomMessageText | RoomMessageNotice) -> bool:
        """Whether the message is new to this client."""
        if event.sender == self.client.user_id or event.event_id in self._ids:
            return False  # a message read from the history may come by the sync later
        self._ids.add(event.event_id)
        async with self._new:
            self.received.append(Received(room_id, event.sender, event.body, event.event_id,
                                          event.source.get("content", {})))
            self._new.notify_all()
        return True

    async def catch_up(self, room_id: str, pages: int = 10) -> int:
        """Read the room's history back, as a person scrolling up does, and record the messages
        the live sync did not bring; returns how many. Under a burst Synapse's /sync has been
        seen to skip an event that is in the room (a run of test_faults, 2026-11-28)."""
        found, start = 0, self.client.next_batch
        for _ in range(pages):
            page = await self.client.room_messages(room_id, start=start, limit=100)
            if not isinstance(page, RoomMessagesResponse) or not page.chunk:
                break
            for event in page.chunk:  # nio has decrypted what it could
                if isinstance(event, RoomMessageText | RoomMessageNotice):
                    found += await self._record(room_id, event)
            if not page.end or page.end == start:
                break
            start = page.end
        return found

    async def _on_undecrypted(self, room: MatrixRoom, event: MegolmEvent) -> None:
        self.undecrypted += 1

    def _trust_everyone(self, room_id: str) -> None:
        # A test stand-in for a person who checked the bot's device once.
        for user_id in self.client.rooms[room_id].users:
            for device in self.client.device_store.active_user_devices(user_id):
                if not device.verified and device.id != self.client.device_id:
                    self.client.verify_device(device)

    async def joined(self, room_id: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while room_id not in self.client.rooms:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.client.user_id} never joined {room_id}")
            await asyncio.sleep(0.1)

    async def send(self, room_id: str, body: str, reply_to: str | None = None,
                   msgtype: str = "m.text", extra: dict | None = None) -> str:
        await self.joined(room_id)
        if self.client.should_query_keys:
            await self.client.keys_query()
        self._trust_everyone(room_id)
        content: dict = {"msgtype": msgtype, "body": body, **(extra or {})}
        if reply_to:
            content["m.relates_to"] = {"m.in_reply_to": {"event_id": reply_to}}
        response = await self._room_send(room_id, content)
        if not isinstance(response, RoomSendResponse):
            raise RuntimeError(f"send failed: {response}")
        return response.event_id

    async def _room_send(self, room_id: str, content: dict, tries: int = 3) -> object:
        for _ in range(tries - 1):
            try:
                return await self.client.room_send(room_id, "m.room.message", content)
            except GroupEncryptionError:
                # nio rotates a room key every 100 messages: concurrent sends already past its
                # "shared?" check meet the new key unshared. Sent again, it gets shared.
                continue
        return await self.client.room_send(room_id, "m.room.message", content)

    async def wait_for(self, match: Callable[[Received], bool], timeout: float = 30,
                       count: int = 1) -> list[Received]:
        """The first `count` received messages that match, waiting up to `timeout` seconds."""
        async def enough() -> list[Received]:
            async with self._new:
                while len(found := [r for r in self.received if match(r)]) < count:
                    await self._new.wait()
                return found[:count]
        return await asyncio.wait_for(enough(), timeout)
