"""Which devices get room keys: devices of staff members, never anyone else's."""

from __future__ import annotations

import logging
from collections.abc import Callable

from nio import AsyncClient

log = logging.getLogger(__name__)


def apply_trust(client: AsyncClient, is_trusted_user: Callable[[str], bool]) -> None:
    """Verify every device of a trusted user and blacklist every other device in our rooms,
    so `room_send` never has to ignore unverified devices."""
    users = {u for room in client.rooms.values() for u in room.users}
    for user_id in users:
        trusted_user = is_trusted_user(user_id)
        for device in client.device_store.active_user_devices(user_id):
            if user_id == client.user_id and device.id == client.device_id:
                continue
            # The bot's own other devices are old installs: they get nothing.
            trust = trusted_user and user_id != client.user_id
            if trust and not device.verified:
                client.verify_device(device)
                log.info("trusted device %s of a staff member", device.id)
            elif not trust and not device.blacklisted:
                client.blacklist_device(device)
                log.info("blacklisted device %s", device.id)
