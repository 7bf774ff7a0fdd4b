"""A throw-away Synapse on loopback for the demo and the tests.

Synapse comes from pip (the `test` extra). The config is generated once, then an overrides file
(second `-c`) pins what a local test server needs: one client listener on 127.0.0.1, no
federation, shared-secret registration, no rate limits that would slow a burst.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

SERVER_NAME = "localhost"
_UNLIMITED = {"per_second": 100000, "burst_count": 100000}
# Every client-side limit Synapse reads; the nested ones take the same settings per key.
RATE_LIMITS: dict[str, tuple[str, ...]] = {
    "rc_message": (), "rc_registration": (), "rc_admin_redaction": (), "rc_joins_per_room": (),
    "rc_3pid_validation": (), "rc_third_party_invite": (), "rc_media_create": (),
    "rc_delayed_event_mgmt": (), "rc_reports": (), "rc_room_creation": (), "rc_key_requests": (),
    "rc_user_directory": (), "rc_profile": (), "rc_presence": ("per_user",),
    "rc_login": ("address", "account", "failed_attempts"), "rc_joins": ("local", "remote"),
    "rc_invites": ("per_room", "per_user", "per_issuer"),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class DevServer:
    """Synapse in `root`, on 127.0.0.1:`port`. `start`/`stop` may be repeated (same database)."""

    def __init__(self, root: Path, port: int | None = None, overrides: dict | None = None):
        self.root = Path(root)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.shared_secret = secrets.token_hex(16)
        self.extra = overrides or {}
        self.proc: subprocess.Popen[bytes] | None = None

    def _configure(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        config = self.root / "homeserver.yaml"
        if not config.exists():
            subprocess.run(
                [sys.executable, "-m", "synapse.app.homeserver", "--server-name", SERVER_NAME,
                 "--config-path", str(config), "--data-directory", str(self.root),
                 "--generate-config", "--report-stats=no"],
                check=True, cwd=self.root, stdout=subprocess.DEVNULL,
            )
        overrides = {
            "listeners": [{
                "port": self.port, "bind_addresses": ["127.0.0.1"], "type": "http",
                "tls": False, "x_forwarded": False,
                "resources": [{"names": ["client"], "compress": False}],
            }],
            "federation_domain_whitelist": [],
            "registration_shared_secret": self.shared_secret,
            "trusted_key_servers": [],
            "suppress_key_server_warning": True,
            "presence": {"enabled": False},
            "bcrypt_rounds": 4,
            "enable_metrics": False,
            "report_stats": False,
            **{name: {k: _UNLIMITED for k in keys} if keys else _UNLIMITED
               for name, keys in RATE_LIMITS.items()},
            **self.extra,
        }
        # JSON is valid YAML: no YAML writer needed.
        (self.root / "overrides.yaml").write_text(json.dumps(overrides))
        log_config = self.root / f"{SERVER_NAME}.log.config"
        if log_config.exists():
            # Generated logging writes to homeserver.log in the data dir; keep it, quieter.
            log_config.write_text(log_config.read_text().replace("level: INFO", "level: WARNING"))

    def start(self, timeout: float = 60) -> DevServer:
        self._configure()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "synapse.app.homeserver",
             "-c", str(self.root / "homeserver.yaml"), "-c", str(self.root / "overrides.yaml")],
            cwd=self.root, stdout=subprocess.DEVNULL,
            stderr=open(self.root / "stderr.log", "ab"),  # noqa: SIM115 - owned by the child
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"Synapse exited with {self.proc.returncode}; see {self.root}")
            try:
                with urllib.request.urlopen(f"{self.url}/_matrix/client/versions", timeout=1):
                    return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("Synapse did not answer in time")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def _post(self, path: str, body: dict) -> dict:
        request = urllib.request.Request(
            f"{self.url}{path}", data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"}, method="POST",
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)

    def register(self, localpart: str, password: str, admin: bool = False,
                 displayname: str | None = None) -> str:
        """Create a user through the shared-secret admin API; returns the Matrix ID."""
        path = "/_synapse/admin/v1/register"
        with urllib.request.urlopen(f"{self.url}{path}", timeout=10) as response:
            nonce = json.load(response)["nonce"]
        mac = hmac.new(self.shared_secret.encode(), digestmod=hashlib.sha1)
        mac.update(b"\x00".join(
            [nonce.encode(), localpart.encode(), password.encode(), b"admin" if admin else b"notadmin"]
        ))
        body = {"nonce": nonce, "username": localpart, "password": password, "admin": admin,
                "mac": mac.hexdigest()}
        if displayname:
            body["displayname"] = displayname
        return self._post(path, body)["user_id"]

    def __enter__(self) -> DevServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
