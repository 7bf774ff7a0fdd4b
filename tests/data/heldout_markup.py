"""What the blind held-out generators (make_deid_heldout4.py, make_deid_heldout5.py,
make_deid_heldout6.py) share.

The gold markup they write notes in, `[[KIND|value]]` for what must disappear and `[[K|value]]` for
what must survive, its parsing into records with spans and `keep` ranges, the checks every record
passes, the writing of a set, the base of the people the notes are about and the words that name a
relative. What is drawn here is drawn from the generator's own seeded stream, in the order the
generator asks for it.

Standard library only; imported by the generators, which run from this folder.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
KINDS = {"NOM", "TEL", "NIR", "DDN", "EMAIL", "ADRESSE", "ID"}
STAFF = json.loads((HERE / "deid_staff.json").read_text(encoding="utf-8"))
MARKUP = re.compile(r"\[\[(\w+)\|(.*?)\]\]", re.S)
Fragments = list[tuple[str, str | None]]  # (text, tag): tag a KIND, "K", or None for plain text


def words(block: str) -> list[str]:
    return block.split()


def tag(kind: str, text: str) -> str:
    return f"[[{kind}|{text}]]"


def nom(text: str) -> str:
    return tag("NOM", text)


def keep(text: str) -> str:
    return tag("K", text)


# ---------------------------------------------------------------------------------------------
# Names and people


@dataclass(frozen=True)
class Origin:
    name: str
    given_f: list[str]
    given_m: list[str]
    surnames: list[str]
    abroad: str  # INSEE country code used after "99" in a NIR, "" when born in France
    departments: tuple[str, ...]  # birth departments when born in France


@dataclass
class Person:
    given: str
    surname: str
    sex: str  # "f" or "m"
    origin: Origin
    born: dt.date


def slip(name: str, rng: random.Random, swap: float = 0.5, double: float = 1.0) -> str:
    """A slip of the keyboard in a name of five characters or more: drawn below `swap`, two letters
    swapped; below `double`, a letter doubled; above, a letter dropped."""
    spots = [i for i in range(1, len(name) - 2) if name[i].isalpha() and name[i + 1].isalpha()]
    if len(name) < 5 or not spots:
        return name
    i = rng.choice(spots)
    roll = rng.random()
    if roll < swap:
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    if roll < double:
        return name[:i] + name[i] + name[i:]
    return name[:i] + name[i + 1:]


def earlier_name_tokens(own: Path, fold: Callable[[str], str],
                        earlier: Iterable[str] | None = None) -> set[str]:
    """Every word (and every part of a hyphenated word) inside a NOM span of an earlier corpus:
    the `earlier` ones (file names), else every `deid_*.jsonl` here but `own`."""
    seen: set[str] = set()
    paths = [HERE / name for name in earlier] if earlier is not None else sorted(HERE.glob("deid_*.jsonl"))
    for path in paths:
        if path.name == own.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for span in record["spans"]:
                if span["kind"] != "NOM":
                    continue
                value = fold(record["text"][span["start"]:span["end"]])
                for part in re.split(r"[\s.,/()]+", value):
                    seen.add(part)
                    seen.update(part.split("-"))
    seen.discard("")
    return seen


def draw_kinds(rng: random.Random, count: int, weights: dict[str, int],
               present: Iterable[str] = (), redraw: bool = True) -> list[str]:
    """`count` different kinds of identifier, by weight, none of them `present` already, and never
    both a full address and a town. With `redraw`, a kind drawn that cannot be added is drawn
    again; without, each draw is among the kinds that can, and fewer come back when none can."""
    kinds: list[str] = []

    def allowed(kind: str) -> bool:
        return kind not in kinds and kind not in present and not {kind, *kinds, *present} >= {"addr", "city"}

    if not redraw:
        for _ in range(count):
            options = [kind for kind in weights if allowed(kind)]
            if options:
                kinds += rng.choices(options, [weights[kind] for kind in options])
        return kinds
    while len(kinds) < count:
        kind = rng.choices(list(weights), list(weights.values()))[0]
        if allowed(kind):
            kinds.append(kind)
    return kinds


# ---------------------------------------------------------------------------------------------
# Relatives


def possessive(noun: str, sex: str, first_person: bool = False) -> str:
    if first_person:
        return f"mon {noun}" if sex == "m" or noun[0] in "aeéiou" else f"ma {noun}"
    return f"son {noun}" if sex == "m" or noun[0] in "aeéiou" else f"sa {noun}"


def definite(noun: str, sex: str) -> str:
    if noun[0] in "aeéiou":
        return f"l'{noun}"
    return f"la {noun}" if sex == "f" else f"le {noun}"


# ---------------------------------------------------------------------------------------------
# Markup, records, checks


def parse(markup: str) -> Fragments:
    fragments: Fragments = []
    position = 0
    for match in MARKUP.finditer(markup):
        if match.start() > position:
            fragments.append((markup[position:match.start()], None))
        tag = match.group(1)
        assert tag in KINDS or tag == "K", tag
        fragments.append((match.group(2), tag))
        position = match.end()
    if position < len(markup):
        fragments.append((markup[position:], None))
    assert "[[" not in "".join(t for t, _ in fragments), markup
    return fragments


def join_names(fragments: Fragments) -> Fragments:
    """A surname and a given name tagged apart (`{SURU} {PG}`) give two NOM pieces one space apart:
    one name, one span."""
    joined: Fragments = []
    for piece in fragments:
        if piece[1] == "NOM" and len(joined) >= 2 and joined[-1] == (" ", None) and joined[-2][1] == "NOM":
            joined.pop()
            joined[-1] = (f"{joined[-1][0]} {piece[0]}", "NOM")
        else:
            joined.append(piece)
    return joined


def record(note_id: str, fragments: Fragments) -> dict:
    text, spans, keeps, position = "", [], [], 0
    for piece, tag in fragments:
        start, end = position, position + len(piece)
        if tag in KINDS:
            spans.append({"start": start, "end": end, "kind": tag})
        elif tag == "K":
            keeps.append({"start": start, "end": end})
        text += piece
        position = end
    validate(note_id, text, spans, keeps)
    return {"id": note_id, "text": text, "spans": spans, "keep": keeps}


def validate(note_id: str, text: str, spans: list[dict], keeps: list[dict]) -> None:
    ranges = sorted([(s["start"], s["end"]) for s in spans] + [(k["start"], k["end"]) for k in keeps])
    for (_, end), (start, _) in zip(ranges, ranges[1:], strict=False):
        assert end <= start, f"{note_id}: overlapping spans"
    for item in spans + keeps:
        assert 0 <= item["start"] < item["end"] <= len(text), f"{note_id}: offsets out of range"
        value = text[item["start"]:item["end"]]
        assert value.strip() and value == value.strip(), f"{note_id}: bad span {value!r}"
        assert item.get("kind", "NOM") in KINDS


def write(out: Path, prefix: str, notes: int, seed: int, make_note: Callable[[random.Random], Fragments],
          check: Callable[[dict], None] = lambda record: None,
          check_set: Callable[[list[dict]], None] = lambda records: None) -> list[dict]:
    """Draw `notes` notes from `seed`, check each record, then the whole set, write them one JSON
    line each to `out`."""
    rng = random.Random(seed)
    records = [record(f"{prefix}{n:03d}", make_note(rng)) for n in range(1, notes + 1)]
    assert [r["id"] for r in records] == [f"{prefix}{n:03d}" for n in range(1, notes + 1)]
    for r in records:
        check(r)
    check_set(records)
    with out.open("w", encoding="utf-8") as stream:
        for r in records:
            stream.write(json.dumps(r, ensure_ascii=False) + "\n")
    return records
