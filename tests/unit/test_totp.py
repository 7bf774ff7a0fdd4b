"""TOTP two-factor: enrolment, replay, drift, lockout, recovery codes, reset, nothing in clear.

Codes come from pyotp with an explicit `for_time`; the clock is injected, nothing sleeps."""

from __future__ import annotations

import base64
import logging
import os
import struct
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyotp
import pytest

from bot.config import ConfigError
from handlers.twofactor_policy import DEFAULT_TOTP_REQUIRED_FOR, totp_required_for
from store.db import Database
from store.totp import AlreadyEnrolled, Outcome, Status, TwoFactor

ANNE = "@anne:kine.test"
JULIEN = "@julien:kine.test"
STEP = timedelta(seconds=30)
# Ten seconds into a time step, so a step's code is unambiguous at T0 + n * STEP.
T0 = datetime(2025, 3, 3, 9, 0, 10, tzinfo=UTC)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def code_at(secret: str, moment: datetime) -> str:
    return pyotp.TOTP(secret).at(for_time=moment)


def wrong_code(secret: str, moment: datetime) -> str:
    """A six-digit code valid for none of the steps within the drift window."""
    valid = {code_at(secret, moment + offset * STEP) for offset in (-1, 0, 1)}
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in valid)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "store.db", os.urandom(32))
    yield database
    database.close()


@pytest.fixture
def two_factor(store: Database) -> TwoFactor:
    return TwoFactor(store)


@dataclass
class Enrolled:
    two_factor: TwoFactor
    secret: str
    recovery: list[str]

    def verify(self, code: str, moment: datetime) -> Outcome:
        return self.two_factor.verify(ANNE, code, now=moment)

    def code(self, moment: datetime) -> str:
        return code_at(self.secret, moment)

    def wrong(self, moment: datetime) -> str:
        return wrong_code(self.secret, moment)


def enrol(two_factor: TwoFactor, user_id: str = ANNE, now: datetime = T0) -> tuple[str, list[str]]:
    secret = two_factor.begin_enrolment(user_id, now=now).secret
    recovery = two_factor.confirm_enrolment(user_id, code_at(secret, now), now=now)
    assert recovery is not None
    return secret, recovery


@pytest.fixture
def anne(two_factor: TwoFactor) -> Enrolled:
    """Anne enrolled and confirmed at T0 (so T0's step is used)."""
    return Enrolled(two_factor, *enrol(two_factor))


# Enrolment

def test_enrolment_stays_pending_until_the_first_valid_code(two_factor: TwoFactor) -> None:
    secret = two_factor.begin_enrolment(ANNE, now=T0).secret
    assert two_factor.status(ANNE, now=T0) == Status.PENDING
    assert two_factor.verify(ANNE, code_at(secret, T0), now=T0) == Outcome.NOT_ENROLLED
    assert two_factor.confirm_enrolment(ANNE, wrong_code(secret, T0), now=T0) is None
    assert two_factor.status(ANNE, now=T0) == Status.PENDING

    recovery = two_factor.confirm_enrolment(ANNE, code_at(secret, T0), now=T0)

    assert recovery is not None and len(set(recovery)) == 10
    assert all(len(code) == 14 and code[4] == code[9] == "-" for code in recovery)
    assert two_factor.status(ANNE, now=T0) == Status.ACTIVE
    assert two_factor.enrolled_users() == [ANNE]
    assert two_factor.recovery_codes_left(ANNE) == 10
    assert two_factor.confirm_enrolment(ANNE, code_at(secret, T0 + STEP), now=T0 + STEP) is None


def test_enrolment_gives_an_otpauth_uri_and_a_qr_code_a_phone_can_read(two_factor: TwoFactor) -> None:
    enrolment = two_factor.begin_enrolment(ANNE, now=T0)

    assert len(base64.b32decode(enrolment.secret)) * 8 >= 160  # RFC 4226's recommended length
    assert enrolment.uri.startswith("otpauth://totp/kine-relay:")
    assert f"secret={enrolment.secret}" in enrolment.uri and "issuer=kine-relay" in enrolment.uri
    assert pyotp.parse_uri(enrolment.uri).secret == enrolment.secret
    assert enrolment.qr_png.startswith(PNG_SIGNATURE)
    width, height = struct.unpack(">II", enrolment.qr_png[16:24])  # the IHDR chunk
    assert width == height >= 300
    assert enrolment.secret not in repr(enrolment) and "otpauth" not in repr(enrolment)


def test_a_new_enrolment_replaces_a_pending_one(two_factor: TwoFactor) -> None:
    first = two_factor.begin_enrolment(ANNE, now=T0).secret
    second = two_factor.begin_enrolment(ANNE, now=T0).secret

    assert two_factor.confirm_enrolment(ANNE, code_at(first, T0), now=T0) is None
    assert two_factor.confirm_enrolment(ANNE, code_at(second, T0), now=T0) is not None


def test_an_active_secret_cannot_be_replaced_by_enrolling_again(anne: Enrolled) -> None:
    with pytest.raises(AlreadyEnrolled):
        anne.two_factor.begin_enrolment(ANNE, now=T0 + STEP)

    assert anne.verify(anne.code(T0 + STEP), T0 + STEP) == Outcome.OK


# Verification, replay and drift

def test_a_valid_code_passes_once_then_is_replayed(anne: Enrolled) -> None:
    now = T0 + STEP
    code = anne.code(now)

    assert anne.verify(code, now) == Outcome.OK
    assert anne.verify(code, now) == Outcome.REPLAYED
    assert anne.verify(code, now + timedelta(seconds=15)) == Outcome.REPLAYED


def test_the_code_that_confirmed_the_enrolment_is_spent(anne: Enrolled) -> None:
    assert anne.verify(anne.code(T0), T0) == Outcome.REPLAYED


def test_a_code_one_step_away_is_accepted_two_steps_away_is_wrong(anne: Enrolled) -> None:
    now = T0 + 3 * STEP

    assert anne.verify(anne.code(now - 2 * STEP), now) == Outcome.WRONG
    assert anne.verify(anne.code(now - STEP), now) == Outcome.OK
    assert anne.verify(anne.code(now - STEP), now) == Outcome.REPLAYED
    assert anne.verify(anne.code(now), now) == Outcome.OK
    assert anne.verify(anne.code(now + STEP), now) == Outcome.OK
    assert anne.verify(anne.code(now + 2 * STEP), now) == Outcome.WRONG


def test_an_unused_code_from_the_step_before_is_replayed_once_a_later_step_was_used(
        anne: Enrolled) -> None:
    now = T0 + 3 * STEP
    assert anne.verify(anne.code(now), now) == Outcome.OK

    assert anne.verify(anne.code(now - STEP), now) == Outcome.REPLAYED


def test_codes_are_read_as_typed(anne: Enrolled) -> None:
    code = anne.code(T0 + STEP)
    assert anne.verify(f" {code[:3]} {code[3:]}\n", T0 + STEP) == Outcome.OK


def test_two_connections_using_one_code_cannot_both_pass(tmp_path: Path, monkeypatch) -> None:
    key = os.urandom(32)
    first_store = Database(tmp_path / "store.db", key)
    second_store = Database(tmp_path / "store.db", key)
    first, second = TwoFactor(first_store), TwoFactor(second_store)
    secret, _ = enrol(first)
    now = T0 + STEP
    code = code_at(secret, now)
    read_row = first._row
    raced: list[Outcome] = []

    def read_then_let_the_other_connection_win(user_id: str):
        row = read_row(user_id)
        if not raced:
            raced.append(second.verify(ANNE, code, now=now))
        return row

    monkeypatch.setattr(first, "_row", read_then_let_the_other_connection_win)
    try:
        assert first.verify(ANNE, code, now=now) == Outcome.REPLAYED
        assert raced == [Outcome.OK]
    finally:
        first_store.close()
        second_store.close()


def test_a_user_without_2fa_is_not_enrolled(two_factor: TwoFactor) -> None:
    assert two_factor.status(JULIEN, now=T0) == Status.NONE
    assert two_factor.verify(JULIEN, "123456", now=T0) == Outcome.NOT_ENROLLED


def test_the_clock_must_be_timezone_aware(anne: Enrolled) -> None:
    with pytest.raises(ValueError):
        anne.verify(anne.code(T0 + STEP), (T0 + STEP).replace(tzinfo=None))


# Lockout

def test_five_wrong_codes_lock_for_fifteen_minutes(anne: Enrolled) -> None:
    now = T0 + STEP
    outcomes = [anne.verify(anne.wrong(now), now) for _ in range(5)]
    assert outcomes == [Outcome.WRONG] * 4 + [Outcome.LOCKED_NOW]

    assert anne.verify(anne.wrong(now), now) == Outcome.LOCKED  # the sixth, reported only once
    assert anne.verify(anne.code(now), now) == Outcome.LOCKED  # even with the right code
    assert anne.two_factor.status(ANNE, now=now) == Status.LOCKED
    assert anne.two_factor.enrolled_users() == [ANNE]

    almost = now + timedelta(minutes=15) - timedelta(seconds=1)
    assert anne.verify(anne.wrong(almost), almost) == Outcome.LOCKED  # attempts do not extend it
    assert anne.verify(anne.code(almost), almost) == Outcome.LOCKED

    later = now + timedelta(minutes=15)
    assert anne.two_factor.status(ANNE, now=later) == Status.ACTIVE
    assert anne.verify(anne.code(later), later) == Outcome.OK


def test_the_count_starts_again_after_a_lock(anne: Enrolled) -> None:
    now = T0 + STEP
    for _ in range(5):
        anne.verify(anne.wrong(now), now)
    later = now + timedelta(minutes=15)

    outcomes = [anne.verify(anne.wrong(later), later) for _ in range(5)]

    assert outcomes == [Outcome.WRONG] * 4 + [Outcome.LOCKED_NOW]


def test_a_success_resets_the_failure_count(anne: Enrolled) -> None:
    now = T0 + STEP
    before = [anne.verify(anne.wrong(now), now) for _ in range(4)]
    assert anne.verify(anne.code(now), now) == Outcome.OK
    after = [anne.verify(anne.wrong(now), now) for _ in range(4)]

    assert before == after == [Outcome.WRONG] * 4
    assert anne.verify(anne.wrong(now), now) == Outcome.LOCKED_NOW


def test_replays_do_not_count_as_failures(anne: Enrolled) -> None:
    now = T0 + STEP
    assert anne.verify(anne.code(now), now) == Outcome.OK
    assert [anne.verify(anne.code(now), now) for _ in range(6)] == [Outcome.REPLAYED] * 6
    assert anne.two_factor.status(ANNE, now=now) == Status.ACTIVE


def test_a_lock_is_per_user(two_factor: TwoFactor) -> None:
    anne_secret, _ = enrol(two_factor, ANNE)
    julien_secret, _ = enrol(two_factor, JULIEN)
    now = T0 + STEP
    for _ in range(5):
        two_factor.verify(ANNE, wrong_code(anne_secret, now), now=now)

    assert two_factor.verify(JULIEN, code_at(julien_secret, now), now=now) == Outcome.OK
    assert two_factor.status(ANNE, now=now) == Status.LOCKED


# Recovery codes

def test_a_recovery_code_works_once(anne: Enrolled) -> None:
    now = T0 + STEP
    assert anne.verify(anne.recovery[0], now) == Outcome.RECOVERY_USED
    assert anne.verify(anne.recovery[0], now) == Outcome.WRONG
    assert anne.two_factor.recovery_codes_left(ANNE) == 9

    as_typed = anne.recovery[1].replace("-", " ").lower()
    assert anne.verify(as_typed, now) == Outcome.RECOVERY_USED
    assert anne.two_factor.recovery_codes_left(ANNE) == 8


def test_recovery_codes_belong_to_their_user(two_factor: TwoFactor) -> None:
    _, anne_recovery = enrol(two_factor, ANNE)
    enrol(two_factor, JULIEN)

    assert two_factor.verify(JULIEN, anne_recovery[0], now=T0) == Outcome.WRONG
    assert two_factor.recovery_codes_left(ANNE) == 10


def test_recovery_codes_are_refused_while_locked(anne: Enrolled) -> None:
    now = T0 + STEP
    for _ in range(5):
        anne.verify(anne.wrong(now), now)

    assert anne.verify(anne.recovery[0], now) == Outcome.LOCKED
    assert anne.two_factor.recovery_codes_left(ANNE) == 10


def test_a_recovery_code_resets_the_failure_count(anne: Enrolled) -> None:
    now = T0 + STEP
    for _ in range(4):
        anne.verify(anne.wrong(now), now)
    assert anne.verify(anne.recovery[0], now) == Outcome.RECOVERY_USED

    assert anne.verify(anne.wrong(now), now) == Outcome.WRONG


# Reset

def test_reset_wipes_the_secret_the_lock_and_the_recovery_codes(anne: Enrolled, store: Database) -> None:
    now = T0 + STEP
    for _ in range(5):
        anne.verify(anne.wrong(now), now)

    assert anne.two_factor.reset(ANNE) is True

    assert anne.two_factor.status(ANNE, now=now) == Status.NONE
    assert anne.verify(anne.code(now), now) == Outcome.NOT_ENROLLED
    assert anne.two_factor.enrolled_users() == []
    assert store.db["totp"].count == 0 and store.db["totp_recovery"].count == 0
    assert anne.two_factor.reset(ANNE) is False

    secret, _ = enrol(anne.two_factor, ANNE, now)
    assert secret != anne.secret
    assert anne.verify(anne.code(now + STEP), now + STEP) == Outcome.WRONG
    assert anne.verify(code_at(secret, now + STEP), now + STEP) == Outcome.OK


# Nothing in clear

def test_the_raw_database_file_holds_no_secret_uri_or_recovery_code(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    store = Database(path, os.urandom(32))
    two_factor = TwoFactor(store)
    enrolment = two_factor.begin_enrolment(ANNE, now=T0)
    recovery = two_factor.confirm_enrolment(ANNE, code_at(enrolment.secret, T0), now=T0)
    assert recovery is not None
    assert two_factor.verify(ANNE, recovery[0], now=T0 + STEP) == Outcome.RECOVERY_USED
    assert two_factor.verify(ANNE, code_at(enrolment.secret, T0 + STEP), now=T0 + STEP) == Outcome.OK
    store.close()

    raw = b"".join(file.read_bytes() for file in tmp_path.glob("store.db*"))
    assert b"totp_recovery" in raw  # the tables are there: we are reading the right file
    forbidden = [enrolment.secret.encode(), base64.b32decode(enrolment.secret), b"otpauth",
                 enrolment.uri.encode()]
    forbidden += [form.encode() for code in recovery for form in (code, code.replace("-", ""))]
    assert [value for value in forbidden if value in raw] == []


def test_nothing_about_secrets_or_codes_is_logged(two_factor: TwoFactor,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    enrolment = two_factor.begin_enrolment(ANNE, now=T0)
    code = code_at(enrolment.secret, T0)
    recovery = two_factor.confirm_enrolment(ANNE, code, now=T0)
    assert recovery is not None
    two_factor.verify(ANNE, code, now=T0)
    two_factor.verify(ANNE, recovery[0], now=T0)
    two_factor.verify(ANNE, wrong_code(enrolment.secret, T0), now=T0)

    for value in ("otpauth", enrolment.secret, code, *recovery):
        assert value not in caplog.text


# Policy: which actions need a code

def test_by_default_every_sensitive_action_needs_a_code() -> None:
    assert totp_required_for({}) == DEFAULT_TOTP_REQUIRED_FOR == {"revoke", "grant", "reveal", "2fa_reset"}


def test_the_actions_needing_a_code_come_from_the_access_section() -> None:
    config = tomllib.loads('[access]\ntotp_required_for = ["reveal", "2fa_reset"]\nother = 1\n')

    assert totp_required_for(config["access"]) == {"reveal", "2fa_reset"}
    assert totp_required_for({"totp_required_for": []}) == frozenset()


@pytest.mark.parametrize("value", ["reveal", ["reveal", "delete"], [1], {"reveal": True}])
def test_a_malformed_list_of_actions_is_refused(value: object) -> None:
    with pytest.raises(ConfigError):
        totp_required_for({"totp_required_for": value})
