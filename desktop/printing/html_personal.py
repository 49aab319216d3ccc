"""Printed personal data (GDPR): everything the catalogue holds about one person, to hand over
(``personal_data_report``, from ``db.services.personal_data.collect``); the record of processing
« registre des traitements » for the data protection officer is ``html_register`` (from
``db.reports.register``, printed by ``html_register``). In French or English (``outreach_words``)."""

from __future__ import annotations

import datetime as dt

from db.countries import country_name
from db.schemas import vocab
from db.schemas.messages import field_label
from db.services.trash import ACTIONS, ACTIONS_EN, TECHNICAL, value_text
from desktop.printing.html_common import (
    date_text,
    document,
    esc,
    facts,
    grid,
    phone,
    section,
    title_block,
)
from desktop.printing.outreach_words import w

SHOWN = ("civility", "first_name", "last_name", "job_title", "organisation", "partners", "emails", "phones",
         "address", "languages", "country", "purpose", "source", "last_contact_on", "notes", "no_contact",
         "anonymised_at", "retention_kept_on", "created_at", "created_by", "updated_at", "updated_by")


OWN_LABELS = {"no_contact": "opposition", "anonymised_at": "anonymised_at", "retention_kept_on": "kept_on",
              "created_at": "created_at", "created_by": "created_by", "updated_at": "updated_at",
              "updated_by": "updated_by", "address": "address"}
ROLES = {"animateur": "moderator", "rapporteur": "rapporteur", "intervenant": "speaker"}  # as ``collect`` says them


def _label(key: str, language: str) -> str:
    return w(OWN_LABELS[key], language) if key in OWN_LABELS else field_label(key, language)


def _day(iso: str, language: str) -> str:
    return date_text(dt.date.fromisoformat(iso[:10]), language)


def _partial(text: str | None, language: str) -> str:
    from db.partial_date import PartialDate

    return date_text(PartialDate.from_iso(text), language) if text else ""


def _value(key: str, value, language: str) -> str:
    if key == "partners":
        return esc(", ".join(p["name"] for p in value or []))
    if key == "phones":
        return esc(", ".join(phone(p.get("number", "")) for p in value or []))
    if key == "country":
        return esc(country_name(value, language) if value else "")
    if key == "no_contact":
        return esc(w("yes_no_contact", language)) if value else w("no", language)
    if isinstance(value, list):
        return esc(", ".join(str(v) for v in value))
    if key.endswith(("_at", "_on")) and value:
        return esc(_day(str(value), language))
    return esc(value)


def personal_data_report(data: dict, today: dt.date, language: str = "fr") -> tuple[str, str]:
    contact = data["contact"]
    name = contact["full_name"]
    L = language
    body = [title_block(w("personal_data", L), name, w("everything", L, date=esc(date_text(today, L))))]
    body.append(section(w("record", L)))
    body.append(facts([(_label(k, L), _value(k, contact.get(k), L)) for k in SHOWN], columns=1))
    body.append(section(w("events", L), len(data["events"]) + len(data["event_roles"])))
    rows = [[esc(e["event"]["name"]), esc(_partial(e["starts_on"], L)),
             esc(w("invited_on", L, date=_day(e["invited_on"], L)) if e["invited_on"] else ""),
             esc(vocab.RESPONSE.label(e["response"], L) if e["response"] else ""),
             w("present", L) if e["attended"] else w("absent", L)] for e in data["events"]]
    rows += [[esc(r["event"]["name"]), esc(_partial(r["date"], L)), esc(r["session"]), "",
              esc(w(ROLES[r["role"]], L) if r["role"] in ROLES else r["role"])] for r in data["event_roles"]]
    body.append(grid([w(k, L) for k in ("event_heading", "date", "invitation_or_session", "response", "presence_or_role")],
                     rows, [34, 14, 20, 14, 18], empty=w("no_event", L)))
    body.append(section(w("interactions", L), len(data["interactions"])))
    body.append(grid([w(k, L) for k in ("date", "kind", "with", "note")], [
        [esc(_day(i["occurred_on"], L)), esc(vocab.INTERACTION_KIND.label(i["kind"], L)),
         esc((i.get("partner") or {}).get("name", "")), esc(i.get("note") or i.get("people") or "")]
        for i in data["interactions"]], [13, 12, 25, 50], empty=w("no_interaction", L), nowrap=(0,)))
    body.append(section(w("followups", L), len(data["followups"])))
    body.append(grid([w(k, L) for k in ("followup", "due", "status")], [
        [esc(f["title"]), esc(_partial(f.get("due_on"), L)), esc(vocab.FOLLOWUP_STATUS.label(f["status"], L))]
        for f in data["followups"]], [60, 20, 20], empty=w("no_followup", L)))
    body.append(section(w("documents", L), len(data["documents"])))
    body.append(grid([w("document", L), w("agreement", L)],
                     [[esc(d["name"]), esc(d["agreement"]["name"])] for d in data["documents"]],
                     [50, 50], empty=w("no_document", L)))
    body.append(section(w("history", L), len(data["history"])))
    actions = ACTIONS_EN if L == "en" else ACTIONS
    colon = ": " if L == "en" else " : "
    rows = []
    for h in data["history"]:
        before, after = h.get("before") or {}, h.get("after") or {}
        changed = [k for k in {**before, **after} if k not in TECHNICAL and before.get(k) != after.get(k)]
        what = "; ".join(f"{field_label(k, L)}{colon}{value_text(before.get(k))} → {value_text(after.get(k))}"
                         for k in changed[:12]) if h["action"] == "update" else ""
        rows.append([esc(_day(h["at"], L)), esc(actions.get(h["action"], h["action"])), esc(h.get("actor") or ""),
                     esc(what)])
    body.append(grid([w(k, L) for k in ("date", "action", "by", "changes")], rows, [13, 17, 14, 56], nowrap=(0,)))
    body.append(f"<p class='muted small' style='margin-top: 14px'>{esc(w('same_in_json', L))}</p>")
    title = f"{w('personal_data', L)} — {name}"
    return title, document("".join(body), title)
