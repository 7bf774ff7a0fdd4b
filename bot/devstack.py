"""A whole local deployment for the demo and the benches: Synapse, a synthetic practice, its
rooms, a scripted client per person and the bot as a real `kine-relay run` process."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bot.app import open_store
from bot.config import load_config
from bot.devclient import StaffClient
from bot.devpractice import Practice, create_practice
from bot.devserver import DevServer
from bot.setup import setup
from store.rooms import ADMIN, INTAKE, PHYSIO, Rooms

KINE_RELAY = str(Path(sys.executable).with_name("kine-relay"))


class BotProcess:
    """`kine-relay run` in a child process, its log in a file."""

    def __init__(self, config: Path, log: Path):
        self.config, self.log = config, log
        self.proc: subprocess.Popen[bytes] | None = None

    def launch(self) -> int:
        """Start without waiting (the homeserver may be down); returns where its log begins."""
        mark = self.log.stat().st_size if self.log.exists() else 0
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen([KINE_RELAY, "run", "--config", str(self.config)],
                                         stdout=out, stderr=subprocess.STDOUT)
        return mark

    def running(self, mark: int) -> bool:
        """Whether the process launched at `mark` says it runs; an exited one is an error."""
        if self.proc is None or self.proc.poll() is not None:
            raise RuntimeError(f"the bot exited; see {self.log}")
        return b"kine-relay is running" in self.log.read_bytes()[mark:]

    def start(self, timeout: float = 60) -> BotProcess:
        mark = self.launch()
        deadline = time.monotonic() + timeout
        while not self.running(mark):
            if time.monotonic() > deadline:
                raise RuntimeError(f"the bot did not start; see {self.log}")
            time.sleep(0.1)
        return self

    def stop(self, sig: int | None = None) -> None:
        if self.proc and self.proc.poll() is None:
            if sig is None:
                self.proc.terminate()
            else:
                self.proc.send_signal(sig)
            self.proc.wait(timeout=30)
        self.proc = None


@dataclass
class RoomIds:
    """The managed room IDs `kine-relay setup` recorded."""

    intake: str
    admin: str
    physio: dict[str, str] = field(default_factory=dict)  # by physio Matrix ID

    @classmethod
    def of(cls, practice: Practice) -> RoomIds:
        cfg = load_config(practice.config)
        store = open_store(cfg)
        try:
            rooms = Rooms(store)
            return cls(rooms.find(INTAKE) or "", rooms.find(ADMIN) or "",
                       {s.user_id: rooms.find(PHYSIO, s.user_id) or "" for s in cfg.with_role("physio")})
        finally:
            store.close()


@dataclass
class Stack:
    homeserver: DevServer
    practice: Practice
    rooms: RoomIds
    clients: dict[str, StaffClient]  # by localpart
    bot: BotProcess


async def run_setup(practice: Practice) -> None:
    cfg = load_config(practice.config)
    store = open_store(cfg)
    try:
        await setup(cfg, store)
    finally:
        store.close()


@asynccontextmanager
async def local_stack(root: Path, extra_toml: str = "",
                      overrides: dict | None = None) -> AsyncIterator[Stack]:
    """`overrides`: Synapse settings (e.g. a low `rc_message`), as for `DevServer`."""
    hs = DevServer(root / "synapse", overrides=overrides).start()
    clients: dict[str, StaffClient] = {}
    bot: BotProcess | None = None
    try:
        practice = create_practice(hs, root / "practice", extra_toml)
        await run_setup(practice)
        rooms = RoomIds.of(practice)
        for person in practice.people.values():
            clients[person.localpart] = await StaffClient(hs.url, person.user_id, person.password).start()
        for person in practice.people.values():
            mine = rooms.physio.get(person.user_id) or (rooms.intake if person.role != "physio" else "")
            await clients[person.localpart].joined(mine)
        bot = BotProcess(practice.config, practice.root / "bot.log").start()
        yield Stack(hs, practice, rooms, clients, bot)
    finally:
        for client in clients.values():
            await client.stop()
        if bot:
            bot.stop()
        hs.stop()
