"""The bot's cross-signing (bot/cross_signing.py) as the homeserver publishes it, without the bot
process: signatures checked with signedjson (Synapse's library), independent of the bot's code.
What an Element-grade client makes of it with the real bot is in test_interop.py."""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import nio
import pytest
from signedjson.key import decode_verify_key_bytes
from signedjson.sign import verify_signed_json
from sqlite_utils import Database
from unpaddedbase64 import decode_base64

from bot.cross_signing import (
    KeyVault,
    ensure_cross_signing,
    public_key,
    query_keys,
    sign_user_master_key,
)
from bot.devserver import DevServer
from bot.setup import ENCRYPTION
from store.crypto import FieldCipher
from tests.interop.driver import Physio, logged_in, require_node

pytestmark = pytest.mark.integration

PASSWORD = "cross-signing-password"
TIMEOUT = 30.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevServer]:
    with DevServer(tmp_path_factory.mktemp("cross-signing-synapse")) as dev:
        yield dev


@pytest.fixture
async def opened() -> AsyncIterator[list[nio.AsyncClient]]:
    """The nio clients a test logs in, closed after it."""
    clients: list[nio.AsyncClient] = []
    yield clients
    for client in clients:
        await client.close()


def new_vault(db_path: Path) -> KeyVault:
    return KeyVault(Database(db_path), FieldCipher(os.urandom(32)))


async def login_bot(
    server: DevServer, root: Path, user_id: str, opened: list[nio.AsyncClient]
) -> nio.AsyncClient:
    """A nio client with encryption, as the bot has: each call is a new device."""
    store = root / f"nio-{len(opened)}"
    store.mkdir(parents=True)
    client = nio.AsyncClient(server.url, user_id, store_path=str(store),
                             config=nio.AsyncClientConfig(encryption_enabled=True))
    opened.append(client)
    assert isinstance(await client.login(PASSWORD), nio.LoginResponse)
    assert isinstance(await client.keys_upload(), nio.KeysUploadResponse)
    return client


async def sync_until(client: nio.AsyncClient, what: str, done: Callable[[], bool]) -> None:
    """Syncs, querying keys as the bot's sync loop does, until `done()` or TIMEOUT."""
    deadline = time.monotonic() + TIMEOUT
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        assert isinstance(await client.sync(timeout=500), nio.SyncResponse)
        if client.should_query_keys:
            await client.keys_query()


def verify(obj: dict, signer: str, key: str) -> None:
    verify_signed_json(obj, signer, decode_verify_key_bytes(f"ed25519:{key}", decode_base64(key)))


async def test_cross_signing_is_stored_encrypted_and_reused_on_a_new_device(
    server: DevServer, tmp_path: Path, opened: list[nio.AsyncClient]
) -> None:
    user_id = server.register("bot-restore", PASSWORD)
    vault = new_vault(tmp_path / "bot.db")
    first = await login_bot(server, tmp_path, user_id, opened)
    await ensure_cross_signing(first, PASSWORD, vault)
    await ensure_cross_signing(first, PASSWORD, vault)  # a restart: nothing to do
    # A restore onto another machine: a new device, the same stored identity.
    second = await login_bot(server, tmp_path, user_id, opened)
    await ensure_cross_signing(second, PASSWORD, vault)

    keys = vault.load(user_id)
    assert keys is not None
    published = await query_keys(second, user_id)
    master = published["master_keys"][user_id]
    assert master["keys"] == {f"ed25519:{public_key(keys.master)}": public_key(keys.master)}
    verify(published["self_signing_keys"][user_id], user_id, public_key(keys.master))
    verify(published["user_signing_keys"][user_id], user_id, public_key(keys.master))
    for client in (first, second):
        verify(published["device_keys"][user_id][client.device_id], user_id,
               public_key(keys.self_signing))
    seed = keys.master.private_bytes_raw()
    assert seed not in (tmp_path / "bot.db").read_bytes()


async def test_lost_keys_are_replaced_with_password_auth(
    server: DevServer, tmp_path: Path, opened: list[nio.AsyncClient]
) -> None:
    bot = await login_bot(server, tmp_path, server.register("bot-lost", PASSWORD), opened)
    await ensure_cross_signing(bot, PASSWORD, new_vault(tmp_path / "bot.db"))
    before = (await query_keys(bot, bot.user_id))["master_keys"][bot.user_id]["keys"]
    # The database is gone: replacing published keys needs user-interactive auth.
    fresh = new_vault(tmp_path / "restored.db")
    await ensure_cross_signing(bot, PASSWORD, fresh)
    published = await query_keys(bot, bot.user_id)
    keys = fresh.load(bot.user_id)
    assert keys is not None
    assert published["master_keys"][bot.user_id]["keys"] != before
    verify(published["device_keys"][bot.user_id][bot.device_id], bot.user_id,
           public_key(keys.self_signing))


@pytest.fixture(scope="module")
async def physio(server: DevServer, tmp_path_factory: pytest.TempPathFactory
                 ) -> AsyncIterator[Physio]:
    """A user with their own cross-signing, made by matrix-js-sdk rather than by our code."""
    user_id = server.register("physio-js", PASSWORD, displayname="Kiné (Element)")
    log = tmp_path_factory.mktemp("physio-js") / "physio.log"
    async with logged_in(require_node(), log, server.url, user_id, PASSWORD) as client:
        yield client


async def test_bot_signs_the_master_key_of_a_physio_it_trusts(
    server: DevServer, physio: Physio, tmp_path: Path, opened: list[nio.AsyncClient]
) -> None:
    vault = new_vault(tmp_path / "bot.db")
    bot = await login_bot(server, tmp_path, server.register("bot-trust", PASSWORD), opened)
    await ensure_cross_signing(bot, PASSWORD, vault)
    physio_id = physio.user_id
    created = await bot.room_create(invite=[physio_id], initial_state=[ENCRYPTION])
    assert isinstance(created, nio.RoomCreateResponse)
    await physio.call("join", room_id=created.room_id, timeout=TIMEOUT)
    await sync_until(bot, "the physio's devices", lambda: any(
        bot.device_store.active_user_devices(physio_id)))
    (device,) = bot.device_store.active_user_devices(physio_id)
    assert not await sign_user_master_key(bot, vault, physio_id, device.device_id)  # untrusted

    bot.verify_device(device)
    assert await sign_user_master_key(bot, vault, physio_id, device.device_id)
    keys = vault.load(bot.user_id)
    assert keys is not None
    master = (await query_keys(bot, physio_id))["master_keys"][physio_id]
    verify(master, bot.user_id, public_key(keys.user_signing))
