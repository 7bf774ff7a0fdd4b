"""What the case commands share: the case a command names, who may act on it, one-line view."""

from __future__ import annotations

from datetime import datetime

from handlers.commands.registry import Refusal
from handlers.context import Context
from handlers.message import Message
from handlers.notices import STATUS_LABEL, case_line
from handlers.workflow import may_handle
from store.cases import Case

UNFINISHED = ("open", "taken")


def named_case(ctx: Context, ref: str) -> Case:
    case = ctx.cases.get(ref)
    if case is None:
        raise Refusal(f"{ref} : dossier inconnu.", "unknown_case")
    return case


def unfinished_case(ctx: Context, ref: str) -> Case:
    case = named_case(ctx, ref)
    if case.status not in UNFINISHED:
        raise Refusal(f"{case.ref} est {STATUS_LABEL.get(case.status, case.status)}.", "case_closed")
    return case


def own_unfinished_case(ctx: Context, msg: Message, ref: str) -> Case:
    """The case, when it is the sender's (or the sender is an admin) and still unfinished."""
    case = unfinished_case(ctx, ref)
    if not may_handle(ctx, case, msg.sender):
        raise Refusal(f"{case.ref} ne vous est pas attribué.", "not_owner")
    return case


def describe(ctx: Context, case: Case) -> str:
    age = (ctx.now() - datetime.fromisoformat(case.created_at)).total_seconds()
    owner = ctx.name(case.physio) if case.physio else ""
    return case_line(case.ref, case.urgency, case.category, case.status, owner, age)
