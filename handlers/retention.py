"""Retention: what the practice keeps, and for how long (`[retention]`).

    [retention]
    notes_days = 30    # note text and redacted summary of a case; undecryptable events held;
                       # patient directory names no note has mentioned for this long
    audit_days = 365   # audit rows; an anchor keeps the rest verifiable
    hour = 3           # UTC hour of the daily purge

Kept past notes_days: the case row without its text (reference, dates, status, physio, urgency,
category, the patient's keyed pseudonym), so the audit trail still makes sense, and the breach
register (incidents), which is evidence. Sent messages' content is dropped at sending already.
A running bot keeps the directory names it loaded in memory until it restarts (not at rest).

`purge` is one function for the daily job and `kine-relay purge`; `dry_run` runs it in a
transaction that is then rolled back, so the counts are exactly what a real purge would do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.config import Config
from handlers.table_checks import hour_of, known_keys, whole
from store.audit import AuditError
from store.db import Database
from store.retention import Retention

KEYS = ("notes_days", "audit_days", "hour")
DEFAULT_NOTES_DAYS, DEFAULT_AUDIT_DAYS, DEFAULT_HOUR = 30, 365, 3


@dataclass(frozen=True)
class RetentionSettings:
    notes: timedelta
    audit: timedelta
    hour: int

    @classmethod
    def from_config(cls, cfg: Config) -> RetentionSettings:
        section = cfg.section("retention")
        known_keys(section, "retention", KEYS)
        return cls(timedelta(days=whole(section, "retention", "notes_days", DEFAULT_NOTES_DAYS, 1)),
                   timedelta(days=whole(section, "retention", "audit_days", DEFAULT_AUDIT_DAYS, 1)),
                   hour_of(section, "retention", DEFAULT_HOUR))


@dataclass(frozen=True)
class Purged:
    cases: list[str]  # references of the cases whose text was erased
    held: int
    patients: int
    audit_rows: int
    audit_error: str = ""  # the audit did not verify: its rows were kept (evidence)

    @property
    def anything(self) -> bool:
        return bool(self.cases or self.held or self.patients or self.audit_rows)


class _DryRun(Exception):
    def __init__(self, purged: Purged):
        self.purged = purged


def purge(store: Database, settings: RetentionSettings, now: datetime, *, actor: str,
          dry_run: bool = False) -> Purged:
    """Erases what is past its keeping date, with an audit row per erased case and one for the
    purge. Joins an open transaction (a savepoint)."""
    try:
        with store.db.atomic():
            purged = _purge(store, settings, now, actor)
            if dry_run:
                raise _DryRun(purged)
    except _DryRun as rolled_back:
        return rolled_back.purged
    return purged


def _purge(store: Database, settings: RetentionSettings, now: datetime, actor: str) -> Purged:
    retention, notes_cutoff = Retention(store), now - settings.notes
    cases = retention.erase_case_notes(notes_cutoff)
    for ref in cases:
        store.audit.append("retention.erase", actor=actor, event_type="retention", case=ref,
                           reason="notes_days", now=now)
    held = retention.drop_held(notes_cutoff)
    patients = retention.drop_patients(notes_cutoff)
    store.audit.append("retention.purge", actor=actor, event_type="retention", now=now)
    try:
        audit_rows = store.audit.purge_before(now - settings.audit, now=now)
    except AuditError as exc:
        # Notes still go (a duty of their own); the audit stays whole for whoever investigates.
        return Purged(cases, held, patients, 0, str(exc))
    return Purged(cases, held, patients, audit_rows)
