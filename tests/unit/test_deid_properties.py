"""Property tests: random text never crashes the engine, and identifiers planted in random
text never survive."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlers.deid import Deidentifier

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
# Filler around planted values: French-looking words and punctuation, never digits or '@'
# (which could legitimately extend the planted value).
FILLER = st.text(
    alphabet=st.sampled_from(list("abcdeéèfghijlmnopqrstuvàçôABCDEMNPR ,.;:'!?()-\n")),
    max_size=40,
)


@pytest.fixture(scope="module")
def engine() -> Deidentifier:
    return Deidentifier(staff_names=["Julien Martin", "Julien"])


def digits(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet="0123456789", min_size=n, max_size=n)


@st.composite
def phones(draw) -> str:
    first = draw(st.sampled_from("12345679"))
    pairs = [draw(digits(2)) for _ in range(4)]
    prefix = draw(st.sampled_from(["0", "+33 ", "+33", "0033 ", "+33 (0)"]))
    sep = draw(st.sampled_from([" ", ".", "-", ""]))
    return prefix + first + sep + sep.join(pairs)


@st.composite
def nirs(draw) -> str:
    sex = draw(st.sampled_from("12"))
    year, month = draw(digits(2)), f"{draw(st.integers(1, 12)):02d}"
    dept = draw(st.sampled_from(["75", "29", "2A", "2B", "99", "13"]))
    parts = [sex, year, month, dept, draw(digits(3)), draw(digits(3)), draw(digits(2))]
    return draw(st.sampled_from([" ", ""])).join(parts)


@st.composite
def emails(draw) -> str:
    word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)
    local = draw(word) + draw(st.sampled_from(["", ".", "_", "-"])) + draw(word)
    return f"{local}@{draw(word)}.{draw(st.sampled_from(['fr', 'com', 'net', 'org']))}"


def assert_gone(engine: Deidentifier, before: str, value: str, after: str) -> None:
    text = f"{before} {value} {after}"
    result = engine.redact(text)
    if result.failed:
        return  # withheld: nothing shown at all
    start = len(before) + 1
    covered = set()
    for e in result.entities:
        covered.update(range(e.start, e.end))
    assert all(i in covered for i in range(start, start + len(value)) if not text[i].isspace())
    assert value not in result.text


@SETTINGS
@given(st.text(max_size=300))
def test_random_text_never_crashes(engine, text):
    result = engine.redact(text)
    assert result.failed or all(0 <= e.start < e.end <= len(text) for e in result.entities)


@SETTINGS
@given(st.lists(st.text(max_size=80), max_size=5))
def test_batches_match_single_notes(engine, texts):
    assert engine.redact_many(texts) == [engine.redact(t) for t in texts]


@SETTINGS
@given(FILLER, phones(), FILLER)
def test_planted_phones_never_survive(engine, before, phone, after):
    assert_gone(engine, before, phone, after)


@SETTINGS
@given(FILLER, nirs(), FILLER)
def test_planted_nirs_never_survive(engine, before, nir, after):
    assert_gone(engine, before, nir, after)


@SETTINGS
@given(FILLER, emails(), FILLER)
def test_planted_emails_never_survive(engine, before, email, after):
    assert_gone(engine, before, email, after)
