"""Cross-signing for the bot's account, which matrix-nio lacks.

Element's "exclude insecure devices" mode drops messages from devices that their owner has not
cross-signed. So the bot keeps a master, a self-signing and a user-signing Ed25519 key (created
once, encrypted at rest), publishes them, and signs each of its own devices with the
self-signing key. Formats and checks follow the Matrix spec (canonical JSON, unpadded base64).
"""

from __future__ import annotations

import base64
import json
import logging
from dataclasses import dataclass
from typing import Any

import nio
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from store.crypto import FieldCipher

log = logging.getLogger(__name__)

TABLE = "cross_signing_keys"
ROLES = ("master", "self_signing", "user_signing")


class CrossSigningError(RuntimeError):
    """The homeserver refused a cross-signing request."""


def canonical_json(value: Any) -> bytes:
    """Matrix canonical JSON: sorted keys, no whitespace, UTF-8 (our objects hold no floats)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def unpadded_b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode().rstrip("=")


def public_key(key: Ed25519PrivateKey) -> str:
    return unpadded_b64(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def key_id(key: Ed25519PrivateKey) -> str:
    return f"ed25519:{public_key(key)}"


def signed(obj: dict[str, Any], key: Ed25519PrivateKey, signer: str) -> dict[str, Any]:
    """`obj` without `unsigned` and carrying only this new signature: what the upload takes."""
    body = {k: v for k, v in obj.items() if k not in ("signatures", "unsigned")}
    signature = unpadded_b64(key.sign(canonical_json(body)))
    return {**body, "signatures": {signer: {key_id(key): signature}}}


def is_signed_by(obj: dict[str, Any], signer: str, signing_key: str) -> bool:
    """Checks `signer`'s signature with `signing_key` (unpadded base64) on a published object."""
    signature = obj.get("signatures", {}).get(signer, {}).get(f"ed25519:{signing_key}")
    if not signature:
        return False
    body = {k: v for k, v in obj.items() if k not in ("signatures", "unsigned")}
    try:
        Ed25519PublicKey.from_public_bytes(_unb64(signing_key)).verify(
            _unb64(signature), canonical_json(body)
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class SigningKeys:
    master: Ed25519PrivateKey
    self_signing: Ed25519PrivateKey
    user_signing: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> SigningKeys:
        return cls(*(Ed25519PrivateKey.generate() for _ in ROLES))

    def public_objects(self, user_id: str) -> dict[str, dict[str, Any]]:
        """The body of /keys/device_signing/upload: sub-keys are signed by the master key."""

        def obj(key: Ed25519PrivateKey, usage: str) -> dict[str, Any]:
            body = {"user_id": user_id, "usage": [usage], "keys": {key_id(key): public_key(key)}}
            return body if key is self.master else signed(body, self.master, user_id)

        return {
            "master_key": obj(self.master, "master"),
            "self_signing_key": obj(self.self_signing, "self_signing"),
            "user_signing_key": obj(self.user_signing, "user_signing"),
        }


class KeyVault:
    """Private cross-signing keys per account, stored only as `FieldCipher` ciphertexts."""

    def __init__(self, db: Database, cipher: FieldCipher):
        self._table = db[TABLE].create(
            {"user_id": str, **dict.fromkeys(ROLES, bytes)}, pk="user_id", if_not_exists=True
        )
        self._cipher = cipher

    def load(self, user_id: str) -> SigningKeys | None:
        try:
            row = self._table.get(user_id)
        except NotFoundError:
            return None
        seeds = (self._cipher.decrypt(row[role], f"{TABLE}.{role}") for role in ROLES)
        return SigningKeys(*(Ed25519PrivateKey.from_private_bytes(seed) for seed in seeds))

    def save(self, user_id: str, keys: SigningKeys) -> None:
        row: dict[str, Any] = {"user_id": user_id}
        for role in ROLES:
            seed = getattr(keys, role).private_bytes_raw()
            row[role] = self._cipher.encrypt(seed, f"{TABLE}.{role}")
        self._table.upsert(row, pk="user_id")


async def _call(client: nio.AsyncClient, path: str, body: dict[str, Any]) -> tuple[int, dict]:
    response = await client.send(
        "POST", f"/_matrix/client/v3/{path}", json.dumps(body),
        {"Content-Type": "application/json", "Authorization": f"Bearer {client.access_token}"},
    )
    return response.status, await response.json(content_type=None)


def _expect_ok(path: str, status: int, reply: dict) -> dict:
    if status != 200:
        raise CrossSigningError(f"{path}: HTTP {status} {reply.get('errcode', '')}".rstrip())
    return reply


async def query_keys(client: nio.AsyncClient, user_id: str) -> dict[str, Any]:
    """The homeserver's /keys/query answer for one user (devices and cross-signing keys)."""
    path = "keys/query"
    return _expect_ok(path, *await _call(client, path, {"device_keys": {user_id: []}}))


async def _upload_signatures(client: nio.AsyncClient, body: dict[str, Any]) -> None:
    path = "keys/signatures/upload"
    reply = _expect_ok(path, *await _call(client, path, body))
    if reply.get("failures"):
        raise CrossSigningError(f"{path}: refused {json.dumps(reply['failures'])}")


async def _publish(client: nio.AsyncClient, password: str, keys: SigningKeys) -> None:
    path = "keys/device_signing/upload"
    body: dict[str, Any] = keys.public_objects(client.user_id)
    status, reply = await _call(client, path, body)
    if status == 401 and "session" in reply:
        # User-interactive auth: the server asks again, we answer with the account password.
        body["auth"] = {
            "type": "m.login.password", "session": reply["session"], "password": password,
            "identifier": {"type": "m.id.user", "user": client.user_id},
        }
        status, reply = await _call(client, path, body)
    _expect_ok(path, status, reply)


def _published_as(published: dict[str, Any], user_id: str, keys: SigningKeys) -> bool:
    fields = {"master_keys": keys.master, "self_signing_keys": keys.self_signing,
              "user_signing_keys": keys.user_signing}
    return all(
        published.get(field, {}).get(user_id, {}).get("keys") == {key_id(k): public_key(k)}
        for field, k in fields.items()
    )


async def ensure_cross_signing(client: nio.AsyncClient, password: str, vault: KeyVault) -> None:
    """Publishes the account's cross-signing keys if needed and signs the current device.

    Idempotent: stored keys are reused, and a device already signed is left alone. A new device
    of the same account (say, after a restore) is signed by the same identity.
    """
    if client.olm is None:
        raise CrossSigningError("encryption is not loaded: log in with a store first")
    user_id, device_id = client.user_id, client.device_id
    # The device's keys must be on the server before they can be signed.
    if client.should_upload_keys and isinstance(
        reply := await client.keys_upload(), nio.KeysUploadError
    ):
        raise CrossSigningError(f"keys/upload: {reply.status_code}")
    published = await query_keys(client, user_id)
    keys = vault.load(user_id)
    if keys is None:
        if user_id in published.get("master_keys", {}):
            log.warning("no stored cross-signing keys for %s: replacing its identity", user_id)
        keys = SigningKeys.generate()
        vault.save(user_id, keys)  # before publishing, so a crash cannot orphan the identity
    if not _published_as(published, user_id, keys):
        await _publish(client, password, keys)
        log.info("published cross-signing keys for %s", user_id)
    device = published.get("device_keys", {}).get(user_id, {}).get(device_id)
    if device is None:
        raise CrossSigningError(f"device {device_id} has no keys on the server")
    if is_signed_by(device, user_id, public_key(keys.self_signing)):
        return
    await _upload_signatures(client, {user_id: {device_id: signed(device, keys.self_signing,
                                                                  user_id)}})
    log.info("cross-signed device %s", device_id)


async def sign_user_master_key(
    client: nio.AsyncClient, vault: KeyVault, user_id: str, device_id: str
) -> bool:
    """Signs `user_id`'s master key with the bot's user-signing key, so Element shows the user
    as verified by the bot.

    Trust comes from the device the bot already verified: the master key is signed only if
    that device (same Ed25519 key as nio verified) is cross-signed by it. Returns whether it
    signed.
    """
    keys = vault.load(client.user_id)
    if keys is None:
        raise CrossSigningError("no cross-signing keys: run ensure_cross_signing first")
    known = client.device_store.active_user_devices(user_id)
    trusted = next((d for d in known if d.device_id == device_id and d.verified), None)
    if trusted is None:
        return False
    published = await query_keys(client, user_id)
    master = published.get("master_keys", {}).get(user_id)
    self_signing = published.get("self_signing_keys", {}).get(user_id)
    device = published.get("device_keys", {}).get(user_id, {}).get(device_id)
    if not (master and self_signing and device):
        return False
    (master_pub,) = master["keys"].values()
    (self_signing_pub,) = self_signing["keys"].values()
    chained = (
        is_signed_by(self_signing, user_id, master_pub)
        and is_signed_by(device, user_id, self_signing_pub)
        and device["keys"].get(f"ed25519:{device_id}") == trusted.ed25519
    )
    if not chained:
        return False
    if not is_signed_by(master, client.user_id, public_key(keys.user_signing)):
        await _upload_signatures(
            client, {user_id: {master_pub: signed(master, keys.user_signing, client.user_id)}}
        )
    return True
