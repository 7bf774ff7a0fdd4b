"""Phone numbers: a French-shape regex for the usual forms, libphonenumber (region FR) for
the rest (foreign numbers, odd groupings), and numbers spelled out in words."""

from __future__ import annotations

import re

from phonenumbers import Leniency, PhoneNumberMatcher

from handlers.deid.dates import DAY, MONTH_NUMBER
from handlers.deid.entities import Entity
from handlers.deid.normalise import fold, holds_any

# French numbers written any way people type them: 06 12 34 56 78, 06.12.34.56.78,
# 0612345678, +33 6 12 34 56 78, +33 (0)6..., +33612345678, 0033 6 ... Both patterns open on
# their first character and look behind it afterwards (see normalise._TRANSLATED).
_PREFIX = r" ?33 ?(?:\(0\) ?)?"
_FRENCH = re.compile(
    rf"[+0](?<![\w+][+0])(?:(?<=\+){_PREFIX}|(?<=0)0{_PREFIX}|(?<=0))[1-9](?:[ .\-/]?\d\d){{4}}(?!\d)"
)
# Anything else written like a phone number (a leading +, ( or 0) with at least 8 digits,
# not the tail of a longer number (NIR) and not a date.
_CANDIDATE = re.compile(
    r"[+(0](?<![\w+][+(0])(?<!\d[ .\-][+(0])(?:(?<=\()\+?|(?<=[+0]))\d(?:[ .\-()]{0,2}\d){6,}"
)
_DATE = re.compile(r"\d\d([.\-])\d\d\1\d{4}")
# An area code in brackets and six digits or more after it, however libphonenumber reads them:
# "(597) 797 6006" (Suriname), "(96) 92819-7057" (Amapá).
_AREA_CODE = re.compile(r"\(\d{2,4}\) (?:[ .\-]?\d){6,}")
# Six digits, as New Caledonia and Wallis-and-Futuna dial them: "78-49-96", "99.15.54", "269 325",
# grouped two by two (no date: "12.03.29" is the date detector's) or three by three (no round
# number, "100 000"). Run together ("996160"), they are a personal number's.
_SIX_DIGITS = re.compile(r"\d(?<![\w+.\-/]\d)(?<!\d[ .\-]\d)"
                         r"(?:\d(?P<sep>[ .\-])\d\d(?P=sep)\d\d|\d\d(?P<three> )\d{3})(?![\w/]|[ .\-,:]\d)")
_DAY_MONTH = re.compile(rf"{DAY}\D{MONTH_NUMBER}\D")
# Spelled out, as voicemail transcription writes it: "zéro sept, dix-huit, quatre-vingts, ...".
_NUMBER_WORD = (r"(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
                r"|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|et)")
_SPELLED = re.compile(rf"\bz[ée]ro(?:[ ,\-]+{_NUMBER_WORD}\b){{4,}}", re.IGNORECASE)
_ZERO = frozenset(("zero",))  # looked for first: the pattern above is tried at every position


def find_phones(text: str) -> list[Entity]:
    spans = [Entity(m.start(), m.end(), "TEL") for m in _FRENCH.finditer(text)]
    if holds_any(fold(text), _ZERO):
        spans += [Entity(m.start(), m.end(), "TEL") for m in _SPELLED.finditer(text)]
    for candidate in _CANDIDATE.finditer(text):
        start, end = candidate.span()
        if any(s.start <= start and end <= s.end for s in spans) or _DATE.fullmatch(
            candidate.group()
        ):
            continue
        if _AREA_CODE.fullmatch(candidate.group()):
            spans.append(Entity(start, end, "TEL"))
            continue
        # The matcher is the slowest detector: it only sees what the regex left over.
        spans += [
            Entity(start + m.start, start + m.end, "TEL")
            for m in PhoneNumberMatcher(candidate.group(), "FR", Leniency.POSSIBLE)
        ]
    for six in _SIX_DIGITS.finditer(text):
        if (six["sep"] and not _DAY_MONTH.match(six.group())) or (
                six["three"] and not six.group().endswith("000")):
            spans.append(Entity(six.start(), six.end(), "TEL"))
    return spans
