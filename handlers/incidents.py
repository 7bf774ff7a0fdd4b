"""Personal-data breaches (GDPR art. 33-34), in the admin room: declaring one opens the
72-hour clock (handlers/breach_report.py) with reminders at 24, 48 and 66 hours; containment
measures; the art. 34 assessment; closing. Every incident stays in the register.

Free text (summary, notes, consequences) is encrypted in the store and never written to the
audit, whose rows carry the incident as reason `incident_<id>`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from handlers.breach_report import Clock, reminder_text, reminder_times, superseded
from handlers.checkpoints import post_checkpoint
from handlers.context import Context, SendInterface
from handlers.timers import on_timer
from store.db import Database, iso
from store.incidents import NOTE, OPEN, Incidents
from store.rooms import ADMIN, PHYSIO, Rooms
from store.timers import Timer

REMINDER = "incident.reminder"
# What the pause holds: messages about cases to physios (a reveal or a 2FA code is not held:
# their deletion is scheduled, and must follow them).
CASE_KINDS = frozenset({"notice", "update", "withdrawn", "escalation", "reassigned"})


def reason_of(incident_id: int) -> str:
    """How audit rows name the incident."""
    return f"incident_{incident_id}"


# --- the relay pause -------------------------------------------------------------------------

class PausableSend:
    """The sending interface handlers get: while a containment pauses relays, case messages to
    physio rooms are queued and held (notes still become cases and are recorded)."""

    def __init__(self, inner: SendInterface, store: Database):
        self._inner, self._store = inner, store
        self._incidents, self._rooms = Incidents(store), Rooms(store)

    def post(self, room_id: str, body: str, *, kind: str, case_ref: str = "",
             html: str | None = None, msgtype: str = "m.notice", extra: dict | None = None) -> str:
        txn_id = self._inner.post(room_id, body, kind=kind, case_ref=case_ref, html=html,
                                  msgtype=msgtype, extra=extra)
        self._hold_if_paused(txn_id, room_id, kind, case_ref)
        return txn_id

    def queue(self, op: str, room_id: str, content: dict, *, kind: str, case_ref: str = "",
              due: datetime | None = None) -> str:
        txn_id = self._inner.queue(op, room_id, content, kind=kind, case_ref=case_ref, due=due)
        if op == "send":
            self._hold_if_paused(txn_id, room_id, kind, case_ref)
        return txn_id

    def _hold_if_paused(self, txn_id: str, room_id: str, kind: str, case_ref: str) -> None:
        incident = self._incidents.paused_by()
        if incident is None or kind not in CASE_KINDS:
            return
        if (self._rooms.kind_of(room_id) or ("", ""))[0] != PHYSIO:
            return
        self._incidents.hold(txn_id)
        self._store.audit.append("relay.held", outcome="held", actor="bot", event_type="incident",
                                 case=case_ref, room=room_id, reason=reason_of(incident))


# --- the life cycle (called by handlers/commands/incident.py, after its checks) --------------

@dataclass(frozen=True)
class Containment:
    snapshot: bool = False
    pause: bool = False
    revoke: tuple[str, ...] = ()
    rotate: bool = False

    @property
    def contains(self) -> bool:
        """Whether a measure stops the exposure (a snapshot only preserves evidence)."""
        return self.pause or bool(self.revoke) or self.rotate


def _measure(ctx: Context, incident_id: int, actor: str, measure: str, detail: str = "",
             user: str = "") -> None:
    Incidents(ctx.store).record(incident_id, actor, measure, detail, at=ctx.now())
    ctx.audit.append(f"incident.{measure}", actor=actor, role=ctx.role(actor),
                     event_type="incident", user=user, reason=reason_of(incident_id))


def declare(ctx: Context, actor: str, summary: str) -> int:
    detected = ctx.now()
    incident_id = Incidents(ctx.store).declare(actor, summary, detected)
    for hours, when in reminder_times(detected):
        ctx.timers.schedule(REMINDER, str(incident_id), iso(when), {"hours": hours})
    ctx.audit.append("incident.declare", actor=actor, role=ctx.role(actor), event_type="incident",
                     reason=reason_of(incident_id))
    return incident_id


def contain(ctx: Context, incident_id: int, actor: str, measures: Containment,
            revoke: Callable[[str], None]) -> list[str]:
    """Applies the measures (the caller checked them); returns what was done, one line each.
    `revoke` is handlers.access.revoke for this actor, passed in: that module imports the command
    package, which imports this one."""
    incidents, done = Incidents(ctx.store), []
    if measures.snapshot:
        # First: the evidence is the log as it was found.
        checkpoint = post_checkpoint(ctx, f"Incident #{incident_id} : tête d'audit figée",
                                     reason=reason_of(incident_id), actor=actor)
        _measure(ctx, incident_id, actor, "snapshot", checkpoint.to_json())
        done.append(f"tête d'audit signée et conservée ({checkpoint.size} lignes)")
    if measures.pause:
        paused_by = incidents.paused_by()
        if paused_by is None:
            physio_rooms = [room for room, (kind, _) in ctx.rooms.managed().items() if kind == PHYSIO]
            held = incidents.pause(incident_id, physio_rooms, CASE_KINDS)
            _measure(ctx, incident_id, actor, "pause", str(held))
            done.append("relais vers les kinés suspendus : les notes sont gardées, "
                        f"!incident resume {incident_id} pour les envoyer")
        else:
            done.append(f"relais déjà suspendus (incident #{paused_by})")
    for user in measures.revoke:
        revoke(user)
        _measure(ctx, incident_id, actor, "revoke", user, user=user)
        done.append(f"accès de {user} révoqué")
    if measures.rotate:
        rooms = list(ctx.rooms.managed())
        for room in rooms:
            ctx.send.queue("rotate", room, {}, kind="incident")
        _measure(ctx, incident_id, actor, "rotate", str(len(rooms)))
        done.append(f"nouvelle session Megolm dans {len(rooms)} salons")
    if measures.contains:
        incidents.contained(incident_id, ctx.now())
    return done


def resume(ctx: Context, incident_id: int, actor: str) -> int:
    """Held notes flow again, once, in order; returns how many."""
    released = Incidents(ctx.store).resume()
    _measure(ctx, incident_id, actor, "resume", str(released))
    return released


def add_note(ctx: Context, incident_id: int, actor: str, text: str) -> None:
    Incidents(ctx.store).record(incident_id, actor, NOTE, text=text, at=ctx.now())
    ctx.audit.append("incident.note", actor=actor, role=ctx.role(actor), event_type="incident",
                     reason=reason_of(incident_id))


def assess(ctx: Context, incident_id: int, actor: str, high_risk: bool,
           consequences: str | None) -> None:
    Incidents(ctx.store).assess(incident_id, high_risk, consequences)
    _measure(ctx, incident_id, actor, "assess", "high" if high_risk else "low")


def close(ctx: Context, incident_id: int, actor: str) -> None:
    Incidents(ctx.store).close(incident_id, actor, ctx.now())
    ctx.timers.cancel(REMINDER, str(incident_id))
    _measure(ctx, incident_id, actor, "close")


@on_timer(REMINDER)
def remind(ctx: Context, timer: Timer) -> None:
    incident = Incidents(ctx.store).get(int(timer.key))
    if incident is None or incident.status != OPEN:
        return
    hours, now = int(timer.payload["hours"]), ctx.now()
    detected = datetime.fromisoformat(incident.detected_at)
    if superseded(hours, detected, now):
        return
    admin = ctx.rooms.find(ADMIN)
    if admin:
        ctx.send.post(admin, reminder_text(incident.id, hours, Clock(detected, now)), kind="reminder")
    ctx.audit.append("incident.reminder", actor="timer", event_type="timer", room=admin or "",
                     reason=reason_of(incident.id))
