"""Stage 1: normalisation keeps a faithful map back to the original text."""

from __future__ import annotations

import pytest

from handlers.deid.normalise import fold, normalise


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
