"""`kine-relay audit verify|export|checkpoint`: check, export and sign the audit trail.

`verify --checkpoint FILE` also catches a cut or rewritten log. The checkpoint's signature is
checked against `--public-key` (the key pinned in the admin room, base64) or, by default, the
bot's own key read from the store with the store key.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from bot.config import Config, ConfigError, load_config
from store.audit import FIELDS, AuditLog, Checkpoint
from store.crypto import FieldCipher, parse_key
from store.signing import SigningKey, decode_public_key


def add(subparsers: argparse._SubParsersAction) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", required=True, type=Path, help="the kine-relay TOML file")
    parser = subparsers.add_parser("audit", help="verify, export or checkpoint the audit trail")
    commands = parser.add_subparsers(dest="audit_command", required=True)

    verify = commands.add_parser("verify", parents=[common], help="recompute the hash chain")
    verify.add_argument("--checkpoint", type=Path,
                        help="a checkpoint JSON file: also detects a cut or rewritten log")
    verify.add_argument("--public-key", help="base64 Ed25519 key that must have signed the "
                        "checkpoint (default: the bot's key, read with the store key); written "
                        "--public-key=KEY, since a key may start with '-'")
    verify.set_defaults(func=verify_command)

    export = commands.add_parser("export", parents=[common], help="write rows to stdout")
    export.add_argument("--since", type=_date, help="first day, YYYY-MM-DD (UTC)")
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    export.set_defaults(func=export_command)

    checkpoint = commands.add_parser("checkpoint", parents=[common],
                                     help="print a signed checkpoint (JSON)")
    checkpoint.set_defaults(func=checkpoint_command)


def _date(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a YYYY-MM-DD date") from None


def _open(args: argparse.Namespace) -> tuple[Config, sqlite_utils.Database]:
    cfg = load_config(args.config)
    path = cfg.data_dir / "store.db"
    if not path.is_file():
        raise ConfigError(f"no store at {path}")
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA busy_timeout=5000")  # the bot may be writing
    return cfg, db


def _cipher(cfg: Config) -> FieldCipher:
    try:
        return FieldCipher(parse_key(cfg.store_key.read()))
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def _refuse(message: str) -> int:
    print(f"kine-relay audit: {message}", file=sys.stderr)
    return 2


def _trusted_key(args: argparse.Namespace, cfg: Config, db: sqlite_utils.Database) -> bytes:
    """The key a checkpoint must be signed with: the one given, else the bot's own."""
    if args.public_key:
        return decode_public_key(args.public_key)
    signer = SigningKey.load(db, _cipher(cfg))
    if signer is None:
        raise ValueError("the store has no signing key: pass --public-key")
    return signer.public_key


def verify_command(args: argparse.Namespace) -> int:
    if args.public_key and not args.checkpoint:
        return _refuse("--public-key needs --checkpoint")
    cfg, db = _open(args)
    checkpoint = public_key = None
    if args.checkpoint:
        try:
            checkpoint = Checkpoint.from_json(args.checkpoint.read_text())
        except (OSError, ValueError) as exc:
            return _refuse(f"{args.checkpoint}: {exc}")
        try:
            public_key = _trusted_key(args, cfg, db)
        except ValueError as exc:
            return _refuse(str(exc))
    result = AuditLog(db).verify(checkpoint, public_key=public_key)
    print(f"audit {result.message}", file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


def export_command(args: argparse.Namespace) -> int:
    _, db = _open(args)
    rows = AuditLog(db).rows(since=args.since)
    try:
        _write_rows(rows, args.format)
    except BrokenPipeError:
        # The reader stopped early (`| head`): end quietly, without a flush error at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0


def _write_rows(rows: Iterator[dict], form: str) -> None:
    if form == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=[*FIELDS, "prev_hash", "hash"])
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "event_ids": " ".join(row["event_ids"])})


def checkpoint_command(args: argparse.Namespace) -> int:
    cfg, db = _open(args)
    try:
        signer = SigningKey.load_or_create(db, _cipher(cfg))
    except ValueError as exc:
        return _refuse(str(exc))
    print(AuditLog(db).checkpoint(signer).to_json())
    return 0
