"""Escalation of urgent cases nobody takes: every `[cases] escalate_minutes`, the physio is
notified again, then the backup physio, then the admin room.

One persisted timer per case holds the next step. The scheduler deletes it in the transaction
of the message it causes, so a restart neither forgets nor repeats a step; acknowledging,
closing or withdrawing the case cancels it."""

from __future__ import annotations

from handlers.case_settings import CaseSettings
from handlers.context import Context
from handlers.notices import CASE_KEY, case_notice
from handlers.timers import on_timer
from store.cases import Case
from store.db import iso
from store.rooms import ADMIN, INTAKE, PHYSIO
from store.timers import Timer

KIND = "escalate"
ESCALATION_KEY = "fr.kinerelay.escalation"  # the step number, in the bot's escalation messages
LAST_STEP = 3


def schedule_escalation(ctx: Context, ref: str, urgency: str) -> None:
    """Start (or restart, after a reassignment) the clock of an urgent case."""
    after = CaseSettings.from_config(ctx.cfg).escalate_after
    ctx.timers.cancel(KIND, ref)
    if urgency == "urgent" and after:
        ctx.timers.schedule(KIND, ref, iso(ctx.now() + after), {"step": 1})


@on_timer(KIND)
def escalate(ctx: Context, timer: Timer) -> None:
    case = ctx.cases.get(timer.key)
    if case is None or case.status != "open":
        return
    settings = CaseSettings.from_config(ctx.cfg)
    targets = _targets(ctx, case, settings)
    # A step without a room (no backup physio) gives way to the next one.
    step = next((s for s in range(int(timer.payload.get("step", 1)), LAST_STEP + 1)
                 if targets[s - 1][0]), None)
    if step is None:
        return
    room, user, text = targets[step - 1]
    assert room is not None
    notice = case_notice(case.ref, case.urgency, case.category, ctx.cases.summary(case.ref) or None)
    ctx.send.post(room, f"{text} — {notice}", kind="escalation", case_ref=case.ref,
                  extra={CASE_KEY: case.ref, ESCALATION_KEY: step})
    ctx.audit.append("escalate", actor="timer", event_type="timer", case=case.ref, room=room,
                     user=user, reason=f"step_{step}")
    if step < LAST_STEP and settings.escalate_after:
        ctx.timers.schedule(KIND, case.ref, iso(ctx.now() + settings.escalate_after),
                            {"step": step + 1})


def _targets(ctx: Context, case: Case,
             settings: CaseSettings) -> list[tuple[str | None, str, str]]:
    """(room, person, text) of each step."""
    owner = ctx.name(case.physio) if case.physio else "personne"
    backup = settings.backup_physio if settings.backup_physio != case.physio else None
    return [
        (ctx.rooms.find(PHYSIO, case.physio) if case.physio else ctx.rooms.find(INTAKE),
         case.physio, "🔔 Rappel, toujours pas pris en charge"),
        (ctx.rooms.find(PHYSIO, backup) if backup else None, backup or "",
         f"🔔 Renfort : non pris par {owner}"),
        (ctx.rooms.find(ADMIN), "", f"🚨 Urgent sans réponse ({owner})"),
    ]
