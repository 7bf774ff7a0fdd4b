"""The access review: members idle, and devices unseen, for longer than `[access] review_days`.
`review` is a pure function of the data and the time, so it is tested with any clock. Two
persisted timers: a monthly reminder to run `!review` in the admin room, and (when
`[access] auto_expire_days` is set) a daily expiry that revokes members idle that long."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.config import Staff
from handlers.access import check_revocable, revoke
from handlers.access_settings import AccessSettings
from handlers.context import Context
from handlers.refusal import Refusal
from handlers.timers import on_timer
from store.db import iso
from store.devices import Device, Devices
from store.rooms import ADMIN
from store.timers import Timer

REMINDER, EXPIRY = "access.reminder", "access.expire"
EXPIRY_EVERY = timedelta(days=1)
REMINDER_HOUR = 8  # UTC, on the first day of each month


@dataclass(frozen=True)
class Idle:
    member: Staff
    last_active: datetime


@dataclass(frozen=True)
class Review:
    idle: list[Idle]  # members, longest idle first
    unseen: list[Device]  # devices of members, longest unseen first


def review(activity: list[tuple[Staff, str]], devices: list[Device], now: datetime,
           after: timedelta) -> Review:
    """Who has been idle, and which device unseen, for more than `after` at `now`."""
    cutoff = now - after
    idle = [Idle(member, datetime.fromisoformat(last)) for member, last in activity
            if datetime.fromisoformat(last) < cutoff]
    unseen = [d for d in devices if datetime.fromisoformat(d.last_seen) < cutoff]
    return Review(sorted(idle, key=lambda i: i.last_active),
                  sorted(unseen, key=lambda d: d.last_seen))


def current_review(ctx: Context) -> Review:
    after = AccessSettings.from_config(ctx.cfg).review_after
    return review(ctx.members.activity(), Devices(ctx.store).of(), ctx.now(), after)


def next_month(now: datetime) -> datetime:
    first = (now.replace(day=1) + timedelta(days=32)).replace(day=1)
    return first.replace(hour=REMINDER_HOUR, minute=0, second=0, microsecond=0)


def schedule_access_timers(ctx: Context) -> None:
    """At start: each timer exists once (they reschedule themselves when they fire)."""
    with ctx.store.db.atomic():
        if not ctx.timers.pending(REMINDER, ""):
            ctx.timers.schedule(REMINDER, "", iso(next_month(ctx.now())))
        if AccessSettings.from_config(ctx.cfg).expire_after and not ctx.timers.pending(EXPIRY, ""):
            ctx.timers.schedule(EXPIRY, "", iso(ctx.now() + EXPIRY_EVERY))


@on_timer(REMINDER)
def remind(ctx: Context, timer: Timer) -> None:
    if admin := ctx.rooms.find(ADMIN):
        ctx.send.post(admin, "📋 Rappel mensuel : revue des accès — lancez !review.", kind="reminder")
    ctx.audit.append("review.reminder", actor="timer", event_type="timer", room=admin or "")
    ctx.timers.schedule(REMINDER, "", iso(next_month(ctx.now())))


@on_timer(EXPIRY)
def expire(ctx: Context, timer: Timer) -> None:
    """Revokes members idle longer than auto_expire_days (never the last admin)."""
    expire_after = AccessSettings.from_config(ctx.cfg).expire_after
    if expire_after is None:
        return  # switched off since it was scheduled
    stale = review(ctx.members.activity(), [], ctx.now(), expire_after).idle
    revoked = []
    for idle in stale:
        try:
            check_revocable(ctx, "timer", idle.member.user_id)
        except Refusal as refusal:
            ctx.audit.append("revoke", outcome="refused", actor="timer", user=idle.member.user_id,
                             reason=refusal.reason)
            continue
        revoke(ctx, idle.member.user_id, actor="timer", reason="auto_expire")
        revoked.append(idle)
    admin = ctx.rooms.find(ADMIN)
    if revoked and admin:
        days = int(expire_after.total_seconds() // 86400)
        lines = [f"• {i.member.name} ({i.member.user_id}), {i.member.role}, inactif depuis le "
                 f"{i.last_active:%d/%m/%Y}" for i in revoked]
        ctx.send.post(admin, f"⏱️ Accès expirés (plus de {days} jours sans activité) :\n"
                      + "\n".join(lines), kind="access")
    ctx.timers.schedule(EXPIRY, "", iso(ctx.now() + EXPIRY_EVERY))
