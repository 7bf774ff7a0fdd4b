"""The practice's patient directory: names seen in notes, encrypted, so the de-identification
engine recognises them next time even without an honorific."""

from __future__ import annotations

from collections.abc import Iterable

from store.db import Database, utcnow

CONTEXT = "patients.name"


class Patients:
    def __init__(self, store: Database):
        self.db = store.db
        self.cipher = store.cipher

    def add(self, names: Iterable[str]) -> None:
        for name in names:
            # Seen again: kept [retention] notes_days longer (store/retention.py).
            now = utcnow()
            self.db.execute(
                "INSERT INTO patients (mac, name, added_at, last_seen) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(mac) DO UPDATE SET last_seen = excluded.last_seen",
                [self.cipher.mac(name.casefold(), CONTEXT), self.cipher.encrypt(name, CONTEXT), now, now])

    def names(self) -> list[str]:
        return [self.cipher.decrypt_text(blob, CONTEXT)
                for (blob,) in self.db.execute("SELECT name FROM patients")]
