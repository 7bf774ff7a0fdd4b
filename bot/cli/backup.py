"""`kine-relay backup --config FILE --out FILE|DIR`: an encrypted snapshot of the data directory
(store.db, nio/*.db, credentials.json). Encrypted with the store key unless --key-env VAR (another
base64 32-byte key) or --passphrase-env VAR (a passphrase, stretched with scrypt). With a
directory as --out, the file is named kine-relay-<UTC time>.backup. Undone by `kine-relay restore`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.config import Config, ConfigError, Secret, load_config
from store.backup import BackupError, BackupKey, backup_name, write_backup
from store.crypto import parse_key


def add(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("backup", help="write an encrypted backup of the data directory")
    parser.add_argument("--config", required=True, type=Path, help="the kine-relay TOML file")
    parser.add_argument("--out", required=True, type=Path, help="backup file, or a directory")
    add_key_options(parser)
    parser.set_defaults(func=backup_command)


def add_key_options(parser: argparse.ArgumentParser) -> None:
    keys = parser.add_mutually_exclusive_group()
    keys.add_argument("--key-env", metavar="VAR",
                      help="environment variable holding a base64 32-byte key")
    keys.add_argument("--passphrase-env", metavar="VAR",
                      help="environment variable holding a passphrase")


def key_from_args(args: argparse.Namespace, cfg: Config | None) -> BackupKey:
    """The passphrase or key named on the command line, else the configuration's store key."""
    if args.passphrase_env:
        return BackupKey(passphrase=Secret(env=args.passphrase_env).read())
    if args.key_env:
        text = Secret(env=args.key_env).read()
    elif cfg is not None:
        text = cfg.store_key.read()
    else:
        raise ConfigError("give --config (for the store key), --key-env or --passphrase-env")
    try:
        return BackupKey(key=parse_key(text))
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


class TerminalProgress:
    """`backup  42% (12.3/29.0 MB)` on stderr, redrawn in place; only for a person watching
    (stderr is a terminal), never in logs or pipes."""

    def __init__(self, label: str):
        self._label, self._shown = label, -1
        self._enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if self._enabled and percent != self._shown:
            self._shown = percent
            sys.stderr.write(f"\r{self._label} {percent:3d}% "
                             f"({done / 1e6:.1f}/{total / 1e6:.1f} MB)")
            sys.stderr.flush()

    def finish(self) -> None:
        if self._shown >= 0:
            sys.stderr.write("\n")


def failed(label: str, exc: Exception) -> int:
    print(f"kine-relay {label}: {exc}", file=sys.stderr)
    return 1


def backup_command(args: argparse.Namespace) -> int:
    cfg = load_config(args.config)
    secret = key_from_args(args, cfg)
    out = args.out / backup_name() if args.out.is_dir() else args.out
    progress = TerminalProgress("backup")
    try:
        names = write_backup(cfg.data_dir, out, secret, progress=progress)
    except (BackupError, OSError) as exc:
        return failed("backup", exc)
    finally:
        progress.finish()
    print(f"backup written to {out}: {', '.join(names)} ({out.stat().st_size / 1e6:.1f} MB)")
    return 0
