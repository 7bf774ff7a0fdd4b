"""Issue #7 on the real bot: a physio whose client is Element-grade (matrix-js-sdk with its Rust
crypto, in "exclude insecure devices" mode) in a practice served by `kine-relay run`.

(1) The physio decrypts the bot's notice and sees the bot's device cross-signed by its owner.
(2) The physio's reply, sent from js-sdk, is decrypted by the bot and relayed to the secretariat.
(3) With `[bot] cross_signing = false`, (1) fails with UNSIGNED_SENDER_DEVICE: it can fail.

Each deployment has its own Synapse: the unsigned bot needs a bot account that never published
cross-signing keys, and create_practice registers the same accounts on every server.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from nio import ProfileGetDisplayNameResponse

from bot.config import load_config
from bot.devclient import StaffClient
from bot.devpractice import Person, Practice, create_practice
from bot.devserver import DevServer
from bot.devstack import BotProcess, RoomIds, run_setup
from bot.session import credentials_path
from tests.integration.helpers import ack_for, case_of
from tests.interop.driver import Physio, logged_in, require_node

pytestmark = pytest.mark.integration

TIMEOUT = 30.0
# A physio of the practice like the others, but her client is the js-sdk one.
JS_PHYSIO = Person("elodie.js", "physio", "Élodie Bernard", "Élodie")
NOTE = "Appel de M. Essai : souhaite un rappel pour un RDV, pour Élodie"
REPLY = "Je le rappelle demain à 9h"
# Bot messages wait_message may meet before the notice a test waits for.
MAX_SKIPPED = 5


@dataclass
class Deployment:
    practice: Practice
    rooms: RoomIds
    secretary: StaffClient  # nio, in the intake room
    physio: Physio  # js-sdk, in its own physio room
    bot: BotProcess

    @property
    def bot_user(self) -> str:
        return load_config(self.practice.config).bot_user

    @property
    def bot_device(self) -> str:
        return json.loads(credentials_path(load_config(self.practice.config)).read_text())["device_id"]

    @property
    def physio_room(self) -> str:
        return self.rooms.physio[self.physio.user_id]

    async def post_note(self, text: str) -> str:
        """The secretary's note; returns the case reference the bot acknowledged it with."""
        event_id = await self.secretary.send(self.rooms.intake, text)
        ref = case_of(await ack_for(self.secretary, self.rooms.intake, event_id))
        assert ref
        return ref

    async def notice(self, ref: str) -> dict[str, Any]:
        """How the js-sdk physio sees the bot's notice for `ref`: decrypted, or its failure."""
        for _ in range(MAX_SKIPPED):
            message = await self.physio.call("wait_message", room_id=self.physio_room,
                                             sender=self.bot_user, timeout=TIMEOUT)
            if message["failure"] or ref in (message["body"] or ""):
                return message
        raise AssertionError(f"no notice for {ref} in the physio room")

    async def bot_device_status(self) -> dict[str, Any]:
        return await self.physio.call("device_status", user_id=self.bot_user,
                                      device_id=self.bot_device, timeout=TIMEOUT)


def switch_off_cross_signing(config: Path) -> None:
    text = config.read_text()
    assert text.count("[bot]\n") == 1
    config.write_text(text.replace("[bot]\n", "[bot]\ncross_signing = false\n"))


@asynccontextmanager
async def deployment(root: Path, cross_signing: bool) -> AsyncIterator[Deployment]:
    """Synapse, a practice with the js-sdk physio on its staff, rooms set up, the secretary and
    the physio in their rooms, then the bot, which so finds both devices on its first sync."""
    node = require_node()
    async with AsyncExitStack() as stack:
        hs = DevServer(root / "synapse").start()
        stack.callback(hs.stop)
        practice = create_practice(hs, root / "practice", extra_people=(JS_PHYSIO,))
        if not cross_signing:
            switch_off_cross_signing(practice.config)
        await run_setup(practice)
        rooms = RoomIds.of(practice)
        lea = practice.person("lea.sec")
        secretary = await StaffClient(hs.url, lea.user_id, lea.password).start()
        stack.push_async_callback(secretary.stop)
        await secretary.joined(rooms.intake)
        me = practice.person(JS_PHYSIO.localpart)
        physio = await stack.enter_async_context(
            logged_in(node, root / "physio.log", hs.url, me.user_id, me.password))
        await physio.call("join", room_id=rooms.physio[me.user_id], timeout=TIMEOUT)
        bot = BotProcess(practice.config, practice.root / "bot.log").start()
        stack.callback(bot.stop)
        yield Deployment(practice, rooms, secretary, physio, bot)


@pytest.fixture(scope="module")
async def signed(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Deployment]:
    async with deployment(tmp_path_factory.mktemp("interop-signed"), cross_signing=True) as dep:
        yield dep


@pytest.fixture(scope="module")
async def unsigned(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Deployment]:
    async with deployment(tmp_path_factory.mktemp("interop-unsigned"), cross_signing=False) as dep:
        yield dep


async def test_physio_reads_the_notice_of_the_cross_signed_bot(signed: Deployment) -> None:
    ref = await signed.post_note(NOTE)
    status = await signed.bot_device_status()
    assert status["signed_by_owner"], status

    message = await signed.notice(ref)
    assert message["failure"] is None, message
    assert message["msgtype"] == "m.notice"
    assert ref in message["body"]


async def test_reply_from_js_sdk_is_relayed_under_the_case(signed: Deployment) -> None:
    ref = await signed.post_note(NOTE)
    notice = await signed.notice(ref)
    await signed.physio.call("send", room_id=signed.physio_room, body=REPLY,
                             reply_to=notice["event_id"])

    answer = (await signed.secretary.wait_for(
        lambda r: case_of(r) == ref and REPLY in r.body, TIMEOUT))[0]
    assert answer.sender == signed.bot_user
    assert answer.body == f"{ref} · {JS_PHYSIO.short_name} : {REPLY}"


async def test_bot_display_name_ends_with_bot(signed: Deployment) -> None:
    response = await signed.secretary.client.get_displayname(signed.bot_user)
    assert isinstance(response, ProfileGetDisplayNameResponse)
    assert response.displayname and response.displayname.endswith("(bot)")


async def test_physio_rejects_the_notice_of_a_bot_without_cross_signing(
    unsigned: Deployment,
) -> None:
    """Test (1) with the bot's cross-signing switched off: the same steps fail."""
    ref = await unsigned.post_note(NOTE)
    status = await unsigned.bot_device_status()
    assert not status["signed_by_owner"], status

    message = await unsigned.notice(ref)
    assert message["failure"] == "UNSIGNED_SENDER_DEVICE", message
    assert message["body"] is None
