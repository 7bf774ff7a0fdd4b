"""The triage classifier: urgency, category and physio of a secretary's note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.config import Config

from .pain import pain_score
from .physio import PhysioDirectory
from .settings import Rules, rules_from_section
from .structured import parse_structured_note, urgency_value
from .temperature import has_fever
from .text import Token, tokenize

URGENCIES = ("urgent", "soon", "routine")
CATEGORIES = (
    "new_appointment", "reschedule", "cancel", "callback", "prescription", "billing",
    "home_visit", "other",
)
# Fields of a !note form that identify the patient or route the note: not read as its content
# (an "urgence:" value we cannot map is, and may still say "très douloureux").
_NOT_CONTENT = ("patient", "tel", "pour")


@dataclass(frozen=True)
class Triage:
    urgency: str
    category: str
    physio: str | None  # Matrix ID
    named: bool  # the note itself named the physio


class Triager:
    def __init__(self, rules: Rules, physios: PhysioDirectory) -> None:
        self.rules = rules
        self.physios = physios

    @classmethod
    def from_config(cls, cfg: Config) -> Triager:
        physios = cfg.with_role("physio")
        rules = rules_from_section(cfg.section("triage"), {p.user_id for p in physios})
        return cls(rules, PhysioDirectory(physios))

    def classify(
        self, text: str, *, usual_physio: str | None = None, when: datetime | None = None
    ) -> Triage:
        """Triage a note, free text or !note form. The physio is the one the note names, else
        the patient's usual physio, else the one on call on the weekday of `when` (now)."""
        fields = parse_structured_note(text)
        if fields is None:
            fields, content = {}, text
        else:
            content = "\n".join(v for k, v in fields.items() if k not in _NOT_CONTENT)
        tokens = tokenize(content, self.rules.abbreviations)
        named = self._physio_asked_for(fields) or self.physios.named_in(
            tokens, self.rules.negations
        )
        on_call = self.rules.rota.on_call(when or datetime.now().astimezone())
        return Triage(
            urgency=urgency_value(fields.get("urgence", "")) or self._urgency(content, tokens),
            category=self._category(tokens),
            physio=named or usual_physio or on_call,
            named=named is not None,
        )

    def _physio_asked_for(self, fields: dict[str, str]) -> str | None:
        return self.physios.named_in(tokenize(fields.get("pour", "")))

    def _urgency(self, content: str, tokens: list[Token]) -> str:
        labels = self.rules.urgency.labels_in(tokens, self.rules.negations)
        pain = pain_score(content) or 0.0
        if "urgent" in labels or pain >= self.rules.pain_urgent or has_fever(content):
            return "urgent"
        if "soon" in labels or pain >= self.rules.pain_soon:
            return "soon"
        return "routine"

    def _category(self, tokens: list[Token]) -> str:
        labels = self.rules.category.labels_in(tokens, self.rules.negations)
        return next((c for c in self.rules.category_priority if c in labels), "other")
