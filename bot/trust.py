"""Device trust in nio: the devices the store trusts are verified, every other device in our
rooms is blacklisted, so `room_send` never has to ignore unverified devices and a held or
revoked device gets no room key. Which devices are trusted is decided in handlers/devices.py."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from nio import AsyncClient, Event

log = logging.getLogger(__name__)

# (user ID, the user's device IDs the bot can see) -> the device IDs that may get keys
TrustedDevices = Callable[[str, Iterable[str]], set[str]]


def apply_trust(client: AsyncClient, trusted_devices: TrustedDevices) -> None:
    users = {u for room in client.rooms.values() for u in room.users}
    for user_id in users:
        devices = [d for d in client.device_store.active_user_devices(user_id)
                   if not (user_id == client.user_id and d.id == client.device_id)]
        # The bot's own other devices are old installs: they get nothing.
        trusted = set() if user_id == client.user_id else trusted_devices(
            user_id, [d.id for d in devices])
        for device in devices:
            if device.id in trusted and not device.verified:
                client.verify_device(device)
                log.info("trusted device %s of a member", device.id)
            elif device.id not in trusted and not device.blacklisted:
                client.blacklist_device(device)
                log.info("blacklisted device %s", device.id)


def sending_device(client: AsyncClient, event: Event) -> str:
    """The device that sent a decrypted event: the one whose identity key the Megolm session came
    from ('' when the event was not encrypted or the device is not known yet)."""
    key = getattr(event, "sender_key", None)
    if not key or not getattr(event, "decrypted", False):
        return ""
    return next((d.id for d in client.device_store.active_user_devices(event.sender)
                 if d.curve25519 == key), "")
