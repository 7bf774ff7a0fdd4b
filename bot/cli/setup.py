"""kine-relay setup --config FILE"""

from __future__ import annotations

import argparse
import asyncio

from bot.app import open_store
from bot.config import load_config
from bot.setup import setup


def _run(args: argparse.Namespace) -> int:
    cfg = load_config(args.config)
    store = open_store(cfg)
    try:
        for name, room_id in asyncio.run(setup(cfg, store)).items():
            print(f"{room_id}  {name}")
    finally:
        store.close()
    return 0


def add(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("setup", help="create the managed encrypted rooms and invite staff")
    parser.add_argument("--config", required=True)
    parser.set_defaults(func=_run)
