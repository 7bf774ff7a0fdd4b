"""Person names without a model: honorifics, trigger phrases, capitals and name lists.

Secretaries write `Mme DUPONT Marie`, `appel de marie dupont`, `Dupont Marie a appelé` or
`sa fille Claire Petit`; each form gives a different cue. Cues make *seeds*; a seed then
grows over the neighbouring words that look like parts of the same name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from handlers.deid.entities import Entity
from handlers.deid.lexicon import (
    HONORIFICS,
    PARTICLES,
    is_acronym,
    is_everyday_word,
    is_french_word,
    is_given_name,
    is_keep_word,
    is_stop_word,
    is_surname,
)
from handlers.deid.normalise import fold

_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
# l'appel, d'Arc, qu'il: a lower-case elided article is not part of the word after it.
_ELIDED = re.compile(r"(?:[ldjmnstc]|qu)'", re.IGNORECASE)
_SENTENCE_END = set(".!?:;\n•*(\"«>|/[")
_MAX_NAME_WORDS = 5


class Role(Enum):
    """Whose name a span is, as far as the cue tells."""

    PATIENT = "patient"  # honorific or a patient trigger (appel de, patiente, nom)
    RELATIVE = "relative"  # sa fille, son mari...
    UNKNOWN = "unknown"


# Trigger phrases, folded. Strong ones announce a name even in lower case.
_PATIENT_TRIGGERS = (
    "appel de", "appel du", "appele par", "appelee par", "message de", "msg de", "mess de",
    "de la part de", "part de", "pour le compte de", "rappeler", "rappel", "patient", "patiente",
    "pt", "pte", "nom", "nom de famille", "prenom", "nom et prenom", "nom prenom", "identite",
    "nee", "ne", "dite", "epouse", "ep", "epse", "veuve", "concernant", "au sujet de",
)
_RELATIVE_TRIGGERS = (
    "fille", "fils", "femme", "mari", "epoux", "mere", "pere", "maman", "papa", "soeur",
    "frere", "belle-fille", "beau-fils", "gendre", "belle-mere", "beau-pere", "petite-fille",
    "petit-fils", "compagnon", "compagne", "conjoint", "conjointe", "tante", "oncle", "niece",
    "neveu", "cousin", "cousine", "voisin", "voisine", "tuteur", "tutrice", "aidant", "aidante",
    "ami", "amie", "aide-soignante", "auxiliaire de vie", "infirmiere", "infirmier",
)
# Weak triggers only announce a capitalised or listed name.
_WEAK_TRIGGERS = ("pour", "avec", "chez", "de", "par", "et", "ou", "vu", "vue", "voir")


def _trigger_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    # the phrase, then optional punctuation, possessive or honorific before the name
    return re.compile(
        rf"\b(?:{alternatives})\b\.?(?: ?[:,\-] ?| )(?:(?:sa|son|ses|la|le|de|du|d') ?)?"
        rf"(?:(?:{'|'.join(sorted(HONORIFICS, key=len, reverse=True))})\.? )?"
    )


_PATIENT_CUE = _trigger_pattern(_PATIENT_TRIGGERS)
_RELATIVE_CUE = _trigger_pattern(_RELATIVE_TRIGGERS)
_WEAK_CUE = _trigger_pattern(_WEAK_TRIGGERS)


@dataclass
class _Word:
    start: int
    end: int
    text: str
    folded: str
    initial: bool  # first word of a sentence or line: capitals prove nothing there
    joined: bool  # separated from the previous word by a single space
    dotted: bool  # followed by a full stop

    @property
    def span_end(self) -> int:
        """An initial takes its full stop along (Dupont M.)."""
        return self.end + 1 if self.dotted and len(self.text) == 1 else self.end

    @cached_property
    def upper(self) -> bool:
        return self.text.isupper() and len(self.text) > 1

    @cached_property
    def capitalised(self) -> bool:
        return self.text[0].isupper()

    @cached_property
    def listed(self) -> bool:
        return is_given_name(self.folded) or is_surname(self.folded)

    @cached_property
    def everyday(self) -> bool:
        return is_everyday_word(self.folded) or len(self.folded) < 4

    @cached_property
    def keep(self) -> bool:
        if self.upper:
            return is_acronym(self.folded)
        return is_keep_word(self.folded)

    @cached_property
    def function_word(self) -> bool:
        return is_stop_word(self.folded) and not self.listed

    @cached_property
    def particle(self) -> bool:
        return self.folded in PARTICLES

    @cached_property
    def initial_letter(self) -> bool:
        return len(self.text) == 1 and self.text.isupper()


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    role: Role

    def entity(self) -> Entity:
        return Entity(self.start, self.end, "NOM")


def find_names(text: str) -> list[NameSpan]:
    folded = fold(text)
    words = _words(text, folded)
    if not words:
        return []
    by_start = {w.start: i for i, w in enumerate(words)}
    roles: dict[int, Role] = {}
    for i, word in enumerate(words):
        if _is_seed(word):
            roles[i] = Role.UNKNOWN
    _seed_after_cues(words, folded, by_start, roles)
    return _grow(words, roles)


def _words(text: str, folded: str) -> list[_Word]:
    words: list[_Word] = []
    previous_end = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        elided = _ELIDED.match(word)
        # l'appel, qu'il: split; n'diaye, d'almeida: one name even in lower case
        if elided and word[0].islower() and is_french_word(word[elided.end():]):
            start += elided.end()
            word = word[elided.end():]
        end = start + len(word)
        joined = text[previous_end:start] == " " and bool(words) and words[-1].end == previous_end
        words.append(_Word(start, end, word, folded[start:end], _opens_sentence(text, start),
                           joined, text[end:end + 1] == "."))
        previous_end = match.end()
    return words


def _opens_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    if i < 0 or text[i] in _SENTENCE_END:
        return True
    # a dash opening a line is a bullet
    return text[i] == "-" and (i == 0 or text[i - 1] in "\n ")


def _is_seed(word: _Word) -> bool:
    """A name on its own merits, with no cue around it."""
    if word.keep or word.function_word or word.particle or len(word.text) < 2:
        return False
    if word.listed:
        if word.capitalised and not word.upper:
            return not (word.initial and is_everyday_word(word.folded))
        if word.upper:
            return not is_everyday_word(word.folded)
        return not word.everyday
    if word.upper:
        return not is_french_word(word.text)
    if word.capitalised:
        return not is_french_word(word.text)
    return False


def _seed_after_cues(
    words: list[_Word], folded: str, by_start: dict[int, int], roles: dict[int, Role]
) -> None:
    cues = (
        (_RELATIVE_CUE, Role.RELATIVE, True),
        (_PATIENT_CUE, Role.PATIENT, True),
        (_WEAK_CUE, Role.UNKNOWN, False),
    )
    for pattern, role, strong in cues:
        for match in pattern.finditer(folded):
            i = by_start.get(match.end())
            if i is not None and _announced(words, i, strong):
                roles[i] = role if roles.get(i, Role.UNKNOWN) is Role.UNKNOWN else roles[i]
    for i, word in enumerate(words[:-1]):
        if word.folded in HONORIFICS and _honorific(word, folded):
            j = i + 1
            while j < len(words) - 1 and words[j].particle:
                j += 1
            if words[j].folded in HONORIFICS:
                continue
            if _announced(words, j, strong=True) or _before_name(words, j):
                for k in range(i + 1, j + 1):  # "M. du Pont": the particle is part of it
                    roles[k] = Role.PATIENT if roles.get(k) is not Role.RELATIVE else Role.RELATIVE


def _honorific(word: _Word, folded: str) -> bool:
    # "m" is also metres: only "M" or "m." count.
    return word.folded != "m" or word.text == "M" or folded[word.end:word.end + 1] == "."


def _before_name(words: list[_Word], i: int) -> bool:
    """`mr mouton nolwenn`: an ordinary word after an honorific is a surname when a name
    follows it."""
    word = words[i]
    if word.keep or word.function_word or i + 1 >= len(words) or not words[i + 1].joined:
        return False
    following = words[i + 1]
    return not (following.keep or following.function_word) and (
        following.listed or not is_french_word(following.text)
    )


def _announced(words: list[_Word], i: int, strong: bool) -> bool:
    """Whether the word after a cue is a name: capitals or name lists, or, after a strong
    cue, any lower-case word that is not ordinary French."""
    word = words[i]
    if word.keep or word.function_word or word.folded in HONORIFICS:
        return False
    if word.capitalised:
        # in a note typed in capitals, a capital proves nothing
        title_case = strong and not word.upper
        return title_case or word.listed or not is_french_word(word.text)
    if word.listed:
        return strong or not word.everyday
    return strong and not is_french_word(word.text) and len(word.text) > 1


def _grow(words: list[_Word], roles: dict[int, Role]) -> list[NameSpan]:
    """Extend each seed over adjacent name parts and return one span per name."""
    selected = dict(roles)
    for i in sorted(roles):
        first, last = i, i
        while last + 1 < len(words) and last - first + 1 < _MAX_NAME_WORDS:
            step = _name_part_right(words, first, last)
            if not step:
                break
            last += step
        while first > 0 and last - first + 1 < _MAX_NAME_WORDS and _name_part_left(words, first):
            first -= 1
        for k in range(first, last + 1):
            selected.setdefault(k, roles[i])
    spans: list[NameSpan] = []
    for i in sorted(selected):
        if spans and words[i].joined and selected.get(i - 1) is not None:
            previous = spans[-1]
            role = previous.role if previous.role is not Role.UNKNOWN else selected[i]
            spans[-1] = NameSpan(previous.start, words[i].span_end, role)
        else:
            spans.append(NameSpan(words[i].start, words[i].span_end, selected[i]))
    return spans


def _name_part_right(words: list[_Word], first: int, last: int) -> int:
    """How many words after `last` continue the name (0: none)."""
    j = last + 1
    while j < len(words) and words[j].joined and words[j].particle and j - last < 3:
        j += 1
    if j >= len(words) or not words[j].joined:
        return 0
    word = words[j]
    if len(word.text) == 1 and word.dotted and not _opens_name(words, j):
        return 1  # an initial: "Lemaire M.", "Robin Y."
    if j > last + 1:  # particles must lead to a name word: "de la Fontaine", "da silva"
        named = word.capitalised or word.listed or not is_french_word(word.text)
        return j - last if named and not word.keep and not word.function_word else 0
    if word.keep or word.function_word or word.folded in HONORIFICS:
        return 0
    if word.initial_letter or word.listed:
        return 1
    if word.capitalised:
        # one name word so far: the next capitalised word completes it (Moreau Solène)
        return 1 if first == last or not is_french_word(word.text) else 0
    all_lower = all(w.text.islower() for w in words[first:last + 1])
    if not all_lower or len(word.text) < 3:
        return 0
    # "sandrine cabanes": after a lone given name, even an ordinary word is the surname
    lone_given_name = first == last and is_given_name(words[first].folded)
    return 1 if lone_given_name or not is_french_word(word.text) else 0


def _opens_name(words: list[_Word], i: int) -> bool:
    """"M." followed by a capitalised word is an honorific, not an initial."""
    if words[i].folded not in HONORIFICS or i + 1 >= len(words):
        return False
    following = words[i + 1]
    return following.joined and following.capitalised and not following.keep


def _name_part_left(words: list[_Word], first: int) -> bool:
    word, anchor = words[first - 1], words[first]
    if not anchor.joined or word.folded in HONORIFICS:
        return False
    if word.particle:  # "Le Goff", "DOS SANTOS": a capitalised particle can open a name
        return word.capitalised
    if word.keep:
        return False
    if word.function_word:
        return False
    if word.listed:
        return word.capitalised or not word.everyday
    if word.upper and is_given_name(anchor.folded):  # DUPONT Marie, CASTEL Thierry
        return True
    if word.capitalised:
        return not is_french_word(word.text)
    return anchor.text.islower() and not is_french_word(word.text) and len(word.text) > 2
