"""What the blind held-out generators (make_deid_heldout4.py to make_deid_heldout11.py) share.

The gold markup they write notes in, `[[KIND|value]]` for what must disappear and `[[K|value]]` for
what must survive, its parsing into records with spans and `keep` ranges, the checks every record
passes, the writing of a set, the base of the people the notes are about and the words that name a
relative. For the later generators also the pool table of names and the refusal of names an earlier
set holds, the templates and the appointment slots that do not repeat within a note, and the checks
that keep a set blind (no word of an earlier set's names, no staff name marked NOM). What is drawn
here is drawn from the generator's own seeded stream, in the order the generator asks for it.

Standard library only; imported by the generators, which run from this folder.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
KINDS = {"NOM", "TEL", "NIR", "DDN", "EMAIL", "ADRESSE", "ID"}
STAFF = json.loads((HERE / "deid_staff.json").read_text(encoding="utf-8"))
MARKUP = re.compile(r"\[\[(\w+)\|(.*?)\]\]", re.S)
ODD_LETTERS = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "đ": "d", "œ": "oe", "æ": "ae", "ß": "ss"})
Fragments = list[tuple[str, str | None]]  # (text, tag): tag a KIND, "K", or None for plain text


def words(block: str) -> list[str]:
    return block.split()


def tag(kind: str, text: str) -> str:
    return f"[[{kind}|{text}]]"


def nom(text: str) -> str:
    return tag("NOM", text)


def keep(text: str) -> str:
    return tag("K", text)


def kept(text: str) -> str:
    """A template or a word list written with `[..]` around the words to keep, in the gold markup."""
    return re.sub(r"\[(.+?)\]", lambda m: keep(m.group(1)), text.strip())


def fold(text: str) -> str:
    """Case and accents dropped, so that a name is found however it was typed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(ODD_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


STAFF_WORDS = {fold(part) for name in STAFF for part in name.split()}  # the engine keeps these


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


@dataclass
class Cast:
    """The people of one note, and the slots it has named so far."""

    patient: Person
    relative: Person
    kin: tuple[str, str, bool]  # the relative's noun and sex, and whether they share the surname
    carer: Person
    carer_role: str
    kid: Person
    parent: Person
    used_slots: list[str] = field(default_factory=list)


def unique_names(text: str) -> list[str]:
    """The names of a word list in order: an underscore joins the words of one name, a name written
    twice counts once, so that a repeat in a long list does not weigh that name double."""
    found: list[str] = []
    for word in words(text):
        name = word.replace("_", " ")
        if name not in found:
            found.append(name)
    return found


def load_pools(table: str, facts: dict[str, tuple[int, str, str]]
               ) -> tuple[dict[str, Origin], dict[tuple[str, str], list[str]]]:
    """The origins and the children's given names (by origin and sex) of a pool table: rows
    `origin pool: names`, an indented line going on with the row above, an underscore joining the
    words of one name, a name written twice in a row counted once. `facts`: origin ->
    (weight, INSEE codes of birth countries, birth departments)."""
    texts: dict[tuple[str, str], str] = {}
    current = ("", "")
    for line in table.strip().splitlines():
        if not line.startswith(" "):
            origin, pool, line = line.split(maxsplit=2)
            current = (origin, pool.rstrip(":"))
        texts[current] = f"{texts.get(current, '')} {line}"
    rows = {key: unique_names(text) for key, text in texts.items()}
    origins = {}
    for name, (_, abroad, departments) in facts.items():
        origins[name] = Origin(name, rows[(name, "f")], rows[(name, "m")], rows[(name, "s")], abroad,
                               tuple(departments.split()))
    kids = {(name, sex): rows.get((name, "k" + sex), []) for name in facts for sex in "fm"}
    return origins, kids


def pooled_names(origins: dict[str, Origin], kids: dict[tuple[str, str], list[str]]) -> list[str]:
    return [n for o in origins.values() for n in o.given_f + o.given_m + o.surnames] + \
        [n for names in kids.values() for n in names]


def name_parts(name: str, particles: set[str]) -> set[str]:
    """The folded words of a name, and the parts of a hyphenated or elided one, `particles` aside:
    the elided article of N'Doye, D'Abreu, L'Hôte is no name of its own."""
    found = set()
    for part in fold(name).split():
        if part in particles:
            continue
        found.add(part)
        found.update(piece for piece in re.split(r"[-']", part) if len(piece) > 1 and piece not in particles)
    return found


SLAVIC_ENDINGS = (("ski", "ska"), ("cki", "cka"), ("ov", "ova"), ("ev", "eva"))  # a man's, a woman's


def slavic_form(surname: str, sex: str) -> str:
    """A Polish or Russian surname as a woman (`sex` "f") or a man bears it: Kamińska, Petrov."""
    for male, female in SLAVIC_ENDINGS:
        end, other = (male, female) if sex == "f" else (female, male)
        if surname.endswith(end):
            return surname[: -len(end)] + other
    return surname


def age(p: Person, today: dt.date) -> int:
    """Whole years on `today`, as a secretary writes it."""
    return today.year - p.born.year - ((today.month, today.day) < (p.born.month, p.born.day))


def taken_tokens(own: Path, earlier: Iterable[str]) -> set[str]:
    """The folded words no new name may hold: those of the NOM spans of the `earlier` sets and the
    staff's names, which the engine keeps."""
    return earlier_name_tokens(own, fold, earlier) | STAFF_WORDS


def refuse_used_names(names: Iterable[str], name_words: Callable[[str], set[str]], taken: set[str]) -> None:
    """Stop if any of `names` holds a `taken` word: a set that repeats a name the engine was
    tuned on no longer measures it blind."""
    clashes = sorted({n for n in names if name_words(n) & taken})
    if clashes:
        raise SystemExit(f"already used by an earlier set or the staff: {clashes}")


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


def pick(rng: random.Random, weights: Mapping[str, float]) -> str:
    """One key of `weights`, drawn by its weight (one draw of the stream)."""
    return rng.choices(list(weights), list(weights.values()))[0]


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
        kind = pick(rng, weights)
        if allowed(kind):
            kinds.append(kind)
    return kinds


# ---------------------------------------------------------------------------------------------
# Templates and slots


def templates(block: str) -> list[str]:
    """The templates of a block, one a line; an indented line goes on with the template above it
    (after a space, unless it opens on \\n)."""
    found: list[str] = []
    for line in block.strip().splitlines():
        if line.startswith(" "):
            rest = line.strip()
            found[-1] += rest if rest.startswith("\\n") else " " + rest
        elif line.strip():
            found.append(line)
    return found


def draw_template(rng: random.Random, scenarios: list[tuple[str, int]]) -> tuple[str, str]:
    """A block of templates by weight, and one of its templates; the block too, as some steer by it."""
    block = rng.choices([s for s, _ in scenarios], [w for _, w in scenarios])[0]
    return block, rng.choice(templates(block))


def fresh_slot(draw: Callable[[random.Random], str], rng: random.Random, used: list[str]) -> str:
    """A slot from `draw` that is not in `used`, then noted there: a note that moves an appointment
    names two different ones."""
    text = draw(rng)
    while text in used:
        text = draw(rng)
    used.append(text)
    return text


class SlotPlaceholders:
    """The kept appointment slots of a generator's Writer, the same whatever the calendar: the
    Writer sets `slot_text` and `full_slot` (its calendar, as static methods) and holds `rng` and
    `c`, the note's Cast."""

    rng: random.Random
    c: Cast
    slot_text: Callable[[random.Random], str]
    full_slot: Callable[[random.Random], str]

    def slot(self) -> str:
        return keep(fresh_slot(self.slot_text, self.rng, self.c.used_slots))

    slot2 = slot

    def fslot(self) -> str:
        return keep(self.full_slot(self.rng))


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


def check_unlabelled(record: dict, name_words: Callable[[str], set[str]]) -> None:
    """No word of a NOM span and no run of six digits stands outside the spans, and no markup is
    left: what the gold leaves unlabelled the engine is not asked to remove."""
    text = record["text"]
    masked = list(text)
    for span in record["spans"]:
        masked[span["start"]:span["end"]] = " " * (span["end"] - span["start"])
    outside = fold("".join(masked))
    for span in record["spans"]:
        if span["kind"] == "NOM":
            for word in name_words(text[span["start"]:span["end"]]):
                word = word.strip(".")
                assert len(word) < 2 or not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", outside), \
                    f"{record['id']}: {word!r} left unlabelled"
    run = re.search(r"\d(?:[ .]?\d){5,}", outside)
    assert not run, f"{record['id']}: unlabelled digits {run.group()!r}"
    assert "{" not in text and "[[" not in text, record["id"]


def check_no_staff(record: dict, name_words: Callable[[str], set[str]]) -> None:
    """No word of a staff name inside a NOM span: the engine keeps the practice's staff, so the gold
    must not ask it to remove them."""
    text = record["text"]
    for span in record["spans"]:
        if span["kind"] == "NOM":
            held = name_words(text[span["start"]:span["end"]])
            assert not held & STAFF_WORDS, f"{record['id']}: a staff name marked NOM"


def reused_words(record: dict, name_words: Callable[[str], set[str]], taken: set[str]) -> set[str]:
    """The words (of two letters or more) of the record's NOM spans that `taken` holds: a typo can
    turn a new name into an old one."""
    text = record["text"]
    found = {w for s in record["spans"] if s["kind"] == "NOM" for w in name_words(text[s["start"]:s["end"]])}
    return {w for w in found if len(w.strip(".")) > 1} & taken


def check_new_names(records: list[dict], name_words: Callable[[str], set[str]], taken: set[str]) -> None:
    """No NOM span of the set holds a `taken` word, so the set still measures the engine blind."""
    for r in records:
        old = reused_words(r, name_words, taken)
        assert not old, f"{r['id']}: {sorted(old)} already in an earlier set"


def staff_kept(records: list[dict]) -> int:
    """How many notes keep a staff name whole: a set must also ask the engine to keep them."""
    staff = {fold(s) for s in STAFF}
    return sum(any(fold(r["text"][k["start"]:k["end"]]) in staff for k in r["keep"]) for r in records)


def tally(flags: Iterable[set[str]]) -> dict[str, int]:
    """How many notes carry each flag, by flag, for the line a generator prints."""
    counts: dict[str, int] = {}
    for note in flags:
        for flag in note:
            counts[flag] = counts.get(flag, 0) + 1
    return dict(sorted(counts.items()))


def span_counts(records: list[dict]) -> dict[str, int]:
    """Spans by kind, in the order of the kinds, for the line a generator prints."""
    counts: dict[str, int] = {}
    for r in records:
        for span in r["spans"]:
            counts[span["kind"]] = counts.get(span["kind"], 0) + 1
    return dict(sorted(counts.items()))


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


def check_blind_set(records: list[dict], notes: int, name_words: Callable[[str], set[str]], taken: set[str],
                    staff_share: float, bare: tuple[float, float] | None = None) -> None:
    """The checks a later set passes as a whole: `notes` distinct notes, no name an earlier set holds,
    more than `staff_share` of the notes keeping a staff name, and, given `bare`, between those shares
    of the notes with no span, so that the engine is also asked to leave a note alone."""
    assert len(records) == notes and len({r["id"] for r in records}) == notes
    if bare is not None:
        with_nothing = sum(not r["spans"] for r in records)
        assert bare[0] * notes < with_nothing < bare[1] * notes, with_nothing
    check_new_names(records, name_words, taken)
    kept_staff = staff_kept(records)
    assert kept_staff > staff_share * notes, kept_staff


def report(records: list[dict], out: Path, flags: list[set[str]], hard: int) -> None:
    """The lines a later generator prints: spans and kept ranges by kind, the notes in lower case,
    the `hard` ones and those with no span, then how many notes carry each flag."""
    counts = span_counts(records)
    counts["K"] = sum(len(r["keep"]) for r in records)
    lower = sum("lower-case note" in f for f in flags)
    print(f"{len(records)} notes -> {out.name}: {dict(sorted(counts.items()))}")
    print(f"notes in lower case: {lower}; with a harder name form: {hard}; "
          f"without any span: {sum(not r['spans'] for r in records)}")
    print(tally(flags))
