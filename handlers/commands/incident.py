"""!incident — personal-data breaches, in the admin room (handlers/incidents.py):
- `!incident declare <résumé>`: detection time recorded, 72-hour clock and reminders;
- `!incident contain <n> [snapshot] [pause] [revoke @x:serveur]... [rotate] [code]`;
- `!incident resume <n> [code]`: the notes held by a pause go to the physios, once, in order;
- `!incident note <n> <texte>`, `!incident risk <n> high|low [conséquences probables]`;
- `!incident report <n>`: markdown here, JSON as an encrypted attachment;
- `!incident close <n> [code]`; `!incident list` (or `!incident`): the open incidents.
Containing, resuming and closing come from a trusted device, with a 2FA code when
`[access] totp_required_for` lists "incident" (or, to revoke, "revoke"). Free text is stored
encrypted, never echoed (except in the report) nor audited."""

from __future__ import annotations

import base64
import re
from datetime import datetime
from typing import Any

from handlers import incidents
from handlers.access import check_revocable, revoke
from handlers.breach_report import Clock, build_report, deadline_text, markdown, report_json
from handlers.commands.registry import USER_ID, Arg, Refusal, command
from handlers.context import Context
from handlers.devices import require_trusted_device
from handlers.message import Message
from handlers.twofactor_check import check_code, code_needed
from store.incidents import OPEN, Incident, Incidents
from store.rooms import ADMIN

CODE = re.compile(r"^(\d{6}|[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4})$")
USAGE = ("usage : !incident declare <résumé> · contain <n> snapshot|pause|revoke @x|rotate [code] · "
         "resume <n> [code] · note <n> <texte> · risk <n> high|low [conséquences] · report <n> · "
         "close <n> [code] · list")
CONTAIN_USAGE = "précisez les mesures : snapshot, pause, revoke @utilisateur:serveur, rotate"
RISKS = {"high": True, "low": False}


@command("incident", roles={"admin"}, rooms={ADMIN},
         args=(Arg("action", optional=True), Arg("suite", "rest", optional=True)),
         help="violations de données : declare · contain · resume · note · risk · report · close")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    action, rest = (args["action"] or "list").lower(), args["suite"] or ""
    if action == "declare":
        declare(ctx, msg, rest)
    elif action == "list" and not rest:
        list_open(ctx, msg)
    elif action in ACTIONS:
        number, tail = [*rest.split(None, 1), "", ""][:2]
        ACTIONS[action](ctx, msg, open_incident(ctx, number, action != "report"), tail.strip())
    else:
        raise Refusal(USAGE, "bad_argument")


def open_incident(ctx: Context, number: str, must_be_open: bool) -> Incident:
    incident = Incidents(ctx.store).get(int(number)) if number.isdigit() and len(number) < 10 else None
    if incident is None:
        raise Refusal("Incident inconnu : !incident list.", "unknown_incident")
    if must_be_open and incident.status != OPEN:
        raise Refusal(f"Incident #{incident.id} clos.", "incident_closed")
    return incident


def split_code(words: list[str]) -> tuple[list[str], str | None]:
    """The words, and the 2FA code typed last (if any)."""
    if words and CODE.match(words[-1]):
        return words[:-1], words[-1]
    return words, None


def check_sensitive(ctx: Context, msg: Message, code: str | None, revoking: bool = False) -> None:
    require_trusted_device(ctx, msg)
    if code_needed(ctx, "incident") or (revoking and code_needed(ctx, "revoke")):
        check_code(ctx, msg, code)


def declare(ctx: Context, msg: Message, summary: str) -> None:
    if not summary:
        raise Refusal("usage : !incident declare <résumé de ce qui s'est passé>", "missing_argument")
    incident_id = incidents.declare(ctx, msg.sender, summary)
    ctx.reply(msg.room_id, f"🚨 Incident #{incident_id} déclaré : "
                           f"{deadline_text(Clock(ctx.now(), ctx.now()))} ; rappels à 24, 48 et "
                           f"66 h. Contenir : !incident contain {incident_id} snapshot pause rotate "
                           "(ou revoke @utilisateur:serveur).", kind="incident")


def list_open(ctx: Context, msg: Message) -> None:
    found = Incidents(ctx.store).all(OPEN)
    if not found:
        ctx.reply(msg.room_id, "Aucun incident ouvert. Registre complet : kine-relay incidents.",
                  kind="incident")
        return
    lines = [f"#{i.id} — {deadline_text(Clock(datetime.fromisoformat(i.detected_at), ctx.now()))}"
             + (" — contenu" if i.contained_at else "") for i in found]
    ctx.reply(msg.room_id, "Incidents ouverts :\n" + "\n".join(lines), kind="incident")


def contain(ctx: Context, msg: Message, incident: Incident, rest: str) -> None:
    words, code = split_code(rest.split())
    measures = _measures(words)
    for user in measures.revoke:
        check_revocable(ctx, msg.sender, user)
    check_sensitive(ctx, msg, code, revoking=bool(measures.revoke))
    done = incidents.contain(ctx, incident.id, msg.sender, measures,
                             lambda user: revoke(ctx, user, actor=msg.sender, reason="incident"))
    ctx.reply(msg.room_id, f"Incident #{incident.id} : " + " ; ".join(done) + ".", kind="incident")


def _measures(words: list[str]) -> incidents.Containment:
    flags, revoke = set(), []
    index = 0
    while index < len(words):
        word = words[index].lower()
        if word == "revoke" and index + 1 < len(words) and USER_ID.match(words[index + 1]):
            revoke.append(words[index + 1])
            index += 2
            continue
        if word not in ("snapshot", "pause", "rotate"):
            raise Refusal(CONTAIN_USAGE, "bad_argument")
        flags.add(word)
        index += 1
    if not flags and not revoke:
        raise Refusal(CONTAIN_USAGE, "missing_argument")
    return incidents.Containment(snapshot="snapshot" in flags, pause="pause" in flags,
                                 revoke=tuple(dict.fromkeys(revoke)), rotate="rotate" in flags)


def resume(ctx: Context, msg: Message, incident: Incident, rest: str) -> None:
    words, code = split_code(rest.split())
    if words:
        raise Refusal(f"usage : !incident resume {incident.id} [code]", "extra_argument")
    paused_by = Incidents(ctx.store).paused_by()
    if paused_by != incident.id:
        raise Refusal("Les relais ne sont pas suspendus." if paused_by is None else
                      f"Les relais sont suspendus par l'incident #{paused_by}.", "not_paused")
    check_sensitive(ctx, msg, code)
    released = incidents.resume(ctx, incident.id, msg.sender)
    ctx.reply(msg.room_id, f"Incident #{incident.id} : relais repris, {released} message(s) en "
                           "attente envoyé(s) aux kinés.", kind="incident")


def note(ctx: Context, msg: Message, incident: Incident, text: str) -> None:
    if not text:
        raise Refusal(f"usage : !incident note {incident.id} <texte>", "missing_argument")
    incidents.add_note(ctx, incident.id, msg.sender, text)
    ctx.reply(msg.room_id, f"Note ajoutée à l'incident #{incident.id}.", kind="incident")


def risk(ctx: Context, msg: Message, incident: Incident, rest: str) -> None:
    level, _, consequences = rest.partition(" ")
    if level.lower() not in RISKS:
        raise Refusal(f"usage : !incident risk {incident.id} high|low [conséquences probables]",
                      "bad_argument")
    high = RISKS[level.lower()]
    incidents.assess(ctx, incident.id, msg.sender, high, consequences.strip() or None)
    ctx.reply(msg.room_id, f"Incident #{incident.id} : risque " + (
        "élevé — les personnes concernées doivent être informées (art. 34)." if high
        else "faible — pas d'information des personnes requise (art. 34)."), kind="incident")


def report(ctx: Context, msg: Message, incident: Incident, rest: str) -> None:
    if rest:
        raise Refusal(f"usage : !incident report {incident.id}", "extra_argument")
    built = build_report(ctx.store, ctx.cfg, incident.id, ctx.now())
    ctx.reply(msg.room_id, markdown(built), kind="incident_report")
    ctx.send.queue("file", msg.room_id, {
        "body": f"incident-{incident.id}.json", "mimetype": "application/json",
        "data": base64.b64encode(report_json(built).encode()).decode()}, kind="incident_report")
    ctx.audit.append("incident.report", actor=msg.sender, role=ctx.role(msg.sender),
                     event_type="incident", room=msg.room_id,
                     reason=incidents.reason_of(incident.id))


def close(ctx: Context, msg: Message, incident: Incident, rest: str) -> None:
    words, code = split_code(rest.split())
    if words:
        raise Refusal(f"usage : !incident close {incident.id} [code]", "extra_argument")
    if Incidents(ctx.store).paused_by() == incident.id:
        raise Refusal(f"Reprenez d'abord les relais : !incident resume {incident.id}", "still_paused")
    check_sensitive(ctx, msg, code)
    incidents.close(ctx, incident.id, msg.sender)
    ctx.reply(msg.room_id, f"Incident #{incident.id} clos ; il reste au registre "
                           "(kine-relay incidents).", kind="incident")


ACTIONS = {"contain": contain, "resume": resume, "note": note, "risk": risk, "report": report,
           "close": close}
