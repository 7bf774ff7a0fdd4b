"""!reassign K7Q2 <kiné> — give a case to another physio (Matrix ID or name), e.g. an
unassigned one. The new physio gets the notice; the escalation clock starts again."""

from __future__ import annotations

from typing import Any

from bot.config import Staff, fold
from handlers.commands.case_access import unfinished_case
from handlers.commands.registry import Arg, Refusal, command
from handlers.context import Context
from handlers.escalation import schedule_escalation
from handlers.message import Message
from handlers.notices import CASE_KEY, case_notice
from store.rooms import INTAKE, PHYSIO


@command("reassign", roles={"secretary", "admin"}, rooms={"intake", "admin"},
         args=(Arg("dossier", "case"), Arg("kiné")), help="attribuer un dossier à un kiné")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    case = unfinished_case(ctx, args["dossier"])
    physio = _physio(ctx, args["kiné"])
    room = ctx.rooms.find(PHYSIO, physio.user_id)
    if physio.user_id == case.physio:
        raise Refusal(f"{case.ref} est déjà attribué à {physio.name}.", "same_physio")
    if room is None:
        raise Refusal(f"{physio.name} n'a pas encore de salon (kine-relay setup).", "no_room")
    ctx.cases.assign(case.ref, physio.user_id)
    summary = ctx.cases.summary(case.ref) or None
    ctx.send.post(room, "↪️ " + case_notice(case.ref, case.urgency, case.category, summary),
                  kind="notice", case_ref=case.ref, extra={CASE_KEY: case.ref})
    if case.physio and (previous := ctx.rooms.find(PHYSIO, case.physio)):
        ctx.send.post(previous, f"{case.ref} réattribué à {physio.name}.", kind="reassigned",
                      case_ref=case.ref, extra={CASE_KEY: case.ref})
    for told in {ctx.rooms.find(INTAKE), msg.room_id} - {None}:
        ctx.send.post(told, f"{case.ref} → {physio.name}", kind="ack", case_ref=case.ref,
                      extra={CASE_KEY: case.ref})
    schedule_escalation(ctx, case.ref, case.urgency)
    ctx.audit.append("reassign", actor=msg.sender, role=ctx.role(msg.sender), event_type="command",
                     case=case.ref, room=room, user=physio.user_id, event_ids=[msg.event_id])


def _physio(ctx: Context, said: str) -> Staff:
    """The physio a secretary names: Matrix ID, short name, first or full display name."""
    wanted = fold(said.strip())
    found = [p for p in ctx.members.active("physio")
             if wanted in {fold(p.user_id), fold(p.short_name), fold(p.display_name),
                           fold(p.display_name.split()[0])} - {""}]
    if len(found) != 1:
        # Not echoed: a mistyped word could be a patient's name.
        raise Refusal(("Kiné ambigu" if found else "Kiné inconnu") + " : donnez son identifiant "
                      "Matrix (@nom:serveur) ou son prénom.", "unknown_physio")
    return found[0]
