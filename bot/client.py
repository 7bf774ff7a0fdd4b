"""The bot's Matrix client: nio's, with one repair."""

from __future__ import annotations

from typing import Any

from nio import AsyncClient, LocalProtocolError, ShareGroupSessionResponse


class Client(AsyncClient):
    async def share_group_session(self, room_id: str, *args: Any, **kwargs: Any
                                  ) -> ShareGroupSessionResponse:
        """nio marks a room's key as being shared, then claims one-time keys outside the block
        that clears the mark: a claim that fails (the homeserver just went down) leaves the
        mark, and every later message to the room waits on it for ever. Cleared here."""
        try:
            return await super().share_group_session(room_id, *args, **kwargs)
        except LocalProtocolError:
            raise  # refused before marking anything (no such room, or a share under way)
        except BaseException:
            if (pending := self.sharing_session.pop(room_id, None)) is not None:
                pending.set()
            raise
