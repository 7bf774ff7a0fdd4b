"""Webhook intake (`POST /intake`) against the real bot process: a signed note takes the path
of a Matrix note; unsigned, stale, oversize or invalid requests are refused and audited."""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from bot.devpractice import Practice
from tests.integration.helpers import audit_rows, case_of, wait_audit
from tests.integration.webhook_client import WebhookClient

pytestmark = pytest.mark.integration

LEA = "@lea.sec:localhost"
# Synthetic identifiers, written for these tests; none may reach a physio, a log or the audit.
NAME, PHONE = "Ghislaine Ter-Minassian", "06 29 84 17 53"
IDENTIFIERS = [NAME, "Minassian", PHONE, PHONE.replace(" ", "")]


@pytest.fixture(scope="module")
def webhook(bot, practice: Practice) -> WebhookClient:
    return WebhookClient(practice.config)


async def refused(practice: Practice, reason: str, before: int) -> None:
    """Waits for a webhook refusal row with `reason`, newer than row `before`."""
    await wait_audit(practice, lambda r: r["action"] == "webhook" and r["reason"] == reason
                     and r["seq"] > before)


def last_seq(practice: Practice) -> int:
    return max((r["seq"] for r in audit_rows(practice)), default=0)


async def test_signed_note_opens_a_case_once_even_when_retried(webhook, staff, rooms, practice) -> None:
    claire, lea = staff["claire"], staff["lea.sec"]
    note = {"text": f"Appel de Mme {NAME}, {PHONE} : lombalgie, veut un RDV avec Claire",
            "from": LEA, "urgency": "soon"}
    body = json.dumps(note).encode()
    headers = webhook.signed(body)
    status, answer = await webhook.post(body, headers)
    assert status == 202
    ref = answer["case"]
    notice = (await claire.wait_for(lambda r: case_of(r) == ref))[0]
    assert notice.room_id == rooms.physio["@claire:localhost"]
    assert notice.body.startswith("🟠") and "lombalgie" in notice.body  # the stated urgency
    for value in IDENTIFIERS:
        assert value not in str(notice.content)
    await lea.wait_for(lambda r: r.room_id == rooms.intake and f"{ref} → Claire" in r.body.splitlines())
    row = await wait_audit(practice, lambda r: r["action"] == "webhook" and r["case"] == ref)
    assert (row["actor"], row["user"], row["outcome"]) == ("webhook", LEA, "accepted")
    # The software retries (it did not see the answer): same case, nothing sent twice.
    assert await webhook.post(body, headers) == (202, {"case": ref})
    await asyncio.sleep(1)  # room for a wrong duplicate to show up before counting
    assert len([r for r in claire.received if case_of(r) == ref]) == 1
    assert len([r for r in audit_rows(practice) if r["action"] == "relay" and r["case"] == ref]) == 1


async def test_bad_or_missing_signature_is_401(webhook, practice) -> None:
    before = last_seq(practice)
    body = json.dumps({"text": "rappel demandé, pour Julien", "from": LEA}).encode()
    status, answer = await webhook.post(body, webhook.signed(body, secret=b"x" * 32))
    assert (status, set(answer)) == (401, {"error"})
    await refused(practice, "bad_signature", before)
    status, _ = await webhook.post(body, {"Content-Type": "application/json"})
    assert status == 401
    await refused(practice, "unsigned", before)
    assert not [r for r in audit_rows(practice) if r["action"] == "relay" and r["seq"] > before]


async def test_a_request_older_than_the_window_is_refused(webhook, practice) -> None:
    before = last_seq(practice)
    status, _ = await webhook.note({"text": "rappel demandé, pour Julien", "from": LEA},
                                   at=time.time() - 6 * 60)
    assert status == 401
    await refused(practice, "stale", before)
    assert not [r for r in audit_rows(practice) if r["action"] == "relay" and r["seq"] > before]


async def test_oversize_body_is_413(webhook, practice) -> None:
    body = json.dumps({"text": "rappel demandé " * 400, "from": LEA}).encode()
    for chunked in (False, True):  # with a Content-Length, and without (streamed)
        before = last_seq(practice)
        status, answer = await webhook.post(body, webhook.signed(body), chunked=chunked)
        assert (status, set(answer)) == (413, {"error"})
        await refused(practice, "too_large", before)


async def test_invalid_notes_are_422(webhook, practice) -> None:
    before = last_seq(practice)
    invalid = {
        "not_secretary": {"text": "rappel demandé", "from": "@claire:localhost"},
        "missing_field": {"text": "rappel demandé"},
        "bad_urgency": {"text": "rappel demandé", "from": LEA, "urgency": "tout de suite"},
    }
    for reason, note in invalid.items():
        status, answer = await webhook.note(note)
        assert (status, set(answer)) == (422, {"error"}), reason
        await refused(practice, reason, before)
    body = b"{not json"
    assert (await webhook.post(body, webhook.signed(body)))[0] == 422
    await refused(practice, "not_json", before)


def test_no_identifier_in_logs_or_audit(webhook, practice) -> None:
    log = (practice.root / "bot.log").read_text()
    rows = str(audit_rows(practice))
    for value in IDENTIFIERS:
        assert value not in log and value not in rows
