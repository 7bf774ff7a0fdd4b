"""The whole engine: the API the bot calls, fail-closed behaviour, and the corpora."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from handlers.deid import KINDS, PLACEHOLDER, Deidentifier, Entity, Redacted
from handlers.deid import pipeline as pipeline_module

DATA = Path(__file__).resolve().parent.parent / "data"
STAFF = json.loads((DATA / "deid_staff.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def engine() -> Deidentifier:
    """Full pipeline; the spaCy model loads once per process whatever the number of engines."""
    return Deidentifier(staff_names=STAFF)


@pytest.fixture(scope="module")
def rules() -> Deidentifier:
    return Deidentifier(staff_names=STAFF, safety_net=False)


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


def leaks(note: dict, result: Redacted) -> list[str]:
    """Gold identifiers not entirely covered by the redacted entities."""
    if result.failed:
        return []
    covered = set()
    for e in result.entities:
        covered.update(range(e.start, e.end))
    text = note["text"]
    return [
        text[s["start"]:s["end"]]
        for s in note["spans"]
        if any(i not in covered and not text[i].isspace() for i in range(s["start"], s["end"]))
    ]


def test_public_constants():
    assert KINDS == ("NOM", "TEL", "NIR", "DDN", "EMAIL", "ADRESSE", "ID")
    assert PLACEHOLDER["TEL"] == "[TÉL]" and set(PLACEHOLDER) == set(KINDS)


def test_redact_replaces_with_typed_placeholders(engine):
    text = "Appel de Mme DUPONT Marie (née le 12/03/1961) au 06 12 34 56 78, RDV mardi 14h30"
    result = engine.redact(text)
    assert result.text == "Appel de Mme [NOM] (née le [DDN]) au [TÉL], RDV mardi 14h30"
    assert [e.kind for e in result.entities] == ["NOM", "DDN", "TEL"]
    assert text[result.entities[0].start:result.entities[0].end] == "DUPONT Marie"
    assert result.identity == "dupont marie" and not result.failed


def test_offsets_refer_to_the_original_text(engine):
    text = "tél 06\u200b12\u200b34\u200b56\u200b78 de Mme He\u0301le\u0300ne Be\u0301rard"
    result = engine.redact(text)
    assert [text[e.start:e.end] for e in result.entities] == [
        "06\u200b12\u200b34\u200b56\u200b78", "He\u0301le\u0300ne Be\u0301rard"]
    assert result.text == "tél [TÉL] de Mme [NOM]"


def test_staff_names_are_kept_unless_also_a_patient():
    text = "Mme Ferrand a vu Julien Martin, à revoir avec Sophie"
    assert Deidentifier(STAFF, safety_net=False).redact(text).text == (
        "Mme [NOM] a vu Julien Martin, à revoir avec Sophie")
    both = Deidentifier(STAFF, patient_names=["Julien Martin"], safety_net=False)
    assert both.redact(text).text == "Mme [NOM] a vu [NOM], à revoir avec Sophie"
    assert Deidentifier(safety_net=False).redact(text).text == (
        "Mme [NOM] a vu [NOM], à revoir avec [NOM]")


def test_known_patients_are_found_anywhere_and_give_the_identity():
    engine = Deidentifier(STAFF, patient_names=["Yannick Mouton"], safety_net=False)
    result = engine.redact("le mouton de yannick mouton a rappelé")
    assert result.text == "le mouton de [NOM] a rappelé"
    assert result.identity == "mouton yannick"
    growing = Deidentifier(STAFF, safety_net=False)
    # no cue, no capital, an everyday surname: only the directory knows it is a name
    assert growing.redact("rdv mardi mouton yannick ok").text == "rdv mardi mouton [NOM] ok"
    growing.add_patients(["Yannick Mouton"])
    assert growing.redact("rdv mardi mouton yannick ok").text == "rdv mardi [NOM] ok"


def test_relatives_do_not_give_the_identity(rules):
    assert rules.redact("sa fille Claire Petit a appelé").identity is None
    assert rules.redact("sa grand-mère hermine van der berg a appelé").identity is None
    assert rules.redact("son fils b. carbonnel a appelé").identity is None
    assert rules.redact("sa sœur Claire Petit a appelé").identity is None  # the ligature


def test_an_honorific_names_the_patient_even_before_an_initial(rules):
    assert rules.redact("info J. Vigneron : Mme C. Niang a appelé").identity == "c niang"
    assert rules.redact("sa fille Claire a appelé pour M. Petit").identity == "petit"


def test_redact_many_keeps_order_and_matches_redact(engine):
    notes = ["Mme Dupont 06 12 34 56 78", "", "rien à signaler", "M. Le Goff né le 3 mars 1961"]
    assert engine.redact_many(notes) == [engine.redact(n) for n in notes]


def test_a_failing_stage_withholds_the_note(rules, monkeypatch):
    def broken(text: str) -> list[Entity]:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline_module, "_DETECTORS", (broken,))
    result = rules.redact("Mme Dupont 06 12 34 56 78")
    assert result == Redacted(text="", entities=(), identity=None, failed=True)


@pytest.mark.parametrize("failing", ["rules", "safety net"])
def test_failures_log_neither_the_note_nor_the_exception_message(engine, monkeypatch, caplog,
                                                                 failing):
    def quoting(text):  # an exception whose message quotes the note
        raise ValueError(f"cannot read {text}")

    if failing == "rules":
        monkeypatch.setattr(pipeline_module, "_DETECTORS", (quoting,))
    else:
        monkeypatch.setattr(pipeline_module.net, "parse_many", lambda texts: quoting(texts[0]))
        monkeypatch.setattr(pipeline_module.net, "parse", quoting)
    with caplog.at_level(logging.DEBUG):
        assert engine.redact_many(["Mme Secretname 06 12 34 56 78"])[0].failed
    assert "ValueError" in caplog.text and "Secretname" not in caplog.text


def test_a_surviving_long_digit_run_withholds_the_note(rules, monkeypatch):
    monkeypatch.setattr(pipeline_module, "_DETECTORS", ())
    monkeypatch.setattr(pipeline_module, "_FALLBACKS", ())
    assert rules.redact("réf 123 456 789 012").failed
    assert not rules.redact("RDV mardi 14h30").failed


def test_a_failing_safety_net_withholds_the_note(engine, monkeypatch):
    def broken(texts):
        raise RuntimeError("model gone")

    monkeypatch.setattr(pipeline_module.net, "parse_many", broken)
    monkeypatch.setattr(pipeline_module.net, "parse", lambda text: broken([text]))
    assert engine.redact("Mme Dupont").failed


def test_hard_cases_leak_nothing(engine):
    notes = load("deid_hard_cases.jsonl")
    results = engine.redact_many(n["text"] for n in notes)
    assert {n["id"]: leaks(n, r) for n, r in zip(notes, results, strict=True) if leaks(n, r)} == {}


def test_hard_cases_keep_what_they_mark(engine):
    """Staff names, clinical eponyms (tendon d'Achille) and note words the model tags as a
    person (kiné respi) survive, even inside a longer span of the model's; and no hard case
    is withheld whole (which would keep nothing)."""
    notes = load("deid_hard_cases.jsonl")
    results = engine.redact_many(n["text"] for n in notes)
    assert [n["id"] for n, r in zip(notes, results, strict=True) if r.failed] == []
    lost = {note["id"]: note["text"][k["start"]:k["end"]]
            for note, result in zip(notes, results, strict=True) for k in note["keep"]
            if any(e.start < k["end"] and k["start"] < e.end for e in result.entities)}
    assert lost == {}


def test_corpus_leaks_under_one_percent_of_notes(engine):
    notes = load("deid_corpus.jsonl")
    results = engine.redact_many(n["text"] for n in notes)
    leaky = [n["id"] for n, r in zip(notes, results, strict=True) if leaks(n, r)]
    assert len(leaky) <= len(notes) // 100, leaky


def test_corpus_keeps_what_triage_needs(engine):
    notes = load("deid_corpus.jsonl")
    results = engine.redact_many(n["text"] for n in notes)
    kept = total = 0
    for note, result in zip(notes, results, strict=True):
        for k in note["keep"]:
            total += 1
            kept += not result.failed and not any(
                e.start < k["end"] and k["start"] < e.end for e in result.entities)
    assert kept / total >= 0.95


def test_a_patient_sharing_a_staff_surname_does_not_hide_the_staff_name():
    engine = Deidentifier(STAFF, patient_names=["Paul Martin", "Julien Roux"], safety_net=False)
    assert engine.redact("voir avec Julien Martin, Mme Martin rappelle").text == (
        "voir avec Julien Martin, Mme [NOM] rappelle")
