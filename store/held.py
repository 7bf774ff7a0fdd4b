"""Undecryptable events, held until their Megolm key arrives or the hold expires."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from store.db import Database, utcnow

WAITING, EXPIRED = "waiting", "expired"


@dataclass(frozen=True)
class Held:
    event_id: str
    room_id: str
    sender: str
    session_id: str
    source: dict[str, Any]
    received_at: str


class HeldEvents:
    def __init__(self, store: Database):
        self.db = store.db

    def hold(self, event_id: str, room_id: str, sender: str, session_id: str,
             source: dict[str, Any]) -> bool:
        """False when already held. The source is the encrypted event: no clear text here."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO held (event_id, room_id, sender, session_id, source, "
            "received_at, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [event_id, room_id, sender, session_id, json.dumps(source), utcnow(), WAITING])
        return cursor.rowcount == 1

    def has(self, event_id: str) -> bool:
        """Held now or once (an expired hold was reported: it is not handled again)."""
        return self.db.execute("SELECT 1 FROM held WHERE event_id = ?", [event_id]).fetchone() is not None

    def waiting(self) -> list[Held]:
        rows = self.db.execute(
            "SELECT event_id, room_id, sender, session_id, source, received_at FROM held "
            "WHERE status = ? ORDER BY received_at", [WAITING]).fetchall()
        return [Held(e, r, s, sid, json.loads(src), t) for e, r, s, sid, src, t in rows]

    def release(self, event_id: str) -> None:
        self.db.execute("DELETE FROM held WHERE event_id = ?", [event_id])

    def expire(self, event_id: str) -> None:
        self.db.execute("UPDATE held SET status = ? WHERE event_id = ?", [EXPIRED, event_id])
