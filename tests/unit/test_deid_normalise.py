"""Stage 1: normalisation keeps a faithful map back to the original text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handlers.deid.normalise import fold, holds_any, normalise


def test_plain_text_is_left_alone_with_identity_offsets():
    note = normalise("Mme Dupont, genou")
    assert note.text == "Mme Dupont, genou"
    assert note.to_original(4, 10) == (4, 10)


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        ("06\u00a012\u202f34", "06 12 34"),  # no-break and narrow no-break spaces
        ("06\u200b12", "0612"),  # zero-width space removed
        ("N\u2019Diaye", "N'Diaye"),  # typographic apostrophe
        ("a  \t b", "a b"),  # runs of spaces collapse
        ("He\u0301le\u0300ne", "Hélène"),  # decomposed accents composed (NFC)
        ("\uff10\uff16", "06"),  # full-width digits
        ("a\r\nb", "a\n\nb"),
    ],
)
def test_normalisation(original, normalised):
    assert normalise(original).text == normalised


def test_offsets_point_back_to_the_original_characters():
    original = "Mme He\u0301le\u0300ne  B\u200berard"
    note = normalise(original)
    start = note.text.index("Hélène")
    begin, end = note.to_original(start, start + len("Hélène"))
    assert original[begin:end] == "He\u0301le\u0300ne"
    start = note.text.index("Berard")
    begin, end = note.to_original(start, start + len("Berard"))
    assert original[begin:end] == "B\u200berard"


def test_fold_keeps_length_and_drops_case_and_accents():
    for text in ("ÉLÉONORE Straße", "İstanbul Œuvre", "N'Diaye-Lê"):
        assert len(fold(text)) == len(text)
    assert fold("ÉLÉONORE") == "eleonore"
    # the Latin-1 shortcut and the general path agree, µ (folded out of Latin-1) included
    assert fold("Ÿvette Œ ÀÉÎÕÜ ß ½") == "yvette œ aeiou ß ½"
    assert fold("µ") == "μ" and fold("Dupont µ") == "dupont μ"


def test_offsets_survive_dropped_spaces_and_invisible_characters():
    original = "Mme  Du\u200bpont   06 12"
    note = normalise(original)
    assert note.text == "Mme Dupont 06 12"
    start = note.text.index("Dupont")
    begin, end = note.to_original(start, start + len("Dupont"))
    assert original[begin:end] == "Du\u200bpont"


@given(st.text(max_size=80))
@settings(max_examples=300)
def test_holds_any_sees_exactly_the_words_of_the_note(text):
    """The gate the detectors ask before their scans: a note holds a word when \\w+ finds it."""
    folded = fold(text)
    words = set(re.findall(r"\w+", folded))
    assert all(holds_any(folded, frozenset([word])) for word in words)
    assert not holds_any(folded, frozenset([f"{word}x" for word in words] + ["zz-not-a-word"]) - words)


def test_holds_any_on_a_note_in_latin1_and_beyond():
    assert holds_any(fold("Maladie de PARKINSON, réf_12"), frozenset(["parkinson"]))
    assert holds_any(fold("réf_12 ok"), frozenset(["ref_12"]))
    assert not holds_any(fold("tendon-d'Achille"), frozenset(["tendon-d"]))
    assert holds_any(fold("Łukasz vit à Gdańsk"), frozenset(["vit"]))
