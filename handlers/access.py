"""What granting and revoking do. A member's rooms follow their role: the intake room for
secretaries and admins, the admin room for admins, and everyone's own room with the bot (a
physio's physio room, else a personal room). All Matrix work goes through the outbox, in the
transaction of the command that caused it."""

from __future__ import annotations

from typing import Any

from bot.config import Config, Staff
from handlers.access_settings import AccessSettings
from handlers.context import Context
from handlers.escalation import schedule_escalation
from handlers.message import Message
from handlers.notices import CASE_KEY, case_notice
from handlers.refusal import Refusal
from store.confirmations import Confirmations
from store.devices import Devices
from store.rooms import ADMIN, INTAKE, PERSONAL, PHYSIO

PERSONAL_PREFIX = "kine-relay — "
REVOKED, ROLE_CHANGED = "Accès révoqué", "Changement de rôle"  # kick reasons, seen by the member
SHARED_ROOMS = {"admin": (INTAKE, ADMIN), "secretary": (INTAKE,), "physio": ()}


def own_room(cfg: Config, member: Staff) -> tuple[str, str]:
    """(kind, name) of the member's own room with the bot."""
    if member.role == "physio":
        return PHYSIO, f"{cfg.physio_room_prefix}{member.display_name}"
    return PERSONAL, f"{PERSONAL_PREFIX}{member.display_name}"


def in_own_room(ctx: Context, msg: Message) -> bool:
    kind, owner = ctx.rooms.kind_of(msg.room_id) or ("", "")
    return kind in (PHYSIO, PERSONAL) and owner == msg.sender


def own_rooms(ctx: Context, user_id: str) -> list[str]:
    """The member's own rooms with the bot (a physio made admin keeps the physio room too)."""
    return [room for room, (_, owner) in ctx.rooms.managed().items() if owner == user_id]


def rooms_of(ctx: Context, user_id: str, role: str) -> list[str]:
    """The managed rooms a member with this role is in: shared ones and their own ones."""
    shared = [ctx.rooms.find(kind) for kind in SHARED_ROOMS.get(role, ())]
    return [room for room in shared if room] + own_rooms(ctx, user_id)


def keep_an_admin(ctx: Context, user_id: str) -> None:
    """Refuses to take the role of the only admin: nobody could administer any more."""
    if [m.user_id for m in ctx.members.active("admin")] == [user_id]:
        raise Refusal("C'est le dernier admin : donnez d'abord le rôle admin à quelqu'un.",
                      "last_admin")


def check_revocable(ctx: Context, actor: str, user_id: str) -> Staff:
    member = ctx.staff(user_id)
    if member is None:
        raise Refusal("Ce compte n'est pas membre.", "not_member")
    if user_id == actor:
        raise Refusal("Vous ne pouvez pas révoquer votre propre accès.", "revoke_self")
    keep_an_admin(ctx, user_id)
    return member


def grant(ctx: Context, user_id: str, role: str, actor: str) -> None:
    """Gives (or changes) a role: invitations to the role's rooms, the member's own room created
    if missing; a change of role also leaves the rooms of the old one."""
    previous = ctx.staff(user_id)
    ctx.members.grant(user_id, role)
    member = ctx.staff(user_id)
    assert member is not None
    if previous:
        kept = set(SHARED_ROOMS[role])
        leave_rooms(ctx, user_id, [ctx.rooms.find(kind) for kind in SHARED_ROOMS[previous.role]
                                   if kind not in kept], ROLE_CHANGED)
        if previous.role == "physio":
            hand_over_cases(ctx, user_id, previous.name)
    for kind in SHARED_ROOMS[role]:
        if room := ctx.rooms.find(kind):
            ctx.send.queue("invite", room, {"user_id": user_id}, kind="access")
    kind, name = own_room(ctx.cfg, member)
    if room := ctx.rooms.find(kind, user_id):
        ctx.send.queue("invite", room, {"user_id": user_id}, kind="access")
    else:
        ctx.send.queue("create_room", "", {"kind": kind, "owner": user_id, "name": name,
                                           "invite": [user_id]}, kind="access")
    ctx.audit.append("grant", actor=actor, role=ctx.role(actor), user=user_id, reason=role)


def room_created(ctx: Context, content: dict[str, Any], room_id: str) -> None:
    """A room the outbox created for a member: managed from now on."""
    ctx.rooms.record(room_id, content["kind"], content["owner"])
    ctx.audit.append("room.create", actor="bot", room=room_id, user=content["owner"],
                     reason=content["kind"])


def revoke(ctx: Context, user_id: str, *, actor: str, reason: str) -> None:
    """Out of every managed room (each then gets a new Megolm session), no role, no 2FA, no
    device decisions; open cases go to another physio; the account is deactivated on the
    homeserver when [access] says so."""
    member = ctx.staff(user_id)
    assert member is not None
    leave_rooms(ctx, user_id, [ctx.rooms.find(INTAKE), ctx.rooms.find(ADMIN),
                               *own_rooms(ctx, user_id)], REVOKED)
    ctx.members.revoke(user_id)
    ctx.twofactor.reset(user_id)
    Devices(ctx.store).forget(user_id)
    Confirmations(ctx.store).drop_all(user_id)
    hand_over_cases(ctx, user_id, member.name)
    if deactivates(ctx, user_id):
        ctx.send.queue("deactivate", "", {"user_id": user_id}, kind="access")
    ctx.audit.append("revoke", actor=actor, role=ctx.role(actor), user=user_id, reason=reason)


def deactivates(ctx: Context, user_id: str) -> bool:
    """Whether revoking also deactivates the account: when [access] says so, and only for
    accounts of the bot's own homeserver (the admin token is for that server alone)."""
    same_server = user_id.split(":", 1)[1] == ctx.cfg.bot_user.split(":", 1)[1]
    return same_server and AccessSettings.from_config(ctx.cfg).deactivate_on_revoke


def leave_rooms(ctx: Context, user_id: str, rooms: list[str | None], reason: str) -> None:
    """Kicks, then a new Megolm session in each room, so what follows is not for their devices."""
    for room in dict.fromkeys(r for r in rooms if r):
        ctx.send.queue("kick", room, {"user_id": user_id, "reason": reason}, kind="access")
        ctx.send.queue("rotate", room, {"left": user_id}, kind="access")


def rotate_rooms(ctx: Context, user_id: str) -> None:
    """A new Megolm session in every room of this member (one of their devices lost trust)."""
    member = ctx.staff(user_id)
    for room in rooms_of(ctx, user_id, member.role if member else ""):
        ctx.send.queue("rotate", room, {}, kind="access")


def hand_over_cases(ctx: Context, user_id: str, name: str) -> None:
    """The unfinished cases of a physio who leaves (revoked, or now another role) go to the
    default physio (or, if that is them, another one); the secretariat is told."""
    cases = [case for case in ctx.cases.unfinished() if case.physio == user_id]
    if not cases:
        return
    heir = _heir(ctx, user_id)
    intake = ctx.rooms.find(INTAKE)
    if heir is None:
        if admin := ctx.rooms.find(ADMIN):
            ctx.send.post(admin, f"{len(cases)} dossier(s) de {name} sans kiné : aucun autre kiné "
                                 "actif. Utilisez !reassign.", kind="access")
        return
    room = ctx.rooms.find(PHYSIO, heir.user_id)
    for case in cases:
        ctx.cases.assign(case.ref, heir.user_id)
        if room:
            summary = ctx.cases.summary(case.ref) or None
            ctx.send.post(room, "↪️ " + case_notice(case.ref, case.urgency, case.category, summary),
                          kind="notice", case_ref=case.ref, extra={CASE_KEY: case.ref})
        if intake:
            ctx.send.post(intake, f"{case.ref} → {heir.name} (repris de {name})", kind="ack",
                          case_ref=case.ref, extra={CASE_KEY: case.ref})
        schedule_escalation(ctx, case.ref, case.urgency)
        ctx.audit.append("reassign", actor="bot", case=case.ref, room=room or "",
                         user=heir.user_id, reason="physio_left")


def _heir(ctx: Context, user_id: str) -> Staff | None:
    physios = [p for p in ctx.members.active("physio") if p.user_id != user_id]
    return next((p for p in physios if p.user_id == ctx.cfg.default_physio), None) or next(
        iter(physios), None)
