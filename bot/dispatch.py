"""Event dispatch: nio events become plain `Message`s, claimed once, routed by room kind and
sender role to a handler, inside one transaction with everything they cause."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from nio import (
    AsyncClient,
    EncryptionError,
    Event,
    InviteInfo,
    InviteMemberEvent,
    MegolmEvent,
    ReactionEvent,
    RedactionEvent,
    RoomKeyRequestMessage,
    RoomMessageNotice,
    RoomMessageText,
)

from bot.trust import sending_device
from handlers.commands import run_command
from handlers.context import Context
from handlers.message import Message
from handlers.relay import handle_answer, handle_edit, handle_note, withdraw
from handlers.workflow import react
from store.devices import Devices
from store.held import Held, HeldEvents
from store.rooms import ADMIN, INTAKE, OTHER, PERSONAL, PHYSIO

Handler = Callable[[Context, Message], None]

log = logging.getLogger(__name__)


class StoreUnavailable(OSError):
    """The store cannot write (disk full, locked): nothing is acknowledged, the sync replays."""


def _table(value: object) -> dict:
    """A JSON object from a sender's client — or {} for anything else it put there."""
    return value if isinstance(value, dict) else {}


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def to_message(room_id: str, event: RoomMessageText | RoomMessageNotice,
               device_id: str = "") -> Message:
    content = event.source.get("content", {})
    relates = _table(content.get("m.relates_to"))
    reply_to = _text(_table(relates.get("m.in_reply_to")).get("event_id"))
    body = event.body or ""
    replaces = None
    if relates.get("rel_type") == "m.replace":
        # An edit: the new text is in m.new_content; the body is a "* " fallback.
        replaces = _text(relates.get("event_id"))
        body = str(_table(content.get("m.new_content")).get("body", body))
    return Message(event.event_id, room_id, event.sender, body,
                   reply_to=reply_to, replaces=replaces, timestamp_ms=event.server_timestamp,
                   device_id=device_id, plaintext=not event.decrypted)


class Dispatcher:
    def __init__(self, client: AsyncClient, ctx: Context):
        self.client = client
        self.ctx = ctx
        self.held = HeldEvents(ctx.store)

    async def on_event(self, room_id: str, event: Event) -> None:
        if getattr(event, "sender", None) == self.client.user_id:
            return
        if isinstance(event, MegolmEvent):
            event = self._decrypt(room_id, event)
        if isinstance(event, RoomMessageText | RoomMessageNotice):
            self.handle(to_message(room_id, event, sending_device(self.client, event)))
        elif isinstance(event, MegolmEvent):
            await self._hold(room_id, event)
        elif isinstance(event, RedactionEvent) and event.redacts:
            self.handle(Message(event.event_id, room_id, event.sender, "", replaces=event.redacts),
                        withdraw)
        elif isinstance(event, ReactionEvent):
            self.handle(Message(event.event_id, room_id, event.sender, event.key,
                                reply_to=event.reacts_to), react)

    def handle(self, msg: Message, handler: Handler | None = None) -> None:
        """Claim the event and run its handler in one transaction; `_route` picks the handler
        for ordinary messages."""
        ctx = self.ctx
        try:
            with ctx.store.db.atomic():
                if ctx.inbound.claim(msg.event_id, msg.room_id, msg.sender):
                    self._route(msg, handler)
        except sqlite3.OperationalError as exc:
            # SQLite's text names the condition (locked, disk full), never a value.
            log.error("store unavailable (%s): %s not acknowledged, the sync will replay it",
                      exc, msg.event_id)
            raise StoreUnavailable(f"store unavailable: {exc}") from None
        except Exception as exc:  # noqa: BLE001 - one bad event must not stop the bot
            # Only the type: an exception's text may quote the message.
            log.error("handler failed on %s: %s", msg.event_id, type(exc).__name__)
            with ctx.store.db.atomic():
                ctx.inbound.claim(msg.event_id, msg.room_id, msg.sender)
                ctx.inbound.mark(msg.event_id, "failed", type(exc).__name__)
                ctx.reply(msg.room_id, "Erreur interne : message non traité, merci de le renvoyer.")
                ctx.audit.append("error", outcome="failed", actor=msg.sender,
                                 role=ctx.role(msg.sender), room=msg.room_id,
                                 event_ids=[msg.event_id], reason=type(exc).__name__)

    def _route(self, msg: Message, handler: Handler | None) -> None:
        ctx = self.ctx
        staff = ctx.staff(msg.sender)
        if staff is None:
            # Identity is the Matrix ID: a copied display name changes nothing.
            ctx.inbound.mark(msg.event_id, "ignored", "not_staff")
            ctx.audit.append("ignore", outcome="ignored", actor=msg.sender, room=msg.room_id,
                             event_ids=[msg.event_id], reason="not_staff")
            return
        ctx.members.touch(msg.sender)
        Devices(ctx.store).seen(msg.sender, msg.device_id)
        room = self.client.rooms.get(msg.room_id)
        if room is None or not room.encrypted:
            said = ctx.rooms.first_notice(msg.room_id)
            ctx.refuse(msg, "unencrypted_room",
                         "Ce salon n'est pas chiffré : kine-relay n'y relaie rien." if said else None)
            return
        if msg.plaintext:
            # A client that skipped encryption in an encrypted room: its text already went out in
            # clear to the homeserver; relaying it would only spread it further.
            ctx.refuse(msg, "unencrypted_event",
                       "Message non chiffré : non relayé. Utilisez une application avec chiffrement.")
            return
        kind, owner = ctx.rooms.kind_of(msg.room_id) or (OTHER, "")
        if kind == OTHER:
            ctx.refuse(msg, "unmanaged_room")
        elif handler is not None:
            handler(ctx, msg)
        elif msg.is_command:
            run_command(ctx, msg, kind)
        elif kind == INTAKE and staff.role in ("secretary", "admin"):
            (handle_edit if msg.replaces else handle_note)(ctx, msg)
        elif kind == PHYSIO and msg.sender == owner:
            handle_answer(ctx, msg)
        elif kind == PERSONAL:
            ctx.refuse(msg, "not_a_command", "Ce salon ne relaie rien : tapez !help.")
        elif kind != ADMIN:
            ctx.refuse(msg, "wrong_room", "Message non relayé : ce salon n'est pas le vôtre.")

    def _decrypt(self, room_id: str, event: MegolmEvent) -> Event:
        """nio leaves encrypted what it does not decrypt itself: a replayed sync response (it
        skips one it has seen) and gap-filled events. Try the keys we hold before holding it."""
        event.room_id = event.room_id or room_id
        try:
            return self.client.decrypt_event(event)
        except EncryptionError:
            return event

    async def _hold(self, room_id: str, event: MegolmEvent) -> None:
        """Not decryptable yet: keep it, ask the sender's devices for the key once per session."""
        ctx = self.ctx
        with ctx.store.db.atomic():
            if ctx.inbound.seen(event.event_id):
                return
            if self.held.hold(event.event_id, room_id, event.sender, event.session_id,
                              {**event.source, "room_id": room_id}):
                ctx.metrics.count("decryption_failures")
                ctx.metrics.count("notes_held")
                ctx.audit.append("hold", outcome="held", actor=event.sender,
                                 role=ctx.role(event.sender), room=room_id,
                                 event_ids=[event.event_id], reason="undecryptable")
        # Also on a replay (the first request may not have gone out): _ask_key sends it once.
        self._ask_key(event)
        await self.client.send_to_device_messages()

    def _ask_key(self, event: MegolmEvent) -> None:
        """Queue a room key request to the device that sent the event, once per session: nio
        records it (persisted) once sent. Its `request_room_key` would ask only our own devices."""
        olm = self.client.olm
        queued = any(isinstance(m, RoomKeyRequestMessage) and m.session_id == event.session_id
                     for m in olm.outgoing_to_device_messages)
        if not queued and event.session_id not in olm.outgoing_key_requests:
            olm.outgoing_to_device_messages.append(event.as_key_request(
                event.sender, self.client.device_id, event.session_id, event.device_id))

    def retry_held(self) -> None:
        """After each sync: decrypt what the new keys open; tell people about what stays shut."""
        ctx = self.ctx
        give_up = datetime.now(UTC) - timedelta(minutes=float(
            ctx.cfg.section("relay").get("undecryptable_minutes", 10)))
        for held in self.held.waiting():
            encrypted = MegolmEvent.from_dict(held.source)
            try:
                event = self.client.decrypt_event(encrypted)
            except EncryptionError:
                if datetime.fromisoformat(held.received_at) < give_up:
                    self._expire(held)
                else:
                    self._ask_key(encrypted)  # e.g. queued but not sent before a restart
                continue
            if isinstance(event, RoomMessageText | RoomMessageNotice):
                self.handle(to_message(held.room_id, event, sending_device(self.client, event)))
            with ctx.store.db.atomic():
                self.held.release(held.event_id)

    def _expire(self, held: Held) -> None:
        ctx = self.ctx
        when = datetime.fromisoformat(held.received_at).astimezone().strftime("%H:%M")
        text = (f"Une note de {ctx.name(held.sender)} reçue à {when} n'a pas pu être déchiffrée "
                "— merci de la renvoyer.")
        with ctx.store.db.atomic():
            self.held.expire(held.event_id)
            for room in {held.room_id, ctx.rooms.find(ADMIN)} - {None}:
                ctx.reply(room, text, kind="undecryptable")
            ctx.audit.append("hold", outcome="expired", actor=held.sender, role=ctx.role(held.sender),
                             room=held.room_id, event_ids=[held.event_id], reason="undecryptable")

    async def on_invite(self, room_id: str, invite: InviteInfo) -> None:
        inviter = next((e.sender for e in invite.invite_state if isinstance(e, InviteMemberEvent)
                        and e.state_key == self.client.user_id), "")
        # Only an admin may bring the bot back into a room it manages; it joins nothing else.
        role = self.ctx.role(inviter)
        reason = ("not_staff" if not role else "not_admin" if role != "admin"
                  else "" if room_id in self.ctx.rooms.managed() else "unmanaged_room")
        accepted = not reason
        with self.ctx.store.db.atomic():
            self.ctx.audit.append("invite", outcome="accepted" if accepted else "refused",
                                  actor=inviter, role=role, room=room_id, reason=reason)
        if accepted:
            await self.client.join(room_id)
        else:
            await self.client.room_leave(room_id)
