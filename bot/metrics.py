"""Counters and a latency histogram, rendered in Prometheus text format. No identifiers:
labels are fixed words."""

from __future__ import annotations

import bisect
from collections import Counter

LATENCY_BUCKETS = (0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
COUNTERS = {
    "notes_received": "call notes accepted from the secretariat",
    "notes_relayed": "case notices delivered to a physio room",
    "notes_held": "notes held (undecryptable, paused) instead of relayed",
    "messages_refused": "messages refused with a short reason",
    "decryption_failures": "events the bot could not decrypt on arrival",
}


class Metrics:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.latency = [0] * (len(LATENCY_BUCKETS) + 1)
        self.latency_sum = 0.0

    def count(self, name: str, by: int = 1) -> None:
        assert name in COUNTERS, name
        self.counts[name] += by

    def observe_latency(self, seconds: float) -> None:
        self.latency[bisect.bisect_left(LATENCY_BUCKETS, seconds)] += 1
        self.latency_sum += seconds

    def render(self, gauges: dict[str, tuple[float, str]]) -> str:
        lines = []
        for name, text in COUNTERS.items():
            lines += [f"# HELP kine_relay_{name}_total {text}",
                      f"# TYPE kine_relay_{name}_total counter",
                      f"kine_relay_{name}_total {self.counts[name]}"]
        for name, (value, text) in gauges.items():
            lines += [f"# HELP kine_relay_{name} {text}", f"# TYPE kine_relay_{name} gauge",
                      f"kine_relay_{name} {value:g}"]
        name = "kine_relay_relay_latency_seconds"
        lines += [f"# HELP {name} from a note's arrival to its notice being sent",
                  f"# TYPE {name} histogram"]
        cumulative = 0
        for bound, count in zip((*LATENCY_BUCKETS, "+Inf"), self.latency, strict=True):
            cumulative += count
            lines.append(f'{name}_bucket{{le="{bound}"}} {cumulative}')
        lines += [f"{name}_sum {self.latency_sum:g}", f"{name}_count {cumulative}"]
        return "\n".join(lines) + "\n"
