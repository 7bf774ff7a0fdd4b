"""kine-relay demo [--keep-running]"""

from __future__ import annotations

import argparse

from bot.demo import run_demo


def add(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help="run a local practice end to end and show what it relays")
    parser.add_argument("--keep-running", action="store_true",
                        help="leave the homeserver and bot up for Element")
    parser.set_defaults(func=lambda args: run_demo(args.keep_running))
