"""The walking skeleton end to end: real Synapse, real E2EE staff clients, the bot process."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import subprocess
import uuid

import pytest
from nio import Api, RoomCreateResponse, RoomSendResponse

from bot.app import open_store
from bot.config import load_config
from bot.devstack import KINE_RELAY
from bot.setup import ENCRYPTION
from store.patients import Patients
from tests.integration.access_helpers import let_in, own_room
from tests.integration.helpers import ack_for, audit_rows, case_of, wait_audit

pytestmark = pytest.mark.integration

# Synthetic identifiers, written for these tests; none may reach a physio, a log or the audit.
NAME, FIRST = "Vasseur-Brunet", "Odile"
PHONE = "06 47 21 93 58"
NIR = "2 84 05 75 112 345 67"
BIRTH = "14/02/1984"
EMAIL = "odile.vb@exemple.fr"
IDENTIFIERS = [NAME, FIRST, PHONE, PHONE.replace(" ", ""), NIR, NIR.replace(" ", ""), BIRTH, EMAIL]
NOTE = (f"Appel de Mme {FIRST} {NAME}, {PHONE}, NIR {NIR}, née le {BIRTH}, {EMAIL} : "
        "lombalgie, veut un RDV avec Claire mardi 14h30")


async def test_note_reaches_named_physio_without_identifiers(bot, staff, rooms, practice):
    lea, claire = staff["lea.sec"], staff["claire"]
    event_id = await lea.send(rooms.intake, NOTE)
    ack = await ack_for(lea, rooms.intake, event_id)
    ref = case_of(ack)
    assert ref and ack.body == f"{ref} → Claire"
    notice = (await claire.wait_for(lambda r: case_of(r) == ref))[0]
    assert notice.room_id == rooms.physio[practice.person("claire").user_id]
    assert ref in notice.body and "mardi 14h30" in notice.body
    for value in IDENTIFIERS:
        assert value not in notice.body and value not in str(notice.content)


async def test_physio_reply_goes_back_under_the_case(bot, staff, rooms, practice):
    lea, claire = staff["lea.sec"], staff["claire"]
    event_id = await lea.send(rooms.intake, "Appel de M. Petit : rappeler pour RDV, pour Claire")
    ref = case_of(await ack_for(lea, rooms.intake, event_id))
    notice = (await claire.wait_for(lambda r: case_of(r) == ref))[0]
    await claire.send(notice.room_id, "> quoted\n\nJe le rappelle à 18h", reply_to=notice.event_id)
    answer = (await lea.wait_for(lambda r: case_of(r) == ref and "18h" in r.body))[0]
    assert answer.body == f"{ref} · Claire : Je le rappelle à 18h"
    await claire.send(notice.room_id, f"{ref}: confirmé demain 9h")
    await lea.wait_for(lambda r: case_of(r) == ref and "demain 9h" in r.body)


async def test_unencrypted_room_is_refused_and_audited(bot, staff, practice):
    """The bot joins only the (encrypted) rooms it manages: a staff invite into an unencrypted
    room is refused and audited, so nothing said there is ever relayed."""
    marc = staff["marc.sec"]
    created = await marc.client.room_create(name="sans chiffrement",
                                            invite=["@kine-relay:localhost"])
    assert isinstance(created, RoomCreateResponse)
    row = await wait_audit(practice, lambda r: r["action"] == "invite"
                           and r["room"] == created.room_id)
    assert (row["outcome"], row["reason"]) == ("refused", "not_admin")


async def test_plaintext_event_in_an_encrypted_room_is_refused(bot, staff, rooms, practice):
    """A client that skips encryption in the intake room: refused, audited, never relayed."""
    lea = staff["lea.sec"]
    method, path, data = Api.room_send(lea.client.access_token, rooms.intake, "m.room.message",
                                       {"msgtype": "m.text", "body": NOTE}, uuid.uuid4().hex)
    sent = await lea.client._send(RoomSendResponse, method, path, data, (rooms.intake,))
    assert isinstance(sent, RoomSendResponse)
    row = await wait_audit(practice, lambda r: sent.event_id in (r["event_ids"] or ""))
    assert (row["action"], row["reason"]) == ("refuse", "unencrypted_event")
    refusal = await lea.wait_for(lambda r: r.room_id == rooms.intake and "non chiffré" in r.body)
    assert NAME not in refusal[0].body
    assert not [r for r in audit_rows(practice) if r["action"] == "relay"
                and sent.event_id in (r["event_ids"] or "")]


async def test_outsiders_are_ignored(bot, staff, practice, homeserver, tmp_path):
    from bot.devclient import StaffClient
    homeserver.register("mallory", "synthetic-pw", displayname="Julien Martin")
    mallory = await StaffClient(homeserver.url, "@mallory:localhost", "synthetic-pw",
                                str(tmp_path)).start()
    try:
        invite = await mallory.client.room_create(name="piège", invite=["@kine-relay:localhost"],
                                                  initial_state=[ENCRYPTION])
        row = await wait_audit(practice, lambda r: r["action"] == "invite"
                               and r["room"] == invite.room_id)
        assert (row["outcome"], row["reason"]) == ("refused", "not_staff")
        # In a room the bot manages, an outsider (with a physio's display name) is ignored: the
        # Matrix ID is the identity.
        marc = staff["marc.sec"]
        shared = own_room(practice, marc.client.user_id)
        await let_in(practice, marc, shared, mallory)
        # Her name in this room is the physio's short name too: her answer, command and ✅ on a
        # staff message are ignored all the same.
        await mallory.client.room_put_state(shared, "m.room.member", {
            "membership": "join", "displayname": "Julien"}, state_key="@mallory:localhost")
        staff_event = await marc.send(shared, "Appel : rappel demandé")
        events = [await mallory.send(shared, "K7Q2: annulez tout"),
                  await mallory.send(shared, "!help"),
                  (await mallory.client.room_send(shared, "m.reaction", {"m.relates_to": {
                      "rel_type": "m.annotation", "event_id": staff_event, "key": "✅"}})).event_id]
        for event_id in events:
            row = await wait_audit(practice, lambda r, e=event_id: e in (r["event_ids"] or ""))
            assert (row["action"], row["reason"]) == ("ignore", "not_staff")
    finally:
        await mallory.stop()


async def test_restart_relays_missed_note_once(bot, staff, rooms):
    lea, julien = staff["lea.sec"], staff["julien"]
    before = await lea.send(rooms.intake, "Appel de M. Roux : veut un RDV, avec Julien")
    ref_before = case_of(await ack_for(lea, rooms.intake, before))
    bot.stop()
    during = await lea.send(rooms.intake, "Appel de Mme Blanc pendant la coupure : RDV Julien")
    bot.start()
    ref_during = case_of(await ack_for(lea, rooms.intake, during, timeout=60))
    await julien.wait_for(lambda r: case_of(r) == ref_during)
    # A fresh note after the restart still decrypts and relays.
    after = await lea.send(rooms.intake, "Appel de M. Girard après redémarrage : RDV Julien")
    ref_after = case_of(await ack_for(lea, rooms.intake, after))
    await julien.wait_for(lambda r: case_of(r) == ref_after)
    await asyncio.sleep(1)  # room for a wrong duplicate to show up before counting
    for ref in (ref_before, ref_during, ref_after):
        assert len([r for r in julien.received if case_of(r) == ref]) == 1


async def test_burst_of_100_notes_relayed_exactly_once(bot, staff, rooms):
    lea, marc = staff["lea.sec"], staff["marc.sec"]
    physios = [staff[n] for n in ("julien", "claire", "sophie")]
    senders = [lea, marc]
    await asyncio.gather(*(s.send(rooms.intake, "warm-up, pour Sophie") for s in senders))
    sends = [senders[i % 2].send(rooms.intake, f"Appel {i} : rappel demandé, pour "
                                 f"{['Julien', 'Claire', 'Sophie'][i % 3]}") for i in range(100)]
    # Half arrives while the bot runs; half while it is down, so its first sync is `limited`
    # (more events than the timeline limit) and only gap filling finds the rest.
    event_ids = list(await asyncio.gather(*sends[:50]))
    bot.stop()
    event_ids += await asyncio.gather(*sends[50:])
    bot.start()
    acks = await asyncio.gather(*(ack_for(senders[i % 2], rooms.intake, e, timeout=120)
                                  for i, e in enumerate(event_ids)))
    refs = {case_of(a) for a in acks}
    assert len(refs) == 100
    for index, physio in enumerate(physios):
        mine = {case_of(acks[i]) for i in range(index, 100, 3)}
        got = await physio.wait_for(lambda r, mine=mine: case_of(r) in mine, timeout=120,
                                    count=len(mine))
        assert {case_of(r) for r in got} == mine
    await asyncio.sleep(1)
    counts = [sum(case_of(r) == ref for p in physios for r in p.received) for ref in refs]
    assert counts == [1] * 100


def test_audit_verify_detects_an_edited_row(bot, practice, tmp_path):
    result = subprocess.run([KINE_RELAY, "audit", "verify", "--config", str(practice.config)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    copy = tmp_path / "practice"
    shutil.copytree(practice.root, copy, ignore=shutil.ignore_patterns("*.log"))
    db = sqlite3.connect(copy / "data" / "store.db")
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        db.execute(f"DROP TRIGGER {name}")
    # Someone turns a relay into a mere reply, in one row of the raw file.
    db.execute("UPDATE audit SET record = replace(record, '\"relay\"', '\"reply\"') "
               "WHERE seq = (SELECT min(seq) FROM audit WHERE action = 'relay')")
    db.commit()
    db.close()
    result = subprocess.run([KINE_RELAY, "audit", "verify", "--config", str(copy / "config.toml")],
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert "row" in (result.stdout + result.stderr)


def test_no_identifier_in_logs_or_audit(bot, practice):
    text = (practice.root / "bot.log").read_text()
    assert "kine-relay is running" in text
    rows = str(audit_rows(practice))
    for value in IDENTIFIERS:
        assert value not in text
        assert value not in rows


async def test_patient_names_join_the_encrypted_directory(bot, staff, rooms, practice):
    lea = staff["lea.sec"]
    first = await lea.send(rooms.intake, "Appel de Mme Honorine Kerbrat-Quillec : RDV pour Julien")
    await ack_for(lea, rooms.intake, first)
    raw = b"".join(p.read_bytes() for p in (practice.root / "data").glob("store.db*"))
    assert b"Kerbrat" not in raw and "Kerbrat".encode("utf-16-le") not in raw
    cfg = load_config(practice.config)
    store = open_store(cfg)
    try:
        assert any("Kerbrat-Quillec" in name for name in Patients(store).names())
    finally:
        store.close()
