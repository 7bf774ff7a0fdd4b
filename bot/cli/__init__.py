"""`kine-relay` command line: one module per subcommand, each with `add(subparsers)`."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from bot.config import ConfigError

# Each name is a module of this package that registers one subcommand.
SUBCOMMANDS = ("run", "setup", "demo", "redact", "triage", "audit", "backup", "restore", "purge",
               "incidents")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kine-relay", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in SUBCOMMANDS:
        importlib.import_module(f"bot.cli.{name}").add(sub)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not args.verbose:
        # nio narrates every event at INFO; the bot's own lines are what an operator needs.
        logging.getLogger("nio").setLevel(logging.WARNING)
    # nio's schema warnings quote the malformed event or response: a note's text, in the log.
    for name in ("nio.events.misc", "nio.responses"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        return int(args.func(args) or 0)
    except ConfigError as exc:
        print(f"kine-relay: configuration error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
