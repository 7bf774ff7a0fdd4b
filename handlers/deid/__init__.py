"""French patient de-identification for call notes (issue #3).

Stages, one module each: `normalise` (NFC, whitespace, offsets), the rule-based detectors
(`phones`, `nir`, `emails`, `dates`, `addresses`, `numbers`, `names`), the patient
`directory`, the spaCy `safety_net`, and `pipeline`, which merges them and fails closed.
"""

from handlers.deid.directory import load_patient_csv
from handlers.deid.entities import KINDS, PLACEHOLDER, Entity, Redacted
from handlers.deid.identity import pseudonym
from handlers.deid.pipeline import Deidentifier

__all__ = [
    "KINDS",
    "PLACEHOLDER",
    "Deidentifier",
    "Entity",
    "Redacted",
    "load_patient_csv",
    "pseudonym",
]
