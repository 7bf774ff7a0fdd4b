"""The secretariat software's side of the webhook, for tests: its config and a signed POST."""

from __future__ import annotations

import json
import os
import secrets
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp

from bot.config import load_config
from bot.webhook import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign

WEBHOOK_TOML = """
[webhook]
port = {port}
secret = {{ file = "secrets/webhook_secret" }}
max_body_bytes = 4096
"""
SECRET_FILE = "secrets/webhook_secret"


def write_webhook_secret(root: Path) -> None:
    fd = os.open(root / SECRET_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(secrets.token_urlsafe(32))


class WebhookClient:
    def __init__(self, config: Path):
        section = load_config(config).section("webhook")
        self.url = f"http://127.0.0.1:{section['port']}/intake"
        self.secret = (config.parent / SECRET_FILE).read_text().strip().encode()

    def signed(self, body: bytes, *, at: float | None = None,
               secret: bytes | None = None) -> dict[str, str]:
        timestamp = str(int(time.time() if at is None else at))
        return {TIMESTAMP_HEADER: timestamp,
                SIGNATURE_HEADER: sign(secret or self.secret, timestamp, body),
                "Content-Type": "application/json"}

    async def post(self, body: bytes, headers: dict[str, str],
                   chunked: bool = False) -> tuple[int, dict[str, Any]]:
        """`chunked`: no Content-Length, as a streaming client sends it."""
        async def chunks() -> AsyncIterator[bytes]:
            for start in range(0, len(body), 1024):
                yield body[start:start + 1024]

        async with aiohttp.ClientSession() as session, session.post(
                self.url, data=chunks() if chunked else body, headers=headers,
                timeout=aiohttp.ClientTimeout(total=30)) as response:
            return response.status, await response.json()

    async def note(self, note: dict[str, Any], **signing: Any) -> tuple[int, dict[str, Any]]:
        body = json.dumps(note).encode()
        return await self.post(body, self.signed(body, **signing))
