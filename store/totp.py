"""TOTP two-factor authentication (RFC 6238): enrolment, verification, lockout, recovery codes.

Store logic only; the Matrix side (commands, the QR attachment, admin alerts) calls it. Nothing
here logs: secrets, codes and otpauth URIs must never reach a log.

- The base32 secret is stored as AES-GCM ciphertext with the user ID bound as associated data,
  so a blob copied into another user's row does not decrypt. The key stays outside the database.
- Replay: the last accepted time step is kept per user and only moved forward by a conditional
  UPDATE (`WHERE last_step < ?`), so of two concurrent uses of one code only one wins, even
  from two connections.
- Lockout: LOCK_AFTER consecutive failures (wrong TOTP or recovery codes) lock for LOCK_FOR.
  While locked everything is refused, recovery codes included, or they would be a way round
  the lock. A replayed code is refused but not counted: it is not a guess.
- Recovery codes are random (12 symbols of 21, ~52 bits), not chosen by people, so a keyed
  HMAC (the store key, outside the database) is enough: the database alone gives nothing to
  test guesses against, and a slow KDF would only cost up to ten KDF runs per attempt. The
  per-code salt keeps equal codes from having equal digests and makes each code a separate
  brute force should the key ever leak.
"""

from __future__ import annotations

import hmac
import io
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

import pyotp
import segno

from store.db import Database, iso

TOTP_DIGITS = 6  # with SHA-1 and 30 s steps: what every authenticator app assumes
DRIFT_STEPS = 1  # a code from the step before or after is accepted: clock skew, typing time
LOCK_AFTER = 5
LOCK_FOR = timedelta(minutes=15)
RECOVERY_CODES = 10
# No look-alikes (0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V): codes are typed from paper.
RECOVERY_ALPHABET = "ACDEFHJKMNPQRTWXY3479"
RECOVERY_LENGTH = 12
RECOVERY_GROUP = 4
QR_SCALE = 8  # pixels per module: about 400 px for our URIs, easy for a phone camera
QR_BORDER = 4  # the quiet zone the QR standard asks for


class Status(StrEnum):
    NONE = "none"
    PENDING = "pending"  # enrolment begun, waiting for the first valid code
    ACTIVE = "active"
    LOCKED = "locked"  # active, but too many failures: refused until the lock ends


class Outcome(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    REPLAYED = "replayed"  # a valid code whose time step was already used
    LOCKED = "locked"
    LOCKED_NOW = "locked_now"  # this failure started the lock: time to alert the admin room
    NOT_ENROLLED = "not_enrolled"
    RECOVERY_USED = "recovery_used"  # a recovery code was accepted and is now spent

    @property
    def accepted(self) -> bool:
        return self in (Outcome.OK, Outcome.RECOVERY_USED)


class AlreadyEnrolled(Exception):
    """2FA is active for this user: only a reset (by an admin) allows a new enrolment."""


@dataclass(frozen=True)
class Enrolment:
    """What the user needs to add the account to an authenticator app; never to be logged."""

    secret: str = field(repr=False)
    uri: str = field(repr=False)
    qr_png: bytes = field(repr=False)


class _Row(NamedTuple):
    status: str
    secret: bytes
    last_step: int
    locked_until: str | None


class TwoFactor:
    def __init__(self, store: Database):
        self.db = store.db
        self.cipher = store.cipher

    def begin_enrolment(self, user_id: str, issuer: str = "kine-relay", *,
                        now: datetime | None = None) -> Enrolment:
        """A new secret, pending until `confirm_enrolment`; replaces an unconfirmed one.
        Raises AlreadyEnrolled when 2FA is active, so a stolen session cannot swap the secret."""
        secret = pyotp.random_base32()
        stored = self.db.execute(
            "INSERT INTO totp (user_id, status, secret, created_at) VALUES (?, 'pending', ?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, "
            "created_at = excluded.created_at WHERE totp.status = 'pending'",
            [user_id, self.cipher.encrypt(secret, _secret_context(user_id)), iso(_moment(now))],
        ).rowcount
        if not stored:
            raise AlreadyEnrolled(user_id)
        uri = _totp(secret).provisioning_uri(name=user_id, issuer_name=issuer)
        png = io.BytesIO()
        segno.make_qr(uri, error="m").save(png, kind="png", scale=QR_SCALE, border=QR_BORDER)
        return Enrolment(secret=secret, uri=uri, qr_png=png.getvalue())

    def confirm_enrolment(self, user_id: str, code: str, *,
                          now: datetime | None = None) -> list[str] | None:
        """Activates 2FA on the first valid code and returns the recovery codes, to be shown
        once; None when the code is wrong or no enrolment is pending."""
        now = _moment(now)
        row = self._row(user_id)
        if row is None or row.status != Status.PENDING:
            return None
        steps = self._matching_steps(user_id, row.secret, _normalise(code), now)
        if not steps:
            return None
        codes = [_new_recovery_code() for _ in range(RECOVERY_CODES)]
        with self.db.atomic():
            # `secret = ?`: a re-enrolment since our read replaced the secret this code is for.
            activated = self.db.execute(
                "UPDATE totp SET status = 'active', last_step = ?, activated_at = ? "
                "WHERE user_id = ? AND status = 'pending' AND secret = ?",
                [min(steps), iso(now), user_id, row.secret],
            ).rowcount
            if not activated:
                return None
            for recovery_code in codes:
                salt = secrets.token_hex(16)
                self.db.execute(
                    "INSERT INTO totp_recovery (user_id, salt, digest) VALUES (?, ?, ?)",
                    [user_id, salt, self._recovery_digest(user_id, salt, _normalise(recovery_code))],
                )
        return codes

    def verify(self, user_id: str, code: str, *, now: datetime | None = None) -> Outcome:
        """Checks a TOTP code (six digits) or a recovery code."""
        now = _moment(now)
        row = self._row(user_id)
        if row is None or row.status != Status.ACTIVE:
            return Outcome.NOT_ENROLLED
        if _is_locked(row, now):
            return Outcome.LOCKED
        code = _normalise(code)
        if _is_totp_shaped(code):
            steps = self._matching_steps(user_id, row.secret, code, now)
            fresh = [step for step in steps if step > row.last_step]
            if fresh:
                return self._accept_step(user_id, min(fresh), now)
            if steps:
                return Outcome.REPLAYED
        elif self._spend_recovery_code(user_id, code, now):
            return Outcome.RECOVERY_USED
        return self._count_failure(user_id, now)

    def reset(self, user_id: str) -> bool:
        """Wipes the user's 2FA (secret, steps, lock, recovery codes); False if there was none."""
        with self.db.atomic():
            self.db.execute("DELETE FROM totp_recovery WHERE user_id = ?", [user_id])
            return self.db.execute("DELETE FROM totp WHERE user_id = ?", [user_id]).rowcount > 0

    def status(self, user_id: str, *, now: datetime | None = None) -> Status:
        row = self._row(user_id)
        if row is None:
            return Status.NONE
        if row.status == Status.ACTIVE and _is_locked(row, _moment(now)):
            return Status.LOCKED
        return Status(row.status)

    def enrolled_users(self) -> list[str]:
        """Users with active 2FA, locked ones included."""
        rows = self.db.execute("SELECT user_id FROM totp WHERE status = 'active' ORDER BY user_id")
        return [user_id for (user_id,) in rows]

    def recovery_codes_left(self, user_id: str) -> int:
        return self.db.execute(
            "SELECT count(*) FROM totp_recovery WHERE user_id = ? AND used_at IS NULL", [user_id]
        ).fetchone()[0]

    def _row(self, user_id: str) -> _Row | None:
        row = self.db.execute(
            "SELECT status, secret, last_step, locked_until FROM totp WHERE user_id = ?", [user_id]
        ).fetchone()
        return _Row(*row) if row else None

    def _matching_steps(self, user_id: str, blob: bytes, code: str, now: datetime) -> list[int]:
        """The time steps within the drift window whose code is `code`, oldest first."""
        if not _is_totp_shaped(code):
            return []
        totp = _totp(self.cipher.decrypt_text(blob, _secret_context(user_id)))
        current = totp.timecode(now)
        return [step for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1)
                if hmac.compare_digest(code, totp.generate_otp(step))]

    def _accept_step(self, user_id: str, step: int, now: datetime) -> Outcome:
        # One conditional UPDATE: a concurrent use of the same step, or a lock started since
        # our read, leaves it without effect.
        claimed = self.db.execute(
            "UPDATE totp SET last_step = ?, failures = 0 WHERE user_id = ? AND status = 'active' "
            "AND last_step < ? AND (locked_until IS NULL OR locked_until <= ?)",
            [step, user_id, step, iso(now)],
        ).rowcount
        return Outcome.OK if claimed else self._changed_meanwhile(user_id, now)

    def _spend_recovery_code(self, user_id: str, code: str, now: datetime) -> bool:
        unused = self.db.execute(
            "SELECT id, salt, digest FROM totp_recovery WHERE user_id = ? AND used_at IS NULL",
            [user_id],
        ).fetchall()
        match = next((row_id for row_id, salt, digest in unused
                      if hmac.compare_digest(digest, self._recovery_digest(user_id, salt, code))), None)
        if match is None:
            return False
        with self.db.atomic():
            spent = self.db.execute(
                "UPDATE totp_recovery SET used_at = ? WHERE id = ? AND used_at IS NULL",
                [iso(now), match],
            ).rowcount
            if spent:
                self.db.execute("UPDATE totp SET failures = 0 WHERE user_id = ?", [user_id])
        return spent > 0

    def _count_failure(self, user_id: str, now: datetime) -> Outcome:
        with self.db.atomic():
            # SET expressions all see the old row: the LOCK_AFTER-th failure sets the lock and
            # restarts the count for after it.
            counted = self.db.execute(
                "UPDATE totp SET "
                "failures = CASE WHEN failures + 1 >= :limit THEN 0 ELSE failures + 1 END, "
                "locked_until = CASE WHEN failures + 1 >= :limit THEN :until ELSE locked_until END "
                "WHERE user_id = :user AND status = 'active' "
                "AND (locked_until IS NULL OR locked_until <= :now)",
                {"limit": LOCK_AFTER, "until": iso(now + LOCK_FOR), "user": user_id, "now": iso(now)},
            ).rowcount
            if not counted:
                return self._changed_meanwhile(user_id, now)
            # The row was not locked before this update, so locked after it means just locked.
            row = self._row(user_id)
        return Outcome.LOCKED_NOW if row and _is_locked(row, now) else Outcome.WRONG

    def _changed_meanwhile(self, user_id: str, now: datetime) -> Outcome:
        """Why a write found the row changed since we read it (another connection won)."""
        row = self._row(user_id)
        if row is None or row.status != Status.ACTIVE:
            return Outcome.NOT_ENROLLED
        return Outcome.LOCKED if _is_locked(row, now) else Outcome.REPLAYED

    def _recovery_digest(self, user_id: str, salt: str, code: str) -> str:
        return self.cipher.mac(f"{salt}:{code}", f"totp.recovery.{user_id}")


def _totp(secret: str) -> pyotp.TOTP:
    return pyotp.TOTP(secret, digits=TOTP_DIGITS)


def _secret_context(user_id: str) -> str:
    return f"totp.secret.{user_id}"


def _moment(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")  # a naive time would be read as local
    return now


def _is_locked(row: _Row, now: datetime) -> bool:
    return row.locked_until is not None and row.locked_until > iso(now)


def _normalise(code: str) -> str:
    """As typed: spaces and dashes are layout, letters may come in lower case."""
    return "".join(code.split()).replace("-", "").upper()


def _is_totp_shaped(code: str) -> bool:
    return len(code) == TOTP_DIGITS and code.isascii() and code.isdigit()


def _new_recovery_code() -> str:
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
    return "-".join(symbols[i:i + RECOVERY_GROUP] for i in range(0, RECOVERY_LENGTH, RECOVERY_GROUP))
