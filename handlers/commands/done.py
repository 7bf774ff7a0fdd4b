"""!done K7Q2 — the case is closed: the secretariat is told, escalation stops."""

from __future__ import annotations

from typing import Any

from handlers.commands.case_access import own_unfinished_case
from handlers.commands.registry import Arg, command
from handlers.context import Context
from handlers.escalation import KIND as ESCALATION
from handlers.message import Message
from handlers.notices import CASE_KEY
from store.rooms import INTAKE


@command("done", roles={"physio", "admin"}, rooms={"physio", "admin"},
         args=(Arg("dossier", "case"),), help="clore un dossier")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    case = own_unfinished_case(ctx, msg, args["dossier"])
    ctx.cases.set_status(case.ref, "done")
    ctx.timers.cancel(ESCALATION, case.ref)
    if intake := ctx.rooms.find(INTAKE):
        ctx.send.post(intake, f"{case.ref} clos par {ctx.name(msg.sender)}", kind="done",
                      case_ref=case.ref, extra={CASE_KEY: case.ref})
    ctx.reply(msg.room_id, f"☑️ {case.ref} clos.", kind="done")
    ctx.audit.append("close", actor=msg.sender, role=ctx.role(msg.sender), event_type="command",
                     case=case.ref, room=msg.room_id, event_ids=[msg.event_id])
