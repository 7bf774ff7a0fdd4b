"""!show K7Q2 [code] — the full original note, identifiers included: the one place they are
shown. Only to the case's physio in their own room, or to an admin in the admin room; with a
2FA code when `[access] totp_required_for` lists "reveal"; every attempt audited; the bot
deletes its message after `[cases] reveal_minutes`."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, NoReturn

from handlers.case_settings import CaseSettings
from handlers.commands.case_access import named_case
from handlers.commands.registry import Arg, Refusal, command
from handlers.context import Context
from handlers.message import Message
from handlers.notices import CASE_KEY
from handlers.twofactor_check import require_code
from store.cases import Case
from store.rooms import ADMIN, PHYSIO


@command("show", roles={"physio", "admin"}, rooms={"physio", "admin"},
         args=(Arg("dossier", "case"), Arg("code", optional=True)),
         help="afficher la note complète (effacée après quelques minutes)")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    case = named_case(ctx, args["dossier"])
    kind, owner = ctx.rooms.kind_of(msg.room_id) or ("", "")
    if not ((kind == PHYSIO and msg.sender == owner == case.physio)
            or (kind == ADMIN and ctx.role(msg.sender) == "admin")):
        _refuse(ctx, msg, case, f"{case.ref} ne vous est pas attribué.", "not_owner")
    try:
        require_code(ctx, msg, "reveal", args["code"])
    except Refusal as refusal:
        _refuse(ctx, msg, case, refusal.text, refusal.reason)
    note = ctx.cases.note(case.ref)
    if not note:
        _refuse(ctx, msg, case, f"{case.ref} : note effacée (durée de conservation dépassée).", "purged")
    keep = CaseSettings.from_config(ctx.cfg).reveal_for
    txn_id = ctx.send.post(
        msg.room_id, f"🔓 {case.ref} — note complète, effacée dans {_duration(keep)} :\n{note}",
        kind="reveal", case_ref=case.ref, extra={CASE_KEY: case.ref})
    ctx.send.queue("redact", msg.room_id, {"txn_id": txn_id, "reason": "note affichée : expirée"},
                   kind="reveal_expiry", case_ref=case.ref, due=ctx.now() + keep)
    ctx.audit.append("reveal", actor=msg.sender, role=ctx.role(msg.sender), event_type="command",
                     case=case.ref, room=msg.room_id, user=case.physio, event_ids=[msg.event_id])


def _refuse(ctx: Context, msg: Message, case: Case, text: str, reason: str) -> NoReturn:
    """A refused reveal is audited with its case, beside the command's own refusal row."""
    ctx.audit.append("reveal", outcome="refused", actor=msg.sender, role=ctx.role(msg.sender),
                     event_type="command", case=case.ref, room=msg.room_id, user=case.physio,
                     event_ids=[msg.event_id], reason=reason)
    raise Refusal(text, reason)


def _duration(span: timedelta) -> str:
    seconds = round(span.total_seconds())
    return f"{seconds} s" if seconds < 60 else f"{round(seconds / 60)} min"
