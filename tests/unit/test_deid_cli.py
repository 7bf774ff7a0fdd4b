"""`kine-relay redact`: JSON lines in, JSON lines out, in order, one per note."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from bot.cli import redact
from handlers.deid import Deidentifier, Redacted


@pytest.fixture(scope="module")
def engine() -> Deidentifier:
    return Deidentifier(staff_names=["Julien Martin", "Julien"], safety_net=False)


def run_lines(engine, lines):
    out, err = io.StringIO(), io.StringIO()
    code = redact.redact_lines(engine, lines, out, err)
    return code, [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_one_answer_per_note_in_order(engine):
    surnames = ["Dupont", "Ferrand", "Le Goff", "N'Diaye", "Kowalczyk"]
    notes = [{"id": i, "text": f"Mme {name} 06 12 34 56 7{i} avec Julien"}
             for i, name in enumerate(surnames)]
    code, answers, err = run_lines(engine, [json.dumps(n) + "\n" for n in notes])
    assert code == 0 and err == ""
    assert [a["id"] for a in answers] == list(range(5))
    assert answers[0]["text"] == "Mme [NOM] [TÉL] avec Julien"
    first = notes[0]["text"]
    assert [(first[e["start"]:e["end"]], e["kind"]) for e in answers[0]["entities"]] == [
        ("Dupont", "NOM"), ("06 12 34 56 70", "TEL")]


def test_bad_lines_are_reported_by_number_without_their_text(engine):
    lines = ['{"id": "a", "text": "Mme Dupont"}\n', "Mme Secret not json\n", "\n", '{"id": 2}\n']
    code, answers, err = run_lines(engine, lines)
    assert code == 1
    assert [a["id"] for a in answers] == ["a"]
    assert "line 2" in err and "line 4" in err and "Secret" not in err


class _Withholding:
    """An engine that withholds every note, as the pipeline does when a stage fails."""

    def redact_many(self, texts):
        return [Redacted(text="", entities=(), identity=None, failed=True) for _ in texts]


def test_withheld_notes_come_back_empty():
    code, answers, _ = run_lines(_Withholding(), ['{"id": 1, "text": "06 12 34 56 78"}\n'])
    assert answers == [{"id": 1, "text": "", "entities": []}]


def test_subcommand_registration():
    parser = argparse.ArgumentParser()
    redact.add(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["redact", "--text", "Mme Dupont"])
    assert args.func is redact.run and args.text == "Mme Dupont" and args.config is None
