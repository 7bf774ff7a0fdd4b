"""!review — the access review: members idle, and devices unseen, for more than
`[access] review_days` (90 by default)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from handlers.access_settings import AccessSettings
from handlers.commands.registry import command
from handlers.context import Context
from handlers.message import Message
from handlers.review import current_review
from store.rooms import ADMIN


@command("review", roles={"admin"}, rooms={ADMIN}, help="revue des accès inactifs")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    days = AccessSettings.from_config(ctx.cfg).review_after.days
    found = current_review(ctx)
    if not found.idle and not found.unseen:
        ctx.reply(msg.room_id, f"Revue des accès : rien à signaler (seuil : {days} jours).",
                  kind="review")
        return
    lines = [f"Revue des accès (plus de {days} jours) :", "Membres inactifs :"]
    lines += [f"• {i.member.name} ({i.member.user_id}), {i.member.role}, dernière activité le "
              f"{i.last_active:%d/%m/%Y}" for i in found.idle] or ["• aucun"]
    lines.append("Appareils non vus :")
    lines += [f"• {d.device_id} de {ctx.name(d.user_id)} ({d.user_id}), vu le "
              f"{datetime.fromisoformat(d.last_seen):%d/%m/%Y}"
              for d in found.unseen] or ["• aucun"]
    lines.append("Retirer un accès : !revoke <utilisateur> <motif> ; "
                 "un appareil : !untrust <utilisateur> <appareil>")
    ctx.reply(msg.room_id, "\n".join(lines), kind="review")
