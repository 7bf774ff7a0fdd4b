"""`kine-relay restore FILE --data-dir DIR`: decrypt a backup into a data directory (0700, files
0600). The key: the store key of --config, or --key-env / --passphrase-env as for the backup.
A non-empty DIR is refused unless --force, which replaces its store, nio store and credentials.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.cli.backup import TerminalProgress, add_key_options, failed, key_from_args
from bot.config import load_config
from store.backup import BackupError, restore_backup


def add(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("restore", help="restore an encrypted backup")
    parser.add_argument("file", type=Path, help="the backup file")
    parser.add_argument("--data-dir", required=True, type=Path, help="where to restore")
    parser.add_argument("--config", type=Path, help="the kine-relay TOML file (its store key)")
    parser.add_argument("--force", action="store_true", help="replace the data in a non-empty dir")
    add_key_options(parser)
    parser.set_defaults(func=restore_command)


def restore_command(args: argparse.Namespace) -> int:
    secret = key_from_args(args, load_config(args.config) if args.config else None)
    progress = TerminalProgress("restore")
    try:
        names = restore_backup(args.file, args.data_dir, secret, force=args.force,
                               progress=progress)
    except (BackupError, OSError) as exc:
        return failed("restore", exc)
    finally:
        progress.finish()
    print(f"restored {', '.join(names)} into {args.data_dir}")
    return 0
