"""Hospitals, clinics and schools named by their place or patron (hôpital de Hautepierre, clinique
de l'Orangerie, CH de Haguenau, collège Paul-Éluard): where care happens or a child is taught, not
where a patient lives — kept like an eponym. A care home is left out: it is where its residents
live."""

from __future__ import annotations

import re

from handlers.deid.lexicon import HONORIFICS, is_french_word
from handlers.deid.normalise import fold, holds_any, openings

_WORD = r"[^\W\d_]+(?:-(?:d')?[^\W\d_]+)*"  # "Saint-Pierre-d'Oléron"
_LINK = r"(?:de (?:l'|la )?|du |des |d')"
# Matched on the folded note (lower case, no accents, same offsets), as the eponyms are.
_HEADS = openings(
    "hopital|hopital prive|clinique|polyclinique|chu|chr|chru|chi|chd|chn|cht|ch|chog|ccom|msp|ssr|cssr|smr"
    "|crf|institut|medipole"
    "|centre hospitalier"
    "|centre hospitalier universitaire|centre hospitalier intercommunal|pole de sante|pole de reeducation"
    "|maison de sante|maison de reeducation|centre de sante|centre de reeducation")
_INSTITUTION = re.compile(rf"\b(?:{_HEADS.pattern}) {_LINK}?(?P<name>{_WORD}(?: {_LINK}?{_WORD}){{0,2}})")
# A school takes its patron's name with no "de": "le collège de Théa" is Théa's school.
_SCHOOL_HEADS = openings("college|lycee|lycee professionnel|ecole|ecole primaire|ecole maternelle"
                         "|ecole elementaire|groupe scolaire")
_SCHOOL = re.compile(rf"\b(?:{_SCHOOL_HEADS.pattern}) (?!{_LINK})(?P<name>{_WORD}(?: {_WORD}){{0,2}})")
_PIECE = re.compile(rf"{_LINK}?(?P<word>{_WORD})")
_LINKED = re.compile(rf"{_LINK}$")


def find_institutions(text: str, folded: str) -> list[tuple[int, int]]:
    """Where each one is, head included, in the note and its folded form. Its name is its
    capitalised words ("clinique du Sport de Mérignac") or, in a note typed in lower case, a
    hyphenated one ("collège henri-wallon") or a town's after "de" that no dictionary has
    ("hôpital de morteau"), and no honorific opens it ("clinique du Dr ...": a person)."""
    spans = []
    # few notes name one: the words they open on are looked for first
    institutions = _INSTITUTION.finditer(folded) if holds_any(folded, _HEADS.words) else ()
    schools = _SCHOOL.finditer(folded) if holds_any(folded, _SCHOOL_HEADS.words) else ()
    for match in (*institutions, *schools):
        end = match.start("name")
        for piece in _PIECE.finditer(text, end, match.end("name")):
            word = piece["word"]
            town = bool(_LINKED.search(folded, max(0, piece.start() - 6), piece.start("word"))
                        and not is_french_word(word))
            if not (word[0].isupper() or "-" in word or town) or fold(word) in HONORIFICS:
                break
            end = piece.end()
        if end > match.start("name"):
            spans.append((match.start(), end))
    return spans
