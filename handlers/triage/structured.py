"""The structured form of a note: "!note" then "clé: valeur" lines."""

from __future__ import annotations

import re

from bot.config import fold

from .text import normalise

COMMAND = "!note"
FIELDS = ("patient", "tel", "motif", "urgence", "pour")
# Other spellings of the keys, folded.
_KEY_ALIASES = {
    "telephone": "tel", "tel.": "tel", "portable": "tel", "objet": "motif", "raison": "motif",
    "kine": "pour", "physio": "pour",
}
# What an "urgence:" value may say, folded.
URGENCY_VALUES = {
    "urgent": "urgent", "urgente": "urgent", "urgence": "urgent", "oui": "urgent",
    "soon": "soon", "rapide": "soon", "bientot": "soon", "semi urgent": "soon",
    "prioritaire": "soon", "a voir vite": "soon",
    "routine": "routine", "non": "routine", "normal": "routine", "normale": "routine",
    "pas urgent": "routine", "non urgent": "routine",
}


def parse_structured_note(text: str) -> dict[str, str] | None:
    """The fields of a "!note" form under folded keys (patient, tel, motif, urgence, pour), or
    None when the text is free text. Any other line, "EVA: 8/10" included, continues the field
    above it; lines before the first key are the motif."""
    lines = text.strip().splitlines() or [""]
    command, _, first_line = lines[0].partition(" ")
    if fold(command) != COMMAND:
        return None
    fields: dict[str, str] = {}
    key = "motif"
    for line in (line.strip() for line in [first_line, *lines[1:]]):
        name, colon, value = line.partition(":")
        if colon and _key(name) in FIELDS:
            key = _key(name)
            fields[key] = value.strip()
        elif line:
            fields[key] = f"{fields.get(key, '')}\n{line}".strip()
    return fields


def _key(name: str) -> str:
    folded = fold(name.strip())
    return _KEY_ALIASES.get(folded, folded)


def urgency_value(value: str) -> str | None:
    """The urgency an "urgence:" field states, or None when it is not one we know."""
    return URGENCY_VALUES.get(" ".join(re.findall(r"[a-z]+", normalise(value))))
