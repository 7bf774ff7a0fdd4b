"""The webhook's request signature: HMAC-SHA256 of timestamp + "." + body, 5-minute window."""

from __future__ import annotations

import hashlib
import hmac

from bot.webhook import REPLAY_WINDOW_S, sign, signature_problem

SECRET = b"synthetic-webhook-secret-0123456789abcdef"
BODY = b'{"text": "rappel demande", "from": "@lea:exemple.fr"}'
NOW = 1_750_000_000


def test_signature_is_hmac_sha256_of_timestamp_dot_body() -> None:
    expected = hmac.new(SECRET, f"{NOW}.".encode() + BODY, hashlib.sha256).hexdigest()
    assert sign(SECRET, str(NOW), BODY) == expected


def test_a_fresh_well_signed_request_passes_in_either_case() -> None:
    signature = sign(SECRET, str(NOW), BODY)
    assert signature_problem(SECRET, str(NOW), BODY, signature, NOW) is None
    assert signature_problem(SECRET, str(NOW), BODY, signature.upper(), NOW + 10) is None


def test_edges_of_the_replay_window() -> None:
    for at in (NOW - REPLAY_WINDOW_S, NOW + REPLAY_WINDOW_S):
        assert signature_problem(SECRET, str(at), BODY, sign(SECRET, str(at), BODY), NOW) is None
    for at in (NOW - REPLAY_WINDOW_S - 1, NOW + REPLAY_WINDOW_S + 1):
        assert signature_problem(SECRET, str(at), BODY, sign(SECRET, str(at), BODY), NOW) == "stale"


def test_refusals() -> None:
    good = sign(SECRET, str(NOW), BODY)
    cases = {
        "unsigned": [(str(NOW), BODY, ""), ("", BODY, good)],
        "stale": [("-5", BODY, good), ("1e9", BODY, good), ("١٢٣", BODY, good)],
        "bad_signature": [(str(NOW), BODY + b" ", good), (str(NOW + 1), BODY, good),
                          (str(NOW), BODY, sign(b"another-secret", str(NOW), BODY)),
                          (str(NOW), BODY, "é" * 64)],
    }
    for reason, requests in cases.items():
        for timestamp, body, signature in requests:
            assert signature_problem(SECRET, timestamp, body, signature, NOW) == reason
