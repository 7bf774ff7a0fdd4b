"""A refusal any handler may raise: the sender gets its short text, the audit its reason code."""

from __future__ import annotations


class Refusal(Exception):
    """A short, safe answer for the sender; `reason` is the audit code."""

    def __init__(self, text: str, reason: str):
        super().__init__(text)
        self.text, self.reason = text, reason
