"""Relay: a secretary's note becomes a case sent to a physio; the physio's answer goes back."""

from __future__ import annotations

from handlers.context import Context
from handlers.deid import Redacted, pseudonym
from handlers.escalation import schedule_escalation
from handlers.message import REF_PATTERN, Message
from handlers.notices import CASE_KEY, UNASSIGNED, answer_line, case_notice
from store.rooms import INTAKE, PHYSIO

MIN_DIRECTORY_NAME = 3  # shorter spans are more likely detector noise than a name


def too_long(ctx: Context, text: str) -> str | None:
    """The refusal of a note over `[relay] max_note_chars`, or None."""
    if len(text) <= ctx.cfg.max_note_chars:
        return None
    return (f"Note trop longue (maximum {ctx.cfg.max_note_chars} caractères) — non relayée, "
            "merci de la raccourcir.")


def handle_note(ctx: Context, msg: Message, urgency: str | None = None) -> None:
    """A note (free text or `!note` form, from Matrix or the webhook, which may state the
    `urgency`) opens a case for the physio triage picks, or waits unassigned in the intake room."""
    text = msg.text
    if refusal := too_long(ctx, text):
        ctx.refuse(msg, "too_long", refusal)
        return
    ctx.metrics.count("notes_received")
    redacted = ctx.deid.redact(text)
    remember_patients(ctx, text, redacted)
    patient = pseudonym(redacted.identity, ctx.pseudonym_key) if redacted.identity else ""
    # Named in the note, else the patient's usual physio, else on call; else nobody.
    triage = ctx.triager.classify(text, usual_physio=ctx.cases.last_physio_for(patient))
    physio, urgency = triage.physio or "", urgency or triage.urgency
    summary = None if redacted.failed else redacted.text
    ref = ctx.cases.open(
        secretary=msg.sender, physio=physio, source_event=msg.event_id, note=text,
        summary=summary or "", patient=patient, urgency=urgency, category=triage.category)
    room = msg.room_id
    if physio:
        room = ctx.rooms.find(PHYSIO, physio) or msg.room_id
        ctx.send.post(room, case_notice(ref, urgency, triage.category, summary),
                      kind="notice", case_ref=ref, extra={CASE_KEY: ref})
    confirmation = (f"{ref} → {ctx.name(physio)}" if physio
                    else f"{ref} → {UNASSIGNED} : !reassign {ref} <kiné>")
    ctx.send.post(msg.room_id, confirmation, kind="ack", case_ref=ref,
                  extra={CASE_KEY: ref, **answering(msg)})
    schedule_escalation(ctx, ref, urgency)
    ctx.audit.append("relay", actor=msg.sender, role=ctx.role(msg.sender), event_type="note",
                     case=ref, room=room, user=physio, event_ids=[msg.event_id],
                     reason="withheld" if redacted.failed else "" if physio else "unassigned")


def answering(msg: Message) -> dict:
    """The confirmation answers the secretary's own message, so she sees which note it was
    (a webhook note has no Matrix event to answer)."""
    if not msg.event_id.startswith("$"):
        return {}
    return {"m.relates_to": {"m.in_reply_to": {"event_id": msg.event_id}}}


def remember_patients(ctx: Context, text: str, redacted: Redacted) -> None:
    """Names found in a note join the encrypted directory: the next note that mentions the
    person without an honorific is still redacted."""
    names = {text[e.start:e.end] for e in redacted.entities if e.kind == "NOM"}
    names = {n for n in names if len(n) >= MIN_DIRECTORY_NAME}
    if names:
        ctx.patients.add(names)
        ctx.deid.add_patients(names)


def handle_answer(ctx: Context, msg: Message) -> None:
    """A physio's message in their room: a reply to a notice, or `K7Q2: text`."""
    text = msg.text
    ref = ctx.outbox.case_of_event(msg.reply_to) if msg.reply_to else None
    if ref is None and (match := REF_PATTERN.match(text)) and ctx.cases.get(match[1].upper()):
        ref, text = match[1].upper(), match[2]
    if ref is None:
        ctx.refuse(msg, "unknown_case", "Réponse non relayée : répondez à une notification, "
                                        "ou écrivez « K7Q2: votre réponse ».")
        return
    redacted = ctx.deid.redact(text)
    intake = ctx.rooms.find(INTAKE)
    assert intake, "setup has not recorded the intake room"
    ctx.send.post(intake, answer_line(ref, ctx.name(msg.sender),
                                      None if redacted.failed else redacted.text),
                  kind="answer", case_ref=ref, extra={CASE_KEY: ref})
    ctx.audit.append("reply", actor=msg.sender, role=ctx.role(msg.sender), event_type="answer",
                     case=ref, room=intake, event_ids=[msg.event_id])


def handle_edit(ctx: Context, msg: Message) -> None:
    """An edited note updates its case: the physio gets the new redacted text, same reference."""
    case = ctx.cases.by_source(msg.replaces or "")
    if case is None:
        ctx.refuse(msg, "unknown_case", "Modification non relayée : note d'origine inconnue.")
        return
    redacted = ctx.deid.redact(msg.text)
    summary = None if redacted.failed else redacted.text
    ctx.cases.update_note(case.ref, msg.text, summary or "")
    room = ctx.rooms.find(PHYSIO, case.physio) or msg.room_id
    ctx.send.post(room, "✏️ Mise à jour — " + case_notice(case.ref, case.urgency, case.category, summary),
                  kind="update", case_ref=case.ref, extra={CASE_KEY: case.ref})
    ctx.audit.append("update", actor=msg.sender, role=ctx.role(msg.sender), event_type="note",
                     case=case.ref, room=room, event_ids=[msg.event_id, case.source_event])


def withdraw(ctx: Context, msg: Message) -> None:
    """A secretary deleted (redacted) her note: the case is withdrawn and the physio told."""
    case = ctx.cases.by_source(msg.replaces or "")
    if case is None:
        ctx.inbound.mark(msg.event_id, "ignored", "not_a_note")
        return
    ctx.cases.set_status(case.ref, "withdrawn")
    ctx.timers.cancel("escalate", case.ref)
    room = ctx.rooms.find(PHYSIO, case.physio) or msg.room_id
    ctx.send.post(room, f"{case.ref} retiré par le secrétariat.", kind="withdrawn",
                  case_ref=case.ref, extra={CASE_KEY: case.ref})
    ctx.audit.append("withdraw", actor=msg.sender, role=ctx.role(msg.sender), event_type="note",
                     case=case.ref, room=msg.room_id, event_ids=[msg.event_id, case.source_event])
