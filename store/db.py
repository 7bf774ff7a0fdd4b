"""Opening the store: one SQLite file in the data directory, migrated, with its field cipher."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from store.audit import AuditLog
from store.crypto import FieldCipher
from store.schema import migrate


def iso(moment: datetime) -> str:
    """The one timestamp format of the store: UTC, milliseconds; sorts as text."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def utcnow() -> str:
    return iso(datetime.now(UTC))


def secure_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


class Database:
    """The connection, its cipher and the audit log; query classes in store/ take one of these."""

    def __init__(self, path: Path, key: bytes):
        secure_dir(path.parent)
        new = not path.exists()
        self.db = sqlite_utils.Database(path)
        if new:
            os.chmod(path, 0o600)
        self.db.enable_wal()
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("PRAGMA busy_timeout=5000")
        migrate(self.db)
        self.cipher = FieldCipher(key)
        self.audit = AuditLog(self.db)

    def close(self) -> None:
        self.db.close()
