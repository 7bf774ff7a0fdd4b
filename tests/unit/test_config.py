"""Configuration: what is refused, how it is reported, and the shipped example and deploy files."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config

ROOT = Path(__file__).resolve().parents[2]
KINE_RELAY = str(Path(sys.executable).with_name("kine-relay"))

HOMESERVER = '[homeserver]\nurl = "https://matrix.kine.test"\n'
BOT = """[bot]
user_id = "@kine-relay:kine.test"
data_dir = "data"
password = { env = "KINE_RELAY_PASSWORD" }
pickle_key = { env = "KINE_RELAY_PICKLE_KEY" }
store_key = { file = "store.key" }
"""
RELAY = '[relay]\ndefault_physio = "@julien:kine.test"\n'
STAFF = '[[staff]]\nuser_id = "@julien:kine.test"\nrole = "physio"\ndisplay_name = "Julien Martin"\n'


def write(tmp_path: Path, *tables: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text("\n".join(tables), encoding="utf-8")
    return path


def refusal(tmp_path: Path, *tables: str) -> str:
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, *tables))
    message = str(caught.value)
    assert message and "\n" not in message
    return message


def test_minimal_config_loads_with_a_bot_display_name(tmp_path):
    cfg = load_config(write(tmp_path, HOMESERVER, BOT, RELAY, STAFF))
    assert cfg.bot_display_name == "kine-relay (bot)"
    assert cfg.store_key.file == tmp_path / "store.key"
    assert cfg.data_dir == tmp_path / "data"


def test_display_name_ending_with_bot_is_kept(tmp_path):
    bot = BOT + 'display_name = "Relais cabinet (bot)"\n'
    assert load_config(write(tmp_path, HOMESERVER, bot, RELAY, STAFF)).bot_display_name == \
        "Relais cabinet (bot)"


@pytest.mark.parametrize("name", ["Secrétariat", "kine-relay", "kine-relay (bot) ", "(bot) Léa", ""])
def test_display_name_not_ending_with_bot_is_refused(tmp_path, name):
    message = refusal(tmp_path, HOMESERVER, BOT + f'display_name = "{name}"\n', RELAY, STAFF)
    assert "display_name" in message and "(bot)" in message


@pytest.mark.parametrize("key", ["password", "pickle_key", "store_key"])
def test_secret_given_as_a_value_is_refused(tmp_path, key):
    bot = re.sub(rf"^{key} = .*$", f'{key} = "hunter2-not-a-reference"', BOT, flags=re.M)
    message = refusal(tmp_path, HOMESERVER, bot, RELAY, STAFF)
    assert key in message and "not a value" in message
    assert "hunter2" not in message  # the refusal must not echo the secret


@pytest.mark.parametrize(("table", "key", "tables"), [
    ("homeserver", "url", ("[homeserver]\n", BOT, RELAY, STAFF)),
    ("bot", "user_id", (HOMESERVER, BOT.replace('user_id = "@kine-relay:kine.test"\n', ""), RELAY, STAFF)),
    ("bot", "data_dir", (HOMESERVER, BOT.replace('data_dir = "data"\n', ""), RELAY, STAFF)),
    ("bot", "store_key", (HOMESERVER, BOT.replace('store_key = { file = "store.key" }\n', ""), RELAY,
                          STAFF)),
    ("relay", "default_physio", (HOMESERVER, BOT, STAFF)),
])
def test_missing_required_key_is_one_line_naming_it(tmp_path, table, key, tables):
    message = refusal(tmp_path, *tables)
    assert f"[{table}] {key} is missing" in message


def test_run_with_missing_config_exits_2_with_one_line(tmp_path):
    result = subprocess.run([KINE_RELAY, "run", "--config", str(tmp_path / "missing.toml")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "missing.toml" in lines[0], result.stderr


@pytest.mark.parametrize("path", ["config.example.toml", "deploy/config.production.toml",
                                  "deploy/config.docker.toml"])
def test_shipped_configs_load(path):
    cfg = load_config(ROOT / path)
    assert cfg.bot_display_name.endswith("(bot)")


def unit_settings(name: str) -> dict[str, list[str]]:
    """A systemd unit's settings, key -> values in order (continuation lines joined)."""
    text = (ROOT / "deploy" / name).read_text().replace("\\\n", "")
    settings: dict[str, list[str]] = {}
    for line in text.splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            settings.setdefault(key, []).append(value)
    return settings


@pytest.mark.parametrize("name", ["kine-relay.service", "kine-relay-setup.service",
                                  "kine-relay-backup.service"])
def test_units_give_the_config_and_its_secrets_as_credentials(name):
    cfg = load_config(ROOT / "deploy/config.production.toml")
    unit = unit_settings(name)
    loaded = dict(spec.split(":", 1) for spec in unit["LoadCredential"])
    assert loaded["config.toml"] == "/etc/kine-relay/config.toml"
    assert " --config %d/config.toml" in unit["ExecStart"][0]
    # Relative secret paths resolve next to the config: in the credentials directory (%d).
    needed = [cfg.store_key] if "backup" in name else [cfg.password, cfg.pickle_key, cfg.store_key]
    for secret in needed:
        assert secret.file is not None and secret.file.parent == ROOT / "deploy"
        assert loaded[secret.file.name] == f"/etc/kine-relay/{secret.file.name}"  # beside the config
    # One dynamic user and one state directory for the bot, its setup and its backups.
    assert unit["DynamicUser"] == ["yes"] and unit["User"] == ["kine-relay"]
    assert str(cfg.data_dir) == "/var/lib/" + unit["StateDirectory"][0].split()[0]


def test_setup_runs_in_the_bots_sandbox():
    def sandbox(name: str) -> list[str]:
        lines = (ROOT / "deploy" / name).read_text().split("\nNoNewPrivileges=yes\n", 1)[1]
        return [line for line in lines.split("\n[Install]")[0].splitlines() if not line.startswith("#")]

    assert sandbox("kine-relay-setup.service") == sandbox("kine-relay.service")


def test_docker_healthcheck_asks_the_configured_port():
    health = load_config(ROOT / "deploy/config.docker.toml").section("health")
    assert health["host"] == "127.0.0.1"
    assert f"http://127.0.0.1:{health['port']}/healthz" in (ROOT / "Dockerfile").read_text()
