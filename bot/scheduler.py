"""Fires persisted timers: each one is deleted in the transaction of what it causes, so a
restart neither forgets nor doubles it."""

from __future__ import annotations

import asyncio
import logging
import sqlite3

from handlers.context import Context
from handlers.timers import TIMER_HANDLERS
from store.db import utcnow
from store.timers import Timers

log = logging.getLogger(__name__)

TICK = 1.0  # seconds; timers are minutes apart, a second of lateness is fine


async def run_timers(ctx: Context, wake_sender) -> None:
    timers = Timers(ctx.store)
    while True:
        for timer in timers.due(utcnow()):
            handler = TIMER_HANDLERS.get(timer.kind)
            try:
                with ctx.store.db.atomic():
                    timers.fired(timer.id)
                    if handler:
                        handler(ctx, timer)
            except sqlite3.OperationalError as exc:
                # Locked or full: the timer stays due and fires when the store recovers.
                log.warning("store unavailable (%s); timers paused", exc)
                break
            except Exception as exc:  # noqa: BLE001 - one bad timer must not stop the others
                log.error("timer %s failed: %s", timer.kind, type(exc).__name__)
                with ctx.store.db.atomic():
                    timers.fired(timer.id)
            wake_sender()
        await asyncio.sleep(TICK)
