"""Issue #5, roles and commands, on the real bot: who may run what where, !members, !grant with a
fresh 2FA code, !revoke with its confirmation (rooms, Megolm rotation, deactivation on Synapse),
the access review and automatic expiry (time moved through the store, never slept)."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import quote

import pytest

from bot.devclient import StaffClient
from tests.integration.access_helpers import (
    ask,
    backdate,
    can_decrypt,
    enrolled,
    fire_now,
    kicked_by_bot,
    new_member,
    own_room,
    query,
    raw_event,
    refused,
    synapse_admin,
    until,
)
from tests.integration.helpers import ack_for, case_of, wait_audit

pytestmark = pytest.mark.integration

ADMIN_COMMANDS = ("!members", "!grant", "!revoke", "!confirm", "!review", "!trust", "!untrust", "!2fa")


def listed(help_text: str) -> set[str]:
    return {line.split()[0] for line in help_text.splitlines()[1:]}


async def test_help_lists_only_what_the_sender_may_run(bot, staff, rooms):
    secretary = await ask(staff["lea.sec"], rooms.intake, "!help", "Commandes disponibles")
    assert "!help" in listed(secretary.body) and not listed(secretary.body) & set(ADMIN_COMMANDS)
    admin = await ask(staff["anne.admin"], rooms.admin, "!help", "Commandes disponibles")
    assert set(ADMIN_COMMANDS) <= listed(admin.body)


async def test_a_non_admin_is_refused_and_audited(bot, staff, rooms, practice):
    row = await refused(staff["lea.sec"], rooms.intake, "!members", "votre rôle", practice)
    assert (row["action"], row["actor"], row["reason"]) == (
        "command.members", staff["lea.sec"].client.user_id, "wrong_role")


async def test_an_admin_command_in_the_wrong_room_is_refused_and_audited(bot, staff, rooms, practice):
    row = await refused(staff["anne.admin"], rooms.intake, "!members", "dans ce salon", practice)
    assert (row["action"], row["reason"]) == ("command.members", "wrong_room")


async def test_members_shows_roles_devices_activity_and_two_factor(bot, staff, rooms, practice):
    anne = staff["anne.admin"]
    listing = await ask(anne, rooms.admin, "!members", "Membres (")
    for person in practice.people.values():
        line = next(line for line in listing.body.splitlines() if person.user_id in line)
        assert f"— {person.role} —" in line and "2FA :" in line and "actif le" in line
    anne_line = next(line for line in listing.body.splitlines() if anne.client.user_id in line)
    assert f"{anne.client.device_id} ✅" in anne_line


async def test_grant_asks_a_fresh_code_and_refuses_a_replayed_one(bot, staff, rooms, practice):
    anne = staff["anne.admin"]
    authenticator = await enrolled(anne, own_room(practice, anne.client.user_id))
    for localpart in ("gina", "gino"):
        practice.homeserver.register(localpart, "synthetic-pw")
    row = await refused(anne, rooms.admin, "!grant @gina:localhost secretary", "Code 2FA requis",
                        practice)
    assert row["reason"] == "code_missing"
    assert not query(practice, "SELECT 1 FROM members WHERE user_id = '@gina:localhost'")
    code = await authenticator.code()
    await ask(anne, rooms.admin, f"!grant @gina:localhost secretary {code}", "@gina:localhost : secretary")
    row = await refused(anne, rooms.admin, f"!grant @gino:localhost physio {code}", "déjà utilisé",
                        practice)
    assert row["reason"] == "code_replayed"
    assert query(practice, "SELECT role FROM members WHERE user_id = '@gina:localhost'") == [("secretary",)]
    assert not query(practice, "SELECT 1 FROM members WHERE user_id = '@gino:localhost'")
    # Membership follows the role: invited to the intake room, given a personal room; as a
    # physio, out of the intake room and into a physio room of her own.
    gina = await StaffClient(practice.homeserver.url, "@gina:localhost", "synthetic-pw").start()
    try:
        await gina.joined(rooms.intake)
        await gina.joined(await until(lambda: own_room(practice, "@gina:localhost"),
                                      what="gina's room"))
        await ask(anne, rooms.admin, f"!grant @gina:localhost physio {await authenticator.code()}",
                  "@gina:localhost : physio")
        await until(lambda: kicked_by_bot(practice, rooms.intake, "@gina:localhost",
                                          "Changement de rôle"), what="the kick")
        physio_room = await until(lambda: query(practice, "SELECT room_id FROM rooms WHERE "
                                                "kind = 'physio' AND owner = '@gina:localhost'"),
                                  what="gina's physio room")
        await gina.joined(physio_room[0][0])
    finally:
        await gina.stop()


async def test_revoke_needs_the_admins_code_then_removes_rotates_and_deactivates(
        bot, staff, rooms, practice):
    anne, lea = staff["anne.admin"], staff["lea.sec"]
    authenticator = await enrolled(anne, own_room(practice, anne.client.user_id))
    victor = await new_member(practice, anne, rooms.admin, "victor", "secretary")
    try:
        await victor.client.joined(rooms.intake)
        await enrolled(victor.client, victor.room)
        # Victor reads the intake room: his device holds the bot's current Megolm session there.
        before = await lea.send(rooms.intake, "Appel de M. Avant : rappeler, pour Julien")
        ack = await ack_for(victor.client, rooms.intake, before)
        assert can_decrypt(victor.client, await raw_event(lea, rooms.intake, ack.event_id))

        asked = await ask(anne, rooms.admin, f"!revoke {victor.user_id} a quitté le cabinet",
                          "!confirm ")
        token = asked.body.split("!confirm ")[1].split()[0]
        row = await refused(anne, rooms.admin, f"!confirm {token}", "Code 2FA requis", practice)
        assert row["reason"] == "code_missing"
        assert query(practice, "SELECT role FROM members WHERE user_id = ?", (victor.user_id,)) == [
            ("secretary",)]
        await ask(anne, rooms.admin, f"!confirm {token} {await authenticator.code()}", "révoqué")

        revoked = await wait_audit(practice, lambda r: r["action"] == "revoke"
                                   and r["user"] == victor.user_id)
        assert (revoked["actor"], revoked["reason"]) == (anne.client.user_id, "admin")
        for room in (rooms.intake, victor.room):
            await until(lambda room=room: kicked_by_bot(practice, room, victor.user_id),
                        what="the kick")
        assert query(practice, "SELECT role FROM members WHERE user_id = ?", (victor.user_id,)) == [("",)]
        assert not query(practice, "SELECT 1 FROM totp WHERE user_id = ?", (victor.user_id,))
        account = f"/_synapse/admin/v2/users/{quote(victor.user_id)}"
        await until(lambda: synapse_admin(practice, "GET", account)["deactivated"],
                    what="the deactivation")
        # Deactivation logged all his devices out.
        assert synapse_admin(practice, "GET", f"{account}/devices")["total"] == 0

        # The next message of the bot in the room he was in: a new session, not for his device.
        after = await lea.send(rooms.intake, "Appel de M. Après : rappeler, pour Julien")
        next_ack = await ack_for(lea, rooms.intake, after)
        event = await raw_event(lea, rooms.intake, next_ack.event_id)
        assert not can_decrypt(victor.client, event)
    finally:
        await victor.client.stop()


async def test_review_lists_an_idle_member_and_device(bot, staff, rooms, practice):
    anne = staff["anne.admin"]
    ida = await new_member(practice, anne, rooms.admin, "ida", "secretary")
    try:
        clean = await ask(anne, rooms.admin, "!review", "Revue des accès")
        assert ida.user_id not in clean.body
        backdate(practice, ida.user_id, days=120)
        found = await ask(anne, rooms.admin, "!review", "Revue des accès")
        members, devices = found.body.split("Appareils non vus")
        assert ida.user_id in members and staff["lea.sec"].client.user_id not in members
        assert ida.client.client.device_id in devices
    finally:
        await ida.client.stop()


async def test_auto_expiry_revokes_an_idle_physio_and_hands_over_their_cases(
        bot, staff, rooms, practice):
    anne, lea = staff["anne.admin"], staff["lea.sec"]
    eve = await new_member(practice, anne, rooms.admin, "eve", "physio")
    try:
        note = await lea.send(rooms.intake, "Appel de M. Expire : rappeler pour un RDV")
        ref = case_of(await ack_for(lea, rooms.intake, note))
        await ask(lea, rooms.intake, f"!reassign {ref} {eve.user_id}", f"{ref} → ")
        await eve.client.wait_for(lambda r: case_of(r) == ref and r.room_id == eve.room)
        backdate(practice, eve.user_id, days=120)
        fire_now(practice, "access.expire")

        row = await wait_audit(practice, lambda r: r["action"] == "revoke" and r["user"] == eve.user_id)
        assert (row["actor"], row["reason"]) == ("timer", "auto_expire")
        notice = await anne.wait_for(lambda r: r.room_id == rooms.admin and "Accès expirés" in r.body
                                     and eve.user_id in r.body)
        assert notice
        # Her open case goes to the default physio, and the secretariat is told.
        await lea.wait_for(lambda r: case_of(r) == ref and "Julien" in r.body and "repris de" in r.body)
        assert query(practice, "SELECT physio FROM cases WHERE ref = ?", (ref,)) == [
            (practice.person("julien").user_id,)]
        await until(lambda: kicked_by_bot(practice, eve.room, eve.user_id), what="the kick")
        # The expiry runs again tomorrow.
        [(due,)] = query(practice, "SELECT due_at FROM timers WHERE kind = 'access.expire'")
        assert datetime.fromisoformat(due) > datetime.now(UTC)
    finally:
        await eve.client.stop()


async def test_monthly_reminder_to_review(bot, staff, rooms, practice):
    fire_now(practice, "access.reminder")
    await staff["anne.admin"].wait_for(lambda r: r.room_id == rooms.admin
                                       and "Rappel mensuel" in r.body and "!review" in r.body)
    assert query(practice, "SELECT count(*) FROM timers WHERE kind = 'access.reminder'") == [(1,)]
