"""bot/client.py: a room key share that fails on the one-time-key claim (the homeserver went
down) must not leave the room marked as sharing — nio's own client does, and every later message
to that room would wait for ever."""

from __future__ import annotations

import aiohttp
import pytest
from nio import AsyncClient, AsyncClientConfig
from nio.rooms import MatrixRoom

from bot.client import Client

ROOM = "!intake:kine.test"
NOWHERE = "http://127.0.0.1:9"  # discard port: the connection is refused at once


async def failed_share(client_class: type[AsyncClient], tmp_path, monkeypatch) -> AsyncClient:
    client = client_class(NOWHERE, "@kine-relay:kine.test", store_path=str(tmp_path),
                          config=AsyncClientConfig(encryption_enabled=True, max_timeouts=0,
                                                   store_sync_tokens=False))
    client.restore_login("@kine-relay:kine.test", "BOTDEVICE", "synthetic-token")
    room = MatrixRoom(ROOM, client.user_id)
    room.encrypted = True
    client.rooms[ROOM] = room
    # a device with no Olm session yet: sharing the key starts with a claim for it
    monkeypatch.setattr(client, "get_missing_sessions", lambda room_id: {"@lea:kine.test": ["LEA"]})
    with pytest.raises(aiohttp.ClientConnectionError):
        await client.share_group_session(ROOM)
    await client.close()
    return client


async def test_a_failed_key_claim_leaves_the_room_free(tmp_path, monkeypatch) -> None:
    client = await failed_share(Client, tmp_path, monkeypatch)
    assert ROOM not in client.sharing_session


async def test_nio_alone_leaves_it_marked(tmp_path, monkeypatch) -> None:
    """Why the repair exists; when nio clears the mark itself, this fails and the repair goes."""
    client = await failed_share(AsyncClient, tmp_path, monkeypatch)
    assert ROOM in client.sharing_session
