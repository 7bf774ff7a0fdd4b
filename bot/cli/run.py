"""kine-relay run --config FILE"""

from __future__ import annotations

import argparse
import asyncio

from bot.app import Bot
from bot.config import load_config


def add(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("run", help="run the bot")
    parser.add_argument("--config", required=True)
    parser.set_defaults(func=lambda args: asyncio.run(Bot(load_config(args.config)).run()))
