"""!members — the members, their roles, devices (trusted or held), last activity, 2FA status."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from handlers.commands.registry import command
from handlers.context import Context
from handlers.message import Message
from store.devices import TRUSTED, Device, Devices
from store.rooms import ADMIN
from store.totp import Status

TWO_FACTOR = {Status.NONE: "non", Status.PENDING: "en cours", Status.ACTIVE: "oui",
              Status.LOCKED: "verrouillée"}


@command("members", roles={"admin"}, rooms={ADMIN}, help="membres, rôles, appareils, 2FA")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    devices = Devices(ctx.store)
    lines = [f"• {member.name} — {member.user_id} — {member.role} — 2FA : "
             f"{TWO_FACTOR[ctx.twofactor.status(member.user_id, now=ctx.now())]} — actif le "
             f"{datetime.fromisoformat(last):%d/%m/%Y} — appareils : "
             f"{device_list(devices.of(member.user_id))}"
             for member, last in ctx.members.activity()]
    ctx.reply(msg.room_id, f"Membres ({len(lines)}) :\n" + "\n".join(lines)
              + "\n✅ approuvé, ⏸️ en attente (!trust <utilisateur> <appareil>)", kind="members")


def device_list(devices: list[Device]) -> str:
    return ", ".join(f"{d.device_id} {'✅' if d.status == TRUSTED else '⏸️'}"
                     for d in devices) or "aucun vu"
