"""`kine-relay redact`: remove patient identifiers from call notes.

Reads JSON lines {"id", "text"} on stdin and writes one line {"id", "text", "entities"} per
note, in input order, as soon as it is ready; entities are {"start", "end", "kind"} offsets
into the input text. A note the engine withholds (fail-closed) comes back with an empty text.
`--text "..."` redacts one note and prints the result. `--config` exempts the staff names it
lists; without it nothing is exempt. A line that cannot be read is reported on stderr by
number (never its text) and the exit code is 1.
"""

from __future__ import annotations

import argparse
import json
import select
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from bot.config import load_config
from handlers.deid import Deidentifier, Redacted, load_patient_csv

# Notes are batched through spaCy when several are already waiting on stdin.
BATCH_SIZE = 64


def add(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "redact",
        help="de-identify notes given as JSON lines on stdin",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--config", type=Path, help="kine-relay TOML file (staff names to keep)")
    parser.add_argument("--patients", type=Path, help="CSV of known patient names")
    parser.add_argument("--text", help="redact this one note instead of reading stdin")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    engine = Deidentifier(
        staff_names=_staff_names(args.config) if args.config else (),
        patient_names=load_patient_csv(args.patients) if args.patients else (),
    )
    if args.text is not None:
        result = engine.redact(args.text)
        if result.failed:
            print("kine-relay redact: note withheld (fail-closed)", file=sys.stderr)
            return 1
        print(result.text)
        return 0
    return redact_lines(engine, sys.stdin, sys.stdout, sys.stderr)


def _staff_names(config: Path) -> list[str]:
    staff = load_config(config).staff
    return [name for person in staff for name in (person.display_name, person.short_name) if name]


def redact_lines(engine: Deidentifier, lines: Iterable[str], out: TextIO, err: TextIO) -> int:
    unreadable = 0
    for batch in _batches(enumerate(lines, 1), _stream_of(lines)):
        notes = []
        for number, line in batch:
            try:
                notes.append(_note(line))
            except ValueError as exc:
                print(f"kine-relay redact: line {number}: {exc}", file=err)
                unreadable += 1
        results = engine.redact_many(text for _, text in notes)
        for (note_id, _), result in zip(notes, results, strict=True):
            out.write(json.dumps(_answer(note_id, result), ensure_ascii=False) + "\n")
        out.flush()
    return 1 if unreadable else 0


def _answer(note_id: Any, result: Redacted) -> dict[str, Any]:
    return {
        "id": note_id,
        "text": result.text,
        "entities": [{"start": e.start, "end": e.end, "kind": e.kind} for e in result.entities],
    }


def _note(line: str) -> tuple[Any, str]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ValueError('expected an object with a "text" string')
    return data.get("id"), data["text"]


def _stream_of(lines: Iterable[str]) -> TextIO | None:
    return lines if hasattr(lines, "fileno") else None  # type: ignore[return-value]


def _batches(
    numbered: Iterator[tuple[int, str]], stream: TextIO | None
) -> Iterator[list[tuple[int, str]]]:
    """Groups of non-blank lines: a group closes when full or when no more input is waiting,
    so a caller that sends one note and waits gets its answer at once."""
    batch: list[tuple[int, str]] = []
    for number, line in numbered:
        if line.strip():
            batch.append((number, line))
        if batch and (len(batch) >= BATCH_SIZE or not _more_waiting(stream)):
            yield batch
            batch = []
    if batch:
        yield batch


def _more_waiting(stream: TextIO | None) -> bool:
    if stream is None:
        return True
    try:
        ready, _, _ = select.select([stream], [], [], 0)
    except (OSError, ValueError):
        return False
    return bool(ready)
