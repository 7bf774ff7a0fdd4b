"""Accuracy of the triage classifier per field on the labelled corpus, against the targets.

    .venv/bin/python bench/triage_eval.py [--corpus FILE] [--config FILE] [--misses]

Columns: the whole corpus, the "dev" notes the rules were tuned on, and the "heldout" notes
written afterwards. physio_named is physio accuracy on the notes that name a physio.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.config import load_config
from handlers.triage import Triager
from handlers.triage.evaluation import TARGETS, Evaluation, evaluate, load_corpus

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
FIELDS = ("urgency", "category", "physio", "physio_named")
SPLITS = ("dev", "heldout")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DATA / "triage_corpus.jsonl")
    parser.add_argument("--config", type=Path, default=DATA / "triage_practice.toml")
    parser.add_argument("--misses", action="store_true", help="list misclassified note ids")
    args = parser.parse_args(argv)
    triager = Triager.from_config(load_config(args.config))
    notes = load_corpus(args.corpus)
    columns = {"all": notes} | {s: [n for n in notes if n.split == s] for s in SPLITS}
    results = {name: evaluate(triager, part) for name, part in columns.items()}
    print(f"{'field':<14}" + "".join(f"{f'{n} ({len(p)})':>15}" for n, p in columns.items()))
    for field in FIELDS:
        print(
            f"{field:<14}"
            + "".join(_cell(r, field) for r in results.values())
            + _verdict(results["all"], field)
        )
    if args.misses:
        for note_id, field, expected, got in results["all"].misses:
            print(f"  {note_id} {field}: expected {expected}, got {got}")
    return 0 if all(results["all"].meets(target) for target in TARGETS) else 1


def _cell(evaluation: Evaluation, field: str) -> str:
    score = evaluation.scores.get(field)
    return f"{score.accuracy:>15.3f}" if score else f"{'-':>15}"


def _verdict(evaluation: Evaluation, field: str) -> str:
    if field not in TARGETS:
        return ""
    return f"  target {TARGETS[field]:.2f} {'pass' if evaluation.meets(field) else 'FAIL'}"


if __name__ == "__main__":
    sys.exit(main())
