"""The Synapse admin API, with a server admin's token ([access] admin_token): deactivating the
account of a revoked member, which also deletes all its devices and access tokens (logs it out
everywhere). https://element-hq.github.io/synapse/latest/admin_api/user_admin_api.html"""

from __future__ import annotations

import json
import logging
from urllib.parse import quote

from aiohttp import ContentTypeError
from nio import AsyncClient, ErrorResponse

log = logging.getLogger(__name__)

# Given up (the outbox moves on): the sender keeps order, so an endless retry would hold back
# every message queued after it. Only overload (429) and server errors are retried.
GIVE_UP = "M_FORBIDDEN"


class Deactivated:
    """A successful deactivation (what the sender records as done)."""


async def deactivate(client: AsyncClient, admin_token: str, user_id: str) -> Deactivated | ErrorResponse:
    """`erase: false`: the account's messages stay, as the practice's records need."""
    response = await client.send(
        "POST", f"/_synapse/admin/v1/deactivate/{quote(user_id, safe='')}",
        json.dumps({"erase": False}),
        headers={"Authorization": f"Bearer {admin_token}", "Content-Type": "application/json"})
    try:
        body = await response.json()
    except (ContentTypeError, json.JSONDecodeError):
        body = None
    body = body if isinstance(body, dict) else {}
    if response.status == 200:
        return Deactivated()
    errcode = str(body.get("errcode") or response.status)
    if response.status == 429 or response.status >= 500:
        return ErrorResponse("deactivation to retry", errcode)
    # A bad or expired admin token, a user of another server...: an operator must look.
    log.warning("the homeserver refused a deactivation: %s %s", response.status, errcode)
    return ErrorResponse("deactivation refused", GIVE_UP)
