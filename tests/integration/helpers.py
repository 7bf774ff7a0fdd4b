"""Small helpers for integration tests: find the bot's answers, read its audit trail."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

from bot.devclient import Received, StaffClient
from bot.devledger import answered, case_of, per_note
from bot.devpractice import Practice

__all__ = ["ack_for", "audit_rows", "case_of", "wait_audit"]


async def ack_for(secretary: StaffClient, room_id: str, event_id: str,
                  timeout: float = 30) -> Received:
    """The bot's confirmation that answers a secretary's note (its line, if a burst's were folded)."""
    def answers(r: Received) -> bool:
        return r.room_id == room_id and any(answered(one) == event_id for one in per_note(r))
    found = (await secretary.wait_for(answers, timeout))[0]
    return next(one for one in per_note(found) if answered(one) == event_id)


def audit_rows(practice: Practice) -> list[dict]:
    path = Path(practice.root) / "data" / "store.db"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute("SELECT * FROM audit ORDER BY seq")]


async def wait_audit(practice: Practice, match, timeout: float = 30) -> dict:
    """The first audit row for which `match(row)` holds, polling the bot's store."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [r for r in audit_rows(practice) if match(r)]
        if found:
            return found[0]
        await asyncio.sleep(0.2)
    raise TimeoutError("no such audit row")
