"""The daily jobs, as persisted timers that reschedule themselves: the signed audit checkpoint
posted to the admin room, the retention purge, and (with `[backup] dir`) an encrypted backup with
rotation.

    [backup]
    dir = "/var/backups/kine-relay"   # relative to this file; outside the data directory
    keep = 7                          # newest backups kept; older ones are deleted
    hour = 4                          # UTC hour of the daily backup

A job's failure is audited and told in the admin room; the next day's run is scheduled anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from bot.config import Config, ConfigError
from handlers.breach_report import IncidentSettings
from handlers.checkpoints import post_checkpoint
from handlers.context import Context
from handlers.retention import RetentionSettings, purge
from handlers.table_checks import hour_of, known_keys, whole
from handlers.timers import on_timer
from store.backup import BackupError, BackupKey, backup_name, rotate_backups, write_backup
from store.crypto import parse_key
from store.db import iso
from store.rooms import ADMIN
from store.signing import SigningKey
from store.timers import Timer

CHECKPOINT, PURGE, BACKUP = "audit.checkpoint", "retention.purge", "backup.daily"
CHECKPOINT_HOUR = 6  # UTC: after the night's purge and backup, before the practice opens
BACKUP_KEYS = ("dir", "keep", "hour")
DEFAULT_KEEP, DEFAULT_BACKUP_HOUR = 7, 4


@dataclass(frozen=True)
class BackupSettings:
    directory: Path | None  # None: no scheduled backup
    keep: int
    hour: int

    @classmethod
    def from_config(cls, cfg: Config) -> BackupSettings:
        section = cfg.section("backup")
        known_keys(section, "backup", BACKUP_KEYS)
        keep = whole(section, "backup", "keep", DEFAULT_KEEP, 1)
        hour = hour_of(section, "backup", DEFAULT_BACKUP_HOUR)
        if "dir" not in section:
            return cls(None, keep, hour)
        if not isinstance(section["dir"], str) or not section["dir"]:
            raise ConfigError("[backup] dir must be a directory path")
        directory = (cfg.path.resolve().parent / section["dir"]).resolve()
        if directory.is_relative_to(cfg.data_dir.resolve()):
            # A wiped or restored data directory must not take its backups with it.
            raise ConfigError("[backup] dir must be outside the data directory")
        return cls(directory, keep, hour)


def next_daily(now: datetime, hour: int) -> datetime:
    """The next time the clock shows `hour`:00 UTC, strictly after `now`."""
    today = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    return today if today > now else today + timedelta(days=1)


def schedule_jobs(ctx: Context) -> None:
    """At start: checks the settings (a bad table stops the start), makes sure the signing key
    exists (committed before anything is signed with it), and schedules each job once."""
    retention, backup = RetentionSettings.from_config(ctx.cfg), BackupSettings.from_config(ctx.cfg)
    IncidentSettings.from_config(ctx.cfg)
    SigningKey.load_or_create(ctx.store.db, ctx.store.cipher)
    now = ctx.now()
    jobs = {CHECKPOINT: CHECKPOINT_HOUR, PURGE: retention.hour}
    if backup.directory:
        jobs[BACKUP] = backup.hour
    with ctx.store.db.atomic():
        for kind, hour in jobs.items():
            if not ctx.timers.pending(kind, ""):
                ctx.timers.schedule(kind, "", iso(next_daily(now, hour)))


def _again(ctx: Context, kind: str, hour: int) -> None:
    ctx.timers.schedule(kind, "", iso(next_daily(ctx.now(), hour)))


def _alert(ctx: Context, text: str) -> None:
    if admin := ctx.rooms.find(ADMIN):
        ctx.send.post(admin, text, kind="alert")


@on_timer(CHECKPOINT)
def daily_checkpoint(ctx: Context, timer: Timer) -> None:
    post_checkpoint(ctx, "Point de contrôle quotidien", reason="daily")
    _again(ctx, CHECKPOINT, CHECKPOINT_HOUR)


@on_timer(PURGE)
def daily_purge(ctx: Context, timer: Timer) -> None:
    settings = RetentionSettings.from_config(ctx.cfg)
    purged = purge(ctx.store, settings, ctx.now(), actor="timer")
    if purged.audit_error:
        _alert(ctx, "⚠️ Purge du journal d'audit refusée : il ne se vérifie pas "
                    "(kine-relay audit verify). Les notes ont été purgées.")
    elif purged.anything:
        _alert(ctx, f"🧹 Conservation : texte de {len(purged.cases)} dossier(s) effacé, "
                    f"{purged.patients} nom(s) retiré(s) de l'annuaire, {purged.held} message(s) "
                    f"indéchiffrable(s) supprimé(s), {purged.audit_rows} ligne(s) d'audit purgée(s).")
    _again(ctx, PURGE, settings.hour)


@on_timer(BACKUP)
def daily_backup(ctx: Context, timer: Timer) -> None:
    settings = BackupSettings.from_config(ctx.cfg)
    if settings.directory is None:
        return  # switched off since it was scheduled
    try:
        settings.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        out = settings.directory / backup_name(ctx.now())
        write_backup(ctx.cfg.data_dir, out, BackupKey(key=parse_key(ctx.cfg.store_key.read())))
        deleted = rotate_backups(settings.directory, settings.keep)
    except (BackupError, OSError, ValueError, ConfigError) as exc:
        # The reason names a file or a condition, never data.
        ctx.audit.append("backup", outcome="failed", actor="timer", event_type="backup",
                         reason=type(exc).__name__)
        _alert(ctx, f"⚠️ Sauvegarde quotidienne échouée : {exc}")
    else:
        ctx.audit.append("backup", actor="timer", event_type="backup",
                         reason=f"rotated_{len(deleted)}")
    _again(ctx, BACKUP, settings.hour)
