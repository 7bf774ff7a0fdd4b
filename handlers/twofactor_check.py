"""A fresh 2FA code before a sensitive action: `require_code` refuses (with the audit reason)
unless the sender gives a valid, unused TOTP code or a recovery code. The fifth wrong code in a
row locks the sender's 2FA and alerts the admin room. Codes are never echoed nor logged."""

from __future__ import annotations

from handlers.access_settings import AccessSettings
from handlers.context import Context
from handlers.message import Message
from handlers.refusal import Refusal
from store.rooms import ADMIN
from store.totp import LOCK_AFTER, LOCK_FOR, Outcome

LOCKED_TEXT = f"2FA verrouillée pour {int(LOCK_FOR.total_seconds() // 60)} minutes."
REFUSALS = {
    Outcome.WRONG: ("Code 2FA incorrect.", "code_wrong"),
    Outcome.REPLAYED: ("Code 2FA déjà utilisé : attendez le suivant.", "code_replayed"),
    Outcome.LOCKED: (LOCKED_TEXT, "code_locked"),
    Outcome.LOCKED_NOW: (f"{LOCK_AFTER} codes faux : {LOCKED_TEXT}", "code_locked"),
    Outcome.NOT_ENROLLED: ("Activez d'abord la 2FA : !2fa enroll dans votre salon avec le bot.",
                           "not_enrolled"),
}


def code_needed(ctx: Context, action: str) -> bool:
    """Whether `[access] totp_required_for` lists this action."""
    return action in AccessSettings.from_config(ctx.cfg).totp_required_for


def require_code(ctx: Context, msg: Message, action: str, code: str | None) -> None:
    """Passes when the configuration asks no code for `action`, else as `check_code`."""
    if code_needed(ctx, action):
        check_code(ctx, msg, code)


def check_code(ctx: Context, msg: Message, code: str | None) -> None:
    """Raises Refusal unless `code` is a valid unused code of the sender."""
    if not code:
        raise Refusal("Code 2FA requis : ajoutez le code à 6 chiffres de votre application.",
                      "code_missing")
    outcome = ctx.twofactor.verify(msg.sender, code, now=ctx.now())
    if outcome == Outcome.RECOVERY_USED:
        left = ctx.twofactor.recovery_codes_left(msg.sender)
        ctx.reply(msg.room_id, f"Code de secours utilisé ; il vous en reste {left}.", kind="2fa")
        ctx.audit.append("2fa.recovery", actor=msg.sender, role=ctx.role(msg.sender),
                         room=msg.room_id, event_ids=[msg.event_id])
    if outcome.accepted:
        return
    if outcome == Outcome.LOCKED_NOW:
        if admin := ctx.rooms.find(ADMIN):
            ctx.send.post(admin, f"🔒 2FA de {ctx.name(msg.sender)} ({msg.sender}) verrouillée "
                                 f"après {LOCK_AFTER} codes faux.", kind="2fa_locked")
        ctx.audit.append("2fa.lock", outcome="locked", actor=msg.sender, role=ctx.role(msg.sender),
                         room=msg.room_id, event_ids=[msg.event_id], reason="too_many_failures")
    raise Refusal(*REFUSALS[outcome])
