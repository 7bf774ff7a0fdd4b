"""Exponential backoff with jitter, so a failing homeserver never meets a hot loop."""

from __future__ import annotations

import asyncio
import random


class Backoff:
    def __init__(self, first: float = 0.5, cap: float = 30.0):
        self.first, self.cap, self.failures = first, cap, 0

    def delay(self) -> float:
        base = min(self.cap, self.first * 2 ** self.failures)
        return base * random.uniform(0.8, 1.2)

    async def wait(self) -> None:
        delay = self.delay()
        self.failures += 1
        await asyncio.sleep(delay)

    def reset(self) -> None:
        self.failures = 0
