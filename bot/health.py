"""Loopback HTTP for operations: /healthz (200 when synced recently) and /metrics."""

from __future__ import annotations

import time
from collections.abc import Callable

from aiohttp import web

from bot.metrics import Metrics


def health_app(metrics: Metrics, last_sync: Callable[[], float], outbox_depth: Callable[[], int],
               max_sync_age: float) -> web.Application:
    def sync_age() -> float:
        last = last_sync()
        return time.monotonic() - last if last else float("inf")

    async def healthz(request: web.Request) -> web.Response:
        age = sync_age()
        if age <= max_sync_age:
            return web.json_response({"status": "ok", "sync_age_s": round(age, 1)})
        return web.json_response({"status": "unhealthy", "reason": "not synced"}, status=503)

    async def metrics_page(request: web.Request) -> web.Response:
        age = sync_age()
        text = metrics.render({
            "sync_lag_seconds": (age if age != float("inf") else -1, "seconds since the last good sync"),
            "outbox_depth": (outbox_depth(), "operations waiting to be sent"),
        })
        return web.Response(text=text, content_type="text/plain", charset="utf-8")

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics_page)
    return app


async def serve(app: web.Application, host: str, port: int) -> web.AppRunner:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner
