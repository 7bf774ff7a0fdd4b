"""The words the bot shows. Notification bodies are one line and carry no identifier."""

from __future__ import annotations

URGENCY_MARK = {"urgent": "🔴 URGENT", "soon": "🟠 Rapide", "routine": "⚪"}
CATEGORY_LABEL = {
    "new_appointment": "Nouveau RDV", "reschedule": "Déplacer un RDV", "cancel": "Annulation",
    "callback": "Rappel demandé", "prescription": "Ordonnance", "billing": "Facturation",
    "home_visit": "Séance à domicile", "other": "Appel",
}
CASE_KEY = "fr.kinerelay.case"  # machine-readable case reference in the bot's messages
CONFIRMS_KEY = "fr.kinerelay.confirms"  # in a folded confirmation: [{case, note, line}, ...]
WITHHELD = "nouvel appel — détails sur demande"


def one_line(text: str) -> str:
    return " / ".join(part.strip() for part in text.splitlines() if part.strip())


def case_notice(ref: str, urgency: str, category: str, summary: str | None) -> str:
    """What the physio's notification shows: urgency, category, reference, redacted summary."""
    head = f"{URGENCY_MARK.get(urgency, '')} {CATEGORY_LABEL.get(category, 'Appel')} · {ref}"
    return f"{head.strip()} — {one_line(summary) if summary else WITHHELD}"


def answer_line(ref: str, physio_name: str, answer: str | None) -> str:
    return f"{ref} · {physio_name} : {one_line(answer) if answer else 'réponse — détails sur demande'}"


def confirmations(content: dict) -> list[dict]:
    """What one confirmation message confirms: {case, note (the event answered, or ""), line}."""
    if CONFIRMS_KEY in content:
        return content[CONFIRMS_KEY]
    reply = content.get("m.relates_to", {}).get("m.in_reply_to", {})
    return [{"case": content.get(CASE_KEY, ""), "note": reply.get("event_id", ""),
             "line": content["body"]}]


def fold_confirmations(contents: list[dict]) -> dict:
    """Confirmations waiting together (a burst of notes) as one message, a line per note in the
    order of the notes, answering the last one: one event for the homeserver instead of one each."""
    confirms = [c for content in contents for c in confirmations(content)]
    folded = {"msgtype": "m.notice", CONFIRMS_KEY: confirms,
              "body": f"{len(confirms)} notes reçues :\n" + "\n".join(c["line"] for c in confirms)}
    if notes := [c["note"] for c in confirms if c["note"]]:
        folded["m.relates_to"] = {"m.in_reply_to": {"event_id": notes[-1]}}
    return folded


STATUS_LABEL = {"open": "en attente", "taken": "pris", "done": "clos", "withdrawn": "retiré"}
UNASSIGNED = "non attribué"


def age_text(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 24 * 60:
        return f"{minutes // 60} h {minutes % 60:02d}"
    return f"{minutes // (24 * 60)} j"


def case_line(ref: str, urgency: str, category: str, status: str, owner: str, age_s: float) -> str:
    """One case in `!cases` and `!status`: no summary, so no identifier can slip in."""
    head = f"{URGENCY_MARK.get(urgency, '')} {CATEGORY_LABEL.get(category, 'Appel')}".strip()
    return (f"{ref} · {head} · {STATUS_LABEL.get(status, status)} · {owner or UNASSIGNED} · "
            f"{age_text(age_s)}")
