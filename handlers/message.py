"""What handlers see of an inbound Matrix message: plain data, no nio types."""

from __future__ import annotations

import re
from dataclasses import dataclass

REF_PATTERN = re.compile(r"^\s*([A-Za-z0-9]{4})\s*[:\-–—]\s*(.+)$", re.DOTALL)


@dataclass(frozen=True)
class Message:
    event_id: str
    room_id: str
    sender: str
    body: str
    reply_to: str | None = None  # event ID this message answers (m.in_reply_to)
    replaces: str | None = None  # event ID this message edits (m.replace)
    timestamp_ms: int = 0
    device_id: str = ""  # the sending device, when the bot could tell (bot/trust.py)
    plaintext: bool = False  # a Matrix event sent without encryption

    @property
    def text(self) -> str:
        """The body without the quoted reply fallback Element puts before the answer."""
        if not self.reply_to:
            return self.body.strip()
        lines = self.body.splitlines()
        while lines and lines[0].startswith(">"):
            lines.pop(0)
        return "\n".join(lines).strip()

    @property
    def is_command(self) -> bool:
        return self.text.startswith("!")
