"""GDPR art. 33-34 for a declared incident: the 72-hour clock, and the report to the
supervisory authority (CNIL), as markdown for the admin room and JSON for the file.

    [incident]
    dpo_contact = "dpo@cabinet-exemple.fr"  # the data-protection officer, in every report
    lookback_days = 30   # how far before detection the report counts what may be concerned
                         # (default: [retention] notes_days, the notes the store still holds)

How the numbers are counted (computed from the audit trail, stated in every report): over the
window from `lookback_days` before detection to containment (the first measure that stops the
exposure; else closing; else now),
- records: distinct cases whose content was relayed, updated, answered, shown, reassigned or
  escalated (audit actions RECORD_ACTIONS); full-note reveals (`!show`) are also counted apart;
- patients: distinct patient pseudonyms of those cases, a case naming nobody recognisably
  counting as one person: an upper bound;
- staff accounts: distinct staff Matrix accounts acting (with a role) or acted upon in the
  window's rows, the bot excepted.
Everything here is a pure function of the store's data and `now`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.config import Config, ConfigError
from handlers.retention import RetentionSettings
from handlers.table_checks import known_keys, whole
from store.audit import utc_text
from store.cases import Cases
from store.db import Database
from store.incidents import NOTE, Entry, Incident, Incidents

NOTIFY_WITHIN = timedelta(hours=72)  # art. 33(1)
REMINDER_HOURS = (24, 48, 66)
RECORD_ACTIONS = frozenset({"relay", "update", "reply", "reveal", "reassign", "escalate"})
REPORT_FORMAT = "kine-relay incident report v1"
KEYS = ("dpo_contact", "lookback_days")
SUBJECT_CATEGORIES = ["patients du cabinet (objets des appels)",
                      "personnel du cabinet et du secrétariat (comptes Matrix)"]
DATA_CATEGORIES = [
    "données de santé : motif de l'appel, urgence, catégorie",
    "identité et coordonnées de patients dans le texte des notes : nom, téléphone, NIR, "
    "date de naissance, e-mail, adresse",
    "identifiants Matrix et actions du personnel (journal d'audit)",
]
COUNTING = ("comptés dans le journal d'audit : dossiers relayés, mis à jour, répondus, affichés, "
            "réattribués ou relancés ; un dossier sans patient reconnu compte pour une personne")
MEASURE_LABELS = {
    "snapshot": "tête du journal d'audit signée et conservée",
    "pause": "relais vers les kinés suspendus ({detail} message(s) retenu(s))",
    "resume": "relais repris ({detail} message(s) envoyé(s))",
    "revoke": "accès de {detail} révoqué",
    "rotate": "nouvelles sessions Megolm ({detail} salons)",
    "assess": "risque évalué : {detail}",
    "close": "incident clos",
}


@dataclass(frozen=True)
class IncidentSettings:
    dpo_contact: str  # '' when not configured: the report says it is missing
    lookback: timedelta

    @classmethod
    def from_config(cls, cfg: Config) -> IncidentSettings:
        section = cfg.section("incident")
        known_keys(section, "incident", KEYS)
        contact = section.get("dpo_contact", "")
        if not isinstance(contact, str):
            raise ConfigError("[incident] dpo_contact must be text (name, e-mail, phone)")
        default = RetentionSettings.from_config(cfg).notes.days
        return cls(contact.strip(),
                   timedelta(days=whole(section, "incident", "lookback_days", default, 1)))


# --- the clock -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Clock:
    detected: datetime
    now: datetime

    @property
    def deadline(self) -> datetime:
        return self.detected + NOTIFY_WITHIN

    @property
    def remaining(self) -> timedelta:
        """Time left to notify; negative once the deadline has passed."""
        return self.deadline - self.now

    @property
    def overdue(self) -> bool:
        return self.now >= self.deadline


def reminder_times(detected: datetime) -> list[tuple[int, datetime]]:
    """(hours since detection, when) of each reminder."""
    return [(hours, detected + timedelta(hours=hours)) for hours in REMINDER_HOURS]


def superseded(hours: int, detected: datetime, now: datetime) -> bool:
    """A reminder fired late (the bot was down) says nothing when a later one is due too."""
    return any(when <= now for later, when in reminder_times(detected) if later > hours)


def duration_text(span: timedelta) -> str:
    minutes = int(abs(span).total_seconds() // 60)
    return f"{minutes // 60} h {minutes % 60:02d}"


def when_text(moment: datetime | str) -> str:
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return f"{moment.astimezone(UTC):%d/%m/%Y %H:%M} UTC"


def deadline_text(clock: Clock) -> str:
    if clock.overdue:
        return (f"délai de 72 h dépassé de {duration_text(clock.remaining)} (échéance "
                f"{when_text(clock.deadline)}) : notifiez sans attendre en motivant le retard")
    return (f"notification à la CNIL (art. 33) avant le {when_text(clock.deadline)}, "
            f"reste {duration_text(clock.remaining)}")


def reminder_text(incident_id: int, hours: int, clock: Clock) -> str:
    return (f"⏰ Incident #{incident_id} — {hours} h depuis la détection : {deadline_text(clock)}. "
            f"Rapport : !incident report {incident_id}")


# --- what the incident may concern -----------------------------------------------------------

@dataclass(frozen=True)
class Exposure:
    start: datetime
    end: datetime
    records: int
    patients: int
    reveals: int
    accounts: int


def exposure(rows: Iterable[dict], patients_of: Callable[[list[str]], dict[str, str]],
             start: datetime, end: datetime, bot_user: str) -> Exposure:
    """Counts over audit rows (oldest first, from `start`); see the module's docstring."""
    last = utc_text(end)
    cases: set[str] = set()
    accounts: set[str] = set()
    reveals = 0
    for row in rows:
        if row["ts"] > last:
            continue
        # Staff only: an actor with a role at the time, or a member acted upon (an outsider's
        # ignored message has no role).
        accounts |= {row["actor"]} if row["role"] else set()
        accounts |= {row["user"]} if row["user"].startswith("@") else set()
        if row["action"] in RECORD_ACTIONS and row["outcome"] == "ok" and row["case"]:
            cases.add(row["case"])
            reveals += row["action"] == "reveal"
    pseudonyms = patients_of(sorted(cases))
    named = {pseudonyms[ref] for ref in cases if pseudonyms.get(ref)}
    unnamed = sum(1 for ref in cases if not pseudonyms.get(ref))
    return Exposure(start, end, len(cases), len(named) + unnamed, reveals,
                    len(accounts - {bot_user}))


# --- the report ------------------------------------------------------------------------------

def window_end(incident: Incident, now: datetime) -> datetime:
    end = incident.contained_at or incident.closed_at
    return datetime.fromisoformat(end) if end else now


def build_report(store: Database, cfg: Config, incident_id: int, now: datetime) -> dict[str, Any]:
    """The art. 33(3) fields, and the art. 34 assessment, as JSON-ready data."""
    incidents = Incidents(store)
    incident = incidents.get(incident_id)
    if incident is None:
        raise KeyError(incident_id)
    settings = IncidentSettings.from_config(cfg)
    detected = datetime.fromisoformat(incident.detected_at)
    start, end = detected - settings.lookback, window_end(incident, now)
    found = exposure(store.audit.rows(since=start), Cases(store).patients_of, start, end,
                     cfg.bot_user)
    timeline = incidents.timeline(incident_id)
    clock = Clock(detected, datetime.fromisoformat(incident.closed_at) if incident.closed_at else now)
    return {
        "format": REPORT_FORMAT,
        "incident": incident.id,
        "status": incident.status,
        "declared_by": incident.declared_by,
        "detected_at": incident.detected_at,
        "notification_deadline": clock.deadline.isoformat(timespec="seconds"),
        "deadline_passed": clock.overdue,
        "contained_at": incident.contained_at,
        "closed_at": incident.closed_at,
        "nature": incidents.summary(incident_id),
        "data_subjects": {"categories": SUBJECT_CATEGORIES,
                          "approximate_number": {"patients": found.patients,
                                                 "staff_accounts": found.accounts}},
        "personal_data_records": {"categories": DATA_CATEGORIES,
                                  "approximate_number": {"call_notes": found.records,
                                                         "full_note_reveals": found.reveals}},
        "counting": {"from": found.start.isoformat(timespec="seconds"),
                     "to": found.end.isoformat(timespec="seconds"), "method": COUNTING},
        "likely_consequences": incidents.consequences(incident_id) or _baseline(found),
        "measures_taken": [_entry(e, "detail") for e in timeline if e.kind != NOTE],
        "notes": [_entry(e, "text") for e in timeline if e.kind == NOTE],
        "dpo_contact": settings.dpo_contact,
        "high_risk": incident.high_risk,
        "communication_to_data_subjects_required": incident.high_risk,  # art. 34(1)
    }


def _baseline(found: Exposure) -> str:
    if not found.records:
        return "Aucune note de patient concernée d'après le journal d'audit ; à confirmer."
    return ("Divulgation possible de données de santé et d'identité de patients contenues dans "
            "des notes d'appel (atteinte à la confidentialité) ; à préciser (!incident risk).")


def _entry(entry: Entry, field: str) -> dict[str, str]:
    return {"at": entry.at, "by": entry.actor, "kind": entry.kind,
            field: entry.text if field == "text" else entry.detail}


def markdown(report: dict[str, Any]) -> str:
    subjects = report["data_subjects"]["approximate_number"]
    records = report["personal_data_records"]["approximate_number"]
    counting = report["counting"]
    risk = {True: "oui — communication aux personnes concernées requise (art. 34)",
            False: "non", None: "à évaluer (!incident risk)"}[report["high_risk"]]
    status = "clos" if report["status"] == "closed" else "ouvert"
    deadline = f"échéance de notification {when_text(report['notification_deadline'])}"
    if report["deadline_passed"]:
        deadline += " (dépassée)"
    lines = [
        f"# Incident #{report['incident']} — rapport (RGPD art. 33)",
        f"- **Statut** : {status} ; détecté le {when_text(report['detected_at'])} par "
        f"{report['declared_by']} ; {deadline}",
        f"- **Nature** : {report['nature']}",
        f"- **Personnes concernées** : au plus {subjects['patients']} patient(s) ; "
        f"{subjects['staff_accounts']} compte(s) du personnel",
        f"- **Enregistrements concernés** : au plus {records['call_notes']} note(s) d'appel, dont "
        f"{records['full_note_reveals']} affichage(s) de note complète ({COUNTING}, du "
        f"{when_text(counting['from'])} au {when_text(counting['to'])})",
        "- **Catégories de données** : " + " ; ".join(report["personal_data_records"]["categories"]),
        "- **Catégories de personnes** : " + " ; ".join(report["data_subjects"]["categories"]),
        f"- **Conséquences probables** : {report['likely_consequences']}",
        "- **Mesures prises** :" + ("" if report["measures_taken"] else " aucune"),
        *(f"  - {when_text(m['at'])} — {_measure_label(m)} ({m['by']})"
          for m in report["measures_taken"]),
        "- **Notes** :" + ("" if report["notes"] else " aucune"),
        *(f"  - {when_text(n['at'])} — {n['text']} ({n['by']})" for n in report["notes"]),
        f"- **Délégué à la protection des données** : "
        f"{report['dpo_contact'] or 'non renseigné ([incident] dpo_contact)'}",
        f"- **Risque élevé (art. 34)** : {risk}",
    ]
    return "\n".join(lines)


def _measure_label(measure: dict[str, str]) -> str:
    detail = {"high": "élevé", "low": "faible"}.get(measure["detail"], measure["detail"])
    return MEASURE_LABELS.get(measure["kind"], measure["kind"]).format(detail=detail)


def report_json(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2)
