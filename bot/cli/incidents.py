"""`kine-relay incidents --config FILE [--json]`: the breach register (GDPR art. 33(5)), every
incident declared with `!incident`, open or closed. --json prints each one's full report (the
art. 33 fields, as `!incident report` attaches it), one JSON object per line."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path

from bot.cli.purge import open_existing_store
from bot.config import load_config
from handlers.breach_report import Clock, build_report, when_text
from store.incidents import Incidents

RISK = {True: "high", False: "low", None: "not assessed"}


def add(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("incidents", help="print the breach register")
    parser.add_argument("--config", required=True, type=Path, help="the kine-relay TOML file")
    parser.add_argument("--json", action="store_true", help="full reports, one JSON per line")
    parser.set_defaults(func=incidents_command)


def incidents_command(args: argparse.Namespace) -> int:
    cfg = load_config(args.config)
    store = open_existing_store(cfg)
    now = datetime.now(UTC)
    try:
        incidents = Incidents(store)
        register = incidents.all()
        if not register and not args.json:
            print("no incident declared")
        for incident in register:
            if args.json:
                print(json.dumps(build_report(store, cfg, incident.id, now), ensure_ascii=False))
                continue
            deadline = Clock(datetime.fromisoformat(incident.detected_at), now).deadline
            contained = when_text(incident.contained_at) if incident.contained_at else "no"
            closed = when_text(incident.closed_at) if incident.closed_at else "no"
            print(f"#{incident.id} {incident.status}: detected {when_text(incident.detected_at)} by "
                  f"{incident.declared_by}; notify by {when_text(deadline)}; contained {contained}; "
                  f"closed {closed}; risk {RISK[incident.high_risk]}\n"
                  f"    {incidents.summary(incident.id)}")
    finally:
        store.close()
    return 0
