"""Which devices get room keys. The rule, applied whenever the bot looks at the device lists
(after each sync and before each message it sends):

- devices of non-members (and of revoked members) never get keys, and are not recorded;
- a member's devices the bot sees while it has none recorded for that member are trusted: the
  devices present when the bot first sees the member (at first setup for configured staff,
  after `!grant` for others);
- a device that appears after that is held: recorded, announced once in the admin room, and
  sent nothing until an admin runs `!trust` (or the member confirms it, from a device already
  trusted, with a 2FA code); `!untrust` holds a device again.

Device IDs go in the audit rows' event_ids: they are Matrix identifiers, not patients'."""

from __future__ import annotations

from collections.abc import Iterable

from handlers.context import Context
from handlers.message import Message
from handlers.refusal import Refusal
from store.devices import HELD, TRUSTED, Devices
from store.rooms import ADMIN

FIRST_SEEN = "first_seen"


def trusted_devices(ctx: Context, user_id: str, device_ids: Iterable[str]) -> set[str]:
    """The devices among `device_ids` that may get keys; records (and announces) new ones."""
    if ctx.staff(user_id) is None:
        return set()
    devices = Devices(ctx.store)
    known = devices.statuses(user_id)
    new = [d for d in device_ids if d not in known]
    if new:
        with ctx.store.db.atomic():
            status = HELD if known else TRUSTED
            for device_id in new:
                if devices.record(user_id, device_id, status, FIRST_SEEN if status == TRUSTED else ""):
                    _recorded(ctx, user_id, device_id, status)
        known = devices.statuses(user_id)
    return {d for d, status in known.items() if status == TRUSTED}


def _recorded(ctx: Context, user_id: str, device_id: str, status: str) -> None:
    ctx.audit.append("device.seen", outcome=status, actor=user_id, role=ctx.role(user_id),
                     user=user_id, event_ids=[device_id],
                     reason=FIRST_SEEN if status == TRUSTED else "new_device")
    admin = ctx.rooms.find(ADMIN)
    if status == HELD and admin:
        ctx.send.post(admin, f"⚠️ Nouvel appareil {device_id} de {ctx.name(user_id)} ({user_id}) : "
                             f"il ne reçoit rien. Pour l'approuver : !trust {user_id} {device_id}",
                      kind="device_held")


def decide(ctx: Context, user_id: str, device_id: str, status: str, by: str) -> bool:
    """An admin's (or the member's) decision on a known device; False when it changes nothing."""
    changed = Devices(ctx.store).decide(user_id, device_id, status, by)
    if changed:
        ctx.audit.append("device.decide", outcome=status, actor=by, role=ctx.role(by),
                         user=user_id, event_ids=[device_id])
    return changed


def require_trusted_device(ctx: Context, msg: Message) -> None:
    """Sensitive commands come only from a trusted device: a stolen password alone (a new, held
    device) changes nothing."""
    if Devices(ctx.store).statuses(msg.sender).get(msg.device_id) != TRUSTED:
        raise Refusal("Commande refusée : envoyez-la depuis un appareil approuvé.",
                      "untrusted_device")
