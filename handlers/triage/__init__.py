"""Triage of secretary notes: urgency, category and the physio to notify."""

from .classifier import CATEGORIES, URGENCIES, Triage, Triager
from .structured import parse_structured_note

__all__ = ["CATEGORIES", "URGENCIES", "Triage", "Triager", "parse_structured_note"]
