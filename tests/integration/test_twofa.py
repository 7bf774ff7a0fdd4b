"""Issue #5, TOTP on the real bot: `!2fa enroll` in the member's own encrypted room (QR code as an
encrypted attachment, otpauth link, both deleted once confirmed), refusal elsewhere, nothing in
clear in the store or the log, lockout after five wrong codes, reset by an admin."""

from __future__ import annotations

import re
from pathlib import Path

import pyotp
import pytest
from nio import MatrixRoom, RoomEncryptedImage
from nio.crypto.attachments import decrypt_attachment

from tests.integration.access_helpers import (
    BOT,
    Authenticator,
    ask,
    enrol,
    enrolled,
    new_member,
    own_room,
    query,
    raw,
    refused,
    store_path,
    until,
)
from tests.integration.helpers import audit_rows, wait_audit

pytestmark = pytest.mark.integration

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def stored_bytes(practice) -> bytes:
    """The store as it sits on disk: the database file and its write-ahead log."""
    path = store_path(practice)
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


async def test_enrolment_in_the_own_room_sends_an_encrypted_qr_code_and_link(
        bot, staff, rooms, practice):
    tess = await new_member(practice, staff["anne.admin"], rooms.admin, "tess", "secretary")
    images: list[RoomEncryptedImage] = []

    async def on_image(room: MatrixRoom, event: RoomEncryptedImage) -> None:
        images.append(event)

    tess.client.client.add_event_callback(on_image, RoomEncryptedImage)
    try:
        link = await ask(tess.client, tess.room, "!2fa enroll", "otpauth://")
        uri = re.search(r"otpauth://\S+", link.body)[0]
        secret = pyotp.parse_uri(uri).secret
        qr = await until(lambda: images, what="the QR code")
        assert qr[0].sender == BOT and qr[0].mimetype == "image/png"
        # The media repository holds ciphertext; the key came inside the Megolm-encrypted event.
        server, media_id = qr[0].url.removeprefix("mxc://").split("/")
        response = await tess.client.client.send(
            "GET", f"/_matrix/client/v1/media/download/{server}/{media_id}",
            headers={"Authorization": f"Bearer {tess.client.client.access_token}"})
        stored = await response.read()
        assert not stored.startswith(PNG_SIGNATURE)
        assert decrypt_attachment(stored, qr[0].key["k"], qr[0].hashes["sha256"],
                                  qr[0].iv).startswith(PNG_SIGNATURE)

        authenticator = Authenticator(pyotp.parse_uri(uri))
        done = await ask(tess.client, tess.room, f"!2fa confirm {await authenticator.code()}",
                         "2FA activée")
        recovery = re.findall(r"^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$", done.body, re.M)
        assert len(set(recovery)) == 10
        assert query(practice, "SELECT status FROM totp WHERE user_id = ?", (tess.user_id,)) == [
            ("active",)]
        # Once confirmed, the QR code and the link are deleted from the room.
        for event_id in (qr[0].event_id, link.event_id):
            await until(lambda event_id=event_id: _redacted(tess, event_id), what="the redaction")

        # Nothing in clear: not the secret, the link or a recovery code, in the store or the log.
        log = (practice.root / "bot.log").read_text()
        for text in (secret, "otpauth", *recovery):
            assert text.encode() not in stored_bytes(practice)
            assert text not in log
        assert not [row for row in audit_rows(practice) if "otpauth" in str(row)]
    finally:
        await tess.client.stop()


async def _redacted(member, event_id: str) -> bool:
    event = await raw(member.client, member.room, event_id)
    return "redacted_because" in event.get("unsigned", {})


async def test_enrolment_outside_the_own_encrypted_room_is_refused(bot, staff, rooms, practice):
    lea, anne = staff["lea.sec"], staff["anne.admin"]
    row = await refused(lea, rooms.intake, "!2fa enroll", "dans ce salon", practice)
    assert row["reason"] == "wrong_room"
    row = await refused(anne, rooms.admin, "!2fa enroll", "salon chiffré avec le bot", practice)
    assert row["reason"] == "not_own_room"
    # An unencrypted room: the bot joins no room it does not manage, so it is never in one.
    created = await anne.client.room_create(name="sans chiffrement", invite=[BOT])
    row = await wait_audit(practice, lambda r: r["action"] == "invite" and r["room"] == created.room_id)
    assert (row["outcome"], row["reason"]) == ("refused", "unmanaged_room")
    unheard = await anne.send(created.room_id, "!2fa enroll")
    await ask(anne, rooms.admin, "!help", "Commandes disponibles")  # the bot has moved on
    assert not [r for r in audit_rows(practice) if unheard in (r["event_ids"] or "")]
    assert not query(practice, "SELECT 1 FROM totp WHERE user_id = ?", (lea.client.user_id,))
    assert "otpauth" not in (practice.root / "bot.log").read_text()


async def test_five_wrong_codes_lock_and_alert_then_an_admin_resets(bot, staff, rooms, practice):
    anne = staff["anne.admin"]
    lou = await new_member(practice, anne, rooms.admin, "lou", "physio")
    try:
        authenticator = await enrol(lou.client, lou.room)
        # Confirming a held device takes a code: the action the wrong codes are tried on.
        answers = [(await ask(lou.client, lou.room, f"!trust ABCDEFGHIJ {authenticator.wrong()}",
                              "2FA")).body for _ in range(6)]
        assert answers[:4] == ["Code 2FA incorrect."] * 4
        assert answers[4].startswith("5 codes faux") and "verrouillée" in answers[5]
        locked = await ask(lou.client, lou.room, f"!trust ABCDEFGHIJ {await authenticator.code()}",
                           "2FA")
        assert "verrouillée" in locked.body
        await anne.wait_for(lambda r: r.room_id == rooms.admin and "🔒" in r.body
                            and lou.user_id in r.body)
        await wait_audit(practice, lambda r: r["action"] == "2fa.lock" and r["actor"] == lou.user_id)

        admin_code = await (await enrolled(anne, own_room(practice, anne.client.user_id))).code()
        await ask(anne, rooms.admin, f"!2fa reset {lou.user_id} {admin_code}", "réinitialisée")
        await lou.client.wait_for(lambda r: r.room_id == lou.room and "par un admin" in r.body)
        assert not query(practice, "SELECT 1 FROM totp WHERE user_id = ?", (lou.user_id,))
        row = await wait_audit(practice, lambda r: r["action"] == "2fa.reset" and r["user"] == lou.user_id)
        assert row["actor"] == anne.client.user_id
    finally:
        await lou.client.stop()
