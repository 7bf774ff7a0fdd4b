"""Shared fixtures: one real Synapse per test session, a synthetic practice on it, real E2EE
staff clients, and the bot as a real `kine-relay run` process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.app import open_store
from bot.config import load_config
from bot.devclient import StaffClient
from bot.devpractice import Practice, create_practice
from bot.devserver import DevServer
from store.rooms import ADMIN, INTAKE, PHYSIO, Rooms

KINE_RELAY = str(Path(sys.executable).with_name("kine-relay"))


class BotProcess:
    """`kine-relay run` in a child process, its log in a file the tests can read."""

    def __init__(self, config: Path, log: Path):
        self.config, self.log = config, log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60) -> BotProcess:
        mark = self.log.stat().st_size if self.log.exists() else 0
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen([KINE_RELAY, "run", "--config", str(self.config)],
                                         stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while "kine-relay is running" not in self.log.read_text()[mark:]:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the bot did not start; see " + str(self.log))
            time.sleep(0.1)
        return self

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, sig)
            self.proc.wait(timeout=30)
        self.proc = None


class Room:
    """The managed room IDs recorded by `kine-relay setup`."""

    def __init__(self, practice: Practice):
        cfg = load_config(practice.config)
        store = open_store(cfg)
        rooms = Rooms(store)
        self.intake = rooms.find(INTAKE)
        self.admin = rooms.find(ADMIN)
        self.physio = {s.user_id: rooms.find(PHYSIO, s.user_id) for s in cfg.with_role("physio")}
        store.close()


@pytest.fixture(scope="session")
def homeserver(tmp_path_factory: pytest.TempPathFactory):
    hs = DevServer(tmp_path_factory.mktemp("synapse")).start()
    yield hs
    hs.stop()


@pytest.fixture(scope="session")
def practice(homeserver: DevServer, tmp_path_factory: pytest.TempPathFactory) -> Practice:
    # A small timeline limit: every burst outruns it, so gap filling is always exercised.
    practice = create_practice(homeserver, tmp_path_factory.mktemp("practice"),
                               "[sync]\ntimeline_limit = 20\n")
    subprocess.run([KINE_RELAY, "setup", "--config", str(practice.config)], check=True,
                   capture_output=True)
    return practice


@pytest.fixture(scope="session")
def rooms(practice: Practice) -> Room:
    return Room(practice)


@pytest.fixture(scope="session")
async def staff(practice: Practice, rooms: Room):
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
