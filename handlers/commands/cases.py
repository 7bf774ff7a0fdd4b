"""!cases — the unfinished cases, oldest first, with status, owner and age."""

from __future__ import annotations

from typing import Any

from handlers.commands.case_access import describe
from handlers.commands.registry import command
from handlers.context import Context
from handlers.message import Message

MAX_LINES = 50  # one readable message; the oldest cases are the ones to act on


@command("cases", roles={"secretary", "admin"}, rooms={"intake", "admin"},
         help="dossiers en cours")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    cases = ctx.cases.unfinished()
    if not cases:
        ctx.reply(msg.room_id, "Aucun dossier en cours.", kind="cases")
        return
    lines = [describe(ctx, case) for case in cases[:MAX_LINES]]
    if len(cases) > MAX_LINES:
        lines.append(f"… et {len(cases) - MAX_LINES} autres")
    ctx.reply(msg.room_id, f"Dossiers en cours ({len(cases)}) :\n" + "\n".join(lines), kind="cases")
