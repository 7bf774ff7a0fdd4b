"""Intake over HTTP for secretariat software: `POST /intake` with a JSON body
`{"text": "...", "from": "@lea:secretariat-exemple.fr", "urgency": "urgent"}` (urgency optional:
urgent, soon or routine; without it, triage decides).

Every request is signed with the secret shared with the software ([webhook] secret):

    X-Kine-Timestamp: the Unix time, in seconds
    X-Kine-Signature: hex(HMAC-SHA256(secret, timestamp + "." + raw body))

A timestamp more than 5 minutes away from the bot's clock is refused, so a captured request
cannot be replayed later; within the window, the same signed request is the same note (its event
ID derives from the signature and is claimed once), so a retry never opens a second case.

Answers: 202 {"case": "K7Q2"}; 401 (unsigned, stale, bad signature), 413 (body over
[webhook] max_body_bytes), 422 (not JSON, fields missing, "from" not a secretary, note refused),
503 (store unavailable: retry), each with a short {"error": "..."}. An accepted note takes the
path of a Matrix note: a `Message` from the "from" secretary in the intake room, through the
dispatcher, in one transaction with its case, notices and audit rows (actor "webhook").
"""

from __future__ import annotations

import hmac
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from hashlib import sha256

from aiohttp import web

from bot.config import Config, ConfigError, section_secret
from bot.dispatch import StoreUnavailable
from handlers.context import Context
from handlers.message import Message
from handlers.relay import handle_note
from handlers.triage import URGENCIES
from store.rooms import INTAKE

TIMESTAMP_HEADER = "X-Kine-Timestamp"
SIGNATURE_HEADER = "X-Kine-Signature"
REPLAY_WINDOW_S = 300
DEFAULT_MAX_BODY = 16 * 1024
MIN_SECRET_CHARS = 32  # e.g. 32 random base64 characters: ~190 bits
EVENT_PREFIX = "webhook:"
_TIMESTAMP = re.compile(r"[0-9]{1,12}")

Handle = Callable[[Message, Callable[[Context, Message], None]], None]


@dataclass(frozen=True)
class WebhookSettings:
    host: str
    port: int
    max_body: int
    secret: bytes = field(repr=False)

    @classmethod
    def from_config(cls, cfg: Config) -> WebhookSettings | None:
        """None when [webhook] sets no port: no HTTP intake."""
        section = cfg.section("webhook")
        if not section.get("port"):
            return None
        secret = section_secret(cfg, "webhook", "secret").read()
        if len(secret) < MIN_SECRET_CHARS:
            raise ConfigError(f"[webhook] secret must have at least {MIN_SECRET_CHARS} characters")
        return cls(str(section.get("host", "127.0.0.1")), int(section["port"]),
                   int(section.get("max_body_bytes", DEFAULT_MAX_BODY)), secret.encode())


def sign(secret: bytes, timestamp: str, body: bytes) -> str:
    return hmac.new(secret, timestamp.encode() + b"." + body, sha256).hexdigest()


def signature_problem(secret: bytes, timestamp: str, body: bytes, signature: str,
                      now: float) -> str | None:
    """None for a fresh, well-signed request; else the reason code of the refusal."""
    if not timestamp or not signature:
        return "unsigned"
    if not _TIMESTAMP.fullmatch(timestamp) or abs(now - int(timestamp)) > REPLAY_WINDOW_S:
        return "stale"
    given = signature.strip().lower().encode("utf-8", "replace")
    if not hmac.compare_digest(sign(secret, timestamp, body).encode(), given):
        return "bad_signature"
    return None


def intake_app(settings: WebhookSettings, ctx: Context, handle: Handle,
               wake_sender: Callable[[], None]) -> web.Application:
    def refuse(status: int, error: str, reason: str) -> web.Response:
        with ctx.store.db.atomic():
            ctx.audit.append("webhook", outcome="refused", actor="webhook", event_type="webhook",
                             reason=reason)
        return web.json_response({"error": error}, status=status)

    async def intake(request: web.Request) -> web.Response:
        body = await _read_at_most(request, settings.max_body)
        if body is None:
            return refuse(413, "body too large", "too_large")
        signature = request.headers.get(SIGNATURE_HEADER, "")
        problem = signature_problem(settings.secret, request.headers.get(TIMESTAMP_HEADER, ""),
                                    body, signature, time.time())
        if problem:
            return refuse(401, "unsigned, stale or badly signed request", problem)
        try:
            note = json.loads(body)
        except ValueError:
            return refuse(422, "body is not JSON", "not_json")
        if not (isinstance(note, dict) and isinstance(note.get("text"), str) and note["text"].strip()
                and isinstance(note.get("from"), str)):
            return refuse(422, "text and from are required", "missing_field")
        urgency = note.get("urgency")
        if urgency is not None and urgency not in URGENCIES:
            return refuse(422, "urgency must be urgent, soon or routine", "bad_urgency")
        if ctx.role(note["from"]) != "secretary":
            return refuse(422, "from is not a secretary", "not_secretary")
        intake_room = ctx.rooms.find(INTAKE)
        if intake_room is None:
            return refuse(422, "no intake room: run kine-relay setup", "no_intake_room")
        event_id = EVENT_PREFIX + sha256(signature.encode()).hexdigest()
        try:
            handle(Message(event_id, intake_room, note["from"], note["text"]),
                   partial(_accept, urgency=urgency))
        except StoreUnavailable:
            return web.json_response({"error": "store unavailable, retry later"}, status=503)
        wake_sender()
        case = ctx.cases.by_source(event_id)
        if case is None:
            return web.json_response({"error": "note refused"}, status=422)
        return web.json_response({"case": case.ref}, status=202)

    app = web.Application(client_max_size=settings.max_body)
    app.router.add_post("/intake", intake)
    return app


def _accept(ctx: Context, msg: Message, urgency: str | None) -> None:
    handle_note(ctx, msg, urgency)
    case = ctx.cases.by_source(msg.event_id)
    ctx.audit.append("webhook", outcome="accepted" if case else "refused", actor="webhook",
                     role=ctx.role(msg.sender), event_type="webhook",
                     case=case.ref if case else "", room=msg.room_id, user=msg.sender,
                     event_ids=[msg.event_id], reason="" if case else "note_refused")


async def _read_at_most(request: web.Request, limit: int) -> bytes | None:
    """The body, or None when it is longer than `limit` (read no further than that)."""
    if request.content_length is not None and request.content_length > limit:
        return None
    body = bytearray()
    while chunk := await request.content.read(64 * 1024):
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)
