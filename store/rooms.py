"""Managed rooms and small settings (the sync token)."""

from __future__ import annotations

from store.db import Database

INTAKE, ADMIN, PHYSIO, OTHER = "intake", "admin", "physio", "other"
# An admin's or secretary's own room with the bot (a physio's is their physio room): 2FA enrolment.
PERSONAL = "personal"


class Rooms:
    def __init__(self, store: Database):
        self.db = store.db

    def record(self, room_id: str, kind: str, owner: str = "") -> None:
        self.db["rooms"].upsert({"room_id": room_id, "kind": kind, "owner": owner}, pk="room_id")

    def kind_of(self, room_id: str) -> tuple[str, str] | None:
        row = self.db.execute("SELECT kind, owner FROM rooms WHERE room_id = ?", [room_id]).fetchone()
        return (row[0], row[1]) if row else None

    def find(self, kind: str, owner: str = "") -> str | None:
        row = self.db.execute(
            "SELECT room_id FROM rooms WHERE kind = ? AND owner = ?", [kind, owner]
        ).fetchone()
        return row[0] if row else None

    def managed(self) -> dict[str, tuple[str, str]]:
        return {r: (k, o) for r, k, o in self.db.execute(
            "SELECT room_id, kind, owner FROM rooms WHERE kind != ?", [OTHER])}

    def first_notice(self, room_id: str) -> bool:
        """True once per room: used to say a thing once (e.g. "this room is not encrypted")."""
        self.db.execute("INSERT OR IGNORE INTO rooms (room_id, kind, owner) VALUES (?, ?, '')",
                        [room_id, OTHER])
        cursor = self.db.execute(
            "UPDATE rooms SET notified = 1 WHERE room_id = ? AND notified IS NOT 1", [room_id])
        return cursor.rowcount == 1


class Settings:
    def __init__(self, store: Database):
        self.db = store.db

    def get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM kv WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str) -> None:
        self.db["kv"].upsert({"key": key, "value": value}, pk="key")
