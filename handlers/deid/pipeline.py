"""Stage 5 and assembly: run every stage, merge spans, fail closed, write placeholders."""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple, TypeVar

from spacy.tokens import Doc

from handlers.deid import safety_net as net
from handlers.deid.addresses import find_addresses, with_building
from handlers.deid.dates import find_birth_dates
from handlers.deid.directory import Match, PatientDirectory
from handlers.deid.emails import find_emails
from handlers.deid.entities import PLACEHOLDER, PRIORITY, Entity, Redacted
from handlers.deid.eponyms import find_eponyms
from handlers.deid.identity import identity_of
from handlers.deid.institutions import find_institutions
from handlers.deid.lexicon import PARTICLES, is_french_word, is_keep_word, warm_up
from handlers.deid.names import NameSpan, Role, find_names, find_spelled_names, given_after_comma
from handlers.deid.nir import find_nirs
from handlers.deid.normalise import Normalised, fold, normalise
from handlers.deid.numbers import find_digit_runs, find_personal_numbers, has_long_digit_run
from handlers.deid.phones import find_phones
from handlers.deid.tables import find_table_names

log = logging.getLogger(__name__)
T = TypeVar("T")

FAILED = Redacted(text="", entities=(), identity=None, failed=True)
_DETECTORS: tuple[Callable[[str], list[Entity]], ...] = (
    find_emails,
    find_nirs,
    find_phones,
    find_birth_dates,
    find_addresses,
    find_personal_numbers,
    find_table_names,
    find_spelled_names,
)
# Catch-alls: they only claim what the detectors above left uncovered, so that a birth
# date followed by a phone number stays "[DDN] [TÉL]" rather than one long digit run.
_FALLBACKS: tuple[Callable[[str], list[Entity]], ...] = (find_digit_runs,)


class StageError(Exception):
    """A stage failed on one note; the note is withheld, the exception is not logged with
    its message (which could quote the note)."""


class _Findings(NamedTuple):
    """What the rule-based stages found in one normalised note."""

    note: Normalised
    folded: str  # the normalised note folded
    spans: list[Entity]
    fallback: list[Entity]
    kept: list[tuple[int, int]]  # staff names, clinical eponyms and hospitals, in order
    identity: str | None


class Deidentifier:
    """Removes patient identifiers from call notes. Thread-compatible, not thread-safe."""

    def __init__(
        self,
        staff_names: Iterable[str] = (),
        patient_names: Iterable[str] = (),
        *,
        safety_net: bool = True,
    ) -> None:
        staff_names = list(staff_names)
        staff_names += _with_initials(staff_names)
        self._staff = frozenset(filter(None, (identity_of(name) for name in staff_names)))
        # Any staff word, looked for on the folded note before a name's identity is worked out
        # (most names hold none; an initial is no such word, its name holds the other).
        words = sorted({word for name in self._staff for word in name.split() if len(word) > 1},
                       key=len, reverse=True)
        self._staff_word = re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b") if words else None
        # Full staff names (two words or more), found even inside a longer span of names.
        full = sorted({" ".join(fold(n).split()) for n in staff_names if len(n.split()) > 1},
                      key=len, reverse=True)
        # (no leading \b, which would make the engine try every position: checked on the matches)
        self._full_staff = re.compile(rf"(?:{'|'.join(map(re.escape, full))})\b") if full else None
        self._directory = PatientDirectory(patient_names)
        self._safety_net = safety_net
        warm_up()
        if safety_net:
            net.model()
        # The word lists and the model live as long as the process: keep them out of the
        # collector's full passes, which would walk them again after every few hundred notes.
        gc.freeze()

    def add_patients(self, names: Iterable[str]) -> None:
        self._directory.add(names)

    def redact(self, text: str) -> Redacted:
        return self.redact_many([text])[0]

    def redact_many(self, texts: Iterable[str]) -> list[Redacted]:
        texts = list(texts)
        findings = [self._guarded(self._find, text) for text in texts]
        docs = self._parse([f.note.text if f else "" for f in findings])
        return [
            (self._guarded(self._finish, text, found, doc) if found else None) or FAILED
            for text, found, doc in zip(texts, findings, docs, strict=True)
        ]

    @staticmethod
    def _guarded(stage: Callable[..., T], *args: object) -> T | None:
        try:
            return stage(*args)
        except Exception as exc:  # fail closed, whatever went wrong
            log.warning("de-identification stage %s failed (%s)", stage.__name__, type(exc).__name__)
            return None

    def _find(self, text: str) -> _Findings:
        note = normalise(text)
        folded = fold(note.text)
        spans = [span for detect in _DETECTORS for span in detect(note.text)]
        names, staff = [], []
        terms = sorted(find_eponyms(note.text, folded) + find_institutions(note.text, folded))
        for name in find_names(note.text):
            if self._is_staff(note.text, folded, name.start, name.end):
                staff.append((name.start, name.end))
            elif not _inside(name.start, name.end, terms):
                # "FELLAH, Sabah" is one name (not "DUPONT, Sophie" when Sophie is staff)
                if (given := given_after_comma(note.text, name)) and not self._is_staff(
                        note.text, folded, *given):
                    name = name._replace(end=given[1])
                names.append(name)
        # "Honoré Besnard demandesi Sophie Lemoine" read as one name: the staff name stays; so
        # does a staff given name next to a misspelt word ("aevc Karim")
        inside = sorted([Entity(m.start(), m.end(), "NOM") for m in self._staff_in(folded)
                         if identity_of(m.group()) not in self._directory]
                        + [word for n in names if n.role is Role.UNKNOWN
                           and (word := self._staff_word_in(note.text, folded, n))])
        if inside:  # "avec Julien Martin, 75011 Paris" read as a place before its postcode
            spans = [piece for span in spans for piece in (
                _uncovered(span, inside, note.text) if span.kind == "ADRESSE" and any(
                    e.start < span.end and span.start < e.end for e in inside) else [span])]
        # "rentrée du CCOM d'Illkirch" read as one name: the hospital stays
        carved = sorted(inside + [Entity(start, end, "NOM") for start, end in terms])
        for name in names:
            whole = name.entity()
            pieces = _carve(whole, carved, note.text, folded) if carved else [whole]
            # what a cut leaves may be a staff name ("formation [Kabat] de Julien")
            spans += pieces if pieces == [whole] else [
                p for p in pieces if not self._is_staff(note.text, folded, p.start, p.end)]
        staff += [(e.start, e.end) for e in inside]
        # a known patient's surname inside a staff name ("Julien Martin") is the staff name
        known = [m for m in self._directory.find(note.text, folded)
                 if m.identity or not _inside(m.start, m.end, staff)]
        spans += [Entity(m.start, m.end, "NOM") for m in known]
        fallback = [span for detect in _FALLBACKS for span in detect(note.text)]
        kept = sorted(staff + terms)
        return _Findings(note, folded, spans, fallback, kept, _identity(note.text, names, known))

    def _parse(self, texts: Sequence[str]) -> list[Doc | None]:
        if not self._safety_net:
            return [None] * len(texts)
        try:
            return list(net.parse_many(texts))
        except Exception as exc:  # retry one by one so that one bad note fails alone
            log.warning("spaCy batch failed (%s); parsing notes one by one", type(exc).__name__)
            return [self._guarded(net.parse, text) for text in texts]

    def _finish(self, text: str, found: _Findings, doc: Doc | None) -> Redacted:
        if self._safety_net and doc is None:
            raise StageError("safety net")
        note = found.note.text
        extra = list(found.fallback)
        if doc is not None:
            kept = [Entity(start, end, "NOM") for start, end in found.kept]
            extra += [
                piece
                for span in net.entities(doc)
                if not self._is_staff(note, found.folded, span.start, span.end)
                # "LEMOINE" tagged inside "SOPHIE LEMOINE", a staff name kept as a whole; a
                # staff name inside a longer span stays ("Irati Mendiboure - Julien Martin")
                for piece in _uncovered(span, kept, note)
                if not self._is_staff(note, found.folded, piece.start, piece.end)  # as in _find
            ]
        # the building's details after an address, as the rules or the model ended it
        merged = _merge(with_building(note, found.spans), extra, note)
        if again := self._mentioned_again(note, found.folded, merged, found.kept):
            merged = _union(merged + again, note)
        if (built := with_building(note, merged)) != merged:
            merged = _union(built, note)
        entities = tuple(merged) if found.note.starts is None else tuple(  # changed by normalise
            Entity(*found.note.to_original(e.start, e.end), e.kind) for e in merged)
        redacted = _replace(text, entities)
        if has_long_digit_run(redacted):
            return FAILED
        return Redacted(redacted, entities, found.identity, failed=False)

    def _mentioned_again(self, note: str, folded: str, names: list[Entity],
                         kept: list[tuple[int, int]]) -> list[Entity]:
        """A word of a name found in the note, named again elsewhere in it ("Xuan Mac ...
        Relancer Mac.", "ZHAO Yan ... c yan"): capitalised, or no French word."""
        words = {w for n in names if n.kind == "NOM" for w in _name_words(folded, n)
                 if folded.count(w) > 1 and not is_keep_word(w)
                 and not (self._staff_word and self._staff_word.fullmatch(w))}
        again = []
        for word in words:  # (rare: most names are said once)
            start = folded.find(word)
            while start >= 0:
                end = start + len(word)
                whole = not (start and folded[start - 1].isalnum() or folded[end:end + 1].isalnum())
                if whole and (note[start].isupper() or not is_french_word(word)) and not (
                        _inside(start, end, kept) or any(n.start <= start and end <= n.end for n in names)):
                    again.append(Entity(start, end, "NOM"))
                start = folded.find(word, end)
        return again

    def _staff_word_in(self, note: str, folded: str, name: NameSpan) -> Entity | None:
        """The one capitalised staff given name in a name whose other words are in lower case:
        "aevc Karim", "Sophie peutpasser" (a misspelt word read with it as a name). Asked only of
        a name no cue announced (after "Mme" or "sa fille" it is a patient's or a relative's)."""
        if not (self._staff_word and self._staff_word.search(folded, name.start, name.end)):
            return None
        words = list(_NAME_WORD.finditer(note, name.start, name.end))
        staff = [w for w in words if w.group().istitle() and identity_of(w.group()) in self._staff]
        others = [w.group() for w in words if w not in staff]
        if len(staff) == 1 and others and all(w.islower() for w in others):
            return Entity(*staff[0].span(), "NOM")
        return None

    def _staff_in(self, folded: str) -> list[re.Match[str]]:
        found = self._full_staff.finditer(folded) if self._full_staff else ()
        return [m for m in found if not (m.start() and folded[m.start() - 1].isalnum())]

    def _is_staff(self, note: str, folded: str, start: int, end: int) -> bool:
        """Whether note[start:end] is exactly a staff name and no known patient's. In a note
        typed in lower case, a staff name followed by ordinary words ("sophie prévenue") is
        still a staff name. `folded` is the folded note."""
        if not (self._staff_word and self._staff_word.search(folded, start, end)):
            return False  # no staff word in it: no staff name, the usual case
        name = note[start:end]
        if identity_of(name) in self._directory:
            return False
        words = name.split(" ")
        for count in range(len(words), 0, -1):
            if identity_of(" ".join(words[:count])) in self._staff:
                rest = words[count:]
                return all(w.islower() and is_french_word(w) for w in rest)
        return False


def _with_initials(names: list[str]) -> list[str]:
    """"S. Lemoine" and "Sophie L.", as secretaries write a colleague's name: the given name
    or the surname cut to its initial. (A patient of that surname and initial unknown to the
    directory would be taken for the colleague: the price of keeping the routing hint.)"""
    forms = []
    for name in names:
        given, *rest = name.split()
        if rest:
            forms += [f"{given[0]}. {' '.join(rest)}", f"{given} {rest[-1][0]}."]
    return forms


_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


def _name_words(folded: str, name: Entity) -> list[str]:
    """The words of a name, particles aside unless one ends it (Xuan Mac)."""
    words = _NAME_WORD.findall(folded, name.start, name.end)
    return [w for k, w in enumerate(words) if w not in PARTICLES or k == len(words) - 1]


def _carve(name: Entity, kept: list[Entity], text: str, folded: str) -> list[Entity]:
    """The parts of a name outside the kept terms; an article or a lower-case word the cut left
    alone is no name ("pour le [collège Henri-Wallon]", "[test de lachman] positif")."""
    pieces = _uncovered(name, kept, text)
    if pieces == [name]:
        return pieces
    return [p for p in pieces if not all(
        word in PARTICLES or (typed.islower() and is_french_word(typed))
        for typed, word in zip(text[p.start:p.end].split(), folded[p.start:p.end].split(), strict=True))]


def _inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(low <= start and end <= high for low, high in ranges)


def _identity(text: str, names: list[NameSpan], known: list[Match]) -> str | None:
    """The patient's normalised name: a known patient first, then the name the cues point
    to (honorific, `appel de`), then the first name that is not a relative's."""
    for match in known:
        if match.identity:
            return match.identity
    ranked = sorted(names, key=lambda n: (n.role is not Role.PATIENT, n.role is Role.RELATIVE))
    if ranked and ranked[0].role is not Role.RELATIVE:
        return identity_of(text[ranked[0].start:ranked[0].end]) or None
    return None


def _merge(rules: list[Entity], extra: list[Entity], text: str) -> list[Entity]:
    """Union of overlapping rule-based spans, taking the most specific kind (or the kind of the
    span that holds the other); then the parts
    of the catch-all and model spans that no rule covered ("Mme LE GOFF JEANNE 12/03/1961"
    tagged as one person stays a name and a birth date)."""
    merged = _union(rules, text)
    for span in extra:
        pieces = _uncovered(span, merged, text)
        if pieces:  # most digit runs are phone numbers already found
            merged = _union(merged + pieces, text)
    return merged


# Between two pieces of one address: a comma or a dash, maybe the floor or a locality set
# apart by them ("route des Colimaçons - les Hauts - 97450 Saint-Louis").
_ADDRESS_GAP = re.compile(r"[ ,\-–]*(?:\d{1,2} ?(?:e|er|ème|eme) (?:ét\.|étage)[ ,]*"
                          r"|(?<=[,\-–] )[^\W\d_]+(?: [^\W\d_]+){0,2}[ ,\-–]+)?")


def _union(spans: list[Entity], text: str) -> list[Entity]:
    """Overlapping spans merge; so do spans of one kind separated by spaces or by one dot, dash
    or slash ("réf [ID] [ID] [ID]" and "AVS [ID].[ID]" are one number, "VEYSSEYRE.Cyprienne" as
    exports list names), names separated by a comma ("Osouf, Freddie"), and the pieces of one
    address ("12 rue X, 33000 Bordeaux", "résidence Y, 6e ét., 131 avenue Z", "rue X,
    SAINT-MAUR": one [ADRESSE])."""
    merged: list[Entity] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.end <= span.start:
            continue
        gap = text[merged[-1].end:span.start] if merged else ""
        # after an address, its next piece, or its town read as a name ("rue X, SAINT-MAUR")
        piece = bool(merged and merged[-1].kind == "ADRESSE" and span.kind in ("ADRESSE", "NOM")
                     and _ADDRESS_GAP.fullmatch(gap))
        same = merged and span.kind == merged[-1].kind and (
            not gap.strip(" ") or gap in (".", "-", "/") or (gap == ", " and span.kind == "NOM"))
        if merged and (span.start < merged[-1].end or piece or same):
            last = merged[-1]
            # a span inside another takes its kind ("avenue du 8 Mai 1945" is an address)
            kind = "ADRESSE" if piece else last.kind if span.end <= last.end else min(
                last.kind, span.kind, key=PRIORITY.__getitem__)
            merged[-1] = Entity(last.start, max(last.end, span.end), kind)
        else:
            merged.append(span)
    return merged


_ALNUM = re.compile(r"[^\W_]")


def _uncovered(span: Entity, covered: list[Entity], text: str) -> list[Entity]:
    """The pieces of `span` outside `covered` that hold a letter or digit."""
    pieces, position = [], span.start
    for other in covered:
        if other.end <= position or other.start >= span.end:
            continue
        pieces.append((position, other.start))
        position = max(position, other.end)
    pieces.append((position, span.end))
    found = []
    for start, end in pieces:
        part = text[start:end]
        if _ALNUM.search(part):
            stripped = part.strip(" ,;:/()-")  # not "." : "Mouton S." keeps its initial
            start += part.index(stripped)
            found.append(Entity(start, start + len(stripped), span.kind))
    return found


def _replace(text: str, entities: Sequence[Entity]) -> str:
    parts, position = [], 0
    for entity in entities:
        parts += [text[position:entity.start], PLACEHOLDER[entity.kind]]
        position = entity.end
    parts.append(text[position:])
    return "".join(parts)
