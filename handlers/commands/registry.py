"""Declarative commands: each file under handlers/commands/ registers one `Command`, with the
roles and room kinds allowed and its arguments; parsing, refusals and the audit row are here."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from handlers.context import Context
from handlers.message import Message
from handlers.refusal import Refusal

USER_ID = re.compile(r"^@[a-z0-9._=\-/+]+:[A-Za-z0-9.\-]+(:\d+)?$")
CASE_REF = re.compile(r"^[A-Za-z0-9]{4}$")
MAX_ARG = 200


@dataclass(frozen=True)
class Arg:
    name: str
    kind: str = "word"  # word, user, case, int, rest (the remaining text)
    optional: bool = False

    def parse(self, raw: str) -> Any:
        if len(raw) > MAX_ARG and self.kind != "rest":
            raise Refusal(f"argument {self.name} trop long", "bad_argument")
        if self.kind == "user" and not USER_ID.match(raw):
            raise Refusal(f"{self.name} : identifiant Matrix attendu (@nom:serveur)", "bad_argument")
        if self.kind == "case":
            if not CASE_REF.match(raw):
                raise Refusal(f"{self.name} : référence de dossier attendue (ex. K7Q2)",
                              "bad_argument")
            return raw.upper()
        if self.kind == "int":
            if not raw.isdigit():
                raise Refusal(f"{self.name} : nombre attendu", "bad_argument")
            return int(raw)
        return raw


@dataclass(frozen=True)
class Command:
    name: str
    run: Callable[[Context, Message, dict[str, Any]], None]
    roles: frozenset[str]
    rooms: frozenset[str]
    args: tuple[Arg, ...] = ()
    help: str = ""

    @property
    def usage(self) -> str:
        parts = [f"[{a.name}]" if a.optional else f"<{a.name}>" for a in self.args]
        return " ".join([f"!{self.name}", *parts])

    def parse(self, rest: str) -> dict[str, Any]:
        words = rest.split()
        values: dict[str, Any] = {}
        for index, arg in enumerate(self.args):
            if arg.kind == "rest":
                tail = rest.split(None, index)[index].strip() if len(words) > index else ""
                if not tail and not arg.optional:
                    raise Refusal(f"usage : {self.usage}", "missing_argument")
                values[arg.name] = tail or None
                return values
            if index < len(words):
                values[arg.name] = arg.parse(words[index])
            elif arg.optional:
                values[arg.name] = None
            else:
                raise Refusal(f"usage : {self.usage}", "missing_argument")
        if len(words) > len(self.args):
            raise Refusal(f"trop d'arguments — usage : {self.usage}", "extra_argument")
        return values


REGISTRY: dict[str, Command] = {}


def command(name: str, *, roles: set[str], rooms: set[str], args: tuple[Arg, ...] = (),
            help: str = "") -> Callable[[Callable[[Context, Message, dict[str, Any]], None]],
                                        Callable[[Context, Message, dict[str, Any]], None]]:
    def register(run: Callable[[Context, Message, dict[str, Any]], None]):
        REGISTRY[name] = Command(name, run, frozenset(roles), frozenset(rooms), args, help)
        return run
    return register
