"""`kine-relay triage --config FILE`: triage notes read as JSON lines on stdin.

Each input line is {"id", "text"}, optionally with "when" (ISO 8601, picks the on-call physio;
default now) and "usual_physio" (Matrix ID). Each output line is {"id", "urgency", "category",
"physio"}, physio being a Matrix ID or null, in input order. A line that cannot be read is
reported on stderr by number (never its text) and the exit code is 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from bot.config import load_config
from handlers.triage import Triager


def add(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "triage",
        help="classify notes given as JSON lines on stdin",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--config", required=True, type=Path, help="kine-relay TOML file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    triager = Triager.from_config(load_config(args.config))
    return triage_lines(triager, sys.stdin, sys.stdout, sys.stderr)


def triage_lines(triager: Triager, lines: Iterable[str], out: TextIO, err: TextIO) -> int:
    unreadable = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            note = _note(line)
        except ValueError as exc:
            print(f"kine-relay triage: line {number}: {exc}", file=err)
            unreadable += 1
            continue
        result = triager.classify(note.text, usual_physio=note.usual_physio, when=note.when)
        answer = {
            "id": note.id,
            "urgency": result.urgency,
            "category": result.category,
            "physio": result.physio,
        }
        out.write(json.dumps(answer, ensure_ascii=False) + "\n")
        out.flush()  # a caller feeding one note at a time gets its answer at once
    return 1 if unreadable else 0


class Note(NamedTuple):
    id: Any
    text: str
    usual_physio: str | None
    when: datetime | None


def _note(line: str) -> Note:
    """The note on one input line; ValueError says what is wrong without quoting the note."""
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(entry, dict) or "id" not in entry or not isinstance(entry.get("text"), str):
        raise ValueError('expected an object with "id" and a string "text"')
    usual_physio, when = entry.get("usual_physio"), entry.get("when")
    if usual_physio is not None and not isinstance(usual_physio, str):
        raise ValueError('"usual_physio" must be a Matrix ID')
    try:
        moment = datetime.fromisoformat(when) if when is not None else None
    except (TypeError, ValueError):
        raise ValueError('"when" must be an ISO 8601 date and time') from None
    return Note(entry["id"], entry["text"], usual_physio, moment)
