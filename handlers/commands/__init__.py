"""Command dispatch: one module per command, listed here."""

from __future__ import annotations

import importlib

from handlers.commands.registry import REGISTRY, Refusal
from handlers.context import Context
from handlers.message import Message

MODULES = ("help", "note", "show", "ok", "done", "cases", "status", "reassign",
           "members", "grant", "revoke", "confirm", "review", "twofa", "trust", "untrust",
           "audit", "incident")
for _name in MODULES:
    importlib.import_module(f"handlers.commands.{_name}")


def run_command(ctx: Context, msg: Message, room_kind: str) -> None:
    """Parse, check role and room, run; every outcome gets a short answer and an audit row."""
    role = ctx.role(msg.sender)
    name, _, rest = msg.text[1:].replace("\n", " \n", 1).partition(" ")
    name = name.strip().lower()
    cmd = REGISTRY.get(name)
    audit_name = name if cmd else "unknown"
    try:
        if cmd is None:
            raise Refusal("Commande inconnue. Tapez !help.", "unknown_command")
        if role not in cmd.roles:
            raise Refusal("Commande refusée : votre rôle ne le permet pas.", "wrong_role")
        if room_kind not in cmd.rooms:
            raise Refusal("Commande refusée dans ce salon.", "wrong_room")
        cmd.run(ctx, msg, cmd.parse(rest))
    except Refusal as refusal:
        ctx.refuse(msg, refusal.reason, refusal.text, action=f"command.{audit_name}")
        return
    ctx.audit.append(f"command.{audit_name}", actor=msg.sender, role=role, room=msg.room_id,
                     event_ids=[msg.event_id])
