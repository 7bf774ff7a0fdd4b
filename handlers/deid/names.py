"""Person names without a model: honorifics, trigger phrases, capitals and name lists.

Secretaries write `Mme DUPONT Marie`, `appel de marie dupont`, `Dupont Marie a appelé` or
`sa fille Claire Petit`; each form gives a different cue. Cues make *seeds*; a seed then
grows over the neighbouring words that look like parts of the same name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache

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
# What ends a sentence or opens a line or list item (capitals prove nothing after it).
_SENTENCE_END = frozenset(".!?:;\n•*(\"«>|/[")
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
    "appel", "rappel de", "famille", "coup de fil de", "telephone de", "tel de", "laisse par",
    "recu appel de", "demande de",
)
_RELATIVE_TRIGGERS = (
    "fille", "fils", "femme", "mari", "epoux", "mere", "pere", "maman", "papa", "soeur",
    "frere", "belle-fille", "beau-fils", "belle-soeur", "beau-frere", "demi-soeur", "demi-frere",
    "gendre", "belle-mere", "beau-pere", "petite-fille", "petit-fils", "compagnon", "compagne",
    "conjoint", "conjointe", "tante", "oncle", "niece", "neveu", "cousin", "cousine", "voisin",
    "voisine", "tuteur", "tutrice", "aidant", "aidante", "ami", "amie", "aide-soignante",
    "auxiliaire de vie", "infirmiere", "infirmier", "grand-mere", "grand-pere", "mamie", "papi",
)
# Weak triggers only announce a capitalised or listed name.
_WEAK_TRIGGERS = ("pour", "avec", "chez", "de", "par", "et", "ou", "vu", "vue", "voir")




@dataclass(frozen=True)
class _Cue:
    role: Role
    strong: bool


_CUES = {
    tuple(phrase.split()): _Cue(role, strong)
    for phrases, role, strong in (
        (_WEAK_TRIGGERS, Role.UNKNOWN, False),
        (_PATIENT_TRIGGERS, Role.PATIENT, True),
        (_RELATIVE_TRIGGERS, Role.RELATIVE, True),
    )
    for phrase in phrases
}
# Phrases by last word, longest first: a cue is looked up from the word that ends it.
_CUES_ENDING_WITH: dict[str, list[tuple[str, ...]]] = {}
for _phrase in sorted(_CUES, key=len, reverse=True):
    _CUES_ENDING_WITH.setdefault(_phrase[-1], []).append(_phrase)
_CUE_WORDS = frozenset(word for phrase in _CUES for word in phrase)
# Between a cue and the name: "appel de : Dupont", "sa fille - Claire", "pour Mme Dupont".
_CUE_GAP = re.compile(r"\.? ?(?:[:,\-] ?)?")
_LEAD_INS = frozenset({"sa", "son", "ses", "la", "le", "de", "du", "d'"})


@dataclass(frozen=True, slots=True)
class _Shape:
    """What a word is, whatever its place in the note (computed once per distinct word)."""

    folded: str
    upper: bool  # DUPONT
    capitalised: bool
    listed: bool  # in the given-name or surname list
    given_name: bool
    everyday: bool  # a listed name that is also an everyday word, or very short
    keep: bool  # call-note vocabulary or acronym
    function_word: bool
    particle: bool
    honorific: bool
    initial_letter: bool
    seed: bool = False  # a name by itself inside a sentence
    seed_opening: bool = False  # ... and when it opens one
    unknown_lower: bool = False  # lower case, neither French nor call-note vocabulary


@lru_cache(maxsize=65536)
def _shape(text: str) -> _Shape:
    folded = fold(text)
    upper = text.isupper() and len(text) > 1
    given_name = is_given_name(folded)
    listed = given_name or is_surname(folded)
    shape = _Shape(
        folded=folded,
        upper=upper,
        capitalised=text[0].isupper(),
        listed=listed,
        given_name=given_name,
        everyday=is_everyday_word(folded) or len(folded) < 4,
        keep=is_acronym(folded) if upper else is_keep_word(folded),
        function_word=is_stop_word(folded),
        particle=folded in PARTICLES,
        honorific=folded in HONORIFICS,
        initial_letter=len(text) == 1 and text.isupper(),
    )
    seed, seed_opening = _seeds(text, folded, shape)
    unknown_lower = (text.islower() and len(text) > 2 and not shape.keep
                     and not shape.function_word and not is_french_word(text))
    return replace(shape, seed=seed, seed_opening=seed_opening, unknown_lower=unknown_lower)


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    text: str
    shape: _Shape
    joined: bool  # separated from the previous word by a single space
    note: str  # the whole (normalised) note, for the rarely needed context

    @property
    def folded(self) -> str:
        return self.shape.folded

    @property
    def initial(self) -> bool:
        """First word of a sentence, line or list item."""
        i = self.start - 1
        while i >= 0 and self.note[i] == " ":
            i -= 1
        if i < 0 or self.note[i] in _SENTENCE_END:
            return True
        return self.note[i] == "-" and (i == 0 or self.note[i - 1] in "\n ")  # a bullet

    @property
    def dotted(self) -> bool:
        return self.note[self.end:self.end + 1] == "."

    @property
    def span_end(self) -> int:
        """An initial takes its full stop along (Dupont M.)."""
        return self.end + 1 if len(self.text) == 1 and self.dotted else self.end

    @property
    def upper(self) -> bool:
        return self.shape.upper

    @property
    def capitalised(self) -> bool:
        return self.shape.capitalised

    @property
    def listed(self) -> bool:
        return self.shape.listed

    @property
    def everyday(self) -> bool:
        return self.shape.everyday

    @property
    def keep(self) -> bool:
        return self.shape.keep

    @property
    def function_word(self) -> bool:
        return self.shape.function_word

    @property
    def particle(self) -> bool:
        return self.shape.particle

    @property
    def initial_letter(self) -> bool:
        return self.shape.initial_letter


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    role: Role

    def entity(self) -> Entity:
        return Entity(self.start, self.end, "NOM")


def find_names(text: str) -> list[NameSpan]:
    words = _words(text)
    roles = {i: Role.UNKNOWN for i, word in enumerate(words) if _is_seed(word)}
    for i in range(1, len(words)):  # "orlane loaëc": two unknown words in a row
        if words[i].joined and words[i - 1].shape.unknown_lower and words[i].shape.unknown_lower:
            roles.setdefault(i - 1, Role.UNKNOWN)
            roles.setdefault(i, Role.UNKNOWN)
    _seed_after_cues(text, words, roles)
    return _grow(words, roles)


def _words(text: str) -> list[_Word]:
    words: list[_Word] = []
    previous_end = -2
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = text[start:end]
        elided = _ELIDED.match(word) if "'" in word else None
        if elided:
            # l'appel, C'est, d'Anne: split; N'Diaye, d'almeida: one name
            rest = word[elided.end():]
            if is_french_word(rest) or (word[0].islower() and rest[0].isupper()):
                start += elided.end()
                word = rest
        joined = start == previous_end + 1 and text[previous_end] == " "
        words.append(_Word(start, end, word, _shape(word), joined, text))
        previous_end = end
    return words


def _is_seed(word: _Word) -> bool:
    """A name on its own merits, with no cue around it."""
    shape = word.shape
    if shape.seed == shape.seed_opening:
        return shape.seed
    return shape.seed_opening if word.initial else shape.seed


def _seeds(text: str, folded: str, shape: _Shape) -> tuple[bool, bool]:
    """Whether a word is a name by itself, inside a sentence and opening one."""
    if shape.keep or shape.function_word or shape.particle or len(text) < 2:
        return False, False
    if shape.listed:
        if shape.capitalised and not shape.upper:  # "Rose" opening a sentence may be a flower
            return True, not is_everyday_word(folded)
        seed = not is_everyday_word(folded) if shape.upper else not shape.everyday
        return seed, seed
    seed = shape.capitalised and not is_french_word(text)
    return seed, seed


def _seed_after_cues(text: str, words: list[_Word], roles: dict[int, Role]) -> None:
    for i, word in enumerate(words[:-1]):
        if word.folded in _CUES_ENDING_WITH:
            _seed_after_phrase(text, words, i, roles)
        if word.shape.honorific and _honorific(word, text):
            _seed_after_honorific(words, i, roles)


def _seed_after_phrase(text: str, words: list[_Word], i: int, roles: dict[int, Role]) -> None:
    found = _cue_ending_at(words, i)
    j = i + 1
    if found is None or not _CUE_GAP.fullmatch(text, words[i].end, words[j].start):
        return
    cue = found[0]
    longer = _cue_ending_at(words, j) if words[j].folded in _CUES_ENDING_WITH else None
    if longer and longer[1] > 1:
        return  # "appel de ...": the longer phrase decides
    first = j
    if words[j].folded in _LEAD_INS and j + 1 < len(words) and words[j + 1].joined:
        j += 1
    if words[j].shape.honorific and j + 1 < len(words) and _honorific(words[j], text):
        j += 1
    if not words[first].particle or j > first + 1:  # "sa fille", "de Mme": not the name
        first = j
    while words[j].particle and j + 1 < len(words) and words[j + 1].joined:
        j += 1  # "patiente du guesclin", "patiente Dos Reis"
    named = _announced(words, j, cue.strong) or (cue.strong and _before_name(words, j))
    if named and roles.get(j, Role.UNKNOWN) is Role.UNKNOWN:
        for k in range(first if j > first else j, j + 1):
            roles[k] = cue.role


def _seed_after_honorific(words: list[_Word], i: int, roles: dict[int, Role]) -> None:
    """After Mme, M., Monsieur...: the next word is a name unless it is a function word or
    call-note vocabulary ("Madame a appelé", "Monsieur rappelle")."""
    j = i + 1
    while j < len(words) - 1 and words[j].particle:
        j += 1
    word = words[j]
    if word.keep or word.function_word or word.shape.honorific or len(word.text) < 2:
        return
    for k in range(i + 1, j + 1):  # "M. du Pont": the particle is part of the name
        roles[k] = Role.RELATIVE if roles.get(k) is Role.RELATIVE else Role.PATIENT


def _cue_ending_at(words: list[_Word], i: int) -> tuple[_Cue, int] | None:
    """The longest trigger phrase whose last word is words[i], and its length in words."""
    for phrase in _CUES_ENDING_WITH[words[i].folded]:
        first = i - len(phrase) + 1
        if first < 0:
            continue
        k = i - 1
        while k >= first and words[k + 1].joined and words[k].folded == phrase[k - first]:
            k -= 1
        if k < first:
            return _CUES[phrase], len(phrase)
    return None


def _honorific(word: _Word, text: str) -> bool:
    # "m" is also metres: only "M" or "m." count.
    return word.folded != "m" or word.text == "M" or text[word.end:word.end + 1] == "."


def _before_name(words: list[_Word], i: int) -> bool:
    """`mr mouton nolwenn`: an ordinary word after an honorific is a surname when a name
    follows it."""
    word = words[i]
    if word.keep or word.function_word or word.folded in _CUE_WORDS:
        return False
    if i + 1 >= len(words) or not words[i + 1].joined:
        return False
    following = words[i + 1]
    if following.initial_letter and following.dotted:  # "MOUTON S."
        return True
    return not (following.keep or following.function_word) and (
        following.listed or (following.text.islower() and not is_french_word(following.text))
    )


def _announced(words: list[_Word], i: int, strong: bool) -> bool:
    """Whether the word after a cue is a name: capitals or name lists, or, after a strong
    cue, any lower-case word that is not ordinary French."""
    word = words[i]
    if word.keep or word.function_word or word.shape.honorific:
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
        announced = roles[i] is not Role.UNKNOWN
        while last + 1 < len(words) and last - first + 1 < _MAX_NAME_WORDS:
            step = _name_part_right(words, first, last, announced)
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


def _name_part_right(words: list[_Word], first: int, last: int, announced: bool) -> int:
    """How many words after `last` continue the name (0: none). `announced`: the name
    follows an honorific or a trigger phrase."""
    j = last + 1
    while j < len(words) and words[j].joined and words[j].particle and j - last < 3:
        j += 1
    if j >= len(words) or not words[j].joined:
        return 0
    word = words[j]
    if len(word.text) == 1 and word.dotted and not _opens_name(words, j):
        return 1  # an initial: "Lemaire M.", "Robin Y."
    if j > last + 1:  # particles must lead to a name word: "de la Fontaine", "da silva"
        named = word.capitalised or word.listed or not is_french_word(word.text) or (
            announced and last - first < 2)  # "Pte vivien de la porte"
        return j - last if named and not word.keep and not word.function_word else 0
    if word.keep or word.function_word or word.shape.honorific:
        return 0
    if (word.initial_letter and word.dotted) or word.listed:
        return 1
    if word.capitalised and len(word.text) > 1:
        # one name word so far: the next capitalised word completes it (Moreau Solène)
        return 1 if first == last or not is_french_word(word.text) else 0
    all_lower = all(w.text.islower() for w in words[first:last + 1])
    if not all_lower or len(word.text) < 3:
        return 0
    # "sandrine cabanes", "mr ilona verdier": after a lone given name or an announced
    # name word, even an ordinary word is the rest of the name
    lone = first == last and (announced or words[first].shape.given_name)
    return 1 if lone or not is_french_word(word.text) else 0


def _opens_name(words: list[_Word], i: int) -> bool:
    """"M." followed by a capitalised word is an honorific, not an initial."""
    if not words[i].shape.honorific or i + 1 >= len(words):
        return False
    following = words[i + 1]
    return following.joined and following.capitalised and not following.keep


def _name_part_left(words: list[_Word], first: int) -> bool:
    word, anchor = words[first - 1], words[first]
    if not anchor.joined or word.shape.honorific:
        return False
    if word.particle:  # "Le Goff", "DOS SANTOS": a capitalised particle can open a name;
        # so can "de", "van der" before a capitalised surname ("patient de Cadoudal")
        return word.capitalised or (anchor.capitalised and not anchor.shape.given_name)
    if word.keep or word.function_word:
        return False
    if word.capitalised and anchor.capitalised and word.folded not in _CUE_WORDS and (
        word.upper != anchor.upper or (anchor.upper and not is_french_word(anchor.text))
    ):
        return True  # "Thaïs ESCOFFIER", "CHAPELAIN LOANE" (not "GENDRE JÉZÉQUEL")
    if word.function_word:
        return False
    if word.listed:
        return word.capitalised or not word.everyday
    if word.upper and anchor.shape.given_name:  # DUPONT Marie, CASTEL Thierry
        return True
    if word.capitalised:
        return not is_french_word(word.text)
    return anchor.text.islower() and not is_french_word(word.text) and len(word.text) > 2
