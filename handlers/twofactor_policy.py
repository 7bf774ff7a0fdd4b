"""Which actions need a fresh TOTP code: the `totp_required_for` key of the [access] section.

    [access]
    # Actions that ask for a current 2FA code (or a recovery code) before they run.
    # Known actions: revoke, grant, reveal (of a full note), 2fa_reset, incident (containing,
    # resuming relays, closing). Default: all but incident (an admin without 2FA must still be
    # able to contain a breach). An empty list asks for no code.
    totp_required_for = ["revoke", "grant", "reveal", "2fa_reset", "incident"]

Only this key is read here; other [access] keys belong to other features.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.config import ConfigError

KEY = "totp_required_for"
ACTIONS = ("revoke", "grant", "reveal", "2fa_reset", "incident")
DEFAULT_TOTP_REQUIRED_FOR = frozenset(ACTIONS) - {"incident"}


def totp_required_for(access: Mapping[str, Any]) -> frozenset[str]:
    """The actions of `[access] totp_required_for`, checked against ACTIONS; the default when unset."""
    if KEY not in access:
        return DEFAULT_TOTP_REQUIRED_FOR
    value = access[KEY]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"[access] {KEY} must be a list of action names")
    unknown = sorted(set(value) - set(ACTIONS))
    if unknown:
        raise ConfigError(f"[access] {KEY}: unknown action {unknown[0]!r} (known: {', '.join(ACTIONS)})")
    return frozenset(value)
