"""Login on first start, `restore_login` after: same device, same E2EE store, a real pickle key."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

from aiohttp import ClientError
from nio import AsyncClient, AsyncClientConfig, LoginResponse

from bot.backoff import Backoff
from bot.client import Client
from bot.config import Config
from store.db import secure_dir

log = logging.getLogger(__name__)
T = TypeVar("T")


class LoginFailed(Exception):
    pass


def credentials_path(cfg: Config) -> Path:
    return cfg.data_dir / "credentials.json"


def _save_credentials(path: Path, data: dict[str, str]) -> None:
    fd = os.open(path.with_suffix(".tmp"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(data, f)
    os.replace(path.with_suffix(".tmp"), path)


async def open_session(cfg: Config) -> AsyncClient:
    """A logged-in client with its E2EE store loaded and its device keys uploaded."""
    secure_dir(cfg.data_dir)
    store_dir = secure_dir(cfg.data_dir / "nio")
    client = Client(
        cfg.homeserver, cfg.bot_user, store_path=str(store_dir),
        config=AsyncClientConfig(
            encryption_enabled=True, store_sync_tokens=False,
            pickle_key=cfg.pickle_key.read(),
            # One quick retry (a dropped keep-alive connection), then the error reaches the sync
            # loop and the sender: they back off, log, and health sees the homeserver is gone.
            max_timeouts=1,
        ),
    )
    try:
        await _log_in(cfg, client, store_dir)
    except BaseException:
        await client.close()
        raise
    return client


async def _log_in(cfg: Config, client: AsyncClient, store_dir: Path) -> None:
    path = credentials_path(cfg)
    if path.exists():
        saved = json.loads(path.read_text())
        client.restore_login(saved["user_id"], saved["device_id"], saved["access_token"])
        log.info("restored session for device %s", saved["device_id"])
    else:
        response = await client.login(cfg.password.read(), device_name="kine-relay")
        if not isinstance(response, LoginResponse):
            raise LoginFailed(f"login refused: {response.message}")
        _save_credentials(path, {"user_id": response.user_id, "device_id": response.device_id,
                                 "access_token": response.access_token})
        log.info("logged in, new device %s", response.device_id)
    for db_file in store_dir.iterdir():
        os.chmod(db_file, 0o600)
    if client.should_upload_keys:
        await client.keys_upload()


async def until_reachable(connect: Callable[[], Awaitable[T]]) -> T:
    """The homeserver may be down when the bot starts: retry with backoff (meanwhile /healthz
    answers 503) instead of exiting."""
    backoff = Backoff()
    while True:
        try:
            return await connect()
        except (ClientError, TimeoutError) as exc:
            log.warning("homeserver unreachable (%s); retrying", type(exc).__name__)
            await backoff.wait()
