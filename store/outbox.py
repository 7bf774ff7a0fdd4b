"""Persisted outbox: a message is stored with a stable transaction ID before it is sent, so a
restart re-sends it with the same ID and the homeserver keeps one copy."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from store.db import Database, utcnow

CONTEXT = "outbox.content"
# How messages of one kind waiting together read as one (their contents, oldest first).
Merge = Callable[[list[dict[str, Any]]], dict[str, Any]]


@dataclass(frozen=True)
class Pending:
    id: int
    txn_id: str
    op: str
    room_id: str
    kind: str
    case_ref: str
    content: dict[str, Any]
    attempts: int


class Outbox:
    def __init__(self, store: Database):
        self.db = store.db
        self.cipher = store.cipher

    def put(self, room_id: str, content: dict[str, Any], *, kind: str, case_ref: str = "",
            op: str = "send", due_at: str | None = None) -> str:
        txn_id = f"kr-{secrets.token_hex(12)}"
        self.db.execute(
            "INSERT INTO outbox (txn_id, op, room_id, kind, case_ref, content, created_at, due_at, "
            "attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
            [txn_id, op, room_id, kind, case_ref,
             self.cipher.encrypt(json.dumps(content), CONTEXT), utcnow(), due_at],
        )
        return txn_id

    def pending(self, now: str, limit: int = 100) -> list[Pending]:
        rows = self.db.execute(
            "SELECT id, txn_id, op, room_id, kind, case_ref, content, attempts FROM outbox "
            "WHERE sent_at IS NULL AND (due_at IS NULL OR due_at <= ?) ORDER BY id LIMIT ?",
            [now, limit]).fetchall()
        return [Pending(i, t, o, r, k, c, json.loads(self.cipher.decrypt_text(b, CONTEXT)), a)
                for i, t, o, r, k, c, b, a in rows]

    def fold(self, kind: str, merge: Merge, most: int) -> None:
        """Messages of `kind` waiting in the same room and never tried become one message (up to
        `most` each), carried by the first row: during a burst, one event instead of one each.
        A row once tried, or carrying others, keeps its content: a retry under its transaction
        ID is the same message."""
        with self.db.atomic():
            rooms: dict[str, list[tuple[int, dict[str, Any]]]] = {}
            for row_id, room_id, blob in self.db.execute(
                    "SELECT id, room_id, content FROM outbox WHERE sent_at IS NULL AND op = 'send' "
                    "AND kind = ? AND attempts = 0 AND due_at IS NULL AND id NOT IN "
                    "(SELECT folded_into FROM outbox WHERE folded_into IS NOT NULL) ORDER BY id",
                    [kind]):
                rooms.setdefault(room_id, []).append(
                    (row_id, json.loads(self.cipher.decrypt_text(blob, CONTEXT))))
            for rows in rooms.values():
                for start in range(0, len(rows), most):
                    if len(group := rows[start:start + most]) > 1:
                        self._fold(group, merge)

    def _fold(self, group: list[tuple[int, dict[str, Any]]], merge: Merge) -> None:
        carrier = group[0][0]
        content = merge([content for _, content in group])
        self.db.execute("UPDATE outbox SET content = ? WHERE id = ?",
                        [self.cipher.encrypt(json.dumps(content), CONTEXT), carrier])
        self.db.execute(
            f"UPDATE outbox SET sent_at = ?, content = NULL, folded_into = ? "
            f"WHERE id IN ({', '.join('?' * (len(group) - 1))})",
            [utcnow(), carrier, *(row_id for row_id, _ in group[1:])])

    def next_due(self) -> str | None:
        row = self.db.execute(
            "SELECT min(due_at) FROM outbox WHERE sent_at IS NULL AND due_at IS NOT NULL").fetchone()
        return row[0]

    def depth(self) -> int:
        return self.db.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0]

    def sent(self, row_id: int, event_id: str) -> None:
        """Done: the content is dropped, only the trace (IDs, times) stays."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE outbox SET sent_at = ?, event_id = ?, content = NULL WHERE id = ?",
                [utcnow(), event_id, row_id])
            self.db.execute("UPDATE outbox SET event_id = ? WHERE folded_into = ?", [event_id, row_id])

    def abandon(self, row_id: int, error: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE outbox SET sent_at = ?, last_error = ?, content = NULL WHERE id = ?",
                [utcnow(), error[:200], row_id])

    def event_of(self, txn_id: str) -> str | None:
        row = self.db.execute("SELECT event_id FROM outbox WHERE txn_id = ?", [txn_id]).fetchone()
        return row[0] if row else None

    def trying(self, row_ids: list[int]) -> None:
        """Before they are performed: a row once tried may have reached the homeserver even if
        it is not marked sent (a crash, a locked store), so it is never folded again."""
        with self.db.atomic():
            self.db.execute(f"UPDATE outbox SET attempts = attempts + 1 WHERE id IN "
                            f"({', '.join('?' * len(row_ids))})", row_ids)

    def failed(self, row_id: int, error: str) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE outbox SET last_error = ? WHERE id = ?", [error[:200], row_id])

    def case_of_event(self, event_id: str) -> str | None:
        row = self.db.execute(
            "SELECT case_ref FROM outbox WHERE event_id = ? AND case_ref != ''", [event_id]
        ).fetchone()
        return row[0] if row else None
