"""Hospitals, clinics and schools named by their place or patron (hôpital de Hautepierre, clinique
de l'Orangerie, CH de Haguenau, collège Paul-Éluard): where care happens or a child is taught, not
where a patient lives — kept like an eponym. A care home is left out: it is where its residents
live."""

from __future__ import annotations

import re

from handlers.deid.lexicon import HONORIFICS
from handlers.deid.normalise import fold

_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
_LINK = r"(?:de (?:l'|la )?|du |des |d')"
# Matched on the folded note (lower case, no accents, same offsets), as the eponyms are.
_INSTITUTION = re.compile(
    r"\b(?:hopital(?: prive)?|clinique|polyclinique|chu|chr|chi|ch|ccom|msp|ssr|institut"
    r"|centre hospitalier(?: universitaire| intercommunal)?"
    r"|(?:pole|maison|centre) de (?:sante|reeducation))"
    rf" {_LINK}?(?P<name>{_WORD}(?: {_LINK}?{_WORD}){{0,2}})",
)
# A school takes its patron's name with no "de": "le collège de Théa" is Théa's school.
_SCHOOL = re.compile(
    r"\b(?:college|lycee(?: professionnel)?|ecole(?: primaire| maternelle| elementaire)?|groupe scolaire)"
    rf" (?!{_LINK})(?P<name>{_WORD}(?: {_WORD}){{0,2}})",
)
_SCHOOL_HEADS = ("college", "lycee", "ecole", "groupe scolaire")  # looked for first: few notes have one
_PIECE = re.compile(rf"{_LINK}?(?P<word>{_WORD})")


def find_institutions(text: str, folded: str) -> list[tuple[int, int]]:
    """Where each one is, head included, in the note and its folded form. Its name is its
    capitalised words ("clinique du Sport de Mérignac") or, in a note typed in lower case, a
    hyphenated one ("collège henri-wallon"), and no honorific opens it ("clinique du Dr ...":
    a person)."""
    spans = []
    schools = _SCHOOL.finditer(folded) if any(head in folded for head in _SCHOOL_HEADS) else ()
    for match in (*_INSTITUTION.finditer(folded), *schools):
        end = match.start("name")
        for piece in _PIECE.finditer(text, end, match.end("name")):
            word = piece["word"]
            if not (word[0].isupper() or "-" in word) or fold(word) in HONORIFICS:
                break
            end = piece.end()
        if end > match.start("name"):
            spans.append((match.start(), end))
    return spans
