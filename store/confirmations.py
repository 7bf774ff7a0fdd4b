"""Actions waiting for their author's second step: a revocation waits for `!confirm <token>
<code>`, a 2FA enrolment for its first code. Each belongs to one actor and expires; its payload
(what the action needs, e.g. a revocation's reason) is encrypted at rest."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from store.cases import REF_ALPHABET
from store.db import Database, iso, utcnow

TOKEN_LENGTH = 6


@dataclass(frozen=True)
class Confirmation:
    token: str
    action: str
    actor: str
    target: str
    payload: dict[str, Any]
    expires_at: str


class Confirmations:
    def __init__(self, store: Database):
        self.db = store.db
        self.cipher = store.cipher

    def create(self, action: str, actor: str, target: str, payload: dict[str, Any],
               expires: datetime) -> str:
        token = "".join(secrets.choice(REF_ALPHABET) for _ in range(TOKEN_LENGTH))
        self.db.execute("DELETE FROM confirmations WHERE expires_at <= ?", [utcnow()])
        self.db.execute(
            "INSERT INTO confirmations (token, action, actor, target, payload, created_at, "
            "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [token, action, actor, target,
             self.cipher.encrypt(json.dumps(payload), _context(token)), utcnow(), iso(expires)])
        return token

    def find(self, token: str, actor: str, now: datetime) -> Confirmation | None:
        """The actor's unexpired confirmation with this token; another's is not found."""
        return self._one("token = ? AND actor = ?", [token.upper(), actor], now)

    def latest(self, action: str, actor: str, now: datetime) -> Confirmation | None:
        return self._one("action = ? AND actor = ?", [action, actor], now)

    def drop(self, token: str) -> None:
        self.db.execute("DELETE FROM confirmations WHERE token = ?", [token])

    def drop_all(self, actor: str, action: str | None = None) -> None:
        self.db.execute("DELETE FROM confirmations WHERE actor = ? AND (? IS NULL OR action = ?)",
                        [actor, action, action])

    def _one(self, where: str, params: list[str], now: datetime) -> Confirmation | None:
        row = self.db.execute(
            f"SELECT token, action, actor, target, payload, expires_at FROM confirmations "
            f"WHERE {where} AND expires_at > ? ORDER BY created_at DESC LIMIT 1",
            [*params, iso(now)]).fetchone()
        if row is None:
            return None
        token, action, actor, target, blob, expires_at = row
        return Confirmation(token, action, actor, target,
                            json.loads(self.cipher.decrypt_text(blob, _context(token))), expires_at)


def _context(token: str) -> str:
    return f"confirmations.{token}"
