"""Members of the practice and their roles. The config seeds them; commands change them."""

from __future__ import annotations

from collections.abc import Iterable

from bot.config import Staff
from store.db import Database, utcnow


class Members:
    def __init__(self, store: Database):
        self.db = store.db

    def seed(self, staff: Iterable[Staff]) -> None:
        """Adds configured staff not yet known; never revives a revoked member."""
        with self.db.atomic():
            for s in staff:
                self.db.execute(
                    "INSERT OR IGNORE INTO members (user_id, role, display_name, short_name, added_at) "
                    "VALUES (?, ?, ?, ?, ?)", [s.user_id, s.role, s.display_name, s.short_name, utcnow()])

    def get(self, user_id: str) -> Staff | None:
        row = self.db.execute(
            "SELECT user_id, role, display_name, short_name FROM members "
            "WHERE user_id = ? AND role != ''", [user_id]).fetchone()
        return Staff(*row) if row else None

    def active(self, role: str | None = None) -> list[Staff]:
        rows = self.db.execute(
            "SELECT user_id, role, display_name, short_name FROM members WHERE role != '' "
            "AND (? IS NULL OR role = ?) ORDER BY role, user_id", [role, role]).fetchall()
        return [Staff(*r) for r in rows]

    def grant(self, user_id: str, role: str, display_name: str = "") -> None:
        self.db.execute(
            "INSERT INTO members (user_id, role, display_name, short_name, added_at) "
            "VALUES (?, ?, ?, '', ?) ON CONFLICT(user_id) DO UPDATE SET role = excluded.role, "
            "revoked_at = NULL", [user_id, role, display_name or user_id, utcnow()])

    def revoke(self, user_id: str) -> None:
        self.db.execute("UPDATE members SET role = '', revoked_at = ? WHERE user_id = ?",
                        [utcnow(), user_id])

    def touch(self, user_id: str) -> None:
        self.db.execute("UPDATE members SET last_active = ? WHERE user_id = ?", [utcnow(), user_id])

    def activity(self) -> list[tuple[Staff, str]]:
        """Active members with their last activity (when they were added, until they write)."""
        rows = self.db.execute(
            "SELECT user_id, role, display_name, short_name, coalesce(last_active, added_at) "
            "FROM members WHERE role != '' ORDER BY role, user_id").fetchall()
        return [(Staff(*row[:4]), row[4]) for row in rows]

    def last_active(self, user_id: str) -> str | None:
        row = self.db.execute("SELECT coalesce(last_active, added_at) FROM members WHERE user_id = ?",
                              [user_id]).fetchone()
        return row[0] if row else None
