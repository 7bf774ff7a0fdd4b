"""Persisted timers: escalations and reminders survive restarts and fire once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from store.db import Database


@dataclass(frozen=True)
class Timer:
    id: int
    kind: str
    key: str
    due_at: str
    payload: dict[str, Any]


class Timers:
    def __init__(self, store: Database):
        self.db = store.db

    def schedule(self, kind: str, key: str, due_at: str, payload: dict[str, Any] | None = None) -> None:
        self.db.execute("INSERT INTO timers (kind, key, due_at, payload) VALUES (?, ?, ?, ?)",
                        [kind, key, due_at, json.dumps(payload or {})])

    def cancel(self, kind: str, key: str) -> None:
        self.db.execute("DELETE FROM timers WHERE kind = ? AND key = ?", [kind, key])

    def due(self, now: str) -> list[Timer]:
        rows = self.db.execute(
            "SELECT id, kind, key, due_at, payload FROM timers WHERE due_at <= ? ORDER BY due_at, id",
            [now]).fetchall()
        return [Timer(i, k, key, d, json.loads(p)) for i, k, key, d, p in rows]

    def next_due(self) -> str | None:
        return self.db.execute("SELECT min(due_at) FROM timers").fetchone()[0]

    def pending(self, kind: str, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM timers WHERE kind = ? AND key = ?",
                               [kind, key]).fetchone() is not None

    def fired(self, timer_id: int) -> None:
        self.db.execute("DELETE FROM timers WHERE id = ?", [timer_id])
