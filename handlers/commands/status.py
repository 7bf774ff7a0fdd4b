"""!status K7Q2 — where a case stands: urgency, category, status, owner, age."""

from __future__ import annotations

from typing import Any

from handlers.commands.case_access import describe, named_case
from handlers.commands.registry import Arg, command
from handlers.context import Context
from handlers.message import Message


@command("status", roles={"secretary", "admin"}, rooms={"intake", "admin"},
         args=(Arg("dossier", "case"),), help="état d'un dossier")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    ctx.reply(msg.room_id, describe(ctx, named_case(ctx, args["dossier"])), kind="status")
