"""The [cases] section: escalation delay, backup physio, how long a revealed note stays."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config
from handlers.case_settings import CaseSettings
from tests.unit.sample_config import minimal_config


def settings(tmp_path: Path, cases: str) -> CaseSettings:
    path = tmp_path / "config.toml"
    secretary = '[[staff]]\nuser_id = "@lea:kine.test"\nrole = "secretary"\ndisplay_name = "Léa Roux"'
    path.write_text(minimal_config('{ file = "store.key" }', secretary, "[cases]\n" + cases),
                    encoding="utf-8")
    return CaseSettings.from_config(load_config(path))


def test_defaults(tmp_path):
    assert settings(tmp_path, "") == CaseSettings(timedelta(minutes=15), None, timedelta(minutes=5))


def test_fractional_minutes_and_zero_turns_escalation_off(tmp_path):
    chosen = settings(tmp_path, 'escalate_minutes = 0.05\nreveal_minutes = 2\n'
                                'backup_physio = "@julien:kine.test"\n')
    assert chosen == CaseSettings(timedelta(seconds=3), "@julien:kine.test", timedelta(minutes=2))
    assert settings(tmp_path, "escalate_minutes = 0\n").escalate_after is None


@pytest.mark.parametrize(("cases", "words"), [
    ('backup_physio = "@lea:kine.test"\n', "not a physio"),
    ("escalate_minutes = -1\n", "number of minutes"),
    ('escalate_minutes = "15"\n', "number of minutes"),
    ("reveal_minutes = true\n", "number of minutes"),
    ("reveal_minutes = 0\n", "more than 0"),
    ("escalade_minutes = 5\n", "unknown key"),
])
def test_refusals(tmp_path, cases, words):
    with pytest.raises(ConfigError, match=words):
        settings(tmp_path, cases)
