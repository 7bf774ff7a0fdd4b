"""The bot's Ed25519 key for signing audit checkpoints, kept encrypted in the store.

Anyone holding only the public key can check a checkpoint; the private key never leaves the
`secrets` table except decrypted in memory with the store key."""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime

import sqlite_utils
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from store.crypto import FieldCipher

SECRETS_CONTEXT = "secrets.value"
AUDIT_KEY_NAME = "audit_signing_key"
PUBLIC_KEY_BYTES = 32


def encode_b64(raw: bytes) -> str:
    """Unpadded URL-safe base64, the same form as the store key."""
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_b64(text: str) -> bytes:
    text = text.strip()
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, binascii.Error):
        raise ValueError("not base64") from None


def decode_public_key(text: str) -> bytes:
    raw = decode_b64(text)
    if len(raw) != PUBLIC_KEY_BYTES:
        raise ValueError("an Ed25519 public key is 32 bytes (base64)")
    return raw


def signature_is_valid(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


class SigningKey:
    def __init__(self, private_key: Ed25519PrivateKey):
        self._private = private_key

    @property
    def public_key(self) -> bytes:
        return self._private.public_key().public_bytes_raw()

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)

    @classmethod
    def load(
        cls, db: sqlite_utils.Database, cipher: FieldCipher, name: str = AUDIT_KEY_NAME
    ) -> SigningKey | None:
        if not db["secrets"].exists():
            return None
        row = db.execute("SELECT value FROM secrets WHERE name = ?", [name]).fetchone()
        if row is None:
            return None
        try:
            raw = cipher.decrypt(row[0], SECRETS_CONTEXT)
        except InvalidTag:
            raise ValueError("the store key does not decrypt the signing key") from None
        return cls(Ed25519PrivateKey.from_private_bytes(raw))

    @classmethod
    def load_or_create(
        cls, db: sqlite_utils.Database, cipher: FieldCipher, name: str = AUDIT_KEY_NAME
    ) -> SigningKey:
        """The key, generated and stored on first use (call outside a transaction, so it is
        committed before anything is signed with it)."""
        existing = cls.load(db, cipher, name)
        if existing is not None:
            return existing
        raw = Ed25519PrivateKey.generate().private_bytes_raw()
        db["secrets"].create(
            {"name": str, "value": bytes, "created_at": str}, pk="name", if_not_exists=True
        )
        # ignore=True: if another process created the key meanwhile, theirs wins and is read back.
        db["secrets"].insert(
            {"name": name, "value": cipher.encrypt(raw, SECRETS_CONTEXT),
             "created_at": datetime.now(UTC).isoformat(timespec="seconds")},
            ignore=True,
        )
        loaded = cls.load(db, cipher, name)
        assert loaded is not None
        return loaded
