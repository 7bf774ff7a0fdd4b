"""Relay latency against direct messaging, measured in one run on a local Synapse.

Direct: a secretary sends 50 encrypted messages to a physio in a shared room.
Relay: the secretary posts 50 call notes; the bot relays each to the physio's room.
Prints p50/p95 of both and relay_p50 / (2 x direct_p50) — the target is <= 1.2: a relay has
two hops, and should cost little beyond them.
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

from nio import RoomCreateResponse

from bot.devclient import StaffClient
from bot.devstack import local_stack
from bot.setup import ENCRYPTION
from handlers.notices import CASE_KEY

ROUNDS = 50
TARGET = 1.2


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


async def timed(sender: StaffClient, receiver: StaffClient, room_id: str, body: str, match) -> float:
    start = time.monotonic()
    await sender.send(room_id, body)
    got = (await receiver.wait_for(match, timeout=30))[0]
    return got.at - start


async def measure() -> tuple[list[float], list[float]]:
    with tempfile.TemporaryDirectory(prefix="kr-bench-") as tmp:
        async with local_stack(Path(tmp)) as stack:
            lea, julien = stack.clients["lea.sec"], stack.clients["julien"]
            created = await lea.client.room_create(invite=[julien.client.user_id],
                                                   initial_state=[ENCRYPTION])
            assert isinstance(created, RoomCreateResponse)
            await julien.joined(created.room_id)
            direct, relay = [], []
            for i in range(ROUNDS + 5):  # the first five warm sessions and caches up
                seconds = await timed(lea, julien, created.room_id, f"direct {i}",
                                      lambda r, i=i: r.body == f"direct {i}")
                direct.append(seconds)
            for i in range(ROUNDS + 5):
                before = {r.event_id for r in julien.received}
                seconds = await timed(lea, julien, stack.rooms.intake,
                                      f"Rappel demandé numéro {i}, pour Julien",
                                      lambda r, before=before: CASE_KEY in r.content
                                      and r.event_id not in before)
                relay.append(seconds)
            return direct[5:], relay[5:]


def main() -> int:
    logging.getLogger("nio").setLevel(logging.ERROR)  # its key-sharing chatter is not the figure
    direct, relay = asyncio.run(measure())
    d50, d95 = percentile(direct, 50) * 1000, percentile(direct, 95) * 1000
    r50, r95 = percentile(relay, 50) * 1000, percentile(relay, 95) * 1000
    ratio = r50 / (2 * d50)
    print(f"direct secretary→physio ({ROUNDS} messages): p50 {d50:.1f} ms  p95 {d95:.1f} ms")
    print(f"relay secretary→bot→physio ({ROUNDS} notes): p50 {r50:.1f} ms  p95 {r95:.1f} ms")
    print(f"relay_p50 / (2 × direct_p50) = {ratio:.2f}  (target ≤ {TARGET}: "
          f"{'met' if ratio <= TARGET else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
