"""Issue #5, device trust on the real bot: a member's later device is held (announced in the
admin room, sent nothing) until trusted by an admin or confirmed by the member from a trusted
device with a 2FA code; `!untrust` reverses it; an outsider's devices never get a key."""

from __future__ import annotations

import pytest

from bot.devclient import StaffClient
from tests.integration.access_helpers import (
    NewMember,
    ask,
    can_decrypt,
    devices_of,
    enrol,
    let_in,
    new_member,
    raw_event,
    until,
)
from tests.integration.helpers import ack_for, case_of, wait_audit

pytestmark = pytest.mark.integration


async def note_for(lea: StaffClient, intake: str, member: NewMember) -> str:
    """A call note given to `member` (triage names only configured physios: !reassign)."""
    event_id = await lea.send(intake, "Appel de M. Essai : souhaite un rappel")
    ack = await ack_for(lea, intake, event_id)
    ref = case_of(ack)
    if not ack.body.endswith(member.user_id):  # triage sends a patient to their usual physio
        await ask(lea, intake, f"!reassign {ref} {member.user_id}", f"{ref} → ")
    return ref


async def notice_in_room(member: NewMember, ref: str) -> str:
    found = await member.client.wait_for(lambda r: case_of(r) == ref and r.room_id == member.room)
    return found[0].event_id


async def test_a_new_device_gets_no_note_until_trusted_nor_after_untrust(
        bot, staff, rooms, practice):
    anne, lea = staff["anne.admin"], staff["lea.sec"]
    paul = await new_member(practice, anne, rooms.admin, "paul", "physio")
    second = await StaffClient(practice.homeserver.url, paul.user_id, paul.password).start()
    device = second.client.device_id
    try:
        await anne.wait_for(lambda r: r.room_id == rooms.admin and "Nouvel appareil" in r.body
                            and device in r.body)
        assert devices_of(practice, paul.user_id) == {paul.client.client.device_id: "trusted",
                                                      device: "held"}
        held = await notice_in_room(paul, await note_for(lea, rooms.intake, paul))
        assert not can_decrypt(second, await raw_event(paul.client, paul.room, held))

        await ask(anne, rooms.admin, f"!trust {paul.user_id} {device}", "approuvé")
        trusted = await note_for(lea, rooms.intake, paul)
        await second.wait_for(lambda r: case_of(r) == trusted and r.room_id == paul.room)

        await ask(anne, rooms.admin, f"!untrust {paul.user_id} {device}", "en attente")
        assert devices_of(practice, paul.user_id)[device] == "held"
        again = await notice_in_room(paul, await note_for(lea, rooms.intake, paul))
        assert not can_decrypt(second, await raw_event(paul.client, paul.room, again))
    finally:
        await second.stop()
        await paul.client.stop()


async def test_a_member_confirms_a_new_device_from_a_trusted_one_with_a_code(
        bot, staff, rooms, practice):
    pia = await new_member(practice, staff["anne.admin"], rooms.admin, "pia", "secretary")
    second = await StaffClient(practice.homeserver.url, pia.user_id, pia.password).start()
    device = second.client.device_id
    try:
        authenticator = await enrol(pia.client, pia.room)
        await until(lambda: devices_of(practice, pia.user_id).get(device) == "held",
                    what="the new device held")
        # The new device cannot vouch for itself, code or not.
        event_id = await second.send(pia.room, f"!trust {device} {await authenticator.code()}")
        row = await wait_audit(practice, lambda r: event_id in (r["event_ids"] or "")
                               and r["action"] == "command.trust")
        assert (row["outcome"], row["reason"]) == ("refused", "untrusted_device")
        assert devices_of(practice, pia.user_id)[device] == "held"
        await ask(pia.client, pia.room, f"!trust {device} {await authenticator.code()}", "approuvé")
        assert devices_of(practice, pia.user_id)[device] == "trusted"
    finally:
        await second.stop()
        await pia.client.stop()


async def test_an_outsider_in_a_managed_room_is_ignored_and_never_gets_a_key(
        bot, staff, rooms, practice):
    olga = await new_member(practice, staff["anne.admin"], rooms.admin, "olga", "secretary")
    practice.homeserver.register("mallory2", "synthetic-pw", displayname="Olga")
    mallory = await StaffClient(practice.homeserver.url, "@mallory2:localhost", "synthetic-pw").start()
    try:
        await let_in(practice, olga.client, olga.room, mallory)
        event_id = await mallory.send(olga.room, "!help")
        row = await wait_audit(practice, lambda r: event_id in (r["event_ids"] or ""))
        assert (row["action"], row["reason"]) == ("ignore", "not_staff")
        answer = await ask(olga.client, olga.room, "!help", "Commandes disponibles")
        assert not can_decrypt(mallory, await raw_event(olga.client, olga.room, answer.event_id))
        assert devices_of(practice, mallory.client.user_id) == {}
    finally:
        await mallory.stop()
        await olga.client.stop()
