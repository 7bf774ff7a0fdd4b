"""!revoke <utilisateur> <motif> — asks for a confirmation: nothing happens until the same admin
answers `!confirm <jeton> <code 2FA>` (handlers/commands/confirm.py)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from handlers.access import check_revocable
from handlers.commands.registry import Arg, command
from handlers.context import Context
from handlers.devices import require_trusted_device
from handlers.message import Message
from handlers.twofactor_check import code_needed
from store.confirmations import Confirmations
from store.rooms import ADMIN

CONFIRM_WITHIN = timedelta(minutes=5)


@command("revoke", roles={"admin"}, rooms={ADMIN},
         args=(Arg("utilisateur", "user"), Arg("motif", "rest")),
         help="retirer un accès (à confirmer avec !confirm)")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    user = args["utilisateur"]
    member = check_revocable(ctx, msg.sender, user)
    require_trusted_device(ctx, msg)
    # The reason stays in the admin's own message: free text is never echoed nor audited.
    token = Confirmations(ctx.store).create("revoke", msg.sender, user, {},
                                            ctx.now() + CONFIRM_WITHIN)
    code = " <code 2FA>" if code_needed(ctx, "revoke") else ""
    ctx.reply(msg.room_id, f"Révoquer {member.name} ({user}) ? Retrait de tous les salons, du rôle "
                           "et de la 2FA ; ses dossiers ouverts passent à un autre kiné. "
                           f"Pour confirmer (5 min) : !confirm {token}{code}", kind="confirm")
