"""The access review as a pure function of the data and an injected clock; the timers' dates;
the [access] settings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import ConfigError, Staff, load_config
from handlers.access_settings import AccessSettings
from handlers.review import next_month, review
from store.devices import HELD, TRUSTED, Device
from tests.unit.sample_config import minimal_config

NOW = datetime(2025, 6, 15, 10, 0, tzinfo=UTC)
DAYS_90 = timedelta(days=90)
IDA = Staff("@ida:kine.test", "secretary", "Ida Lenoir")
LEA = Staff("@lea:kine.test", "secretary", "Léa Roux")
JULIEN = Staff("@julien:kine.test", "physio", "Julien Martin", "Julien")


def ago(days: float) -> str:
    return (NOW - timedelta(days=days)).isoformat()


def device(user: Staff, device_id: str, last_seen_days: float, status: str = TRUSTED) -> Device:
    return Device(user.user_id, device_id, status, ago(400), ago(last_seen_days), "first_seen")


def test_members_idle_longer_than_the_threshold_are_listed_longest_first():
    activity = [(LEA, ago(3)), (IDA, ago(120)), (JULIEN, ago(91))]
    found = review(activity, [], NOW, DAYS_90)
    assert [(i.member, i.last_active) for i in found.idle] == [
        (IDA, NOW - timedelta(days=120)), (JULIEN, NOW - timedelta(days=91))]


def test_the_threshold_itself_is_not_idle():
    assert review([(IDA, ago(90))], [], NOW, DAYS_90).idle == []


def test_the_same_data_reviewed_later_finds_more():
    """Nothing sleeps: the clock is an argument."""
    activity = [(LEA, ago(3))]
    assert review(activity, [], NOW, DAYS_90).idle == []
    assert [i.member for i in review(activity, [], NOW + timedelta(days=88), DAYS_90).idle] == [LEA]


def test_devices_unseen_longer_than_the_threshold_are_listed_held_ones_too():
    phone, laptop = device(JULIEN, "PHONE", 200, HELD), device(JULIEN, "LAPTOP", 1)
    old = device(LEA, "OLD", 95)
    found = review([(JULIEN, ago(1)), (LEA, ago(1))], [laptop, old, phone], NOW, DAYS_90)
    assert found.idle == []
    assert found.unseen == [phone, old]


def test_the_monthly_reminder_falls_on_the_first_of_next_month():
    assert next_month(NOW) == datetime(2025, 7, 1, 8, 0, tzinfo=UTC)
    assert next_month(datetime(2025, 12, 31, 23, 0, tzinfo=UTC)) == datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
    assert next_month(datetime(2025, 1, 31, 12, 0, tzinfo=UTC)) == datetime(2025, 2, 1, 8, 0, tzinfo=UTC)


def config(tmp_path: Path, access: str):
    path = tmp_path / "config.toml"
    path.write_text(minimal_config(extra=f"[access]\n{access}\n"))
    return load_config(path)


def test_access_defaults(tmp_path):
    settings = AccessSettings.from_config(config(tmp_path, ""))
    assert settings.review_after == DAYS_90
    assert settings.expire_after is None and not settings.deactivate_on_revoke
    assert settings.totp_required_for == {"revoke", "grant", "reveal", "2fa_reset"}


def test_deactivation_reads_the_admin_token_from_a_file(tmp_path):
    settings = AccessSettings.from_config(config(
        tmp_path, 'deactivate_on_revoke = true\nadmin_token = { file = "token" }\nauto_expire_days = 30'))
    assert settings.admin_token is not None and settings.admin_token.file == tmp_path / "token"
    assert settings.expire_after == timedelta(days=30)


@pytest.mark.parametrize("access", [
    "deactivate_on_revoke = true",  # without a token it could not work
    'deactivate_on_revoke = true\nadmin_token = "syt_in_clear"',  # secrets never in the TOML
    "review_days = 0",
    "auto_expire_days = -1",
    'auto_expire_days = "90"',
    "deactivate_on_revoke = 1",
    "review_dayz = 30",
])
def test_bad_access_settings_stop_the_start(tmp_path, access):
    with pytest.raises(ConfigError):
        AccessSettings.from_config(config(tmp_path, access))
