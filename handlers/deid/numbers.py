"""Other personal numbers (mutuelle member number, file numbers, door codes) and the
fallback for long digit runs that no specific detector claimed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from handlers.deid.entities import Entity
from handlers.deid.lexicon import is_keep_word, is_stop_word
from handlers.deid.name_lists import word_set
from handlers.deid.nir import is_nir
from handlers.deid.normalise import fold, holds_any

# A run of at least 8 digits, possibly grouped by spaces, dots or dashes, after an optional
# + (first character, then the look-behind: see normalise._TRANSLATED).
_DIGIT_RUN = re.compile(r"[+\d](?<![\w+][+\d])(?:(?<=\+)\d|(?<=\d))(?:[ .\-]?\d){7,}(?!\w)")
# Dates such as 12.03.1961 are 8 digits too; the date detector decides about them. So does it
# about an ISO date, with the hour of an appointment after it in a booking export ("2028-04-19
# 16:30"), which the digit run takes along.
_DATE_SHAPE = re.compile(r"\d\d([ .\-/])\d\d\1\d{4}")
_ISO_DATE = r"(?:19|20)\d\d-[01]\d-[0-3]\d"
_ISO_SLOT = re.compile(rf"{_ISO_DATE}(?: [0-2]?\d(?=[:h]))?")
# A token with digits in it, possibly mixed with letters: member, file or badge numbers. The
# pattern finds its first digit and the rest; the letters before are added back by hand.
_CODE_FROM_DIGIT = re.compile(r"\d[\w\-/]*")
_DIGIT = re.compile(r"\d")
_NOT_ALNUM = re.compile(r"[\W_]")
_WORD_AND_NUMBER = re.compile(r"[^\W\d_]+\d+|\d+[^\W\d_]+")
_NOT_DIGIT = re.compile(r"\D")
# What names a number as a member, file or booking number, on the folded note: whole words, and
# words found inside others ("adhérente", "assurée"). A note holding none is not searched.
_CUE_WORDS = word_set("no num numero adh ipp mut code client police carte ref resa")
_CUE_STEMS = ("n°", "matricule", "adherent", "contrat", "dossier", "mutuelle", "digicode", "badge", "assure",
              "reference", "reservation", "booking", "licence")
_ID_CUE = re.compile(rf"(?:\b(?:{'|'.join(sorted(_CUE_WORDS))})\b|{'|'.join(_CUE_STEMS)})[^\n]{{0,25}}$")
# A member number's letters or rank, apart: "5879938 A", "976367478 ZF", "HM 2430 1939",
# "0011273 / 04", and a Spanish DNI's letter ("64.591.148-H").
_SUFFIX = re.compile(r" (?:[A-Z]{1,2}|[a-z]{2})(?!\w)| ?/ ?\d{1,2}(?![\w/])|-[A-Za-z](?!\w)")
_LETTER_PREFIX = re.compile(r"(?<!\w)[A-Z]{1,3} $")
# The shorter groups of a named number before the one found: "licence 609 5308", "AT 842 9513".
_GROUPS_BEFORE = re.compile(r"(?<![\w.,:/\-])(?:\d{1,3} )+$")
_NUMBER_SIGN = re.compile(r"(?:n°|\bno|\bnum[ée]ro|\bdossier)(?: d'accident)? ?:? ?$", re.IGNORECASE)
# A booking or file code drawn at random: a lone digit between letters ("rdv-hbhs3z",
# "9ul6mg"), which no unit, time or vertebra level has ("14h30", "L5-S1", "2x10").
_RANDOM_CODE = re.compile(r"[^\W\d_]\d[^\W\d_]")
# Clinical and scheduling shapes that contain digits but identify nobody.
_HARMLESS = re.compile(
    r"\d{1,2}h\d{0,2}(?:-\d{1,2}h\d{0,2})?|\d{1,4}(?:x|mn|min|ans?|kg|cm|mm|mg|ml|j|sem|mois|e|er|ere|ème|eme)"
    r"|[cdlst]\d(?:-[cdlst]?\d)?|j\+?\d+|\d{1,3}|(?:19|20)\d\d"
    r"|\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?(?:-\d{1,2}h\d\d)?"  # and "18/04/2029-19h45"
    rf"|{_ISO_DATE}",
    re.IGNORECASE,
)


# A booking reference of capitals alone, named as one: "Réf. RJMPGFVJ".
_LETTERS_REFERENCE = re.compile(r"[Rr](?<!\w[Rr])(?:[ée]f|[ÉE]F)\b\.? ?:? ?(?P<ref>[A-Z]{6,})\b")


# Capitals drawn at random, no word nor name: "RDV-FQHZBM", "SFJX-HHML" (six or more, no vowel).
_CONSONANT = "[B-DF-HJ-NP-TV-XZ]"
_VOWELLESS_CODE = re.compile(
    rf"{_CONSONANT}(?<!\w[B-Z])(?:{_CONSONANT}{{5,}}|{_CONSONANT}{{2,}}(?:-{_CONSONANT}{{3,}})+)\b")
_CODE_PREFIX = re.compile(r"(?<![\w-])[A-Z]{2,4}-$")  # "RDV-" glued to the code


def find_personal_numbers(text: str) -> list[Entity]:
    spans = [Entity(*m.span("ref"), "ID") for m in _LETTERS_REFERENCE.finditer(text)
             if not is_keep_word(m["ref"].lower())]  # not "REF URGENT"
    for letters in _VOWELLESS_CODE.finditer(text):
        prefix = _CODE_PREFIX.search(text, max(0, letters.start() - 5), letters.start())
        spans.append(Entity(prefix.start() if prefix else letters.start(), letters.end(), "ID"))
    for code_start, code in _codes(text):
        token = code.strip("-/_")
        start = code_start + code.index(token) if token else 0
        if len(token) < 4 or _HARMLESS.fullmatch(token):
            continue
        digits = len(_DIGIT.findall(token))
        cued = digits >= 4 or (len(token) >= 6 and token.isupper())  # "Réf. : GSPB5B8G"
        random = len(token) >= 6 and (_RANDOM_CODE.search(token) or _mixed(token))
        sign = text[start - 1:start] == "#"  # "réf #66GEZK", "n° #vnhm97"
        named = digits < 6 and cued and _cue_before(text, start)
        if digits >= 6 or (digits >= 4 and not token.isdigit()) or random or named or sign:
            before = _GROUPS_BEFORE.search(text, max(0, start - 12), start) if named else None
            spans.append(_with_letters(text, before.start() if before else start - sign, start + len(token)))
    return spans


def _cue_before(text: str, start: int) -> bool:
    """Whether a cue ends at most 25 characters before `start`, on its line."""
    folded = fold(text)
    return _holds_a_cue(folded) and _ID_CUE.search(folded, max(0, start - 40), start) is not None


@lru_cache(maxsize=16)  # asked for each number of a note
def _holds_a_cue(folded: str) -> bool:
    return holds_any(folded, _CUE_WORDS) or any(map(folded.__contains__, _CUE_STEMS))


def _mixed(token: str) -> bool:
    """Letters and digits drawn together, at least two of each and the digits not simply after
    or before a word ("AR9-2XPQK", not "covid19" nor "30min")."""
    code = _NOT_ALNUM.sub("", token)
    digits = len(_DIGIT.findall(code))
    return len(code) >= 6 and 2 <= digits <= len(code) - 2 and not _WORD_AND_NUMBER.fullmatch(code)


def _with_letters(text: str, start: int, end: int) -> Entity:
    """A member number with the letters written apart around it ("HM 2430 1939", "5879938 A"),
    or its rank after a slash ("0011273 / 04")."""
    suffix = _SUFFIX.match(text, end)
    if suffix and not (suffix.group().islower() and is_stop_word(suffix.group().strip())):
        end = suffix.end()  # "976367478 ZF", "973834957 cx" (not "975803879 de Mme ...")
    prefix = _LETTER_PREFIX.search(text, max(0, start - 4), start)
    # not "RDV 1234...", but "n° AT 94 1451 307", "dossier AT ...", "n° d'accident : AT 842 ..."
    if prefix and (not is_keep_word(prefix.group().strip().lower())
                   or _NUMBER_SIGN.search(text, 0, prefix.start())):
        start = prefix.start()
    return Entity(start, end, "ID")


def _codes(text: str) -> Iterator[tuple[int, str]]:
    """Where each token of letters, digits, `_`, `-` and `/` that holds a digit starts, and
    the token."""
    for match in _CODE_FROM_DIGIT.finditer(text):
        start = match.start()
        while start and (text[start - 1].isalnum() or text[start - 1] in "_-/"):  # as \w, - and /
            start -= 1
        yield start, text[start:match.end()]


def find_digit_runs(text: str) -> list[Entity]:
    """Long digit runs: a phone if French-shaped, a NIR if `stdnum` says so, else an ID."""
    spans = []
    for match in _DIGIT_RUN.finditer(text):
        run = match.group()
        if _DATE_SHAPE.fullmatch(run) or (
                (slot := _ISO_SLOT.match(text, match.start())) and match.end() <= slot.end()):
            continue
        digits = _NOT_DIGIT.sub("", run)
        if is_nir(digits):
            kind = "NIR"
        elif len(digits) == 10 and digits.startswith("0") or run.startswith("+"):
            kind = "TEL"
        else:
            spans.append(_with_letters(text, *match.span()))
            continue
        spans.append(Entity(match.start(), match.end(), kind))
    return spans


# What may never reach a notification: 9+ digits in one run, or 8 written together.
_SURVIVOR = re.compile(r"\d(?:(?:[ .\-]?\d){8,}|\d{7,})")


def has_long_digit_run(text: str) -> bool:
    if "-" in text:  # (most notes have no ISO date)
        text = _ISO_SLOT.sub(" ", text)
    return _SURVIVOR.search(text) is not None
