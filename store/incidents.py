"""The breach register (GDPR art. 33(5)): incidents, their timeline (notes and measures), and the
relay pause of a containment.

Free text typed by admins (the summary, notes, the likely consequences) is AES-GCM ciphertext bound
to its incident; timeline entries otherwise hold only codes and Matrix IDs. Incidents are never
deleted: the register outlives the retention of notes.

The pause holds case messages to physios in the outbox with a due date that never comes
(PAUSED_UNTIL): they keep their place and their transaction ID, and `release` makes them due
again, once, in order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from store.db import Database, iso, utcnow

OPEN, CLOSED = "open", "closed"
NOTE = "note"  # a timeline entry with free text; the other kinds are measures (pause, revoke...)
PAUSED_UNTIL = iso(datetime(9999, 12, 31, tzinfo=UTC))
PAUSED_BY = "relay.paused_by"  # kv key: the incident that paused relays to physios
_COLUMNS = "id, detected_at, declared_by, status, contained_at, closed_at, closed_by, high_risk"


@dataclass(frozen=True)
class Incident:
    id: int
    detected_at: str
    declared_by: str
    status: str
    contained_at: str | None
    closed_at: str | None
    closed_by: str | None
    high_risk: bool | None  # art. 34: None until assessed


@dataclass(frozen=True)
class Entry:
    """One line of an incident's timeline: a note (text) or a measure (detail: a code or ID)."""

    at: str
    actor: str
    kind: str
    detail: str
    text: str


class Incidents:
    def __init__(self, store: Database):
        self.db = store.db
        self.cipher = store.cipher

    def declare(self, declared_by: str, summary: str, detected_at: datetime) -> int:
        cursor = self.db.execute(
            "INSERT INTO incidents (detected_at, declared_by, status) VALUES (?, ?, ?)",
            [iso(detected_at), declared_by, OPEN])
        incident_id = cursor.lastrowid
        assert incident_id is not None
        self.db.execute("UPDATE incidents SET summary = ? WHERE id = ?",
                        [self.cipher.encrypt(summary, _context(incident_id, "summary")), incident_id])
        return incident_id

    def get(self, incident_id: int) -> Incident | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM incidents WHERE id = ?",
                              [incident_id]).fetchone()
        return _incident(row) if row else None

    def all(self, status: str | None = None) -> list[Incident]:
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM incidents WHERE ? IS NULL OR status = ? "
                               "ORDER BY id", [status, status]).fetchall()
        return [_incident(row) for row in rows]

    def summary(self, incident_id: int) -> str:
        return self._text(incident_id, "summary")

    def consequences(self, incident_id: int) -> str:
        return self._text(incident_id, "consequences")

    def record(self, incident_id: int, actor: str, kind: str, detail: str = "",
               text: str | None = None, at: datetime | None = None) -> None:
        """Adds a timeline entry; `text` (a note's) is encrypted, `detail` must hold no free text."""
        self.db.execute(
            "INSERT INTO incident_events (incident_id, at, actor, kind, detail, text) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [incident_id, iso(at) if at else utcnow(), actor, kind, detail,
             None if text is None else self.cipher.encrypt(text, _context(incident_id, "event"))])

    def timeline(self, incident_id: int) -> list[Entry]:
        rows = self.db.execute(
            "SELECT at, actor, kind, detail, text FROM incident_events WHERE incident_id = ? "
            "ORDER BY id", [incident_id]).fetchall()
        return [Entry(at, actor, kind, detail or "", "" if blob is None else
                      self.cipher.decrypt_text(blob, _context(incident_id, "event")))
                for at, actor, kind, detail, blob in rows]

    def contained(self, incident_id: int, at: datetime) -> None:
        """The first containing measure ends the window of what the incident may have exposed."""
        self.db.execute("UPDATE incidents SET contained_at = ? WHERE id = ? AND contained_at IS NULL",
                        [iso(at), incident_id])

    def assess(self, incident_id: int, high_risk: bool, consequences: str | None) -> None:
        blob = (None if consequences is None
                else self.cipher.encrypt(consequences, _context(incident_id, "consequences")))
        self.db.execute("UPDATE incidents SET high_risk = ?, consequences = coalesce(?, consequences) "
                        "WHERE id = ?", [int(high_risk), blob, incident_id])

    def close(self, incident_id: int, closed_by: str, at: datetime) -> None:
        self.db.execute("UPDATE incidents SET status = ?, closed_at = ?, closed_by = ? WHERE id = ?",
                        [CLOSED, iso(at), closed_by, incident_id])

    # --- the relay pause -----------------------------------------------------------------

    def paused_by(self) -> int | None:
        row = self.db.execute("SELECT value FROM kv WHERE key = ?", [PAUSED_BY]).fetchone()
        return int(row[0]) if row else None

    def pause(self, incident_id: int, rooms: Iterable[str], kinds: Iterable[str]) -> int:
        """Relays to physios stop; case messages already queued for `rooms` wait too. Returns
        how many queued messages were held."""
        self.db.execute("INSERT OR REPLACE INTO kv (key, value) VALUES (?, ?)",
                        [PAUSED_BY, str(incident_id)])
        rooms, kinds = list(rooms), list(kinds)
        cursor = self.db.execute(
            f"UPDATE outbox SET due_at = ? WHERE sent_at IS NULL AND due_at IS NULL "
            f"AND op = 'send' AND room_id IN ({_marks(rooms)}) AND kind IN ({_marks(kinds)})",
            [PAUSED_UNTIL, *rooms, *kinds])
        return cursor.rowcount

    def hold(self, txn_id: str) -> None:
        """A message just queued waits for the end of the pause."""
        self.db.execute("UPDATE outbox SET due_at = ? WHERE txn_id = ? AND sent_at IS NULL",
                        [PAUSED_UNTIL, txn_id])

    def held(self) -> int:
        return self.db.execute("SELECT count(*) FROM outbox WHERE due_at = ? AND sent_at IS NULL",
                               [PAUSED_UNTIL]).fetchone()[0]

    def resume(self) -> int:
        """Ends the pause: every held message is due now, in its original order (the outbox
        sends by id). Returns how many; a second call finds none."""
        self.db.execute("DELETE FROM kv WHERE key = ?", [PAUSED_BY])
        cursor = self.db.execute("UPDATE outbox SET due_at = NULL WHERE due_at = ? AND sent_at IS NULL",
                                 [PAUSED_UNTIL])
        return cursor.rowcount

    def _text(self, incident_id: int, field: str) -> str:
        row = self.db.execute(f"SELECT {field} FROM incidents WHERE id = ?", [incident_id]).fetchone()
        if row is None or row[0] is None:
            return ""
        return self.cipher.decrypt_text(row[0], _context(incident_id, field))


def _incident(row: tuple) -> Incident:
    *head, high_risk = row
    return Incident(*head, high_risk=None if high_risk is None else bool(high_risk))


def _context(incident_id: int, field: str) -> str:
    return f"incidents.{field}.{incident_id}"


def _marks(values: list[str]) -> str:
    return ", ".join("?" * len(values)) or "NULL"
