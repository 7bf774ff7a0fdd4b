"""!audit [utilisateur|dossier] [depuis] — the audit trail, in the admin room: the latest rows
(at most MAX_ROWS) of one member (acting or acted upon), or of one case, since a date
(AAAA-MM-JJ) or a number of days (7j); by default the last 7 days (a case: all its rows).
`!audit checkpoint` posts a signed checkpoint of the log. Rows hold IDs and codes, no text."""

from __future__ import annotations

import re
from collections import deque
from datetime import UTC, datetime, timedelta
from typing import Any

from handlers.checkpoints import post_checkpoint
from handlers.commands.registry import CASE_REF, USER_ID, Arg, Refusal, command
from handlers.context import Context
from handlers.message import Message
from store.rooms import ADMIN

MAX_ROWS = 30  # one readable message; `kine-relay audit export` has the rest
DEFAULT_SPAN = timedelta(days=7)
DAYS = re.compile(r"^(\d{1,4})j$", re.IGNORECASE)
USAGE = "usage : !audit [@utilisateur:serveur | dossier] [AAAA-MM-JJ | 7j] · !audit checkpoint"


@command("audit", roles={"admin"}, rooms={ADMIN},
         args=(Arg("filtre", optional=True), Arg("depuis", optional=True)),
         help="journal d'audit (utilisateur, dossier, depuis) · checkpoint : point de contrôle signé")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    first, second = args["filtre"], args["depuis"]
    if first and first.lower() == "checkpoint" and second is None:
        post_checkpoint(ctx, "Point de contrôle demandé", reason="command", actor=msg.sender)
        return
    user = case = since = None
    if first and USER_ID.match(first):
        user = first
    elif first and CASE_REF.match(first) and ctx.cases.get(first):
        case = first.upper()
    elif first:
        since = _since(first, ctx.now())
    if second:
        if since is not None:
            raise Refusal(USAGE, "bad_argument")
        since = _since(second, ctx.now())
    if since is None and case is None:
        since = ctx.now() - DEFAULT_SPAN
    ctx.reply(msg.room_id, _listing(ctx, user, case, since), kind="audit")


def _since(text: str, now: datetime) -> datetime:
    if match := DAYS.match(text):
        return now - timedelta(days=int(match[1]))
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise Refusal(USAGE, "bad_argument") from None


def _listing(ctx: Context, user: str | None, case: str | None, since: datetime | None) -> str:
    latest: deque[dict] = deque(maxlen=MAX_ROWS)
    total = 0
    for row in ctx.audit.rows(since=since, case=case):
        if user is None or user in (row["actor"], row["user"]):
            latest.append(row)
            total += 1
    scope = f"de {user}" if user else f"du dossier {case}" if case else "complet"
    period = f", depuis le {since:%d/%m/%Y}" if since else ""
    shown = f", les {MAX_ROWS} dernières" if total > MAX_ROWS else ""
    head = f"Journal d'audit {scope}{period} : {total} ligne(s){shown}"
    return head + ("\n" + "\n".join(_line(row) for row in latest) if latest else ".")


def _line(row: dict) -> str:
    ts = row["ts"]
    outcome = "" if row["outcome"] == "ok" else f" {row['outcome']}"
    reason = f" ({row['reason']})" if row["reason"] else ""
    target = f" → {row['user']}" if row["user"] else ""
    case = f" · {row['case']}" if row["case"] else ""
    return (f"#{row['seq']} {ts[8:10]}/{ts[5:7]} {ts[11:16]} {row['action']}{outcome}{reason} · "
            f"{row['actor'] or '-'}{target}{case}")
