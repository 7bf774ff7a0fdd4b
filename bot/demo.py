"""`make demo`: a local Synapse, a synthetic practice, the bot, a scripted secretary, and what
the physios received — printed, then everything stopped."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from bot.app import open_store
from bot.config import load_config
from bot.devclient import StaffClient
from bot.devpractice import Practice
from bot.devstack import local_stack
from handlers.notices import CASE_KEY

# Synthetic call notes, as a secretary types them (every name and number here is invented).
NOTES = (
    "Appel de Mme Odile Vasseur, 06 47 21 93 58, lombalgie, veut un RDV avec Julien mardi 14h30",
    "M. Karim Benali né le 03/07/1979 tombé ce matin, ne peut plus poser le pied, urgent, "
    "rappeler au 07 61 22 48 90",
    "Mme PETIT Jeanne annule sa séance de jeudi, prévenir Claire",
    "Appel de Paul Lefranc (NIR 1 79 07 75 056 123 45) demande une ordonnance de renouvellement",
    "Mme Rose Marchal, 12 bis rue des Lilas 69003 Lyon, demande une séance à domicile, "
    "pour Sophie, mail rose.m@exemple.fr",
)


# Julien is on call every day: a note that names nobody still reaches someone.
ROTA = "[triage.rota]\n" + "".join(
    f'{day} = "@julien:localhost"\n'
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


async def _run(root: Path, keep_running: bool) -> None:
    async with local_stack(root, ROTA) as stack:
        print(f"Synapse on {stack.homeserver.url}; practice in {stack.practice.root}")
        secretary = stack.clients["lea.sec"]
        print("\nThe secretary posts five call notes.\n")
        for note in NOTES:
            await secretary.send(stack.rooms.intake, note)
        await secretary.wait_for(lambda r: r.room_id == stack.rooms.intake and CASE_KEY in r.content,
                                 timeout=60, count=len(NOTES))
        await _show(stack.practice, list(stack.clients.values()))
        if keep_running:
            _print_logins(stack.practice)
            await asyncio.Event().wait()


async def _show(practice: Practice, clients: list[StaffClient]) -> None:
    await asyncio.sleep(1)
    for client in clients:
        person = next(p for p in practice.people.values() if p.user_id == client.client.user_id)
        notices = [r for r in client.received if CASE_KEY in r.content]
        if notices:
            print(f"— {person.display_name} ({person.role}) received:")
            for notice in notices:
                print(f"    {notice.body}")
    cfg = load_config(practice.config)
    store = open_store(cfg)
    print("\nAudit trail:")
    for row in store.audit.rows():
        print(f"    {row['seq']:>3} {row['action']:<8} {row['outcome']:<8} {row['case'] or '':<5}"
              f" {row['actor']}")
    print(f"\naudit verify: {store.audit.verify().message}")
    store.close()


def _print_logins(practice: Practice) -> None:
    print(f"\nHomeserver: {practice.homeserver.url} — log in with Element:")
    for person in practice.people.values():
        print(f"    {person.user_id:<28} {person.password}  ({person.role})")
    print("Ctrl-C stops everything.")


def run_demo(keep_running: bool) -> int:
    with tempfile.TemporaryDirectory(prefix="kine-relay-demo-") as tmp:
        asyncio.run(_run(Path(tmp), keep_running))
    return 0
