"""!untrust <utilisateur> <appareil> — a trusted device is held again: it gets nothing more, and
every room of the member gets a new Megolm session so it cannot read what comes next."""

from __future__ import annotations

from typing import Any

from handlers.access import rotate_rooms
from handlers.commands.registry import Arg, Refusal, command
from handlers.context import Context
from handlers.devices import decide, require_trusted_device
from handlers.message import Message
from store.devices import HELD, TRUSTED, Devices
from store.rooms import ADMIN


@command("untrust", roles={"admin"}, rooms={ADMIN},
         args=(Arg("utilisateur", "user"), Arg("appareil")), help="retirer la confiance à un appareil")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    user, device = args["utilisateur"], args["appareil"]
    require_trusted_device(ctx, msg)
    if (user, device) == (msg.sender, msg.device_id):
        raise Refusal("C'est l'appareil que vous utilisez : retirez-le depuis un autre.", "own_device")
    if Devices(ctx.store).statuses(user).get(device) != TRUSTED:
        raise Refusal("Aucun appareil approuvé de ce nom pour ce membre (voir !members).",
                      "unknown_device")
    decide(ctx, user, device, HELD, msg.sender)
    rotate_rooms(ctx, user)
    ctx.reply(msg.room_id, f"⏸️ Appareil {device} de {ctx.name(user)} en attente : il ne reçoit "
                           "plus rien.", kind="device")
