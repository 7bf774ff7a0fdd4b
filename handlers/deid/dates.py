"""Birth dates. Appointment dates are kept; a date is a birth date when its context says so
(`né(e) le`, `DDN`, `date de naissance`...) or when its year lies in the past."""

from __future__ import annotations

import datetime
import re

from handlers.deid.entities import Entity
from handlers.deid.lexicon import MONTHS
from handlers.deid.normalise import fold

# A day and a month in figures, as the phone detector reads them too (no date is a phone).
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
# and in English, as visitors' forms write a birth date ("DOB 22 January 1997")
_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december")
_MONTH_NAME = "|".join(sorted({*MONTHS, *_ENGLISH_MONTHS}, key=len, reverse=True))
_YEAR = r"(?:19|20)?\d\d"
# The day's first digit opens the pattern and the rest of DAY follows it, alternatives in
# the same order (see normalise._TRANSLATED for why).
_DAY_AFTER_FIRST_DIGIT = r"(?:(?<=0)[1-9]|(?<=[1-9])|(?<=[12])\d|(?<=3)[01])"
_DATE = re.compile(
    rf"\d(?<![\w/.\-]\d)(?<!\d[:h]\d)(?:"  # not the minutes of "13:15. 06.52.86..."
    # the same separator twice, spaces around it as typed ("27 /12/ 1980"), or spaces alone
    rf"{_DAY_AFTER_FIRST_DIGIT}(?: ?(?P<sep>[/.\-]) ?| )(?P<m>{MONTH_NUMBER})(?(sep) ?(?P=sep) ?| )"
    rf"(?P<y>{_YEAR})"
    rf"|(?:{_DAY_AFTER_FIRST_DIGIT}|(?<=1)er) ?(?P<mname>{_MONTH_NAME})\.?"
    # a two-digit year is not the hour after the day: "23 juil. 08:00", "18 août 10 h"
    rf"(?: (?P<y2>(?:19|20)\d\d|'?\d\d(?!:\d| ?h(?:\d|eures?\b|\b))))?"
    rf")(?![\w/])",
)
# An ISO date, as booking software exports it ("1967-09-22"), opening on the year's first digit.
_ISO_DATE = re.compile(
    r"[12](?<![\w/.\-][12])(?:(?<=1)9|(?<=2)0)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\w/])")
# An age just before a date with its year: a baby's birth date, however recent ("bébé X, 7 mois,
# 15/07/25", "3 mois, 30 juin 2025").
_AGE_BEFORE = re.compile(r"\b\d{1,3} ?(?:mois|ans?|semaines?|jours?)\b,? $")
# A time after a date whose year has two digits: a slot ("mer 17/01/29 16h00"), not a birth.
_TIME_AFTER = re.compile(r" (?:a |- )?\d{1,2} ?[h:]")
# Forms that are dates only next to a birth cue: 12031961, 1961-03-12, `né en 1961`, `mars 1961`. Each
# holds four digits in a row.
_FOUR_DIGITS = re.compile(r"\d{4}")
# (A digit or a month's first letter is looked ahead for first: the look-behind alone would be
# tried at every position.)
_CUED_DATE = re.compile(
    rf"(?=[\d{''.join(sorted({month[0] for month in MONTHS}))}])"
    rf"(?<!\w)(?:(?:19|20)\d\d-{MONTH_NUMBER}-{DAY}|{DAY}{MONTH_NUMBER}(?:19|20)?\d\d|(?:19|20)\d\d"
    rf"|(?:{_MONTH_NAME})\.? (?:19|20)\d\d)(?!\w)"
)
# né(e), née, DDN, D.D.N, DN, naissance, naiss, DOB, anniversaire (every branch opens on a
# letter, so that the engine only tries the positions of n, d and a)
_CUE_WORDS = r"(?:n(?:ee?s?\b|e\(e\)|aiss?\b|aissance)|d\.?d\.?n\b|dn\b|dob\b|anniversaire)"
_CUES = rf"\b{_CUE_WORDS}"
# Whether the note may hold a cue at all: without the leading \b, which the engine would try
# at every position, a few more notes pass; each date's own cue is checked with it.
_ANY_BIRTH_CUE = re.compile(_CUE_WORDS)
# Matched on folded text just before the date.
_BIRTH_CUE = re.compile(rf"(?:{_CUES})[^\n\d]{{0,14}}$")


def find_birth_dates(text: str, today: datetime.date | None = None) -> list[Entity]:
    """DDN spans. Dates with neither a birth cue nor a past year are left alone."""
    folded = fold(text)
    any_cue = _ANY_BIRTH_CUE.search(folded) is not None
    spans = []
    for match in _DATE.finditer(folded):
        cued = any_cue and _has_birth_cue(folded, match.start())
        year = match["y"] or match["y2"]
        slot = _TIME_AFTER.match(folded, match.end())
        aged = year and not slot and _AGE_BEFORE.search(folded, max(0, match.start() - 16), match.start())
        if cued or aged or (year and _long_past(year.lstrip("'"), today) and not (len(year) == 2 and slot)):
            spans.append(Entity(match.start(), match.end(), "DDN"))
    if "-" in folded:  # (with a cue, below)
        spans += [Entity(m.start(), m.end(), "DDN") for m in _ISO_DATE.finditer(folded)
                  if _long_past(m.group()[:4], today)
                  and not (any_cue and _has_birth_cue(folded, m.start()))]
    # a month and year alone ("en mars 2019") is history
    if any_cue and _FOUR_DIGITS.search(folded):
        spans += [
            Entity(m.start(), m.end(), "DDN")
            for m in _CUED_DATE.finditer(folded)
            if _has_birth_cue(folded, m.start())
        ]
    return spans


def _has_birth_cue(folded: str, start: int) -> bool:
    return bool(_BIRTH_CUE.search(folded, max(0, start - 30), start))


def _long_past(year: str, today: datetime.date | None) -> bool:
    """Whether a year lies two years or more in the past: a birth date's, not a slot's. (Today
    is looked up only for a date with a year, which most notes do not hold.)"""
    this_year = (today or datetime.date.today()).year
    return _full_year(year, this_year) <= this_year - 2


def _full_year(year: str, this_year: int) -> int:
    if len(year) == 4:
        return int(year)
    # Two digits: the most recent past year ending that way (61 -> 1961, 12 -> 2012).
    century = this_year - this_year % 100
    full = century + int(year)
    return full if full <= this_year else full - 100
