"""The bot's loopback health and metrics server (`[health] port`), against the real bot process
on a Synapse of this module's own, which the last test stops and starts again."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import aiohttp
import pytest
from nio import RoomSendResponse

from bot.config import load_config
from bot.devclient import StaffClient
from bot.devserver import free_port
from bot.devstack import Stack, local_stack
from tests.integration.helpers import ack_for, case_of, wait_audit

pytestmark = pytest.mark.integration

MAX_SYNC_AGE = 3
# An idle long poll shorter than MAX_SYNC_AGE: a healthy bot syncs well within it.
HEALTH_TOML = f"""
[health]
port = {{port}}
max_sync_age = {MAX_SYNC_AGE}

[sync]
long_poll_seconds = 1
"""
TIMEOUT = 30.0
COUNTERS = ("notes_received", "notes_relayed", "notes_held", "messages_refused",
            "decryption_failures")
LATENCY = "kine_relay_relay_latency_seconds"
FAMILIES = {
    **{f"kine_relay_{name}_total": "counter" for name in COUNTERS},
    "kine_relay_sync_lag_seconds": "gauge",
    "kine_relay_outbox_depth": "gauge",
    LATENCY: "histogram",
}
# Synthetic identifiers, written for this test; none may reach /metrics.
NAME, PHONE = "Quentin Barbier-Lomé", "06 58 13 72 94"
NOTE = f"Appel de M. {NAME}, {PHONE} : douleur à l'épaule, veut un RDV avec Claire"
TOO_LONG = "rappel demandé " * 300

# --- Prometheus text exposition format, the subset a scraper needs ---------------------------
METRIC = r"[a-zA-Z_:][a-zA-Z0-9_:]*"
COMMENT = re.compile(rf"# (HELP|TYPE) ({METRIC}) (.*)")
SAMPLE = re.compile(rf"({METRIC})(?:\{{(.*)\}})? (\S+)")
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\.)*)",?')
Sample = tuple[str, dict[str, str], float]


def parse_exposition(text: str) -> tuple[dict[str, str], list[Sample]]:
    """(type by family, samples); fails on any line a Prometheus scraper would reject."""
    types: dict[str, str] = {}
    samples: list[Sample] = []
    for line in filter(None, text.split("\n")):
        if comment := COMMENT.fullmatch(line):
            if comment[1] == "TYPE":
                assert comment[3] in ("counter", "gauge", "histogram", "summary", "untyped"), line
                types[comment[2]] = comment[3]
            continue
        sample = SAMPLE.fullmatch(line)
        assert sample, f"not a sample: {line!r}"
        labels = sample[2] or ""
        assert LABEL.sub("", labels) == "", f"bad labels: {line!r}"
        samples.append((sample[1], dict(LABEL.findall(labels)), float(sample[3])))
    for name, _, _ in samples:
        family = re.sub(r"_(bucket|sum|count)$", "", name)
        assert name in types or types.get(family) == "histogram", f"{name} has no TYPE"
    return types, samples


def value(samples: list[Sample], name: str, **labels: str) -> float:
    (found,) = [v for n, ls, v in samples if n == name and ls == labels]
    return found


# --- the deployment ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
async def stack(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Stack]:
    toml = HEALTH_TOML.format(port=free_port())
    async with local_stack(tmp_path_factory.mktemp("health"), toml) as deployed:
        yield deployed


async def get(stack: Stack, path: str) -> tuple[int, str]:
    port = load_config(stack.practice.config).section("health")["port"]
    async with aiohttp.ClientSession() as session, session.get(
            f"http://127.0.0.1:{port}{path}", timeout=aiohttp.ClientTimeout(total=10)) as response:
        return response.status, await response.text()


async def metrics(stack: Stack) -> list[Sample]:
    status, text = await get(stack, "/metrics")
    assert status == 200
    return parse_exposition(text)[1]


async def until(what: str, probe: Callable[[], Awaitable[bool]], timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not await probe():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.2)


async def send_undecryptable(sender: StaffClient, room_id: str, bot_user: str) -> str:
    """A message whose room key the sender keeps from the bot's devices, as a client that
    blacklisted the bot would: the bot holds it, undecryptable."""
    client = sender.client
    await sender.joined(room_id)
    if client.should_query_keys:
        await client.keys_query()
    devices = client.device_store.active_user_devices(bot_user)
    assert devices, "the sender does not know the bot's device"
    for device in devices:
        client.blacklist_device(device)
    response = await client.room_send(room_id, "m.room.message",
                                      {"msgtype": "m.text", "body": "note illisible pour le bot"},
                                      ignore_unverified_devices=True)
    assert isinstance(response, RoomSendResponse)
    return response.event_id


# --- the tests --------------------------------------------------------------------------------

async def test_healthz_is_ok_once_synced(stack: Stack) -> None:
    status, text = await get(stack, "/healthz")
    assert status == 200, text


async def test_metrics_is_prometheus_text_without_labels_but_le(stack: Stack) -> None:
    status, text = await get(stack, "/metrics")
    assert status == 200
    types, samples = parse_exposition(text)
    assert {name: types.get(name) for name in FAMILIES} == FAMILIES
    # Fixed words only: the one label is the histogram's bucket bound.
    assert {key for _, labels, _ in samples for key in labels} == {"le"}
    buckets = [v for n, _, v in samples if n == f"{LATENCY}_bucket"]
    assert buckets == sorted(buckets)
    assert value(samples, f"{LATENCY}_bucket", le="+Inf") == value(samples, f"{LATENCY}_count")


async def test_counters_move_and_metrics_show_no_identifier(stack: Stack) -> None:
    lea, marc = stack.clients["lea.sec"], stack.clients["marc.sec"]
    intake = stack.rooms.intake
    bot_user = load_config(stack.practice.config).bot_user
    before = await metrics(stack)

    note = await lea.send(intake, NOTE)
    ref = case_of(await ack_for(lea, intake, note))
    long_note = await lea.send(intake, TOO_LONG)
    await lea.wait_for(lambda r: r.room_id == intake and "trop longue" in r.body, TIMEOUT)
    held = await send_undecryptable(marc, intake, bot_user)
    await wait_audit(stack.practice, lambda r: r["action"] == "hold"
                     and held in (r["event_ids"] or ""))

    moved = [f"kine_relay_{name}_total" for name in COUNTERS] + [f"{LATENCY}_count"]

    async def all_moved() -> bool:
        after = await metrics(stack)
        return all(value(after, name) > value(before, name) for name in moved)

    await until("every counter and the latency histogram to move", all_moved)
    _, text = await get(stack, "/metrics")
    identifiers = [NAME, PHONE, PHONE.replace(" ", ""), ref, note, long_note, held, intake,
                   bot_user, lea.client.user_id, marc.client.user_id,
                   *stack.rooms.physio.values()]
    for identifier in identifiers:
        assert identifier and identifier not in text


async def test_healthz_fails_while_homeserver_is_down_then_recovers(stack: Stack) -> None:
    def status_is(expected: int) -> Callable[[], Awaitable[bool]]:
        async def probe() -> bool:
            return (await get(stack, "/healthz"))[0] == expected
        return probe

    stack.homeserver.stop()
    try:
        await until("/healthz to report 503", status_is(503))
        lag = value(await metrics(stack), "kine_relay_sync_lag_seconds")
        assert lag > MAX_SYNC_AGE
    finally:
        stack.homeserver.start()
    # The bot's backoff after a few seconds of failures stays well below this bound.
    await until("/healthz to report 200 again", status_is(200), timeout=90)
