"""Issue #6 on the real bot, its own homeserver and practice (containment pauses relays, revokes
and rotates: nothing another module's test should share): `!incident` (declare, contain, resume,
note, risk, report, close, the register), `!audit` and signed checkpoints, posted daily and on
demand, checked with the public key alone."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils
from nio import MatrixRoom, RoomEncryptedFile
from nio.crypto.attachments import decrypt_attachment

from bot.devstack import KINE_RELAY, Stack, local_stack
from handlers.checkpoints import CHECKPOINT_KEY
from store.audit import Checkpoint
from store.crypto import FieldCipher, parse_key
from store.incidents import PAUSED_UNTIL
from store.signing import SigningKey, encode_b64
from tests.integration.access_helpers import (
    Authenticator,
    admin_own_room,
    ask,
    enrolled,
    fire_now,
    new_member,
    query,
    raw_event,
    refused,
    store_path,
    until,
)
from tests.integration.helpers import ack_for, audit_rows, case_of, wait_audit

pytestmark = pytest.mark.integration

DPO = "dpo@cabinet-test.fr"
TOML = f"""
[incident]
dpo_contact = "{DPO}"

[access]
totp_required_for = ["incident", "grant"]  # fewer codes: each may wait for the next 30 s step
"""
SUMMARY = "Portable de Claire oublié dans le train, session Element ouverte"
NOTE_TEXT = "Appareil signalé à la SNCF, pas de retour"
CONSEQUENCES = "Lecture possible des notes relayées à Claire depuis lundi"


class Admin:
    """Anne, the practice's admin, in the admin room, with her authenticator."""

    def __init__(self, stack: Stack, authenticator: Authenticator):
        self.stack, self.client, self.authenticator = stack, stack.clients["anne.admin"], authenticator
        self.room = stack.rooms.admin

    async def say(self, text: str, expect: str) -> str:
        return (await ask(self.client, self.room, text, expect)).body

    async def coded(self, text: str, expect: str) -> str:
        return await self.say(f"{text} {await self.authenticator.code()}", expect)

    async def declare(self, summary: str = SUMMARY) -> int:
        body = await self.say(f"!incident declare {summary}", "déclaré")
        return int(re.search(r"Incident #(\d+)", body)[1])


@pytest.fixture(scope="module")
async def stack(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Stack]:
    async with local_stack(tmp_path_factory.mktemp("incidents"), TOML) as deployed:
        await deployed.clients["anne.admin"].joined(deployed.rooms.admin)
        yield deployed


@pytest.fixture(scope="module")
async def admin(stack: Stack) -> Admin:
    anne = stack.clients["anne.admin"]
    return Admin(stack, await enrolled(anne, await admin_own_room(stack.practice, anne)))


async def note(stack: Stack, text: str) -> str:
    """A secretary's note; returns its case reference once the bot confirmed it."""
    lea = stack.clients["lea.sec"]
    event_id = await lea.send(stack.rooms.intake, text)
    return case_of(await ack_for(lea, stack.rooms.intake, event_id))


async def notice_to(stack: Stack, physio, text: str):
    """The notice the physio receives for a secretary's note."""
    ref = await note(stack, text)
    return (await physio.wait_for(lambda r: case_of(r) == ref))[0]


def public_key(stack: Stack) -> bytes:
    """The bot's key as an auditor would get it, apart from any checkpoint it signed."""
    key = (stack.practice.root / "secrets" / "store_key").read_text()
    signer = SigningKey.load(sqlite_utils.Database(store_path(stack.practice)),
                             FieldCipher(parse_key(key)))
    assert signer is not None
    return signer.public_key


async def checkpoint_posted(admin: Admin, title: str) -> Checkpoint:
    found = await admin.client.wait_for(lambda r: r.room_id == admin.room and title in r.body
                                        and CHECKPOINT_KEY in r.content)
    return Checkpoint.from_json(json.dumps(found[-1].content[CHECKPOINT_KEY]))


def verify_cli(stack: Stack, checkpoint: Checkpoint, tmp_path: Path) -> subprocess.CompletedProcess:
    path = tmp_path / "checkpoint.json"
    path.write_text(checkpoint.to_json())
    return subprocess.run([KINE_RELAY, "audit", "verify", "--config", str(stack.practice.config),
                           "--checkpoint", str(path), f"--public-key={encode_b64(public_key(stack))}"],
                          capture_output=True, text=True)


def incident_row(stack: Stack, incident_id: int) -> dict:
    rows = query(stack.practice, "SELECT status, detected_at, contained_at, closed_at FROM incidents "
                                 "WHERE id = ?", (incident_id,))
    return dict(zip(("status", "detected_at", "contained_at", "closed_at"), rows[0], strict=True))


# --- declaring -----------------------------------------------------------------------------

async def test_declare_records_detection_and_schedules_the_three_reminders(stack, admin):
    incident_id = await admin.declare()
    detected = incident_row(stack, incident_id)["detected_at"]
    reminders = query(stack.practice, "SELECT due_at, payload FROM timers WHERE kind = ? AND key = ? "
                                      "ORDER BY due_at", ("incident.reminder", str(incident_id)))
    start = datetime.fromisoformat(detected)
    assert [(datetime.fromisoformat(due), json.loads(payload)["hours"]) for due, payload in reminders] == [
        (start + timedelta(hours=h), h) for h in (24, 48, 66)]
    row = await wait_audit(stack.practice, lambda r: r["action"] == "incident.declare")
    assert (row["reason"], row["actor"]) == (f"incident_{incident_id}", admin.client.client.user_id)
    # The summary is free text: encrypted in the store, never in the audit.
    raw = b"".join(p.read_bytes() for p in store_path(stack.practice).parent.glob("store.db*"))
    assert SUMMARY.encode() not in raw and "Portable" not in str(audit_rows(stack.practice))


async def test_incident_commands_are_for_admins_with_a_code_in_the_admin_room(stack, admin):
    lea = stack.clients["lea.sec"]
    row = await refused(lea, stack.rooms.intake, "!incident declare test", "rôle", stack.practice)
    assert row["reason"] == "wrong_role"
    incident_id = await admin.declare("Essai de refus")
    row = await refused(admin.client, admin.room, f"!incident contain {incident_id} pause",
                        "Code 2FA requis", stack.practice)
    assert row["reason"] == "code_missing"
    assert query(stack.practice, "SELECT value FROM kv WHERE key = 'relay.paused_by'") == []
    row = await refused(admin.client, admin.room, "!incident note 999 rien", "inconnu", stack.practice)
    assert row["reason"] == "unknown_incident"
    await admin.coded(f"!incident close {incident_id}", "clos")


# --- containment ---------------------------------------------------------------------------

async def test_pause_holds_notes_then_resume_releases_each_once(stack, admin):
    claire = stack.clients["claire"]
    incident_id = await admin.declare()
    await admin.coded(f"!incident contain {incident_id} pause", "relais vers les kinés suspendus")
    # Notes still become cases, confirmed to the secretariat, and are recorded.
    held = [await note(stack, f"Appel de M. Quéméner-{i} : douleur épaule, rappeler, pour Claire")
            for i in range(2)]
    for ref in held:
        await wait_audit(stack.practice, lambda r, ref=ref: r["action"] == "relay.held" and r["case"] == ref)
        await wait_audit(stack.practice, lambda r, ref=ref: r["action"] == "relay" and r["case"] == ref)
    queued = query(stack.practice, "SELECT case_ref, due_at, sent_at FROM outbox WHERE kind = 'notice' "
                                   "AND case_ref IN (?, ?) ORDER BY id", tuple(held))
    assert queued == [(ref, PAUSED_UNTIL, None) for ref in held]
    assert not [r for r in claire.received if case_of(r) in held]  # held rows were never sent
    body = await admin.say(f"!incident close {incident_id}", "Reprenez d'abord")
    assert str(incident_id) in body

    await admin.coded(f"!incident resume {incident_id}", "2 message(s)")
    # (each case's messages in order; two cases may cross, as any two notes sent together)
    got = await claire.wait_for(lambda r: case_of(r) in held, count=2)
    assert sorted(case_of(r) for r in got) == sorted(held)
    await admin.say(f"!incident resume {incident_id}", "pas suspendus")
    # A note after the resume is relayed at once, and after it nothing held comes twice.
    after = await note(stack, "Appel de Mme Kerhervé : RDV de contrôle, pour Claire")
    await claire.wait_for(lambda r: case_of(r) == after)
    assert sorted(case_of(r) for r in claire.received if case_of(r) in held) == sorted(held)
    assert incident_row(stack, incident_id)["contained_at"]


async def test_contain_snapshots_revokes_and_rotates_every_room(stack, admin, tmp_path):
    julien = stack.clients["julien"]
    zoe = await new_member(stack.practice, admin.client, admin.room, "zoe", "secretary")
    try:
        before = await notice_to(stack, julien, "Appel de M. Le Gall : annulation, pour Julien")
        incident_id = await admin.declare()
        body = await admin.coded(f"!incident contain {incident_id} snapshot revoke {zoe.user_id} rotate",
                                 "révoqué")
        assert "tête d'audit signée" in body and "nouvelle session Megolm" in body
        # The snapshot: a signed checkpoint in the admin room, good with the public key alone.
        checkpoint = await checkpoint_posted(admin, f"Incident #{incident_id}")
        assert checkpoint.verify(public_key(stack))
        result = verify_cli(stack, checkpoint, tmp_path)
        assert result.returncode == 0, result.stdout + result.stderr
        # The revocation: no role left, audited as the incident's.
        assert query(stack.practice, "SELECT role FROM members WHERE user_id = ?", (zoe.user_id,)) == [("",)]
        row = await wait_audit(stack.practice, lambda r: r["action"] == "revoke" and r["user"] == zoe.user_id)
        assert row["reason"] == "incident"
        # The rotation: a new Megolm session even in a room the revoked member was never in.
        after = await notice_to(stack, julien, "Appel de Mme Riou : ordonnance, pour Julien")
        old = await raw_event(julien, before.room_id, before.event_id)
        new = await raw_event(julien, after.room_id, after.event_id)
        assert new.session_id != old.session_id
    finally:
        await zoe.client.stop()


# --- the report and the register -----------------------------------------------------------

async def report(admin: Admin, incident_id: int, files: list[RoomEncryptedFile]) -> tuple[str, dict]:
    """`!incident report`: its markdown message and its JSON attachment, decrypted."""
    count = len(files)
    body = await admin.say(f"!incident report {incident_id}", f"# Incident #{incident_id}")
    attachment = (await until(lambda: files[count:], what="the JSON attachment"))[0]
    assert attachment.body == f"incident-{incident_id}.json"
    server, media_id = attachment.url.removeprefix("mxc://").split("/")
    client = admin.client.client
    response = await client.send("GET", f"/_matrix/client/v1/media/download/{server}/{media_id}",
                                 headers={"Authorization": f"Bearer {client.access_token}"})
    stored = await response.read()
    assert b"call_notes" not in stored  # the media repository holds ciphertext
    plain = decrypt_attachment(stored, attachment.key["k"], attachment.hashes["sha256"], attachment.iv)
    return body, json.loads(plain)


def counts(data: dict) -> tuple[int, int, int]:
    records = data["personal_data_records"]["approximate_number"]
    return (records["call_notes"], data["data_subjects"]["approximate_number"]["patients"],
            records["full_note_reveals"])


async def test_report_has_every_art33_field_with_counts_from_the_audit(stack, admin):
    files: list[RoomEncryptedFile] = []

    async def on_file(room: MatrixRoom, event: RoomEncryptedFile) -> None:
        if room.room_id == admin.room:
            files.append(event)

    admin.client.client.add_event_callback(on_file, RoomEncryptedFile)
    incident_id = await admin.declare()
    _, first = await report(admin, incident_id, files)
    # Three notes about two patients, one of them shown in full: +3 records, +2 people, +1 reveal.
    refs = [await note(stack, "Appel de Mme Ginette Prigent-Oual : lombalgie, pour Sophie"),
            await note(stack, "Rappel de Mme Ginette Prigent-Oual : décaler le RDV, pour Sophie"),
            await note(stack, "Appel de M. Yannick Trébaol-Mor : entorse, pour Sophie")]
    await admin.say(f"!show {refs[0]}", "note complète")
    await admin.say(f"!incident note {incident_id} {NOTE_TEXT}", "Note ajoutée")
    await admin.say(f"!incident risk {incident_id} high {CONSEQUENCES}", "risque élevé")
    await admin.coded(f"!incident contain {incident_id} rotate", "nouvelle session Megolm")
    # After containment, a note no longer counts: the window ends when the exposure stopped.
    await note(stack, "Appel de M. Ewen Kerdoncuff-Lay : bilan, pour Sophie")
    body, data = await report(admin, incident_id, files)

    assert tuple(a - b for a, b in zip(counts(data), counts(first), strict=True)) == (3, 2, 1)
    assert set(data) == {
        "format", "incident", "status", "declared_by", "detected_at", "notification_deadline",
        "deadline_passed", "contained_at", "closed_at", "nature", "data_subjects",
        "personal_data_records", "counting", "likely_consequences", "measures_taken", "notes",
        "dpo_contact", "high_risk", "communication_to_data_subjects_required"}
    assert (data["nature"], data["dpo_contact"], data["likely_consequences"]) == (SUMMARY, DPO, CONSEQUENCES)
    assert data["high_risk"] is True and data["communication_to_data_subjects_required"] is True
    assert data["data_subjects"]["categories"] and data["personal_data_records"]["categories"]
    assert data["counting"]["to"].startswith(data["contained_at"][:19])
    assert [m["kind"] for m in data["measures_taken"]] == ["assess", "rotate"]
    assert [n["text"] for n in data["notes"]] == [NOTE_TEXT]
    assert data["deadline_passed"] is False and data["status"] == "open"
    for text in (SUMMARY, DPO, CONSEQUENCES, NOTE_TEXT, "Risque élevé (art. 34)** : oui",
                 "Mesures prises", "Personnes concernées", "Catégories de données"):
        assert text in body
    assert NOTE_TEXT not in str(audit_rows(stack.practice))


async def test_the_register_keeps_closed_incidents(stack, admin):
    incident_id = await admin.declare("Clé USB de sauvegarde égarée")
    await admin.coded(f"!incident close {incident_id}", "registre")
    assert query(stack.practice, "SELECT 1 FROM timers WHERE kind = ? AND key = ?",
                 ("incident.reminder", str(incident_id))) == []
    register = subprocess.run([KINE_RELAY, "incidents", "--config", str(stack.practice.config)],
                              capture_output=True, text=True, check=True).stdout
    assert f"#{incident_id} closed" in register and "Clé USB de sauvegarde égarée" in register
    lines = subprocess.run([KINE_RELAY, "incidents", "--json", "--config", str(stack.practice.config)],
                           capture_output=True, text=True, check=True).stdout.splitlines()
    reports = {r["incident"]: r for r in map(json.loads, lines)}
    assert reports[incident_id]["status"] == "closed" and reports[incident_id]["closed_at"]
    assert len(reports) == incident_id  # every incident declared, open or closed


# --- the audit in the admin room, and checkpoints ------------------------------------------

async def test_audit_command_lists_a_case_and_a_member(stack, admin):
    ref = await note(stack, "Appel de M. Cadiou : RDV, pour Julien")
    body = await admin.say(f"!audit {ref}", f"du dossier {ref}")
    assert re.search(rf"#\d+ \d\d/\d\d \d\d:\d\d relay · @lea\.sec:localhost → @julien:localhost · {ref}",
                     body)
    lea = stack.clients["lea.sec"].client.user_id
    body = await admin.say(f"!audit {lea} 1j", f"de {lea}")
    assert f"· {ref}" in body and "Cadiou" not in body
    row = await refused(admin.client, admin.room, "!audit 2025-13-45", "usage", stack.practice)
    assert row["reason"] == "bad_argument"


async def test_checkpoints_on_demand_and_daily_verify_with_the_public_key_alone(stack, admin, tmp_path):
    await admin.say("!audit checkpoint", "Point de contrôle demandé")
    asked = await checkpoint_posted(admin, "Point de contrôle demandé")
    key = public_key(stack)
    assert asked.verify(key)
    forged = Checkpoint(asked.size + 1, asked.head, asked.time, asked.public_key, asked.signature)
    assert not forged.verify(key)
    result = verify_cli(stack, asked, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr

    fire_now(stack.practice, "audit.checkpoint")
    daily = await checkpoint_posted(admin, "Point de contrôle quotidien")
    assert daily.verify(key) and daily.size > asked.size
    await until(lambda: query(stack.practice, "SELECT due_at FROM timers WHERE kind = 'audit.checkpoint' "
                                              "AND due_at > ?", (daily.time.replace("Z", "+00:00"),)),
                what="the next day's checkpoint")
