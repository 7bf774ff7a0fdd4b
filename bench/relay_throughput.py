"""Relay throughput against the homeserver's own, measured in one run on a local Synapse.

Direct: a secretary sends N encrypted messages at once to a physio in a shared room; the rate is
N over the time until the physio has them all. That is what the homeserver allows one client
to push to another.
Relay: the same secretary sends N call notes at once; the bot relays each to a physio's room
(and acknowledges it in the intake room). The rate is N over the time until every notice is in.
A relay is two hops (secretary → bot, bot → physio), so the target is
relay_rate ≥ 0.8 × direct_rate / 2 — with zero notes lost and zero duplicated. The bot also
confirms each note in the intake room; in a burst the confirmations waiting together go out as
one message (bot/sender.py), else they would be a third message per note. Staff clients off the
relay path (the second secretary, the admin) are stopped for the relay.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from pathlib import Path

from nio import RoomCreateResponse

from bot.devclient import StaffClient
from bot.devledger import PHYSIO_NAMES, Ledger, case_of, notices, until
from bot.devstack import local_stack
from bot.setup import ENCRYPTION

NOTES = 1000
TARGET = 0.8
WARM_UP = 5
IN_FLIGHT = 32  # concurrent sends from one client; enough to keep Synapse busy
IDLE = ("marc.sec", "anne.admin")  # in the intake room, but neither sending nor counted
TIMEOUT = 1800.0  # a bound, not an expectation


async def blast(sender: StaffClient, room_id: str, bodies: list[str]) -> list[str]:
    """As fast as the client can: IN_FLIGHT sends at a time, so the homeserver always has work."""
    slots = asyncio.Semaphore(IN_FLIGHT)

    async def send(body: str) -> str:
        async with slots:
            return await sender.send(room_id, body)
    return list(await asyncio.gather(*(send(body) for body in bodies)))


async def direct_rate(lea: StaffClient, julien: StaffClient, count: int) -> float:
    created = await lea.client.room_create(invite=[julien.client.user_id], initial_state=[ENCRYPTION])
    assert isinstance(created, RoomCreateResponse)
    room = created.room_id
    await julien.joined(room)
    for i in range(WARM_UP):  # room keys shared, caches warm
        await lea.send(room, f"échauffement {i}")
    await julien.wait_for(lambda r: r.room_id == room, timeout=60, count=WARM_UP)
    start = time.monotonic()
    await blast(lea, room, [f"direct {i}" for i in range(count)])
    got = await julien.wait_for(lambda r: r.room_id == room and r.body.startswith("direct "),
                                timeout=TIMEOUT, count=count)
    return count / (max(r.at for r in got) - start)


async def relay_rate(ledger: Ledger, lea: StaffClient, count: int) -> tuple[float, int, int]:
    """(notes per second, lost, duplicated)."""
    await ledger.relayed_once([await lea.send(ledger.intake, f"Échauffement, pour {name}")
                               for name in PHYSIO_NAMES], timeout=120)
    known = set(notices(ledger.physios))
    start = time.monotonic()
    notes = await blast(lea, ledger.intake, [f"Appel {i} : rappel demandé, pour "
                                             f"{PHYSIO_NAMES[i % 3]}" for i in range(count)])
    await until("every note to be acknowledged", lambda: not set(notes) - set(ledger.acked()), TIMEOUT)
    refs = {case_of(ledger.acked()[n][0]) for n in notes}
    await until("every notice", lambda: not refs - set(notices(ledger.physios)), TIMEOUT)
    ends = [r.at for p in ledger.physios for r in p.received if case_of(r) in refs]
    rate = count / (max(ends) - start)
    await ledger.fence(timeout=120)  # a late duplicate would be in before the fence
    acked, delivered = ledger.acked(), notices(ledger.physios)
    lost = sum(1 for n in notes if not acked.get(n)) + len(refs - set(delivered))
    duplicated = (sum(len(acked[n]) - 1 for n in notes if acked.get(n))
                  + sum(delivered[ref] - 1 for ref in refs if ref not in known))
    return rate, lost, duplicated


async def measure(count: int) -> tuple[float, float, int, int]:
    with tempfile.TemporaryDirectory(prefix="kr-throughput-") as tmp:
        async with local_stack(Path(tmp)) as stack:
            lea, julien = stack.clients["lea.sec"], stack.clients["julien"]
            direct = await direct_rate(lea, julien, count)
            ledger = Ledger(stack.clients, stack.rooms.intake, stack.practice.root / "data")
            for idle in IDLE:  # listeners off the relay path: their syncs would load the homeserver
                await stack.clients[idle].stop()
            relay, lost, duplicated = await relay_rate(ledger, lea, count)
            return direct, relay, lost, duplicated


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=NOTES)
    count = parser.parse_args().notes
    logging.getLogger("nio").setLevel(logging.ERROR)  # its key-sharing chatter is not the figure
    direct, relay, lost, duplicated = asyncio.run(measure(count))
    ratio = relay / (direct / 2)
    print(f"direct secretary→physio ({count} messages): {direct:.1f} messages/s")
    print(f"relay secretary→bot→physio ({count} notes): {relay:.1f} notes/s")
    print(f"relay / (direct / 2 hops) = {ratio:.2f}  (target ≥ {TARGET}: "
          f"{'met' if ratio >= TARGET else 'NOT met'})")
    print(f"lost: {lost}  duplicated: {duplicated}")
    return 0 if lost == duplicated == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
