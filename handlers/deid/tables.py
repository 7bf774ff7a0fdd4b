"""Names in a table pasted into a note (a booking export): the cells under a column headed
NOM, PRÉNOM or PATIENT, whatever word they hold ("BERTIN | Prudence | 04 37 ...")."""

from __future__ import annotations

import re

from handlers.deid.entities import Entity
from handlers.deid.normalise import fold

_SEPARATOR = re.compile(r"[|;\t]")
_NAME_COLUMNS = frozenset({"nom", "prenom", "patient", "patiente", "nom prenom", "prenom nom"})


def find_table_names(text: str) -> list[Entity]:
    """Each such cell (its text, spaces aside)."""
    if not _SEPARATOR.search(text):
        return []
    spans: list[Entity] = []
    columns: set[int] = set()
    separator = ""
    position = 0
    for line in text.split("\n"):
        cells = _cells(line, position)
        found = _SEPARATOR.search(line)
        if found and (names := {k for k, (start, end) in enumerate(cells)
                                if " ".join(fold(text[start:end]).split()) in _NAME_COLUMNS}):
            columns, separator = names, found.group()  # a header row
        elif columns and separator in line:
            spans += [Entity(*cells[k], "NOM") for k in sorted(columns)
                      if k < len(cells) and cells[k][0] < cells[k][1]]
        else:
            columns = set()
        position += len(line) + 1
    return spans


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """Each cell's start and end in the note, surrounding spaces left out."""
    cells, start = [], 0
    for piece in _SEPARATOR.split(line):
        stripped = piece.strip()
        begin = offset + start + (piece.index(stripped) if stripped else 0)
        cells.append((begin, begin + len(stripped)))
        start += len(piece) + 1
    return cells
