"""The smallest valid practice config, for unit tests that need a `Config` or a config file."""

from __future__ import annotations


def minimal_config(store_key: str = '{ env = "KR_TEST_STORE_KEY" }', staff: str = "",
                   extra: str = "") -> str:
    """One physio (Julien) plus `staff` ([[staff]] tables), then `extra` tables."""
    return f"""[homeserver]
url = "https://matrix.kine.test"
[bot]
user_id = "@kine-relay:kine.test"
data_dir = "data"
password = {{ env = "KR_TEST_PASSWORD" }}
pickle_key = {{ env = "KR_TEST_PICKLE" }}
store_key = {store_key}
[relay]
default_physio = "@julien:kine.test"
[[staff]]
user_id = "@julien:kine.test"
role = "physio"
display_name = "Julien Martin"
{staff}
{extra}"""
