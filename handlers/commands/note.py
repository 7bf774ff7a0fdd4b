"""!note — the structured form of a call note: "clé: valeur" lines (patient, tél, motif,
urgence, pour) after the command. Triage reads the form; the relay is the free text's."""

from __future__ import annotations

from typing import Any

from handlers.commands.registry import Arg, Refusal, command
from handlers.context import Context
from handlers.message import Message
from handlers.relay import handle_edit, handle_note, too_long


@command("note", roles={"secretary", "admin"}, rooms={"intake"}, args=(Arg("fiche", "rest"),),
         help="note structurée : lignes patient, tél, motif, urgence, pour")
def run(ctx: Context, msg: Message, args: dict[str, Any]) -> None:
    if refusal := too_long(ctx, msg.text):
        raise Refusal(refusal, "too_long")
    # An edited form updates its case, like an edited free-text note.
    (handle_edit if msg.replaces else handle_note)(ctx, msg)
