"""`kine-relay setup`: create the managed encrypted rooms, invite the right staff, record them."""

from __future__ import annotations

import logging

from nio import AsyncClient, RoomCreateError, RoomCreateResponse, RoomVisibility, SyncResponse

from bot.config import Config
from bot.session import open_session
from bot.sync import sync_filter
from handlers.access import own_room
from store.db import Database
from store.rooms import ADMIN, INTAKE, Rooms, Settings

log = logging.getLogger(__name__)

ENCRYPTION = {"type": "m.room.encryption", "state_key": "",
              "content": {"algorithm": "m.megolm.v1.aes-sha2"}}
# New members never read earlier notes.
HISTORY = {"type": "m.room.history_visibility", "state_key": "",
           "content": {"history_visibility": "joined"}}


def planned_rooms(cfg: Config) -> list[tuple[str, str, str, list[str]]]:
    """(kind, owner, name, invitees) for every room the bot manages."""
    admins = [s.user_id for s in cfg.with_role("admin")]
    secretaries = [s.user_id for s in cfg.with_role("secretary")]
    rooms = [(INTAKE, "", cfg.intake_room_name, secretaries + admins),
             (ADMIN, "", cfg.admin_room_name, admins)]
    # Everyone's own room with the bot: a physio's gets their notes; 2FA enrolment happens there.
    rooms += [(kind, s.user_id, name, [s.user_id])
              for s in cfg.staff for kind, name in [own_room(cfg, s)]]
    return rooms


async def open_room(client: AsyncClient, name: str,
                    invitees: list[str]) -> RoomCreateResponse | RoomCreateError:
    return await client.room_create(
        visibility=RoomVisibility.private, name=name, invite=invitees,
        initial_state=[ENCRYPTION, HISTORY],
    )


async def create_room(client: AsyncClient, name: str, invitees: list[str]) -> str:
    response = await open_room(client, name, invitees)
    if not isinstance(response, RoomCreateResponse):
        raise RuntimeError(f"room creation refused: {response.status_code}")
    return response.room_id


async def setup(cfg: Config, store: Database) -> dict[str, str]:
    """Idempotent: rooms already recorded are kept. Returns {room name: room ID}."""
    rooms = Rooms(store)
    client = await open_session(cfg)
    try:
        created = {}
        for kind, owner, name, invitees in planned_rooms(cfg):
            room_id = rooms.find(kind, owner)
            if room_id is None:
                room_id = await create_room(client, name, invitees)
                rooms.record(room_id, kind, owner)
                log.info("created %s room %s", kind, room_id)
            created[name] = room_id
        # The bot starts from here: what staff post after setup is relayed, nothing before.
        response = await client.sync(timeout=0, sync_filter=sync_filter())
        if isinstance(response, SyncResponse):
            Settings(store).set("sync_token", response.next_batch)
        await client.set_displayname(cfg.bot_display_name)
        return created
    finally:
        await client.close()
