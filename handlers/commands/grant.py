"""!grant <utilisateur> <rôle> [code] — give a role (or change it); the member is invited to the
role's rooms and gets their own room with the bot. A 2FA code when [access] asks one."""

from __future__ import annotations

from typing import Any

from bot.config import ROLES
from handlers.access import grant, keep_an_admin
from handlers.commands.registry import Arg, Refusal, command
from handlers.context import Context
from handlers.devices import require_trusted_device
from handlers.message import Message
from handlers.twofactor_check import require_code
from store.rooms import ADMIN


@command("grant", roles={"admin"}, rooms={ADMIN},
         args=(Arg("utilisateur", "user"), Arg("rôle"), Arg("code", optional=True)),
         help="donner un rôle : admin, secretary ou physio")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    user, role = args["utilisateur"], args["rôle"].lower()
    if role not in ROLES:
        raise Refusal(f"Rôle inconnu : {', '.join(ROLES)}.", "bad_role")
    if user == ctx.cfg.bot_user:
        raise Refusal("Le bot n'a pas de rôle.", "bot_user")
    current = ctx.staff(user)
    if current and current.role == role:
        raise Refusal(f"{current.name} est déjà {role}.", "same_role")
    keep_an_admin(ctx, user)
    require_trusted_device(ctx, msg)
    require_code(ctx, msg, "grant", args["code"])
    grant(ctx, user, role, msg.sender)
    ctx.reply(msg.room_id, f"✅ {user} : {role}. Invitations envoyées.", kind="access")
