"""!ok K7Q2 — the physio takes the case, as with a ✅ on its notice."""

from __future__ import annotations

from typing import Any

from handlers.commands.case_access import own_unfinished_case
from handlers.commands.registry import Arg, Refusal, command
from handlers.context import Context
from handlers.message import Message
from handlers.workflow import acknowledge


@command("ok", roles={"physio", "admin"}, rooms={"physio", "admin"}, args=(Arg("dossier", "case"),),
         help="prendre un dossier en charge")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    case = own_unfinished_case(ctx, msg, args["dossier"])
    if case.status != "open":
        raise Refusal(f"{case.ref} est déjà pris en charge.", "already_taken")
    acknowledge(ctx, case, msg)
    ctx.reply(msg.room_id, f"✅ {case.ref} pris en charge.", kind="taken")
