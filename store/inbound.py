"""The exactly-once gate: each inbound event is claimed once, inside the transaction that
records what it caused."""

from __future__ import annotations

import sqlite3

from store.db import Database, utcnow


class Inbound:
    def __init__(self, store: Database):
        self.db = store.db

    def claim(self, event_id: str, room_id: str, sender: str) -> bool:
        """False when the event was already handled (a sync replay, a gap fill overlap)."""
        try:
            self.db.execute(
                "INSERT INTO inbound (event_id, room_id, sender, received_at, status, reason) "
                "VALUES (?, ?, ?, ?, 'handled', '')",
                [event_id, room_id, sender, utcnow()],
            )
        except sqlite3.IntegrityError:
            return False
        return True

    def seen(self, event_id: str) -> bool:
        return self.db.execute(
            "SELECT 1 FROM inbound WHERE event_id = ?", [event_id]).fetchone() is not None

    def mark(self, event_id: str, status: str, reason: str = "") -> None:
        self.db.execute(
            "UPDATE inbound SET status = ?, reason = ? WHERE event_id = ?", [status, reason, event_id])
