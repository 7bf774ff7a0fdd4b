"""Device decisions: which devices of a member get room keys (trusted) and which wait for an
admin (held). No row means the bot has not seen the device yet."""

from __future__ import annotations

from dataclasses import dataclass

from store.db import Database, utcnow

TRUSTED, HELD = "trusted", "held"
_COLUMNS = "user_id, device_id, status, first_seen, coalesce(last_seen, first_seen), decided_by"


@dataclass(frozen=True)
class Device:
    user_id: str
    device_id: str
    status: str
    first_seen: str
    last_seen: str  # last message the bot read from it; first_seen until then
    decided_by: str  # "first_seen", or the admin (or the member) who decided


class Devices:
    def __init__(self, store: Database):
        self.db = store.db

    def statuses(self, user_id: str) -> dict[str, str]:
        return dict(self.db.execute(
            "SELECT device_id, status FROM devices WHERE user_id = ?", [user_id]).fetchall())

    def record(self, user_id: str, device_id: str, status: str, decided_by: str) -> bool:
        """A first sighting; False when the device was already known (its decision stands)."""
        now = utcnow()
        return self.db.execute(
            "INSERT OR IGNORE INTO devices (user_id, device_id, status, first_seen, decided_at, "
            "decided_by) VALUES (?, ?, ?, ?, ?, ?)",
            [user_id, device_id, status, now, now, decided_by]).rowcount == 1

    def decide(self, user_id: str, device_id: str, status: str, decided_by: str) -> bool:
        """Changes a known device's status; False when unknown or already so."""
        return self.db.execute(
            "UPDATE devices SET status = ?, decided_at = ?, decided_by = ? "
            "WHERE user_id = ? AND device_id = ? AND status != ?",
            [status, utcnow(), decided_by, user_id, device_id, status]).rowcount == 1

    def seen(self, user_id: str, device_id: str) -> None:
        self.db.execute("UPDATE devices SET last_seen = ? WHERE user_id = ? AND device_id = ?",
                        [utcnow(), user_id, device_id])

    def of(self, user_id: str | None = None) -> list[Device]:
        """One member's devices, or everyone's, by member then first sighting."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM devices WHERE ? IS NULL OR user_id = ? "
            "ORDER BY user_id, first_seen, device_id", [user_id, user_id]).fetchall()
        return [Device(*row) for row in rows]

    def forget(self, user_id: str) -> None:
        """A revoked member's decisions go: if they come back, their devices start over."""
        self.db.execute("DELETE FROM devices WHERE user_id = ?", [user_id])
