"""Person names without a model: honorifics, trigger phrases, capitals and name lists.

Secretaries write `Mme DUPONT Marie`, `appel de marie dupont`, `Dupont Marie a appelé` or
`sa fille Claire Petit`; each form gives a different cue. Cues make *seeds*; a seed then
grows over the neighbouring words that look like parts of the same name. Without a cue, the
shape of the words may tell: an initial (`J. Vigneron`), mixed case (`CHEVRIER Olive`), or
lower-case words that are plainly names where a name goes (`pommier amaia annule`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple

from handlers.deid.entities import Entity
from handlers.deid.lexicon import (
    DAYS,
    HONORIFICS,
    MONTHS,
    PARTICLES,
    SHORT_FORMS,
    is_acronym,
    is_everyday_word,
    is_french_word,
    is_given_name,
    is_keep_word,
    is_stop_word,
    is_surname,
    is_verb,
)
from handlers.deid.name_lists import word_set
from handlers.deid.normalise import fold

_LETTER = r"[^\W\d_]"
_WORD_SPLIT = re.compile(rf"({_LETTER}+(?:['\-]{_LETTER}+)*)")
# The same for notes in Latin script (nearly all): the letters below U+0250 listed one by one,
# which the regex engine tests faster than the Unicode categories behind [^\W\d_].
_LATIN_LETTER = "[" + "".join(re.escape(chr(code)) for code in range(0x250)
                              if re.fullmatch(_LETTER, chr(code))) + "]"
_LATIN_WORD_SPLIT = re.compile(rf"({_LATIN_LETTER}+(?:['\-]{_LATIN_LETTER}+)*)")
_NOT_LATIN = re.compile("[^\x00-\u024f]")
# l'appel, d'Arc, qu'il: a lower-case elided article is not part of the word after it.
_ELIDED = re.compile(r"(?:[ldjmnstc]|qu)'", re.IGNORECASE)
_VOWEL = re.compile("[aeiouy]")
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
    "recu appel de", "demande de", "repondeur", "messagerie", "message vocal", "ai eu",
    "msg vocal", "dossier", "appeler", "ici",
    "bjr c", "bonjour c", "bonsoir c", "slt c", "salut c",  # "bjr c neslihan": c'est, in an SMS
)
# Form labels: the word after them is a name even when it is also a French word
# ("nom chevrier / prénom olive").
# "famille achard", "née clain", "épse SERGENT": a surname, whatever else the word means.
_LABELS = ("nom", "nom de famille", "prenom", "nom et prenom", "nom prenom", "identite",
           "famille", "nee", "epouse", "epse", "ep")
_RELATIVE_TRIGGERS = (
    "fille", "fils", "femme", "mari", "epoux", "mere", "pere", "maman", "papa", "soeur",
    "frere", "belle-fille", "beau-fils", "belle-soeur", "beau-frere", "demi-soeur", "demi-frere",
    "gendre", "belle-mere", "beau-pere", "petite-fille", "petit-fils", "compagnon", "compagne",
    "conjoint", "conjointe", "tante", "oncle", "niece", "neveu", "cousin", "cousine", "voisin",
    "voisine", "tuteur", "tutrice", "aidant", "aidante", "ami", "amie", "aide-soignante",
    "auxiliaire de vie", "infirmiere", "infirmier", "grand-mere", "grand-pere", "mamie", "papi",
    "bebe", "enfant",
)
# Weak triggers only announce a capitalised or listed name.
_WEAK_TRIGGERS = ("pour", "avec", "chez", "de", "par", "et", "ou", "vu", "vue", "voir",
                  "annulation")
# A phone number or a birth date right after a run of words: the run is whose they are.
_DETAIL_AFTER = re.compile(r" ?[(:,\-–]? ?(?:(?:\+33|0033|0)[1-9]|n[ée]e? le\b|ddn\b)", re.IGNORECASE)
# A given name in brackets right after a name: "mr BEAUFILS (Pascale)", whose wife calls.
_IN_BRACKETS = re.compile(r" ?\(([A-ZÀ-Ý][a-zß-ÿ]+(?:-[A-ZÀ-Ý][a-zß-ÿ]+)?)\)")
# Verbs that follow the caller's name at the start of a note ("pommier amaia annule").
_NAME_VERBS = word_set("""
a appelle rappelle telephone voudrait souhaite souhaiterait veut demande annule confirme sera
dit peut pourra viendra vient previent signale laisse arrive attend decale reporte ne est
passera rappellera rappeler
""")


@dataclass(frozen=True)
class _Cue:
    role: Role
    strong: bool
    label: bool = False


_CUES = {
    tuple(spelling.split()): _Cue(role, strong, phrase in _LABELS)
    for phrases, role, strong in (
        (_WEAK_TRIGGERS, Role.UNKNOWN, False),
        (_PATIENT_TRIGGERS, Role.PATIENT, True),
        (_RELATIVE_TRIGGERS, Role.RELATIVE, True),
    )
    for phrase in phrases
    for spelling in {phrase, phrase.replace("oe", "œ")}  # folding keeps "sœur" as it is
}
# A cue is looked up from the word that ends it, walking back while the words read so far
# end some trigger phrase.
_CUE_SUFFIXES = frozenset(phrase[i:] for phrase in _CUES for i in range(len(phrase)))
_CUE_ENDS = frozenset(phrase[-1] for phrase in _CUES)
_CUE_WORDS = frozenset(word for phrase in _CUES for word in phrase)
# Between a cue and the name: "appel de : Dupont", "sa fille - Claire", "pour Mme Dupont".
_CUE_GAP = re.compile(r"\.? ?(?:[:,\-] ?)?")
_LEAD_INS = frozenset({"sa", "son", "ses", "la", "le", "de", "du", "d'"})
_ARTICLES = frozenset({"le", "la"})  # as surname particles: Le Drézen, La Rocca


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
    cue_end: bool  # ends a trigger phrase
    # could be a name word: none of the above vocabulary, cue words included, and not a letter
    name_like: bool
    verb: bool  # a French verb form: "Contacter", "hospitalisé"
    seed: bool = False  # a name by itself inside a sentence
    seed_opening: bool = False  # ... and when it opens one
    unknown_lower: bool = False  # lower case, neither French nor call-note vocabulary
    # an initial, a capitalised name-like word, a lower-case word plainly a name or listed:
    # what _seed_by_shape looks at
    by_shape: bool = False
    # only such words can start a name (the others only extend one): seeds, cue ends,
    # honorifics and the above
    candidate: bool = False
    # "mvt limité": a word without a vowel is an abbreviation, not plainly a name
    plainly_a_name: bool = False
    # part of a lower-case name: "van", "dos", "ait" inside one, not "de" or "le", nor a verb
    # ("hospitalisé") unless a listed name ("marie")
    lower_name_part: bool = False


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
        cue_end=folded in _CUE_ENDS,
        name_like=len(text) > 1 and not (
            is_acronym(folded) or is_stop_word(folded) or folded in PARTICLES
            or folded in HONORIFICS or folded in _CUE_WORDS),
        verb=is_verb(text),
    )
    seed, seed_opening = _seeds(text, folded, shape)
    unknown_lower = (text.islower() and len(text) > 2 and not shape.keep
                     and not shape.function_word and not is_french_word(text))
    by_shape = len(text) == 1 or shape.name_like and (
        shape.capitalised or unknown_lower or listed)
    candidate = seed or seed_opening or by_shape or shape.cue_end or shape.honorific
    plainly_a_name = (unknown_lower and _VOWEL.search(folded) is not None) or (
        listed and not shape.everyday)
    lower_name_part = text.islower() and ((shape.particle and not shape.function_word) or (
        shape.name_like and (listed or not shape.verb)))
    return replace(shape, seed=seed, seed_opening=seed_opening, unknown_lower=unknown_lower,
                   by_shape=by_shape, candidate=candidate, plainly_a_name=plainly_a_name,
                   lower_name_part=lower_name_part)


class _Word(NamedTuple):  # a tuple: a note has some 25 words, made faster than objects
    start: int
    end: int
    text: str
    shape: _Shape
    joined: bool  # separated from the previous word by a single space
    note: str  # the whole (normalised) note, for the rarely needed context

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


class NameSpan(NamedTuple):
    start: int
    end: int
    role: Role

    def entity(self) -> Entity:
        return Entity(self.start, self.end, "NOM")


def find_names(text: str) -> list[NameSpan]:
    words, candidates = _words(text)
    roles: dict[int, Role] = {}  # seeds, which grow
    found: dict[int, Role] = {}  # whole names, which need no growing
    for i in candidates:
        word = words[i]
        if _is_seed(word):
            roles[i] = Role.UNKNOWN
        # "orlane loaëc": two unknown words in a row
        if i and word.joined and word.shape.unknown_lower and words[i - 1].shape.unknown_lower:
            roles[i - 1] = roles[i] = Role.UNKNOWN
        if word.shape.by_shape:
            _seed_by_shape(text, words, i, roles, found)
    _seed_after_cues(text, words, candidates, roles)
    names = _grow(words, roles, found)
    return names + [NameSpan(*m.span(1), name.role) for name in names
                    if (m := _IN_BRACKETS.match(text, name.end)) and not is_keep_word(fold(m[1]))]


# After a surname, a comma, then the given name, as forms and exports list them.
_AFTER_COMMA = re.compile(r", ([^\W\d_]+(?:-[^\W\d_]+)?)(?![\w'\-])")
_INITIAL_AFTER_COMMA = re.compile(r", ([A-ZÀ-Ý]\.)")


def given_after_comma(text: str, name: NameSpan) -> tuple[int, int] | None:
    """Where the given name after a name and a comma is: "FELLAH, Sabah", "mme. zribi, aouicha"
    (after a surname in capitals or one a cue announced: a capitalised name-like word, a listed
    given name, or a lower-case word no dictionary has); or its initial, after a capitalised
    name ("Hennocque, P.")."""
    last = text[name.start:name.end].rsplit(" ", 1)[-1]
    if initial := _INITIAL_AFTER_COMMA.match(text, name.end):  # "PUYOOU, C.", "Hennocque, P."
        return initial.span(1) if last[0].isupper() else None
    match = _AFTER_COMMA.match(text, name.end)
    if not match:
        return None
    if not ((last.isupper() and len(last) > 1) or name.role is Role.PATIENT):
        return None
    shape = _shape(match[1])
    given = shape.name_like and (
        (shape.capitalised and not shape.upper) or (shape.given_name and not shape.everyday)
        or shape.unknown_lower)
    return match.span(1) if given else None


# A name spelled letter by letter over the phone: "H.A.L.L.O.R.A.N", "A N Z A L O N E",
# "g-e-w-i-n-n-e-r" (four letters or more, one separator throughout).
_SPELLED = re.compile(
    r"(?<![\w.\-])[^\W\d_](?P<sep>\. ?|[ \-])[^\W\d_](?:(?P=sep)[^\W\d_]){2,}\.?(?![\w\-])")


# The pattern opens on any letter: a Latin-1 note is first asked whether it holds such a run at
# all, with its letters as "a", the separators as themselves and the rest as "#".
_SPELLING = bytes(ord("a") if re.fullmatch(_LETTER, chr(code)) else code if chr(code) in ". -" else ord("#")
                  for code in range(256))


_NOT_A_LETTER = re.compile(r"[\W\d_]")


def find_spelled_names(text: str) -> list[Entity]:
    try:
        shape = text.encode("latin-1").translate(_SPELLING)
        if not (b"a.a.a.a" in shape or b"a a a a" in shape or b"a-a-a-a" in shape
                or b"a. a. a. a" in shape):
            return []
    except UnicodeEncodeError:
        pass
    return [Entity(*m.span(), "NOM") for m in _SPELLED.finditer(text)
            if not is_acronym(fold(_NOT_A_LETTER.sub("", m.group())))]  # not "C.P.A.M."


def _words(text: str) -> tuple[list[_Word], list[int]]:
    """The words of a note, and the indices of those that can start a name. (Built list by
    list rather than word by word: a loop over the words cost more than finding the names.)"""
    split = _WORD_SPLIT if _NOT_LATIN.search(text) else _LATIN_WORD_SPLIT
    parts = split.split(text)  # gap, word, gap, word..., gap
    offsets = list(accumulate(map(len, parts)))
    texts, starts, ends = parts[1::2], offsets[0::2], offsets[1::2]
    joined = [False, *map(" ".__eq__, parts[2:-1:2])]  # one space since the previous word
    if "'" in text:
        for k, word in enumerate(texts):
            if "'" in word:
                start, texts[k] = _without_elision(starts[k], word)
                # "constance d'Espagnac": a name's elided particle keeps it joined
                joined[k] = joined[k] and (start == starts[k] or texts[k][0].isupper())
                starts[k] = start
    shapes = list(map(_shape, texts))
    words = list(map(tuple.__new__, repeat(_Word), zip(starts, ends, texts, shapes, joined, repeat(text))))
    # a word glued to a number is its unit or ordinal: 1ER, 3e, 14h
    return words, [i for i, shape in enumerate(shapes)
                   if shape.candidate and not (starts[i] and text[starts[i] - 1].isdigit())]


def _without_elision(start: int, word: str) -> tuple[int, str]:
    """l'appel, C'est, d'Anne: the word after the article; N'Diaye, d'almeida: one name."""
    elided = _ELIDED.match(word)
    if elided:
        rest = word[elided.end():]
        if is_french_word(rest) or (word[0].islower() and rest[0].isupper()):
            return start + elided.end(), rest
    return start, word


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


def _seed_by_shape(text: str, words: list[_Word], i: int, roles: dict[int, Role],
                   found: dict[int, Role]) -> None:
    """Names told by their shape rather than a cue: after an initial ("J. Vigneron"), in mixed
    case ("CHEVRIER Olive", "Eudoxie CHEVRIER"), in lower case where a name goes."""
    word = words[i]
    if len(word.text) == 1:
        if not _is_initial(words, i):
            return
        j = _past_particles(words, i + 1)
        name = words[j]
        # after a name, the initial may end it: "Kowalczyk E. date de naissance"
        ending = word.joined and words[i - 1].shape.name_like
        if name.shape.name_like and (not ending or name.shape.seed or name.shape.plainly_a_name):
            for k in range(i, j + 1):
                roles.setdefault(k, Role.UNKNOWN)
    elif word.shape.capitalised and word.shape.name_like:
        if i + 1 < len(words) and words[i + 1].joined and words[i + 1].shape.capitalised and (
            words[i + 1].shape.name_like and word.shape.upper != words[i + 1].shape.upper
        ):
            roles.setdefault(i, Role.UNKNOWN)
            roles.setdefault(i + 1, Role.UNKNOWN)
    elif word.text.islower():  # plainly a name or listed
        _lower_case_run(text, words, i, found)


def _lower_case_run(text: str, words: list[_Word], i: int, found: dict[int, Role]) -> None:
    """"pommier amaia annule", "c est pour ioana boisseau", "olive van hoof": two or three
    lower-case words in a row, one plainly a name (or all listed names), where a name goes:
    opening the note or a sentence, after a cue, or before "a appelé", "annule"... The run
    is a whole name: it goes to `found`, not to the seeds that grow."""
    first = last = i
    while first > 0 and words[first].joined and (
            words[first - 1].shape.lower_name_part or _inner_particle(words, first - 1)):
        first -= 1
    while last + 1 < len(words) and words[last + 1].joined and (
            words[last + 1].shape.lower_name_part or _inner_particle(words, last + 1)
            or _between_names(words, last + 1)):
        last += 1
    while words[last].shape.particle:
        last -= 1
    while words[first].shape.particle and words[first].shape.function_word:
        first += 1  # "de" before the run is the preposition of "appel de", not a particle
    if first and words[first].joined and words[first - 1].shape.particle and (
            words[first - 1].initial or words[first - 1].shape.folded in _ARTICLES):
        first -= 1  # "le scouarnec firmin" (not "appel de marie dupont")
    names = [word for word in words[first:last + 1] if not word.shape.particle]
    plainly = any(w.shape.plainly_a_name for w in names)
    listed = all(w.shape.listed for w in names) and any(w.shape.given_name for w in names)
    before = words[first - 1] if first else None
    after = words[last + 1] if last + 1 < len(words) else None
    called = bool(after and after.joined and after.shape.folded in _NAME_VERBS)
    if len(names) == 1 and plainly and words[first].initial and called:
        found.setdefault(first, Role.UNKNOWN)  # "bielecki rappeler pour décaler"
        return
    if not (2 <= len(names) <= 3 and (plainly or listed)):
        return
    if (words[first].initial
            or (before and before.shape.cue_end and _CUE_GAP.fullmatch(text, before.end, words[first].start))
            or called
            or _DETAIL_AFTER.match(text, words[last].end)):  # "félicité dubus (09 82 ..."
        for k in range(first, last + 1):
            found.setdefault(k, Role.UNKNOWN)


def _inner_particle(words: list[_Word], k: int) -> bool:
    """"paulo le drézen", "josépha la rocca": a lower-case particle, even an article, inside a
    name when the word after it (past any other particle) is plainly a name; "de" only after a
    name ("paulo de souza", not "le mouton de yannick mouton")."""
    if not (words[k].text.islower() and words[k].shape.particle):
        return False
    if words[k].shape.folded not in _ARTICLES and words[k].shape.function_word and not (
            k and words[k - 1].text.islower() and words[k - 1].shape.plainly_a_name):
        return False
    j = _past_particles(words, k)
    return j > k and words[j].joined and words[j].text.islower() and words[j].shape.plainly_a_name


def _between_names(words: list[_Word], k: int) -> bool:
    """"ignacio ferrer galindo": a lower-case word that is also a verb, between two words that
    are plainly names, is one too."""
    word = words[k]
    return (word.text.islower() and word.shape.name_like and 0 < k < len(words) - 1
            and words[k + 1].joined and words[k + 1].text.islower()
            and words[k - 1].shape.plainly_a_name and words[k + 1].shape.plainly_a_name)


def _is_initial(words: list[_Word], i: int) -> bool:
    """words[i] is an initial before a name: "J. Vigneron", "b. carbonnel", "F.PÉTRIS" (not "M. Dupont",
    nor a side after a body part: "épaule D. Julien passe")."""
    word = words[i]
    if len(word.text) != 1 or word.shape.honorific or i + 1 >= len(words):
        return False
    side = word.text in "DG" and i > 0 and words[i - 1].shape.keep and words[i - 1].text.islower()
    # "demain 14h. Sophie", "DNI 64.591.148-H. Proposé"
    glued = word.start and (word.note[word.start - 1].isdigit() or (
        word.note[word.start - 1] == "-" and word.note[word.start - 2:word.start - 1].isdigit()))
    following = words[i + 1]
    return not (side or glued) and word.dotted and (  # "F.PÉTRIS", glued to a capital
        following.start == word.end + 2 and word.note[word.end + 1] == " "
        or following.start == word.end + 1 and following.shape.capitalised)


def _past_particles(words: list[_Word], j: int) -> int:
    """The first word from j on that is not a particle joined to the next ("van der Berg")."""
    while words[j].shape.particle and j + 1 < len(words) and words[j + 1].joined:
        j += 1
    return j


def _seed_after_cues(text: str, words: list[_Word], candidates: list[int],
                     roles: dict[int, Role]) -> None:
    for i in candidates:
        if i == len(words) - 1:
            break
        word = words[i]
        if word.shape.cue_end:
            _seed_after_phrase(text, words, i, roles)
        if word.shape.honorific and (_honorific(word, text) or _lower_m(words, i)):
            _seed_after_honorific(words, i, roles)


def _seed_after_phrase(text: str, words: list[_Word], i: int, roles: dict[int, Role]) -> None:
    j, gap_end = i + 1, words[i + 1].start
    if (words[j].shape.folded == "est" and text[gap_end - 2:gap_end] in ("c'", "C'")
            and j + 1 < len(words) and words[j + 1].joined):
        j, gap_end = j + 1, gap_end - 2  # "la fille c'est amaranthe": the name after "c'est"
    after = words[j].shape
    if (after.keep or after.function_word) and not (
        after.folded in _LEAD_INS or after.honorific or after.particle or len(after.folded) == 1
        or (after.upper and _calendar_surname(words, j))
    ):
        return  # "pour le", "et genou": nothing below could name it (a shortcut)
    found = _cue_ending_at(words, i)
    if found is None or not _CUE_GAP.fullmatch(text, words[i].end, gap_end):
        return
    cue = found[0]
    longer = _cue_ending_at(words, j) if words[j].shape.cue_end else None
    if longer and longer[1] > 1:
        return  # "appel de ...": the longer phrase decides
    first = j
    if words[j].shape.folded in _LEAD_INS and j + 1 < len(words) and words[j + 1].joined:
        j += 1
    if words[j].shape.honorific and j + 1 < len(words) and _honorific(words[j], text):
        j += 1
    if not words[first].shape.particle or j > first + 1:  # "sa fille", "de Mme": not the name
        first = j
    if _is_initial(words, j):  # "patiente : i. cozic"
        first, j = j, j + 1
    j = _past_particles(words, j)  # "patiente du guesclin", "patiente Dos Reis"
    named = _announced(words, j, cue) or (cue.strong and _before_name(words, j))
    if named and roles.get(j, Role.UNKNOWN) is Role.UNKNOWN:
        for k in range(first if j > first else j, j + 1):
            roles[k] = cue.role


def _seed_after_honorific(words: list[_Word], i: int, roles: dict[int, Role]) -> None:
    """After Mme, M., Monsieur...: the next word is a name unless it is a function word or
    call-note vocabulary ("Madame a appelé", "Monsieur rappelle")."""
    j = i + 1
    while j < len(words) - 1 and (words[j].shape.particle or _is_initial(words, j)):
        j += 1  # "M. du Pont", "Mme C. Niang"
    word = words[j]
    # an acronym, a month or a day written as a name is one: "Madame Chu", "mme Juin" (not "Madame
    # CHU", nor "Madame rappelle")
    named = word.shape.capitalised and not word.shape.upper and (
        word.shape.folded in SHORT_FORMS or word.shape.folded in MONTHS or word.shape.folded in DAYS)
    if (word.shape.keep and not named) or word.shape.function_word or word.shape.honorific or (
            len(word.text) < 2):
        return
    for k in range(i + 1, j + 1):  # "M. du Pont": the particle is part of the name
        roles[k] = Role.RELATIVE if roles.get(k) is Role.RELATIVE else Role.PATIENT


def _cue_ending_at(words: list[_Word], i: int) -> tuple[_Cue, int] | None:
    """The longest trigger phrase whose last word is words[i], its words one space apart, and
    its length in words."""
    found: tuple[_Cue, int] | None = None
    phrase: tuple[str, ...] = ()
    for k in range(i, -1, -1):
        if k < i and not words[k + 1].joined:
            break
        phrase = (words[k].shape.folded, *phrase)
        if phrase not in _CUE_SUFFIXES:
            break
        if phrase in _CUES:
            found = _CUES[phrase], len(phrase)
    return found


def _honorific(word: _Word, text: str) -> bool:
    # "m" is also metres and "pr" is also "pour": only "M", "Pr", "m." or "pr." count.
    if word.shape.folded not in ("m", "pr"):
        return True
    return word.text[0].isupper() or text[word.end:word.end + 1] == "."


def _lower_m(words: list[_Word], i: int) -> bool:
    """"m vanbelle": a lower-case m is an honorific before a word no dictionary has (not a
    metre: "5 m puis repos")."""
    word, following = words[i], words[i + 1]
    before = word.note[max(0, word.start - 2):word.start]
    return (word.text == "m" and following.joined and following.shape.unknown_lower
            and not before.strip().isdigit())


def _before_name(words: list[_Word], i: int) -> bool:
    """`mr mouton nolwenn`: an ordinary word after an honorific is a surname when a name
    follows it."""
    word = words[i]
    if word.shape.keep or word.shape.function_word or word.shape.folded in _CUE_WORDS:
        return False
    if i + 1 >= len(words) or not words[i + 1].joined:
        return False
    following = words[_past_particles(words, i + 1)]  # "hermine van der berg"
    if not following.joined:
        return False
    if following.shape.initial_letter and following.dotted:  # "MOUTON S."
        return True
    return not (following.shape.keep or following.shape.function_word) and (
        following.shape.listed or (following.text.islower() and not is_french_word(following.text))
        or (following.shape.capitalised and following.shape.name_like
            and not is_french_word(following.text))  # "c'est bienvenu Mze"
    )


def _announced(words: list[_Word], i: int, cue: _Cue) -> bool:
    """Whether the word after a cue is a name: capitals or name lists, or, after a strong
    cue, any lower-case word that is not ordinary French; after a form label, any word."""
    word, strong = words[i], cue.strong
    if word.shape.upper and strong and _calendar_surname(words, i):
        return True  # "Patient : DIMANCHE Jessica"
    if word.shape.keep or word.shape.function_word or word.shape.honorific:
        return False
    if cue.label:
        return len(word.text) > 1
    if word.shape.capitalised:
        # in a note typed in capitals, a capital proves nothing
        title_case = strong and not word.shape.upper
        return (title_case or word.shape.listed or not is_french_word(word.text)
                or _title_case_pair(words, i))
    if word.shape.listed:
        return strong or not word.shape.everyday
    return strong and not is_french_word(word.text) and len(word.text) > 1


def _calendar_surname(words: list[_Word], i: int) -> bool:
    """A day or month in capitals before a given name is a surname (Dimanche, Janvier, Mai)."""
    following = words[i + 1] if i + 1 < len(words) else None
    calendar = words[i].shape.folded in DAYS or words[i].shape.folded in MONTHS
    return bool(calendar and following and following.joined and following.shape.given_name
                and following.shape.capitalised and not following.shape.upper)


def _title_case_pair(words: list[_Word], i: int) -> bool:
    """"pour Bonhomme Hamza": two capitalised words that could be names, neither a verb."""
    if i + 1 >= len(words) or not words[i + 1].joined:
        return False
    pair = words[i], words[i + 1]
    return all(w.shape.capitalised and not w.shape.upper and w.shape.name_like and not w.shape.verb
               for w in pair)


def _grow(words: list[_Word], roles: dict[int, Role], found: dict[int, Role]) -> list[NameSpan]:
    """Extend each seed over adjacent name parts and return one span per name."""
    selected = found | roles
    count = len(words)
    for i, role in sorted(roles.items()):
        first = last = i
        announced = role is not Role.UNKNOWN
        while last + 1 < count and last - first + 1 < _MAX_NAME_WORDS:
            step = _name_part_right(words, first, last, announced)
            if not step:
                break
            last += step
        while first > 0 and last - first + 1 < _MAX_NAME_WORDS and _name_part_left(words, first):
            first -= 1
        for k in range(first, last + 1):
            selected.setdefault(k, role)
    spans: list[NameSpan] = []
    for i, role in sorted(selected.items()):
        word = words[i]
        if spans and i - 1 in selected and (word.joined or _is_initial(words, i - 1)):
            previous = spans[-1]
            spans[-1] = NameSpan(previous.start, word.span_end,
                                 previous.role if previous.role is not Role.UNKNOWN else role)
        else:
            spans.append(NameSpan(_with_particle(word), word.span_end, role))
    return spans


def _with_particle(word: _Word) -> int:
    """Where a name opening on this word starts: "d'Espagnac" takes its elided particle along
    (the word was cut after it, see _without_elision)."""
    start, note = word.start, word.note
    if start >= 2 and note[start - 2:start] in ("d'", "D'") and (
            start == 2 or not note[start - 3].isalnum()):
        return start - 2
    return start


def _name_part_right(words: list[_Word], first: int, last: int, announced: bool) -> int:
    """How many words after `last` continue the name (0: none). `announced`: the name
    follows an honorific or a trigger phrase."""
    j = last + 1
    while j < len(words) and words[j].joined and words[j].shape.particle and j - last < 3:
        j += 1
    if j >= len(words) or not words[j].joined:
        # a particle ending the name is its surname ("Hoa MAC :", "Xuan Mac."), an article is not
        ending = words[last + 1] if j == last + 2 else None
        return int(bool(ending and ending.shape.capitalised and (
            ending.shape.upper or not ending.shape.function_word)))
    word = words[j]
    if len(word.text) == 1 and word.dotted and not _opens_name(words, j):
        return 1  # an initial: "Lemaire M.", "Robin Y."
    if j > last + 1:  # particles must lead to a name word: "de la Fontaine", "da silva"
        named = word.shape.capitalised or word.shape.listed or not is_french_word(word.text) or (
            announced and last - first < 2)  # "Pte vivien de la porte"
        return j - last if named and not word.shape.keep and not word.shape.function_word else 0
    if (word.shape.keep and not _named(word)) or word.shape.function_word or word.shape.honorific:
        return 0
    if (word.shape.initial_letter and word.dotted) or word.shape.listed:
        return 1
    if word.shape.capitalised and len(word.text) > 1:
        # one name word so far: the next capitalised word completes it (Moreau Solène), unless
        # a verb in a note typed in capitals ("A. POMMIER HOSPITALISÉ", "DUPONT NÉE LE")
        lone = first == last and not (word.shape.upper and word.shape.verb)
        return 1 if lone or not is_french_word(word.text) else 0
    if len(word.text) < 3 or not word.shape.name_like:
        return 0
    if not all(w.text.islower() for w in words[first:last + 1]):
        # a first name typed in lower case after a lone surname: "KABONGO aboubakar", "Moreel
        # francky"; after capitals even an ordinary word that ends the name ("BOULOGNE félicité
        # (06...", not "MARSEILLE canal carpien"); never a verb
        before = words[first - 1] if first and words[first].joined else None
        if first != last or word.shape.verb or (before and before.shape.capitalised
                                                 and before.shape.name_like):
            return 0  # "Honoré Besnard demandesi": a whole name already
        return int(not is_french_word(word.text) or (words[last].shape.upper and _ends_name(words, j))
                   or _opening_pair(words, last, j))
    # "sandrine cabanes", "mr ilona verdier": after a lone given name or an announced
    # name word, even an ordinary word is the rest of the name
    lone = first == last and (announced or words[first].shape.given_name)
    return 1 if lone or not is_french_word(word.text) else 0


def _opening_pair(words: list[_Word], given: int, j: int) -> bool:
    """"Violaine grange, rééducation...": a note opening on a given name and a lower-case word
    before a comma reads as a name, whatever else the word means."""
    name = words[given]
    return (name.shape.given_name and name.shape.capitalised and not name.shape.upper
            and given == 0 and name.note[words[j].end:words[j].end + 1] == ",")


def _ends_name(words: list[_Word], j: int) -> bool:
    """Nothing after words[j] goes on with it: the note, the clause or the phrase ends."""
    if j + 1 >= len(words) or not words[j + 1].joined:
        return True
    after = words[j + 1].shape
    return after.function_word or after.verb or after.keep


def _named(word: _Word) -> bool:
    """A capitalised listed name goes on a name even when it is also a note word ("LY Thi Mai",
    "Quoc Tuan Vu", "Avril Torres"); on its own it never starts one."""
    return word.shape.listed and word.shape.capitalised and not word.shape.upper


def _opens_name(words: list[_Word], i: int) -> bool:
    """"M." followed by a capitalised word is an honorific, not an initial."""
    if not words[i].shape.honorific or i + 1 >= len(words):
        return False
    following = words[i + 1]
    return following.joined and following.shape.capitalised and not following.shape.keep


# Verb forms ending so are in tenses a call note does not open on (passé simple "roya",
# "lina"): before a name, such a word is a given name rather than an instruction.
_RARE_TENSES = ("a", "i", "o", "u", "y")


def _name_part_left(words: list[_Word], first: int) -> bool:
    word, anchor = words[first - 1], words[first]
    if _is_initial(words, first - 1):
        return True  # "J. Vigneron"
    if not anchor.joined or word.shape.honorific:
        return False
    if word.shape.particle:  # "Le Goff", "DOS SANTOS": a capitalised particle can open a name;
        # so can "de", "van der" before a capitalised surname ("patient de Cadoudal")
        # and a lower-case one that is no preposition before an unknown word ("van thanh nguyen")
        return word.shape.capitalised or (anchor.shape.capitalised and not anchor.shape.given_name) or (
            word.text.islower() and not word.shape.function_word and anchor.shape.unknown_lower)
    if (word.shape.keep and not _named(word)) or word.shape.function_word:
        return False
    if word.shape.capitalised and anchor.shape.capitalised and word.shape.folded not in _CUE_WORDS and (
        word.shape.upper != anchor.shape.upper or (anchor.shape.upper and not is_french_word(anchor.text))
    ):
        return True  # "Thaïs ESCOFFIER", "CHAPELAIN LOANE" (not "GENDRE JÉZÉQUEL")
    name = words[_past_particles(words, first)]  # the anchor, or the name its particles open
    # an instruction opens a sentence ("Contacter Florimond"); inside one, a capitalised verb
    # form before a name is a given name ("pour Bénie Moukoko")
    instruction = word.shape.verb and word.initial and not word.shape.folded.endswith(_RARE_TENSES)
    if word.shape.capitalised and name.shape.capitalised and word.shape.folded not in _CUE_WORDS and not (
        word.shape.upper or name.shape.upper or instruction
    ):
        return True  # "Blanchet Florimond", "Perle dal Molin", "Roya Rahimi" (not "Contacter Florimond")
    if word.shape.function_word:
        return False
    if (word.text.islower() and word.shape.name_like and not word.shape.verb
            and (word.shape.given_name or word.initial or name.shape.upper  # "gaël LIONS"
                 or (word.shape.unknown_lower and name.shape.given_name))  # "gasc Léo"
            and name.shape.capitalised):
        return True  # a first name typed in lower case: "loup Coste", "(modeste Chevallier)"
    if word.shape.listed:  # a short listed name before a plainly unknown one: "duc thanh pham"
        return word.shape.capitalised or not word.shape.everyday or anchor.shape.unknown_lower
    if word.shape.upper and anchor.shape.given_name:  # DUPONT Marie, CASTEL Thierry
        return True
    if word.shape.capitalised:
        return not is_french_word(word.text)
    return anchor.text.islower() and not is_french_word(word.text) and len(word.text) > 2
