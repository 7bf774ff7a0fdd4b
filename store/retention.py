"""What the retention purge erases, table by table (the audit trail has its own purge_before).

- cases: the note and its redacted summary go (NULL); the row stays (reference, dates, status,
  physio, urgency, category, the patient's keyed pseudonym) so the audit still makes sense;
- held: undecryptable events (Megolm ciphertext) kept past the limit;
- patients: directory names not seen in a note since the limit.
"""

from __future__ import annotations

from datetime import datetime

from store.db import Database, iso


class Retention:
    def __init__(self, store: Database):
        self.db = store.db

    def erase_case_notes(self, before: datetime) -> list[str]:
        """Erases the text of cases opened before `before`; returns their references."""
        refs = [ref for (ref,) in self.db.execute(
            "SELECT ref FROM cases WHERE created_at < ? AND (note IS NOT NULL OR summary IS NOT NULL) "
            "ORDER BY created_at", [iso(before)])]
        self.db.execute("UPDATE cases SET note = NULL, summary = NULL WHERE created_at < ?",
                        [iso(before)])
        return refs

    def drop_held(self, before: datetime) -> int:
        return self.db.execute("DELETE FROM held WHERE received_at < ?", [iso(before)]).rowcount

    def drop_patients(self, before: datetime) -> int:
        return self.db.execute("DELETE FROM patients WHERE coalesce(last_seen, added_at) < ?",
                               [iso(before)]).rowcount
