"""Cases: one per call note. The original note and its summary are encrypted at rest."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from store.db import Database, utcnow

# No look-alikes: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V.
REF_ALPHABET = "ACDEFHJKMNPQRTWXY3479"
REF_LENGTH = 4
_COLUMNS = "ref, status, secretary, physio, source_event, patient, urgency, category, created_at"


@dataclass(frozen=True)
class Case:
    ref: str
    status: str
    secretary: str
    physio: str
    source_event: str
    patient: str
    urgency: str
    category: str
    created_at: str


class Cases:
    def __init__(self, store: Database):
        self.db = store.db
        self.cipher = store.cipher

    def _new_ref(self) -> str:
        while True:
            ref = "".join(secrets.choice(REF_ALPHABET) for _ in range(REF_LENGTH))
            if not self.db.execute("SELECT 1 FROM cases WHERE ref = ?", [ref]).fetchone():
                return ref

    def open(self, *, secretary: str, physio: str, source_event: str, note: str, summary: str,
             patient: str, urgency: str, category: str) -> str:
        ref = self._new_ref()
        self.db.execute(
            "INSERT INTO cases (ref, created_at, status, secretary, physio, source_event, note, "
            "summary, patient, urgency, category) VALUES (?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?)",
            [ref, utcnow(), secretary, physio, source_event,
             self.cipher.encrypt(note, f"cases.note.{ref}"),
             self.cipher.encrypt(summary, f"cases.summary.{ref}"), patient, urgency, category],
        )
        return ref

    def get(self, ref: str) -> Case | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM cases WHERE ref = ?", [ref.upper()]).fetchone()
        return Case(*row) if row else None

    def note(self, ref: str) -> str:
        """The original note ('' once the retention purge erased it)."""
        blob = self.db.execute("SELECT note FROM cases WHERE ref = ?", [ref]).fetchone()[0]
        return "" if blob is None else self.cipher.decrypt_text(blob, f"cases.note.{ref}")

    def by_source(self, event_id: str) -> Case | None:
        row = self.db.execute("SELECT ref FROM cases WHERE source_event = ?", [event_id]).fetchone()
        return self.get(row[0]) if row else None

    def last_physio_for(self, patient: str) -> str | None:
        """The physio of this patient's latest case: the usual physio for triage."""
        if not patient:
            return None
        row = self.db.execute(
            "SELECT physio FROM cases WHERE patient = ? AND physio != '' "
            "ORDER BY created_at DESC LIMIT 1", [patient]).fetchone()
        return row[0] if row else None

    def update_note(self, ref: str, note: str, summary: str) -> None:
        self.db.execute("UPDATE cases SET note = ?, summary = ? WHERE ref = ?",
                        [self.cipher.encrypt(note, f"cases.note.{ref}"),
                         self.cipher.encrypt(summary, f"cases.summary.{ref}"), ref])

    def set_status(self, ref: str, status: str) -> None:
        self.db.execute("UPDATE cases SET status = ? WHERE ref = ?", [status, ref])

    def summary(self, ref: str) -> str:
        """The redacted note ('' when de-identification failed and the note was withheld, or
        the retention purge erased it)."""
        blob = self.db.execute("SELECT summary FROM cases WHERE ref = ?", [ref]).fetchone()[0]
        return "" if blob is None else self.cipher.decrypt_text(blob, f"cases.summary.{ref}")

    def patients_of(self, refs: list[str]) -> dict[str, str]:
        """Each case's patient pseudonym ('' when the note named nobody recognisably)."""
        found: dict[str, str] = {}
        for start in range(0, len(refs), 500):  # under SQLite's limit on parameters
            chunk = refs[start:start + 500]
            found |= dict(self.db.execute(
                f"SELECT ref, patient FROM cases WHERE ref IN ({', '.join('?' * len(chunk))})",
                chunk).fetchall())
        return found

    def assign(self, ref: str, physio: str) -> None:
        """A new owner: the case waits for this physio's acknowledgement again."""
        self.db.execute("UPDATE cases SET physio = ?, status = 'open' WHERE ref = ?", [physio, ref])

    def unfinished(self) -> list[Case]:
        """Cases not closed nor withdrawn, oldest first."""
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM cases WHERE status IN ('open', 'taken') "
                               "ORDER BY created_at").fetchall()
        return [Case(*row) for row in rows]

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM cases").fetchone()[0]
