"""A person's data (GDPR): everything the catalogue holds about one contact, and anonymising them.

``collect`` gathers what a subject-access request hands over: the contact record, its change
history, the exchanges, follow-ups, events attended or spoken at (with the invitation, answer and
presence) and the documents of the agreements that name them as signatory. ``anonymise`` replaces
their name, contact details and free text for good and keeps the links (the record becomes « Personne
anonymisée n° N », still counted at the events they attended), and scrubs their name, e-mails and
phones from every other record, deleted ones (the trash) included, from the whole change history
and from the search index. What it cannot reach — the backups made before — is listed by
``db.services.backups_holding``. Qt-free.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import Text, cast, false, func, or_, select, text
from sqlalchemy.orm import Session

from db.models import (
    Agreement,
    Change,
    Contact,
    Document,
    Event,
    EventParticipant,
    EventSession,
    FollowUp,
    Interaction,
)
from db.models.types import utcnow
from db.service_messages import ServiceMessage
from db.services import personal_documents, records
from db.services.errors import ServiceError
from db.text import fold

SCRUBBED = {"interaction": ("people", "note"), "followup": ("title", "details"), "event": ("summary", "notes"),
            "partner": ("referent", "description", "notes"), "agreement": ("signatories", "summary", "notes")}
FORMAT = "passerelles-personal-data"
FORMAT_VERSION = 1
MASK = "[anonymisé]"
# the contact's fields that identify or reach the person, and what they become
PERSONAL_FIELDS = {"civility": None, "first_name": None, "job_title": None, "emails": [], "phones": [],
                   "languages": [], "source": None, "notes": None, "last_contact_on": None, "address": None}


TOUCHED = {"contact": "fiche", "participant": "ligne(s) de participants", "interaction": "échange(s)",
           "followup": "suivi(s)", "event": "événement(s)", "session": "séance(s)", "partner": "partenaire(s)",
           "agreement": "accord(s)", "document": "nom(s) de document", "retired": "document(s) retiré(s) renommé(s)",
           "change": "entrée(s) d'historique"}


def touched_text(touched: dict[str, int]) -> str:
    """« 1 fiche, 4 entrée(s) d'historique, 1 échange(s) » from ``anonymise``'s counts."""
    return ", ".join(f"{touched[k]} {word}" for k, word in TOUCHED.items() if touched.get(k))


def anonymous_name(contact: Contact) -> str:
    return f"Personne anonymisée n° {contact.id}"


def _dump(out) -> dict[str, Any]:
    return out.model_dump(mode="json")


def _signatory_agreements(session: Session, contact: Contact) -> list[Agreement]:
    name = fold(contact.full_name)
    if not name:
        return []
    return [a for a in session.scalars(select(Agreement).where(Agreement.signatories.is_not(None)))
            if name in fold(a.signatories or "")]


def collect(session: Session, reference: str) -> dict[str, Any]:
    """Everything about one contact (live or in the trash), as plain JSON-ready data."""
    contact = records.get(session, "contact", reference, include_deleted=True, loose=True)
    interactions = session.scalars(select(Interaction).where(Interaction.contact_id == contact.id)
                                   .order_by(Interaction.occurred_on)).all()
    followups = session.scalars(select(FollowUp).where(FollowUp.contact_id == contact.id)
                                .order_by(FollowUp.created_at)).all()
    participations = []
    for p in session.scalars(select(EventParticipant).where(EventParticipant.contact_id == contact.id)):
        event = session.get(Event, p.event_id)
        titles = {s.public_id: s.title for s in event.sessions}
        participations.append({
            "event": {"id": event.public_id, "name": event.title},
            "starts_on": event.starts_on.iso() if event.starts_on else None, "place": event.place,
            "invited_on": p.invited_on.isoformat() if p.invited_on else None, "response": p.response,
            "attended": p.attended, "sessions": [titles.get(s, s) for s in p.sessions or []]})
    roles = []
    for s in session.scalars(select(EventSession).where(or_(
            EventSession.moderator_id == contact.id, EventSession.rapporteur_id == contact.id,
            EventSession.speakers.any(Contact.id == contact.id)))):
        role = ("animateur" if s.moderator_id == contact.id else
                "rapporteur" if s.rapporteur_id == contact.id else "intervenant")
        roles.append({"event": {"id": s.event.public_id, "name": s.event.title}, "session": s.title, "role": role,
                      "date": s.date.iso() if s.date else None})
    documents = [{"agreement": {"id": a.public_id, "name": a.title}, "name": d.original_name, "size": d.size,
                  "added_at": d.added_at.isoformat()}
                 for a in _signatory_agreements(session, contact) for d in a.documents]
    history = [{"at": c.at.isoformat(), "actor": c.actor, "action": c.action, "before": c.before, "after": c.after}
               for c in records.history(session, "contact", contact.public_id)]
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "exported_at": utcnow().isoformat(),
        "contact": _dump(records.spec("contact").out(contact)),
        "interactions": [_dump(records.spec("interaction").out(i)) for i in interactions],
        "followups": [_dump(records.spec("followup").out(f)) for f in followups],
        "events": participations, "event_roles": roles, "documents": documents, "history": history,
    }


# --- anonymisation ---------------------------------------------------------------------------------

def _needles(contact: Contact) -> list[re.Pattern]:
    """What identifies the person in free text: their name both ways round, e-mails, phone numbers."""
    texts = [e for e in contact.emails or [] if e]  # first: « jean.dupont@… » is an address, not a name
    first, last = (contact.first_name or "").strip(), (contact.last_name or "").strip()
    if first and last:
        texts += [f"{first} {last}", f"{last} {first}"]
    elif first or last:
        texts.append(first or last)
    patterns = []
    for written in texts:  # words joined by spaces, hyphens, underscores or dots (« CV_Jean_DUPONT.pdf »)
        words = [re.escape(w) for w in re.split(r"[\s\-_.]+", written) if w] if "@" not in written else [re.escape(written)]
        patterns.append(re.compile(r"(?<![^\W_])" + r"[\s\-_.]+".join(words) + r"(?![^\W_])", re.IGNORECASE))
    for phone in contact.phones or []:
        digits = re.sub(r"\D", "", (phone or {}).get("number") or "" if isinstance(phone, dict) else str(phone))
        if len(digits) >= 6:  # the last nine digits, however they are spaced or prefixed
            tail = digits[-9:]
            patterns.append(re.compile(r"[\d\s.\-+()]*".join(tail) + r"(?!\d)"))
    return patterns


def _like_terms(contact: Contact) -> list[str]:
    """Short texts every mention holds (the surname, or the first name alone; each e-mail; the last
    four digits of each phone), to find the rows to look at in SQL before the exact patterns run."""
    terms = [(contact.last_name or contact.first_name or "").strip()]
    terms += [e for e in contact.emails or [] if e]
    for phone in contact.phones or []:
        digits = re.sub(r"\D", "", (phone or {}).get("number") or "" if isinstance(phone, dict) else str(phone))
        if len(digits) >= 6:
            terms.append(digits[-4:])
    return [t for t in terms if t]


def _mentions(column, terms: list[str]):
    """SQL: the column holds one of the terms, whatever the case (ASCII on SQLite: both forms are tried)."""
    clauses = []
    for term in terms:
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses += [column.like(f"%{escaped}%", escape="\\"),
                    func.lower(column).like(f"%{escaped.lower()}%", escape="\\")]
    return or_(*clauses) if clauses else false()


def scrub_text(text: str, needles: list[re.Pattern], replacement: str) -> str:
    for needle in needles:
        text = needle.sub(replacement, text)
    return text


def _scrub(value, needles: list[re.Pattern], replacement: str):
    """A copy of JSON data with every mention replaced; the same object when nothing was found."""
    if isinstance(value, str):
        return scrub_text(value, needles, replacement)
    if isinstance(value, list):
        items = [_scrub(v, needles, replacement) for v in value]
        return value if items == value else items
    if isinstance(value, dict):
        items = {k: _scrub(v, needles, replacement) for k, v in value.items()}
        return value if items == value else items
    return value


def _anonymous_snapshot(snapshot: dict | None, contact: Contact, needles, replacement) -> dict | None:
    if not snapshot:
        return snapshot
    data = {**_scrub(snapshot, needles, replacement), **PERSONAL_FIELDS, "last_name": replacement,
            "full_name": replacement, "extra": {}}
    return {k: v for k, v in data.items() if k in snapshot}


def anonymise(session: Session, reference: str, actor: str | None, retired_folder=None) -> dict[str, Any]:
    """Anonymise one contact for good; returns what was touched (counts by kind), the contact's new
    name and the documents whose content may still name them (``personal_documents``); the removed
    documents kept in ``retired_folder`` are renamed when their name names them."""
    contact = records.get(session, "contact", reference, include_deleted=True, loose=True)
    if contact.anonymised_at is not None:
        raise ServiceError(ServiceMessage("already_anonymised", name=contact.full_name))
    if session.get_bind().dialect.name == "sqlite":  # freed pages are overwritten, not left holding the old text
        session.execute(text("PRAGMA secure_delete = ON"))
    needles = _needles(contact)
    terms = _like_terms(contact)
    contact_emails = list(contact.emails or [])
    replacement = anonymous_name(contact)
    touched: dict[str, int] = {}
    to_check = personal_documents.documents_to_check(session, contact.full_name)

    def count(kind: str) -> None:
        touched[kind] = touched.get(kind, 0) + 1

    for field, value in PERSONAL_FIELDS.items():
        setattr(contact, field, value)
    contact.last_name, contact.extra = replacement, {}
    contact.no_contact, contact.anonymised_at, contact.updated_by = True, utcnow(), actor
    spec = records.spec("contact")
    spec.refresh_keys(contact)
    count("contact")
    # every other record, live or deleted, that names them; the links stay
    # every other record, live or deleted, that names them (found by SQL first, then scrubbed); the links stay
    for p in session.scalars(select(EventParticipant).where(or_(EventParticipant.contact_id == contact.id,
                                                                 _mentions(EventParticipant.name, terms)))):
        if p.contact_id == contact.id or any(n.search(p.name or "") for n in needles):
            p.name = replacement
            count("participant")
    for kind, fields in SCRUBBED.items():
        model = records.spec(kind).model
        where = or_(*(_mentions(getattr(model, f), terms) for f in fields))
        if kind == "interaction":
            where = or_(where, model.contact_id == contact.id)
        for obj in session.scalars(select(model).where(where)):
            changed = False
            for field in fields:
                value = getattr(obj, field)
                if value and (new := scrub_text(value, needles, replacement)) != value:
                    setattr(obj, field, new)
                    changed = True
            if changed or (kind == "interaction" and obj.contact_id == contact.id):
                records.spec(kind).refresh_keys(obj)
                count(kind)
    emails = {fold(e) for e in contact_emails}
    partner_model = records.spec("partner").model
    for partner in session.scalars(select(partner_model).where(_mentions(partner_model.email, terms))):
        if fold(partner.email) in emails:  # their address given as the partner's: the partner has none now
            partner.email = None
            records.spec("partner").refresh_keys(partner)
            count("partner")
    for s in session.scalars(select(EventSession).where(or_(_mentions(EventSession.minutes, terms),
                                                             _mentions(EventSession.takeaways, terms)))):
        for field in ("minutes", "takeaways"):
            value = getattr(s, field)
            if value and (new := scrub_text(value, needles, replacement)) != value:
                setattr(s, field, new)
                count("session")
    renamed = personal_documents.scrub_names(session, _mentions(Document.original_name, terms), needles,
                                             replacement, scrub_text)
    if renamed:
        touched["document"] = len(renamed)
    session.flush()
    records.reindex_dependents(session, "contact", contact)
    # the change history: their own versions lose every personal field, the others every mention
    json_terms = [json.dumps(t)[1:-1] for t in terms]  # as the JSON columns store text (non-ASCII escaped)
    history = or_(Change.record_id == contact.public_id, _mentions(cast(Change.before, Text), json_terms),
                  _mentions(cast(Change.after, Text), json_terms))
    for change in session.scalars(select(Change).where(history)).all():
        if change.record_id == contact.public_id:
            before = _anonymous_snapshot(change.before, contact, needles, replacement)
            after = _anonymous_snapshot(change.after, contact, needles, replacement)
        else:
            before, after = _scrub(change.before, needles, replacement), _scrub(change.after, needles, replacement)
        if before is not change.before or after is not change.after:
            change.before, change.after = before, after
            count("change")
    session.add(Change(kind="contact", record_id=contact.public_id, action="anonymise", actor=actor,
                       before=None, after=records.snapshot(contact, "contact"), at=utcnow()))
    session.flush()
    _compact_search_index(session)
    if retired_folder is not None and (files := personal_documents.rename_retired_files(
            retired_folder, needles, replacement, scrub_text)):
        touched["retired"] = files
    return {"id": contact.public_id, "name": replacement, "touched": touched,
            "documents": personal_documents.described(renamed + to_check)}


def _compact_search_index(session: Session) -> None:
    """SQLite's full-text index keeps a deleted entry's words in its segments until they are merged:
    merge them now, so the old words are gone from the file (the server's stored vectors are
    recomputed with the row)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    from db import search

    for table in search.SEARCHABLE:
        session.execute(text(f"INSERT INTO {table}_fts({table}_fts) VALUES ('optimize')"))


def backups_holding(catalog, contact_public_id: str) -> list[tuple[str, str, bool]]:
    """The backups that still hold the person: (label, path, certain). A backup file of a local
    catalogue is read (certain when its contact record is there, not anonymised, or its history names
    them); a server's dump cannot be read cheaply, so every one made before now may hold them."""
    import sqlite3

    from db import backups, server_backups

    found = []
    if catalog.dialect == "sqlite" and catalog.path is not None:
        for info in backups.list_backups(catalog.path):
            try:
                connection = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
                try:
                    row = connection.execute("SELECT count(*) FROM contacts WHERE public_id = ?",
                                             (contact_public_id,)).fetchone()
                    history = connection.execute("SELECT count(*) FROM changes WHERE record_id = ?",
                                                 (contact_public_id,)).fetchone()
                    try:
                        anonymised = connection.execute(
                            "SELECT count(*) FROM contacts WHERE public_id = ? AND anonymised_at IS NOT NULL",
                            (contact_public_id,)).fetchone()[0]
                    except sqlite3.Error:  # a backup older than the anonymisation column
                        anonymised = 0
                finally:
                    connection.close()
            except sqlite3.Error:  # an unreadable backup may hold them: say so rather than hide it
                found.append((_backup_label(info), str(info.path), False))
                continue
            if (row[0] or history[0]) and not anonymised:
                found.append((_backup_label(info), str(info.path), True))
    elif catalog.dialect == "postgresql":
        for info in server_backups.list_backups(catalog.url):
            found.append((_backup_label(info), str(info.path), False))
    return found


def _backup_label(info) -> str:
    return f"{info.taken_at:%d/%m/%Y %H:%M} ({info.label})"
