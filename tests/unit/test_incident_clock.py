"""The 72-hour clock of a declared incident (GDPR art. 33) as pure functions of an injected
`now`; then the reminder timer's handler, on a real temporary store with a recording sender and
the same injected clock (the scheduler only picks due timers and calls it)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.metrics import Metrics
from handlers import incidents
from handlers.breach_report import Clock, deadline_text, reminder_times, superseded
from handlers.context import Context
from handlers.timers import TIMER_HANDLERS
from store.crypto import new_key, parse_key
from store.db import Database, iso
from store.incidents import Incidents
from store.rooms import ADMIN, Rooms

DETECTED = datetime(2025, 3, 12, 10, 5, tzinfo=UTC)
ADMIN_ROOM = "!admin:kine.test"
ANNE = "@anne:kine.test"


def at(hours: float) -> datetime:
    return DETECTED + timedelta(hours=hours)


def test_the_deadline_is_72_hours_after_detection():
    clock = Clock(DETECTED, at(30))
    assert clock.deadline == datetime(2025, 3, 15, 10, 5, tzinfo=UTC)
    assert clock.remaining == timedelta(hours=42)
    assert not clock.overdue
    assert Clock(DETECTED, at(72)).overdue


def test_the_deadline_text_counts_down_then_says_how_late():
    assert deadline_text(Clock(DETECTED, at(30))) == (
        "notification à la CNIL (art. 33) avant le 15/03/2025 10:05 UTC, reste 42 h 00")
    late = deadline_text(Clock(DETECTED, at(73.5)))
    assert late.startswith("délai de 72 h dépassé de 1 h 30 (échéance 15/03/2025 10:05 UTC)")


def test_reminders_fall_at_24_48_and_66_hours():
    assert reminder_times(DETECTED) == [(24, at(24)), (48, at(48)), (66, at(66))]


def test_a_late_reminder_is_superseded_only_by_a_later_one_already_due():
    assert not superseded(24, DETECTED, at(47.9))
    assert superseded(24, DETECTED, at(48))
    assert not superseded(48, DETECTED, at(65))
    assert superseded(48, DETECTED, at(66)) and superseded(24, DETECTED, at(70))
    assert not superseded(66, DETECTED, at(500))


# --- the reminder timer on a real store -----------------------------------------------------

@dataclass
class RecordingSender:
    posts: list[tuple[str, str, str]] = field(default_factory=list)  # (room, body, kind)

    def post(self, room_id: str, body: str, *, kind: str, **_: object) -> str:
        self.posts.append((room_id, body, kind))
        return f"txn-{secrets.token_hex(4)}"

    def queue(self, op: str, room_id: str, content: dict, *, kind: str, **_: object) -> str:
        return f"txn-{secrets.token_hex(4)}"


class ClockedContext(Context):
    """The handlers' context with the clock set by the test (nothing here needs the engines)."""

    moment: datetime = DETECTED

    def now(self) -> datetime:
        return self.moment


@pytest.fixture
def ctx(tmp_path: Path) -> ClockedContext:
    store = Database(tmp_path / "store.db", parse_key(new_key()))
    Rooms(store).record(ADMIN_ROOM, ADMIN)
    context = ClockedContext(cfg=None, store=store, send=RecordingSender(), deid=None,
                             triager=None, metrics=Metrics())
    yield context
    store.close()


def fire_due(ctx: ClockedContext, hours: float) -> list[str]:
    """Moves the clock to `hours` after detection and fires what is due, as the scheduler does;
    returns the bodies posted."""
    ctx.moment = at(hours)
    before = len(ctx.send.posts)
    for timer in ctx.timers.due(iso(ctx.moment)):
        with ctx.store.db.atomic():
            ctx.timers.fired(timer.id)
            TIMER_HANDLERS[timer.kind](ctx, timer)
    return [body for _, body, _ in ctx.send.posts[before:]]


def declared(ctx: ClockedContext) -> int:
    with ctx.store.db.atomic():
        return incidents.declare(ctx, ANNE, "Téléphone d'un kiné perdu")


def test_declaring_schedules_the_three_reminders(ctx):
    incident_id = declared(ctx)
    rows = ctx.store.db.execute("SELECT key, due_at FROM timers WHERE kind = ? ORDER BY due_at",
                                [incidents.REMINDER]).fetchall()
    assert rows == [(str(incident_id), iso(at(h))) for h in (24, 48, 66)]


def test_each_reminder_fires_once_in_the_admin_room_with_the_time_left(ctx):
    incident_id = declared(ctx)
    assert fire_due(ctx, 23.9) == []
    assert fire_due(ctx, 24) == [
        f"⏰ Incident #{incident_id} — 24 h depuis la détection : notification à la CNIL "
        f"(art. 33) avant le 15/03/2025 10:05 UTC, reste 48 h 00. Rapport : !incident report "
        f"{incident_id}"]
    assert fire_due(ctx, 30) == []
    assert [b.split(" : ")[0] for b in fire_due(ctx, 48.5)] == [
        f"⏰ Incident #{incident_id} — 48 h depuis la détection"]
    assert "reste 5 h 30" in fire_due(ctx, 66.5)[0]
    assert fire_due(ctx, 100) == []
    assert all(room == ADMIN_ROOM for room, _, _ in ctx.send.posts)
    audit = [r["action"] for r in ctx.audit.rows() if r["action"] == "incident.reminder"]
    assert len(audit) == 3


def test_after_downtime_only_the_latest_due_reminder_speaks(ctx):
    declared(ctx)
    posted = fire_due(ctx, 50)  # the bot was down from before 24 h to 50 h
    assert len(posted) == 1 and "48 h depuis la détection" in posted[0]
    assert "reste 22 h 00" in posted[0]


def test_a_closed_incident_gets_no_reminder(ctx):
    incident_id = declared(ctx)
    with ctx.store.db.atomic():
        incidents.close(ctx, incident_id, ANNE)
    assert fire_due(ctx, 70) == []
    assert Incidents(ctx.store).get(incident_id).status == "closed"
