"""Shared fixtures: one real Synapse per test session, a synthetic practice on it, real E2EE
staff clients, and the bot as a real `kine-relay run` process."""

from __future__ import annotations

import subprocess

import pytest

from bot.devclient import StaffClient
from bot.devpractice import Practice, create_practice
from bot.devserver import DevServer, free_port
from bot.devstack import KINE_RELAY, BotProcess, RoomIds
from tests.integration.access_helpers import ACCESS_TOML, write_admin_token
from tests.integration.webhook_client import WEBHOOK_TOML, write_webhook_secret


@pytest.fixture(scope="session")
def homeserver(tmp_path_factory: pytest.TempPathFactory):
    hs = DevServer(tmp_path_factory.mktemp("synapse")).start()
    yield hs
    hs.stop()


@pytest.fixture(scope="session")
def practice(homeserver: DevServer, tmp_path_factory: pytest.TempPathFactory) -> Practice:
    # A small timeline limit: every burst outruns it, so gap filling is always exercised.
    practice = create_practice(homeserver, tmp_path_factory.mktemp("practice"),
                               "[sync]\ntimeline_limit = 20\n" + WEBHOOK_TOML.format(port=free_port())
                               + ACCESS_TOML)
    write_webhook_secret(practice.root)
    write_admin_token(homeserver, practice.root)
    subprocess.run([KINE_RELAY, "setup", "--config", str(practice.config)], check=True,
                   capture_output=True)
    return practice


@pytest.fixture(scope="session")
def rooms(practice: Practice) -> RoomIds:
    return RoomIds.of(practice)


@pytest.fixture(scope="session")
async def staff(practice: Practice, rooms: RoomIds):
    clients = {p.localpart: await StaffClient(practice.homeserver.url, p.user_id, p.password,
                                              ).start()
               for p in practice.people.values()}
    for name, client in clients.items():
        role = practice.people[name].role
        if role in ("secretary", "admin"):
            await client.joined(rooms.intake)
        if role == "physio":
            await client.joined(rooms.physio[practice.people[name].user_id])
    yield clients
    for client in clients.values():
        await client.stop()


@pytest.fixture(scope="session")
def bot(practice: Practice, staff: dict[str, StaffClient]):
    process = BotProcess(practice.config, practice.root / "bot.log").start()
    yield process
    process.stop()
