"""The case life cycle after the relay: acknowledgement (✅ or !ok) and closing."""

from __future__ import annotations

from handlers.context import Context
from handlers.message import Message
from handlers.notices import CASE_KEY
from store.cases import Case
from store.rooms import INTAKE

ACK_REACTIONS = {"✅", "✔️", "✔", "👍"}


def may_handle(ctx: Context, case: Case, user_id: str) -> bool:
    return user_id == case.physio or ctx.role(user_id) == "admin"


def acknowledge(ctx: Context, case: Case, msg: Message) -> None:
    """The physio takes the case: the secretariat is told, escalation stops."""
    if case.status != "open":
        return
    ctx.cases.set_status(case.ref, "taken")
    ctx.timers.cancel("escalate", case.ref)
    intake = ctx.rooms.find(INTAKE)
    if intake:
        ctx.send.post(intake, f"{case.ref} pris en charge par {ctx.name(msg.sender)}",
                      kind="taken", case_ref=case.ref, extra={CASE_KEY: case.ref})
    ctx.audit.append("ack", actor=msg.sender, role=ctx.role(msg.sender), case=case.ref,
                     room=msg.room_id, event_ids=[msg.event_id])


def react(ctx: Context, msg: Message) -> None:
    """A reaction on a notice: ✅ from the case's physio acknowledges; others are ignored."""
    ref = ctx.outbox.case_of_event(msg.reply_to or "")
    case = ctx.cases.get(ref) if ref else None
    if msg.body.strip() not in ACK_REACTIONS or case is None or not may_handle(ctx, case, msg.sender):
        ctx.inbound.mark(msg.event_id, "ignored", "reaction")
        return
    acknowledge(ctx, case, msg)
