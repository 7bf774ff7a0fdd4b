"""!2fa — two-factor authentication (TOTP, RFC 6238):
- `!2fa enroll`, in the member's own encrypted room with the bot: the QR code (an encrypted
  attachment) and the otpauth:// link, both deleted once confirmed or after 15 minutes;
- `!2fa confirm <code>`, there too: the first valid code activates 2FA and brings 10 single-use
  recovery codes (deleted from the room after 10 minutes);
- `!2fa reset <utilisateur> [code]`: an admin, in the admin room, with their own code when
  [access] asks one.
The secret, the link and the codes go only through the encrypted outbox: never logged."""

from __future__ import annotations

import base64
from datetime import timedelta
from typing import Any

from handlers.access import in_own_room, own_rooms
from handlers.commands.registry import Arg, Refusal, command
from handlers.context import Context
from handlers.devices import require_trusted_device
from handlers.message import Message
from handlers.twofactor_check import require_code
from store.confirmations import Confirmations
from store.rooms import ADMIN, PERSONAL, PHYSIO
from store.totp import AlreadyEnrolled, Status

ENROL = "2fa_enrol"
ENROL_WITHIN = timedelta(minutes=15)
RECOVERY_SHOWN = timedelta(minutes=10)
USAGE = "usage : !2fa enroll · !2fa confirm <code> · !2fa reset <utilisateur> [code] (admin)"
NOT_HERE = "La 2FA s'active seulement dans votre salon chiffré avec le bot."


@command("2fa", roles={"admin", "secretary", "physio"}, rooms={ADMIN, PHYSIO, PERSONAL},
         args=(Arg("action"), Arg("valeur", optional=True), Arg("code", optional=True)),
         help="double authentification : enroll · confirm <code> · reset <utilisateur> (admin)")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    action, value, code = args["action"].lower(), args["valeur"], args["code"]
    if action == "enroll" and value is None:
        enroll(ctx, msg)
    elif action == "confirm" and value:
        confirm(ctx, msg, value + (code or ""))  # "123 456" is typed too
    elif action == "reset" and value:
        reset(ctx, msg, Arg("utilisateur", "user").parse(value), code)
    else:
        raise Refusal(USAGE, "bad_argument")


def enroll(ctx: Context, msg: Message) -> None:
    if not in_own_room(ctx, msg):
        raise Refusal(NOT_HERE, "not_own_room")
    try:
        enrolment = ctx.twofactor.begin_enrolment(msg.sender, now=ctx.now())
    except AlreadyEnrolled:
        raise Refusal("2FA déjà active ; un admin peut la réinitialiser (!2fa reset).",
                      "already_enrolled") from None
    withdraw_enrolment(ctx, msg.sender)
    qr = ctx.send.queue("file", msg.room_id, {
        "body": "2fa.png", "mimetype": "image/png", "msgtype": "m.image",
        "data": base64.b64encode(enrolment.qr_png).decode()}, kind="2fa_qr")
    link = ctx.send.post(msg.room_id, "Ajoutez kine-relay à votre application d'authentification : "
                                      f"scannez le QR code, ou ouvrez ce lien : {enrolment.uri}\n"
                                      "Puis envoyez ici : !2fa confirm <code à 6 chiffres>",
                         kind="2fa_uri")
    expires = ctx.now() + ENROL_WITHIN
    Confirmations(ctx.store).create(ENROL, msg.sender, msg.sender,
                                    {"room": msg.room_id, "txn_ids": [qr, link]}, expires)
    for txn_id in (qr, link):
        ctx.send.queue("redact", msg.room_id, {"txn_id": txn_id, "reason": "2FA"},
                       kind="2fa_redact", due=expires)
    ctx.audit.append("2fa.enrol", outcome="pending", actor=msg.sender, role=ctx.role(msg.sender),
                     room=msg.room_id, event_ids=[msg.event_id])


def confirm(ctx: Context, msg: Message, code: str) -> None:
    if not in_own_room(ctx, msg):
        raise Refusal(NOT_HERE, "not_own_room")
    codes = ctx.twofactor.confirm_enrolment(msg.sender, code, now=ctx.now())
    if codes is None:
        raise Refusal("Code incorrect, ou aucune activation en cours (!2fa enroll).", "code_wrong")
    withdraw_enrolment(ctx, msg.sender)
    shown = ctx.send.post(msg.room_id, "✅ 2FA activée. Codes de secours, chacun valable une fois : "
                                       "notez-les hors de Matrix, ce message sera effacé dans "
                                       "10 minutes.\n" + "\n".join(codes), kind="2fa_recovery")
    ctx.send.queue("redact", msg.room_id, {"txn_id": shown, "reason": "2FA"}, kind="2fa_redact",
                   due=ctx.now() + RECOVERY_SHOWN)
    ctx.audit.append("2fa.enrol", outcome="active", actor=msg.sender, role=ctx.role(msg.sender),
                     room=msg.room_id, event_ids=[msg.event_id])


def reset(ctx: Context, msg: Message, user: str, code: str | None) -> None:
    if ctx.role(msg.sender) != "admin":
        raise Refusal("Commande refusée : votre rôle ne le permet pas.", "wrong_role")
    if (ctx.rooms.kind_of(msg.room_id) or ("",))[0] != ADMIN:
        raise Refusal("Commande refusée dans ce salon.", "wrong_room")
    if ctx.twofactor.status(user) == Status.NONE:
        raise Refusal("Ce compte n'a pas de 2FA.", "not_enrolled")
    require_trusted_device(ctx, msg)
    require_code(ctx, msg, "2fa_reset", code)
    ctx.twofactor.reset(user)
    withdraw_enrolment(ctx, user)
    for room in own_rooms(ctx, user):
        ctx.reply(room, "Votre 2FA a été réinitialisée par un admin : !2fa enroll pour la "
                        "réactiver.", kind="2fa")
    ctx.audit.append("2fa.reset", actor=msg.sender, role=ctx.role(msg.sender), user=user,
                     room=msg.room_id, event_ids=[msg.event_id])
    ctx.reply(msg.room_id, f"2FA de {ctx.name(user)} ({user}) réinitialisée.", kind="2fa")


def withdraw_enrolment(ctx: Context, user: str) -> None:
    """An unconfirmed (or just confirmed) enrolment's QR code and link are deleted now."""
    confirmations = Confirmations(ctx.store)
    pending = confirmations.latest(ENROL, user, ctx.now())
    if pending is None:
        return
    for txn_id in pending.payload["txn_ids"]:
        ctx.send.queue("redact", pending.payload["room"], {"txn_id": txn_id, "reason": "2FA"},
                       kind="2fa_redact")
    confirmations.drop(pending.token)
