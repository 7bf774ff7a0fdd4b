"""The running bot: session, store, engines, sync loop and sender, wired together."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from datetime import UTC, datetime
from functools import partial

from nio import AsyncClient

from bot.config import Config
from bot.cross_signing import KeyVault, ensure_cross_signing
from bot.dispatch import Dispatcher
from bot.health import health_app, serve
from bot.metrics import Metrics
from bot.scheduler import run_timers
from bot.sender import Sender
from bot.session import open_session, until_reachable
from bot.sync import SWEEP_SECONDS, TIMELINE_LIMIT, SyncLoop
from bot.trust import apply_trust
from bot.webhook import WebhookSettings, intake_app
from handlers.access import room_created
from handlers.access_settings import AccessSettings
from handlers.case_settings import CaseSettings
from handlers.context import Context
from handlers.deid import Deidentifier
from handlers.devices import trusted_devices
from handlers.incidents import PausableSend
from handlers.jobs import schedule_jobs
from handlers.notices import fold_confirmations
from handlers.review import schedule_access_timers
from handlers.triage import Triager
from store.crypto import parse_key
from store.db import Database
from store.members import Members
from store.outbox import Outbox, Pending
from store.patients import Patients
from store.rooms import Settings

log = logging.getLogger(__name__)


def open_store(cfg: Config) -> Database:
    return Database(cfg.data_dir / "store.db", parse_key(cfg.store_key.read()))


def staff_names(cfg: Config) -> list[str]:
    return [n for s in cfg.staff for n in (s.display_name, s.short_name) if n]


class Bot:
    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.store = open_store(cfg)
        self.client: AsyncClient | None = None
        self.sync: SyncLoop | None = None
        self.metrics = Metrics()

    def build(self, client: AsyncClient) -> tuple[SyncLoop, Sender, Context, Dispatcher]:
        cfg = self.cfg
        members = Members(self.store)
        members.seed(cfg.staff)
        access = AccessSettings.from_config(cfg)  # a bad [access] table stops the start
        sender = Sender(client, Outbox(self.store), prepare=lambda: None,
                        admin_token=access.admin_token.read() if access.admin_token else None,
                        folds={"ack": fold_confirmations})
        CaseSettings.from_config(cfg)  # a bad [cases] table stops the start, not a handler
        deid = Deidentifier(staff_names(cfg), Patients(self.store).names())
        # While an incident's containment pauses relays, case messages to physios wait.
        ctx = Context(cfg, self.store, PausableSend(sender, self.store), deid,
                      Triager.from_config(cfg), self.metrics)
        dispatcher = Dispatcher(client, ctx)
        schedule_access_timers(ctx)
        schedule_jobs(ctx)  # daily checkpoint, purge and backup; checks their settings

        def trust() -> None:
            apply_trust(client, partial(trusted_devices, ctx))

        sender.prepare = trust

        def on_sent(pending: Pending, event_id: str) -> None:
            if pending.op == "create_room":
                with self.store.db.atomic():
                    room_created(ctx, pending.content, event_id)
            if pending.kind == "notice" and (case := ctx.cases.get(pending.case_ref)):
                self.metrics.count("notes_relayed")
                created = datetime.fromisoformat(case.created_at)
                self.metrics.observe_latency((datetime.now(UTC) - created).total_seconds())

        sender.on_sent = on_sent

        async def after_sync() -> None:
            trust()  # new devices are recorded (and announced) before anything is sent
            dispatcher.retry_held()
            sender.wake()

        sync = SyncLoop(client, Settings(self.store), dispatcher.on_event, dispatcher.on_invite,
                        lambda event_id: ctx.inbound.seen(event_id) or dispatcher.held.has(event_id),
                        after_sync, int(cfg.section("sync").get("timeline_limit", TIMELINE_LIMIT)),
                        float(cfg.section("sync").get("sweep_seconds", SWEEP_SECONDS)))
        return sync, sender, ctx, dispatcher

    async def _connect(self) -> AsyncClient:
        client = await open_session(self.cfg)
        try:
            if self.cfg.section("bot").get("cross_signing", True):
                # Element's "exclude insecure devices" drops messages from devices not cross-signed.
                await ensure_cross_signing(client, self.cfg.password.read(),
                                           KeyVault(self.store.db, self.store.cipher))
        except BaseException:
            await client.close()
            raise
        return client

    async def run(self) -> None:
        webhook = WebhookSettings.from_config(self.cfg)
        health = self.cfg.section("health")
        runner = None
        if health.get("port"):
            # Served before the homeserver is reached: while it cannot be, /healthz says 503.
            app = health_app(self.metrics, lambda: self.sync.last_sync if self.sync else 0.0,
                             Outbox(self.store).depth, float(health.get("max_sync_age", 90)))
            runner = await serve(app, str(health.get("host", "127.0.0.1")), int(health["port"]))
        client = self.client = await until_reachable(self._connect)
        sync, sender, ctx, dispatcher = self.build(client)
        self.sync = sync
        stop = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            asyncio.get_running_loop().add_signal_handler(sig, stop.set)
        # How long an idle sync waits for news: [health] max_sync_age must be longer.
        poll_ms = int(float(self.cfg.section("sync").get("long_poll_seconds", 30)) * 1000)
        tasks = [asyncio.create_task(sync.run(poll_ms)), asyncio.create_task(sender.run()),
                 asyncio.create_task(run_timers(ctx, sender.wake))]
        await sync.synced.wait()
        intake = None
        if webhook:  # after the first sync: notes need the intake room loaded
            intake = await serve(intake_app(webhook, ctx, dispatcher.handle, sender.wake),
                                 webhook.host, webhook.port)
        await client.set_displayname(self.cfg.bot_display_name)
        log.info("kine-relay is running")
        done = asyncio.create_task(stop.wait())
        await asyncio.wait([done, *tasks], return_when=asyncio.FIRST_COMPLETED)
        for task in tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            if not task.cancelled() and task.exception():
                raise task.exception()  # a crashed loop is a crashed bot: say so
        for server in (runner, intake):
            if server:
                await server.cleanup()
        await client.close()
        self.store.close()
        log.info("kine-relay stopped")
