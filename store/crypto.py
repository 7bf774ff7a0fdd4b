"""Encryption at rest: AES-256-GCM for fields, with the key kept outside the database."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


class InvalidKey(ValueError):
    """The store key is not 32 bytes of base64."""


def parse_key(text: str) -> bytes:
    try:
        key = base64.urlsafe_b64decode(text.strip() + "=" * (-len(text.strip()) % 4))
    except ValueError:
        raise InvalidKey("store key is not base64") from None
    if len(key) != 32:
        raise InvalidKey("store key must be 32 bytes (base64)")
    return key


def new_key() -> str:
    return base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")


class FieldCipher:
    """Encrypts one field at a time; `context` (table.column) is bound as associated data,
    so a ciphertext moved to another column does not decrypt."""

    def __init__(self, key: bytes):
        self._aead = AESGCM(key)
        self._mac_key = hashlib.sha256(b"kine-relay/mac" + key).digest()

    def encrypt(self, plaintext: str | bytes, context: str) -> bytes:
        data = plaintext.encode() if isinstance(plaintext, str) else plaintext
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, data, context.encode())

    def decrypt(self, blob: bytes, context: str) -> bytes:
        return self._aead.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], context.encode())

    def decrypt_text(self, blob: bytes, context: str) -> str:
        return self.decrypt(blob, context).decode()

    def mac(self, text: str, context: str) -> str:
        """Keyed, deterministic digest: lets the store look a value up without keeping it."""
        return hmac.new(self._mac_key, f"{context}\0{text}".encode(), hashlib.sha256).hexdigest()

    def subkey(self, label: str) -> bytes:
        """A key for another purpose (e.g. patient pseudonyms), derived from the store key."""
        return hmac.new(self._mac_key, label.encode(), hashlib.sha256).digest()
