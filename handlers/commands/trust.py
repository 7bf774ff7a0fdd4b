"""!trust — let a held device get room keys. Two forms:
- `!trust <utilisateur> <appareil>`: an admin, in the admin room;
- `!trust <appareil> <code>`: the member, in their own room, from a device already trusted,
  with a 2FA code."""

from __future__ import annotations

import re
from typing import Any

from handlers.access import in_own_room
from handlers.commands.registry import USER_ID, Arg, Refusal, command
from handlers.context import Context
from handlers.devices import decide, require_trusted_device
from handlers.message import Message
from handlers.twofactor_check import check_code
from store.devices import HELD, TRUSTED, Devices
from store.rooms import ADMIN, PERSONAL, PHYSIO

DEVICE_ID = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")


@command("trust", roles={"admin", "secretary", "physio"}, rooms={ADMIN, PHYSIO, PERSONAL},
         args=(Arg("utilisateur|appareil"), Arg("appareil|code")),
         help="approuver un appareil (admin : @utilisateur APPAREIL ; "
              "vous, dans votre salon : APPAREIL code2FA)")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    first, second = args["utilisateur|appareil"], args["appareil|code"]
    require_trusted_device(ctx, msg)
    if USER_ID.match(first):
        if ctx.role(msg.sender) != "admin":
            raise Refusal("Seul un admin approuve l'appareil d'un autre.", "wrong_role")
        if (ctx.rooms.kind_of(msg.room_id) or ("",))[0] != ADMIN:
            raise Refusal("Commande refusée dans ce salon.", "wrong_room")
        user, device = first, second
    else:
        if not in_own_room(ctx, msg):
            raise Refusal("Approuvez votre appareil dans votre salon avec le bot.", "wrong_room")
        check_code(ctx, msg, second)
        user, device = msg.sender, first
    held = held_device(ctx, user, device)
    decide(ctx, user, held, TRUSTED, msg.sender)
    ctx.reply(msg.room_id, f"✅ Appareil {held} de {ctx.name(user)} approuvé : il recevra les "
                           "prochains messages.", kind="device")


def held_device(ctx: Context, user: str, device: str) -> str:
    """The device, if the bot holds it for this member (not echoed otherwise: it is free text)."""
    if not DEVICE_ID.match(device) or Devices(ctx.store).statuses(user).get(device) != HELD:
        raise Refusal("Aucun appareil en attente de ce nom pour ce membre (voir !members).",
                      "unknown_device")
    return device
