"""!help — what the sender may run, here."""

from __future__ import annotations

from typing import Any

from handlers.commands.registry import REGISTRY, command
from handlers.context import Context
from handlers.message import Message

EVERYWHERE = {"intake", "physio", "admin", "personal"}


@command("help", roles={"admin", "secretary", "physio"}, rooms=EVERYWHERE,
         help="liste des commandes")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    role = ctx.role(msg.sender)
    kind = (ctx.rooms.kind_of(msg.room_id) or ("", ""))[0]
    lines = [f"{c.usage} — {c.help}" for c in sorted(REGISTRY.values(), key=lambda c: c.name)
             if role in c.roles and kind in c.rooms]
    ctx.reply(msg.room_id, "Commandes disponibles :\n" + "\n".join(lines), kind="help")
