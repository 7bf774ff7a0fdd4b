"""!confirm <jeton> [code] — the second step of a revocation: the admin who asked for it, within
5 minutes, with a fresh 2FA code when [access] asks one. A wrong code leaves the token usable."""

from __future__ import annotations

from typing import Any

from handlers.access import check_revocable, deactivates, revoke
from handlers.commands.registry import Arg, Refusal, command
from handlers.context import Context
from handlers.devices import require_trusted_device
from handlers.message import Message
from handlers.twofactor_check import require_code
from store.confirmations import Confirmations
from store.rooms import ADMIN


@command("confirm", roles={"admin"}, rooms={ADMIN},
         args=(Arg("jeton"), Arg("code", optional=True)), help="confirmer une révocation")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    confirmations = Confirmations(ctx.store)
    pending = confirmations.find(args["jeton"], msg.sender, ctx.now())
    if pending is None or pending.action != "revoke":
        raise Refusal("Jeton inconnu ou expiré : relancez !revoke.", "unknown_token")
    member = check_revocable(ctx, msg.sender, pending.target)
    require_trusted_device(ctx, msg)
    require_code(ctx, msg, "revoke", args["code"])
    confirmations.drop(pending.token)
    revoke(ctx, member.user_id, actor=msg.sender, reason="admin")
    account = " ; désactivation du compte demandée au serveur" if deactivates(ctx, member.user_id) else ""
    ctx.reply(msg.room_id, f"🚫 Accès de {member.name} ({member.user_id}) révoqué{account}.",
              kind="access")
