"""The [access] section of the configuration (access control), checked when the bot starts.

    [access]
    totp_required_for = ["revoke", "grant", "reveal", "2fa_reset"]  # see twofactor_policy.py
    review_days = 90               # !review lists members idle, devices unseen, for longer
    auto_expire_days = 0           # 0 (default): off; else idle members are revoked after this
    deactivate_on_revoke = false   # also deactivate the account on the homeserver (Synapse)
    admin_token = { file = "synapse_admin_token" }  # a server admin's access token, for the above
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from bot.config import Config, ConfigError, Secret, section_secret
from handlers.table_checks import duration, known_keys
from handlers.twofactor_policy import KEY as TOTP_KEY
from handlers.twofactor_policy import totp_required_for

KEYS = (TOTP_KEY, "review_days", "auto_expire_days", "deactivate_on_revoke", "admin_token")
DEFAULT_REVIEW_DAYS = 90


@dataclass(frozen=True)
class AccessSettings:
    totp_required_for: frozenset[str]
    review_after: timedelta
    expire_after: timedelta | None  # None: idle members are only listed, never revoked
    admin_token: Secret | None  # only when deactivate_on_revoke is on

    @property
    def deactivate_on_revoke(self) -> bool:
        return self.admin_token is not None

    @classmethod
    def from_config(cls, cfg: Config) -> AccessSettings:
        section = cfg.section("access")
        known_keys(section, "access", KEYS)
        review = duration(section, "access", "review_days", DEFAULT_REVIEW_DAYS, "days")
        if not review:
            raise ConfigError("[access] review_days must be more than 0")
        deactivate = section.get("deactivate_on_revoke", False)
        if not isinstance(deactivate, bool):
            raise ConfigError("[access] deactivate_on_revoke must be true or false")
        if deactivate and "admin_token" not in section:
            raise ConfigError("[access] deactivate_on_revoke needs admin_token (a server admin's token)")
        expire = duration(section, "access", "auto_expire_days", 0, "days") or None
        return cls(totp_required_for(section), review, expire,
                   section_secret(cfg, "access", "admin_token") if deactivate else None)

