"""Bad input against the real bot: an over-long note, malformed and unknown events, edits and
deletions of relayed notes, answers to unknown cases. (Display-name spoofing is in
test_relay.py, test_outsiders_are_ignored; the same inputs at random are in
tests/unit/test_bad_input_properties.py.)"""

from __future__ import annotations

import sqlite3

import pytest
from nio import RoomRedactResponse, RoomSendResponse

from bot.devclient import Received, StaffClient
from bot.devledger import Ledger
from handlers.notices import CASE_KEY
from tests.integration.helpers import ack_for, case_of, wait_audit

pytestmark = pytest.mark.integration

# Synthetic identifiers, written for these tests.
PHONE = "07 61 22 48 90"
EMAIL = "karim.b@exemple.fr"
NIR = "1 79 07 75 056 123 45"
IDENTIFIERS = [PHONE, PHONE.replace(" ", ""), EMAIL, NIR, NIR.replace(" ", "")]
REFUSAL_MAX = 200
WAIT = 60.0


@pytest.fixture
def ledger(staff, rooms, practice) -> Ledger:
    return Ledger(staff, rooms.intake, practice.root / "data")


def case_status(practice, ref: str) -> str:
    path = practice.root / "data" / "store.db"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT status FROM cases WHERE ref = ?", [ref]).fetchone()[0]


async def refusal_after(client: StaffClient, room_id: str, send, marker: str) -> Received:
    """What the bot answers in `room_id` (a text containing `marker`) to what `send()` sends."""
    def said(r: Received) -> bool:
        return r.room_id == room_id and marker in r.body
    already = len([r for r in client.received if said(r)])
    await send()
    return (await client.wait_for(said, WAIT, count=already + 1))[-1]


def echoes(text: str, reply: str, width: int = 12) -> bool:
    """Whether `reply` repeats any `width` characters of what was sent."""
    return any(text[i:i + width] in reply for i in range(len(text) - width + 1))


async def raw_send(client: StaffClient, room_id: str, event_type: str, content: dict) -> str:
    response = await client.client.room_send(room_id, event_type, content,
                                             ignore_unverified_devices=True)
    assert isinstance(response, RoomSendResponse), response
    return response.event_id


async def test_over_long_note_is_refused_with_a_short_reason(bot, staff, rooms, practice):
    lea = staff["lea.sec"]
    sent: list[str] = []
    note = f"Appel de M. Benali, {PHONE}, {EMAIL} : " + "il explique longuement. " * 200

    async def send() -> None:
        sent.append(await lea.send(rooms.intake, note))
    refusal = await refusal_after(lea, rooms.intake, send, "trop longue")
    assert len(refusal.body) <= REFUSAL_MAX
    assert not echoes(note, refusal.body)
    row = await wait_audit(practice, lambda r: sent[0] in (r["event_ids"] or ""))
    assert (row["action"], row["outcome"], row["reason"]) == ("refuse", "refused", "too_long")
    assert CASE_KEY not in refusal.content  # no case was opened


MALFORMED = [
    ("m.room.message", {"msgtype": "m.text"}),  # no body
    ("m.room.message", {"body": f"Appel sans msgtype, rappeler au {PHONE}"}),
    ("m.room.message", {"msgtype": "m.text", "body": 42, "note": EMAIL}),
    ("m.room.message", {"msgtype": "org.example.unknown", "body": f"type inconnu {NIR}"}),
    ("m.room.message", {"msgtype": "m.text", "body": "Appel, relation cassée, pour Claire",
                        "m.relates_to": "n'importe quoi"}),
    ("m.room.message", {"msgtype": "m.text", "body": "Appel, réponse cassée, pour Claire",
                        "m.relates_to": {"m.in_reply_to": "pas un objet"}}),
    ("m.room.message", {"msgtype": "m.text", "body": "* édition cassée",
                        "m.relates_to": {"rel_type": "m.replace", "event_id": 7},
                        "m.new_content": "pas un objet"}),
    ("m.room.message", {"msgtype": "m.text", "body": "Appel <b>HTML cassé, pour Sophie",
                        "format": "org.matrix.custom.html",
                        "formatted_body": "<b><i>non fermé <script>alert(1)</script><img src=x"}),
    ("org.example.custom", {"anything": [1, {"deep": PHONE}]}),
    ("m.sticker", {"body": "autocollant"}),
    ("m.reaction", {"m.relates_to": {"rel_type": "m.annotation"}}),
]


async def test_malformed_and_unknown_events_do_not_stop_the_relay(bot, staff, rooms, practice, ledger):
    marc = staff["marc.sec"]
    before = await marc.send(rooms.intake, "Appel avant les événements bizarres : rappel, pour Julien")
    await ack_for(marc, rooms.intake, before, WAIT)
    odd = [await raw_send(marc, rooms.intake, kind, content) for kind, content in MALFORMED]
    after = await marc.send(rooms.intake, "Appel après les événements bizarres : rappel, pour Julien")
    await ledger.relayed_once([after], WAIT)
    assert bot.proc and bot.proc.poll() is None, "the bot died"
    answers = [r for r in marc.received if r.room_id == rooms.intake]
    assert not [r for r in answers if "Erreur interne" in r.body]
    # What the bot sends is plain text: nothing from the input comes back as HTML.
    assert not [r for r in answers if "formatted_body" in r.content]
    log = (practice.root / "bot.log").read_text()
    leaked = [value for value in IDENTIFIERS if value in log]
    assert not leaked, "a malformed event's content reached the log"
    assert odd  # sent, and the relay went on after them


async def test_edit_of_a_relayed_note_updates_the_same_case(bot, staff, rooms, practice, ledger):
    lea, claire = staff["lea.sec"], staff["claire"]
    note = await lea.send(rooms.intake, "Appel de Mme Girard : rappel demandé, pour Claire")
    (ref,) = (await ledger.relayed_once([note], WAIT)).values()
    new_text = f"Appel de Mme Girard : rappel demandé jeudi au {PHONE}, pour Claire"
    edit = await lea.send(rooms.intake, f"* {new_text}", extra={
        "m.new_content": {"msgtype": "m.text", "body": new_text},
        "m.relates_to": {"rel_type": "m.replace", "event_id": note}})
    update = (await claire.wait_for(lambda r: case_of(r) == ref and "Mise à jour" in r.body, WAIT))[0]
    assert "jeudi" in update.body and PHONE not in update.body
    row = await wait_audit(practice, lambda r: edit in (r["event_ids"] or ""))
    assert (row["action"], row["case"]) == ("update", ref)
    await ledger.fence(WAIT)
    assert [r.body.startswith("✏️") for r in claire.received if case_of(r) == ref] == [False, True]
    assert len(ledger.acked()[note]) == 1  # an edit opens no second case


async def test_deleted_note_withdraws_its_case_and_tells_the_physio(bot, staff, rooms, practice, ledger):
    lea, sophie = staff["lea.sec"], staff["sophie"]
    note = await lea.send(rooms.intake, "Appel de M. Perrin : rappel demandé, pour Sophie")
    (ref,) = (await ledger.relayed_once([note], WAIT)).values()
    redaction = await lea.client.room_redact(rooms.intake, note, reason="erreur de saisie")
    assert isinstance(redaction, RoomRedactResponse)
    told = (await sophie.wait_for(lambda r: case_of(r) == ref and "retiré" in r.body, WAIT))[0]
    assert told.room_id == rooms.physio[practice.person("sophie").user_id]
    row = await wait_audit(practice, lambda r: r["action"] == "withdraw" and r["case"] == ref)
    assert row["outcome"] == "ok"
    assert case_status(practice, ref) == "withdrawn"


async def test_answer_to_an_unknown_case_is_refused_briefly(bot, staff, rooms, practice):
    claire = staff["claire"]
    room = rooms.physio[practice.person("claire").user_id]
    sent: list[str] = []
    # No reference; an unknown reference; a reply to a message that is no notice.
    for text, reply_to in ((f"Je rappelle demain au {PHONE}", None),
                           (f"ZZZZ: je rappelle demain au {PHONE}", None),
                           (f"répondu à rien, écrire à {EMAIL}", "first")):
        async def send(text: str = text, reply_to: str | None = reply_to) -> None:
            sent.append(await claire.send(room, text, reply_to=sent[0] if reply_to else None))
        refusal = await refusal_after(claire, room, send, "non relayée")
        assert len(refusal.body) <= REFUSAL_MAX
        assert not echoes(text, refusal.body) and "ZZZZ" not in refusal.body
    for event_id in sent:
        row = await wait_audit(practice, lambda r, e=event_id: e in (r["event_ids"] or ""))
        assert (row["action"], row["reason"]) == ("refuse", "unknown_case")
