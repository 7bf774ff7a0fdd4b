"""Everything a handler may use: the configuration, the store's query objects, the
de-identification and triage engines, and the sending interface. No SQL, no HTTP."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from bot.config import Config, Staff
from bot.metrics import Metrics
from handlers.deid import Deidentifier
from handlers.message import Message
from handlers.triage import Triager
from store.audit import AuditLog
from store.cases import Cases
from store.db import Database
from store.inbound import Inbound
from store.members import Members
from store.outbox import Outbox
from store.patients import Patients
from store.rooms import Rooms
from store.timers import Timers
from store.totp import TwoFactor


class SendInterface(Protocol):
    def post(self, room_id: str, body: str, *, kind: str, case_ref: str = "",
             html: str | None = None, msgtype: str = "m.notice",
             extra: dict | None = None) -> str: ...

    def queue(self, op: str, room_id: str, content: dict, *, kind: str, case_ref: str = "",
              due: datetime | None = None) -> str: ...


@dataclass
class Context:
    cfg: Config
    store: Database
    send: SendInterface
    deid: Deidentifier
    triager: Triager
    metrics: Metrics

    def __post_init__(self) -> None:
        self.rooms = Rooms(self.store)
        self.cases = Cases(self.store)
        self.inbound = Inbound(self.store)
        self.outbox = Outbox(self.store)
        self.timers = Timers(self.store)
        self.members = Members(self.store)
        self.patients = Patients(self.store)
        self.twofactor = TwoFactor(self.store)
        self.pseudonym_key = self.store.cipher.subkey("patient-pseudonym")

    @property
    def audit(self) -> AuditLog:
        return self.store.audit

    def staff(self, user_id: str) -> Staff | None:
        """The member's current role comes from the store (commands change it), not the config."""
        return self.members.get(user_id)

    def role(self, user_id: str) -> str:
        member = self.staff(user_id)
        return member.role if member else ""

    def name(self, user_id: str) -> str:
        member = self.staff(user_id)
        return member.name if member else user_id

    def now(self) -> datetime:
        return datetime.now(UTC)

    def reply(self, room_id: str, text: str, kind: str = "refusal") -> None:
        """A short answer in the room the message came from."""
        self.send.post(room_id, text, kind=kind)

    def refuse(self, msg: Message, reason: str, text: str | None = None,
               action: str = "refuse") -> None:
        """A clear, short refusal (when `text`), counted, and an audit row with its reason code."""
        self.inbound.mark(msg.event_id, "refused", reason)
        self.metrics.count("messages_refused")
        if text:
            self.reply(msg.room_id, text)
        self.audit.append(action, outcome="refused", actor=msg.sender, role=self.role(msg.sender),
                          room=msg.room_id, event_ids=[msg.event_id], reason=reason)
