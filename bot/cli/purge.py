"""`kine-relay purge --config FILE [--dry-run]`: erase what is past its retention ([retention],
see handlers/retention.py): the text of old cases, old undecryptable events, patient names no
note has mentioned for a while, and old audit rows (an anchor keeps the rest verifiable). The
bot does it every day; this is for a check or a first purge. --dry-run changes nothing and
prints exactly what a purge would erase now.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.config import Config, ConfigError, load_config
from handlers.retention import RetentionSettings, purge
from store.crypto import parse_key
from store.db import Database


def add(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("purge", help="erase notes and audit rows past their retention")
    parser.add_argument("--config", required=True, type=Path, help="the kine-relay TOML file")
    parser.add_argument("--dry-run", action="store_true", help="print what would go; change nothing")
    parser.set_defaults(func=purge_command)


def open_existing_store(cfg: Config) -> Database:
    """The bot's store, which must exist already (a wrong path must not create an empty one)."""
    path = cfg.data_dir / "store.db"
    if not path.is_file():
        raise ConfigError(f"no store at {path}")
    try:
        key = parse_key(cfg.store_key.read())
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    return Database(path, key)


def purge_command(args: argparse.Namespace) -> int:
    cfg = load_config(args.config)
    settings = RetentionSettings.from_config(cfg)
    store = open_existing_store(cfg)
    now = datetime.now(UTC)
    try:
        purged = purge(store, settings, now, actor="cli", dry_run=args.dry_run)
    finally:
        store.close()
    notes_cutoff, audit_cutoff = f"{now - settings.notes:%Y-%m-%d}", f"{now - settings.audit:%Y-%m-%d}"
    print("would erase (dry run):" if args.dry_run else "erased:")
    print(f"  text of {len(purged.cases)} case(s) opened before {notes_cutoff} "
          f"(notes_days = {settings.notes.days})")
    print(f"  {purged.held} undecryptable event(s) held since before {notes_cutoff}")
    print(f"  {purged.patients} patient directory name(s) unseen since {notes_cutoff}")
    if purged.audit_error:
        print(f"kine-relay purge: audit rows kept: {purged.audit_error}", file=sys.stderr)
        return 1
    print(f"  {purged.audit_rows} audit row(s) before {audit_cutoff} "
          f"(audit_days = {settings.audit.days}), the rest anchored")
    return 0
