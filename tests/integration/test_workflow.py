"""The case life cycle against the real bot process, on a Synapse of this module's own (its
escalation runs every few seconds, which no other test should see): routing, acknowledgement,
secretaries' commands, escalation across a restart, and the reveal of the full note."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyotp
import pytest
from nio import RedactedEvent, RoomGetEventResponse, RoomSendResponse

from bot.app import open_store
from bot.config import load_config
from bot.devclient import Received, StaffClient
from bot.devpractice import Practice
from bot.devstack import Stack, local_stack
from handlers.escalation import ESCALATION_KEY
from store.totp import TwoFactor
from tests.integration.helpers import ack_for, audit_rows, case_of, wait_audit

pytestmark = pytest.mark.integration

JULIEN, CLAIRE, SOPHIE = "@julien:localhost", "@claire:localhost", "@sophie:localhost"
ROTA_TOML = "\n[triage.rota]\n" + "".join(
    f'{day} = "{SOPHIE}"\n'
    for day in ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))
# Escalation steps 3 s apart; a revealed note stays 6 s.
WORKFLOW_TOML = f"""
[cases]
escalate_minutes = 0.05
backup_physio = "{JULIEN}"
reveal_minutes = 0.1
{ROTA_TOML}"""
# Synthetic identifiers, written for these tests; only !show may show them, to the owner.
NAME, PHONE = "Bérangère Kowalczyk-Ollivier", "06 38 51 27 94"
IDENTIFIERS = [NAME, "Kowalczyk", PHONE, PHONE.replace(" ", "")]


@pytest.fixture(scope="module")
async def stack(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Stack]:
    async with local_stack(tmp_path_factory.mktemp("workflow"), WORKFLOW_TOML) as deployed:
        yield deployed


async def note(stack: Stack, text: str) -> tuple[str, Received]:
    """Léa sends a note; the case reference and the bot's confirmation."""
    lea = stack.clients["lea.sec"]
    ack = await ack_for(lea, stack.rooms.intake, await lea.send(stack.rooms.intake, text))
    ref = case_of(ack)
    assert ref
    return ref, ack


async def notice_of(person: StaffClient, ref: str) -> Received:
    return (await person.wait_for(lambda r: case_of(r) == ref))[0]


async def said(person: StaffClient, room_id: str, words: str, timeout: float = 30) -> Received:
    return (await person.wait_for(lambda r: r.room_id == room_id and words in r.body, timeout))[0]


async def react(person: StaffClient, room_id: str, event_id: str, key: str = "✅") -> None:
    client = person.client
    if client.should_query_keys:
        await client.keys_query()
    response = await client.room_send(
        room_id, "m.reaction",
        {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}},
        ignore_unverified_devices=True)
    assert isinstance(response, RoomSendResponse)


def pending_escalation(practice: Practice, ref: str) -> bool:
    path = Path(practice.root) / "data" / "store.db"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT 1 FROM timers WHERE kind = 'escalate' AND key = ?",
                            [ref]).fetchone() is not None


@contextmanager
def rota_removed(stack: Stack) -> Iterator[None]:
    """The bot restarted without [triage.rota], then with it again."""
    config = stack.practice.config
    original = config.read_text()
    assert ROTA_TOML in original
    stack.bot.stop()
    config.write_text(original.replace(ROTA_TOML, ""))
    stack.bot.start()
    try:
        yield
    finally:
        stack.bot.stop()
        config.write_text(original)
        stack.bot.start()


# --- routing: named physio > usual physio > rota > unassigned ---------------------------------

async def test_note_goes_to_the_physio_it_names(stack: Stack) -> None:
    ref, ack = await note(stack, "Appel de M. Gaspard Lenoir : veut un RDV avec Claire")
    assert ack.body == f"{ref} → Claire"
    assert (await notice_of(stack.clients["claire"], ref)).room_id == stack.rooms.physio[CLAIRE]


async def test_note_naming_nobody_goes_to_the_patients_usual_physio(stack: Stack) -> None:
    first, _ = await note(stack, "Appel de Mme Maëlle Fournier-Ryckx : bilan, RDV avec Julien")
    await notice_of(stack.clients["julien"], first)
    # No physio named: the patient's last physio, not the one on call (Sophie).
    ref, ack = await note(stack, "Appel de Mme Maëlle Fournier-Ryckx : veut décaler sa séance")
    assert ack.body == f"{ref} → Julien"
    await notice_of(stack.clients["julien"], ref)


async def test_note_for_a_new_patient_naming_nobody_goes_to_the_physio_on_call(stack: Stack) -> None:
    ref, ack = await note(stack, "Appel de M. Théo Vandamme : veut un RDV pour un bilan")
    assert ack.body == f"{ref} → Sophie"
    await notice_of(stack.clients["sophie"], ref)


async def test_without_rota_the_case_waits_in_the_intake_room_until_reassigned(stack: Stack) -> None:
    lea, claire = stack.clients["lea.sec"], stack.clients["claire"]
    with rota_removed(stack):
        ref, ack = await note(stack, "Appel de M. Armand Quesnel-Tissot : question sur la facture")
        assert ack.body == f"{ref} → non attribué : !reassign {ref} <kiné>"
        await lea.send(stack.rooms.intake, f"!reassign {ref} claire")
        notice = await notice_of(claire, ref)
        assert notice.body.startswith("↪️") and ref in notice.body
        await said(lea, stack.rooms.intake, f"{ref} → Claire")
        row = await wait_audit(stack.practice, lambda r: r["action"] == "reassign" and r["case"] == ref)
        assert row["user"] == CLAIRE
    physios = [stack.clients[n] for n in ("julien", "claire", "sophie")]
    assert [r for p in physios for r in p.received if case_of(r) == ref] == [notice]


# --- forms, acknowledgement, the secretaries' view --------------------------------------------

async def test_note_form_is_triaged_by_its_fields(stack: Stack) -> None:
    form = (f"!note\npatient: Mme {NAME}\ntél: {PHONE}\nmotif: entorse de cheville\n"
            "urgence: rapide\npour: Sophie")
    ref, ack = await note(stack, form)
    assert ack.body == f"{ref} → Sophie"
    notice = await notice_of(stack.clients["sophie"], ref)
    assert "🟠" in notice.body and "entorse de cheville" in notice.body
    for value in IDENTIFIERS:
        assert value not in str(notice.content)


async def test_a_check_mark_on_the_notice_acknowledges(stack: Stack) -> None:
    lea, claire = stack.clients["lea.sec"], stack.clients["claire"]
    ref, _ = await note(stack, "Appel de M. Lucien Prévost-Abadie : RDV avec Claire")
    notice = await notice_of(claire, ref)
    await react(claire, notice.room_id, notice.event_id)
    await said(lea, stack.rooms.intake, f"{ref} pris en charge par Claire")
    row = await wait_audit(stack.practice, lambda r: r["action"] == "ack" and r["case"] == ref)
    assert row["actor"] == CLAIRE


async def test_ok_then_done_and_the_secretaries_follow_with_status(stack: Stack) -> None:
    lea, julien, claire = (stack.clients[n] for n in ("lea.sec", "julien", "claire"))
    intake, julien_room = stack.rooms.intake, stack.rooms.physio[JULIEN]
    ref, _ = await note(stack, "Appel de Mme Irène Castagnède : rappeler, pour Julien")
    await notice_of(julien, ref)
    await claire.send(stack.rooms.physio[CLAIRE], f"!ok {ref}")
    await said(claire, stack.rooms.physio[CLAIRE], f"{ref} ne vous est pas attribué")
    await julien.send(julien_room, f"!ok {ref}")
    await said(julien, julien_room, f"✅ {ref} pris en charge.")
    await said(lea, intake, f"{ref} pris en charge par Julien")
    await lea.send(intake, f"!status {ref}")
    status = await said(lea, intake, f"{ref} · ")
    assert "· pris · Julien ·" in status.body and "Rappel demandé" in status.body
    await julien.send(julien_room, f"!done {ref}")
    await said(lea, intake, f"{ref} clos par Julien")
    await lea.send(intake, f"!status {ref}")
    await said(lea, intake, "· clos · Julien ·")
    await julien.send(julien_room, f"!done {ref}")
    await said(julien, julien_room, f"{ref} est clos.")


async def test_cases_lists_the_unfinished_cases(stack: Stack) -> None:
    lea, sophie = stack.clients["lea.sec"], stack.clients["sophie"]
    waiting, _ = await note(stack, "Appel de M. Jordan Ploquin : veut une ordonnance, pour Sophie")
    closed, _ = await note(stack, "Appel de M. Yanis Lheureux : annule son RDV, pour Sophie")
    await notice_of(sophie, closed)
    await sophie.send(stack.rooms.physio[SOPHIE], f"!done {closed}")
    await said(lea, stack.rooms.intake, f"{closed} clos par Sophie")
    await lea.send(stack.rooms.intake, "!cases")
    listing = await said(lea, stack.rooms.intake, "Dossiers en cours")
    line = next(line for line in listing.body.splitlines() if line.startswith(waiting))
    assert "· en attente · Sophie ·" in line and "Ordonnance" in line
    assert closed not in listing.body


# --- escalation -----------------------------------------------------------------------------

async def test_urgent_case_escalates_each_step_once_across_a_restart(stack: Stack) -> None:
    claire, julien, anne = (stack.clients[n] for n in ("claire", "julien", "anne.admin"))
    await anne.joined(stack.rooms.admin)
    ref, _ = await note(stack, "Appel de M. Aubin Tessier : chute ce matin, douleur 9/10 au genou, "
                               "très urgent, pour Claire")

    def step(n: int):
        return lambda r: case_of(r) == ref and r.content.get(ESCALATION_KEY) == n

    await notice_of(claire, ref)
    await claire.wait_for(step(1))
    stack.bot.stop()
    assert pending_escalation(stack.practice, ref)  # stopped with a step still to come
    stack.bot.start()
    backup = (await julien.wait_for(step(2), timeout=60))[0]
    assert backup.room_id == stack.rooms.physio[JULIEN] and "non pris par Claire" in backup.body
    admin = (await anne.wait_for(step(3), timeout=60))[0]
    assert admin.room_id == stack.rooms.admin
    await asyncio.sleep(4)  # more than one step apart: room for a wrong repeat to show up
    received = [r for p in (claire, julien, anne) for r in p.received
                if case_of(r) == ref and r.room_id != stack.rooms.intake]
    assert sorted(r.content.get(ESCALATION_KEY, 0) for r in received) == [0, 1, 2, 3]
    assert not pending_escalation(stack.practice, ref)


async def test_acknowledging_stops_the_escalation(stack: Stack) -> None:
    claire = stack.clients["claire"]
    ref, _ = await note(stack, "Appel de Mme Ondine Marchetti : fièvre à 39 et douleur 9/10, "
                               "pour Claire")
    await notice_of(claire, ref)
    assert pending_escalation(stack.practice, ref)
    await claire.send(stack.rooms.physio[CLAIRE], f"!ok {ref}")
    await wait_audit(stack.practice, lambda r: r["action"] == "ack" and r["case"] == ref)
    assert not pending_escalation(stack.practice, ref)


# --- reveal -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def claire_totp(stack: Stack) -> pyotp.TOTP:
    """Claire enrolled in 2FA (through the store: enrolment commands are another feature's)."""
    store = open_store(load_config(stack.practice.config))
    try:
        enrolment = TwoFactor(store).begin_enrolment(CLAIRE)
        totp = pyotp.TOTP(enrolment.secret)
        assert TwoFactor(store).confirm_enrolment(CLAIRE, totp.now())
    finally:
        store.close()
    return totp


async def redacted(person: StaffClient, room_id: str, event_id: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        response = await person.client.room_get_event(room_id, event_id)
        if isinstance(response, RoomGetEventResponse) and isinstance(response.event, RedactedEvent):
            return
        assert time.monotonic() < deadline, "the reveal was never deleted"
        await asyncio.sleep(0.5)


async def test_owner_sees_the_full_note_with_a_code_then_it_is_deleted(
        stack: Stack, claire_totp: pyotp.TOTP) -> None:
    claire, room = stack.clients["claire"], stack.rooms.physio[CLAIRE]
    ref, _ = await note(stack, f"Appel de Mme {NAME}, {PHONE} : lombalgie, RDV avec Claire")
    notice = await notice_of(claire, ref)
    assert NAME not in notice.body
    await claire.send(room, f"!show {ref}")
    await said(claire, room, "Code 2FA requis")
    await wait_audit(stack.practice, lambda r: r["action"] == "reveal" and r["case"] == ref
                     and r["reason"] == "code_missing")
    # The next time step's code: the enrolment used this one.
    await claire.send(room, f"!show {ref} {claire_totp.at(time.time() + 30)}")
    reveal = await said(claire, room, f"🔓 {ref}")
    assert NAME in reveal.body and PHONE in reveal.body
    row = await wait_audit(stack.practice, lambda r: r["action"] == "reveal" and r["case"] == ref
                           and r["outcome"] == "ok")
    assert row["actor"] == CLAIRE
    await redacted(claire, room, reveal.event_id)


async def test_reveal_is_refused_to_another_physio_and_audited(stack: Stack) -> None:
    claire, julien = stack.clients["claire"], stack.clients["julien"]
    ref, _ = await note(stack, f"Appel de Mme {NAME} : douleurs à l'épaule, pour Claire")
    await notice_of(claire, ref)
    room = stack.rooms.physio[JULIEN]
    event_id = await julien.send(room, f"!show {ref} 123456")
    await said(julien, room, f"{ref} ne vous est pas attribué")
    row = await wait_audit(stack.practice, lambda r: r["action"] == "reveal" and r["case"] == ref)
    assert (row["outcome"], row["reason"], row["actor"]) == ("refused", "not_owner", JULIEN)
    assert event_id in row["event_ids"]
    assert not any(NAME in r.body for r in julien.received)


def test_no_identifier_in_logs_or_audit(stack: Stack) -> None:
    log = (stack.practice.root / "bot.log").read_text()
    rows = str(audit_rows(stack.practice))
    for value in IDENTIFIERS:
        assert value not in log and value not in rows
