"""Times `AuditLog.verify` on a 1,000,000-row log (target: 5 s).

The log is built with the real `append`, in one transaction, in a temporary store file with
the production settings (WAL). Run: .venv/bin/python bench/audit_verify.py [ROWS]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from store.audit import AuditLog

TARGET_SECONDS = 5.0
STAFF = [("@lea:secretariat-exemple.fr", "secretary"), ("@julien:cabinet-exemple.fr", "physio"),
         ("@claire:cabinet-exemple.fr", "physio"), ("@anne:cabinet-exemple.fr", "admin")]


def build(log: AuditLog, rows: int) -> None:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    for i in range(rows):
        actor, role = STAFF[i % len(STAFF)]
        log.append("relay", actor=actor, role=role, event_type="note", case=f"C{i:07d}",
                   room=f"!room{i % 7:02d}abcdefghijkl:cabinet-exemple.fr",
                   user="@julien:cabinet-exemple.fr", event_ids=[f"${i:043d}"],
                   reason="" if i % 50 else "withheld", now=start + timedelta(seconds=i))


def timed(action):
    """(result, wall seconds, this process's CPU seconds): on a busy machine CPU time shows the
    work itself, wall time what other processes left of the machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite_utils.Database(Path(tmp) / "store.db")
        db.enable_wal()
        log = AuditLog(db)
        with db.atomic():
            _, built, _ = timed(lambda: build(log, rows))
        print(f"built {rows:,} rows with append() in {built:.1f} s "
              f"({built / rows * 1e6:.0f} µs per row)")
        result, seconds, cpu = timed(log.verify)
        db.close()
    assert result.ok, result.message
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    per_million = seconds * 1_000_000 / rows  # the target is for a million rows
    print(f"verify: {seconds:.2f} s ({cpu:.2f} s CPU) for {rows:,} rows; "
          f"ratio {per_million / TARGET_SECONDS:.2f} against {TARGET_SECONDS:.0f} s per million")
    return 0 if per_million <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
