"""Per-kind rules: how an ``XxxIn`` is written onto a model, read back as ``XxxOut`` and indexed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy.orm import Session

from db.countries import country_name
from db.models import (
    Agreement,
    BudgetLine,
    Contact,
    Event,
    EventParticipant,
    EventSession,
    FollowUp,
    Interaction,
    Partner,
    new_public_id,
)
from db.schemas import vocab
from db.schemas.out import (
    AgreementOut,
    BudgetLineOut,
    ContactOut,
    DocumentOut,
    EventOut,
    FollowUpOut,
    InteractionOut,
    Link,
    ParticipantOut,
    PartnerOut,
    SessionOut,
)
from db.schemas.records import AgreementIn, ContactIn, EventIn, FollowUpIn, InteractionIn, PartnerIn
from db.services import links
from db.services.errors import LinkError
from db.text import fold, name_key, person_key


def split_person_name(text: str) -> tuple[str | None, str | None]:
    """ "NOM Prénom" or "Prénom Nom" -> (first, last); a word in capitals is the surname."""
    parts = text.split()
    if not parts:
        return None, None
    if len(parts) == 1:
        return None, parts[0]
    upper = [p for p in parts if p.isupper() and sum(ch.isalpha() for ch in p) > 1]   # "C." is an initial
    if upper and len(upper) < len(parts):
        last = " ".join(p for p in parts if p in upper)
        first = " ".join(p for p in parts if p not in upper)
        return first, last.title() if last.isupper() else last
    first = 1
    while first < len(parts) - 1 and len(parts[first]) == 2 and parts[first][0].isalpha() and parts[first][1] == ".":
        first += 1   # a middle initial belongs to the first name: "Nils C. Bandelow"
    return " ".join(parts[:first]), " ".join(parts[first:])


def _link(obj, name: str | None = None) -> Link | None:
    if obj is None:
        return None
    return Link(id=obj.public_id, name=name if name is not None else display_name(obj))


def display_name(obj) -> str:
    if isinstance(obj, Contact):
        return obj.full_name
    if isinstance(obj, Partner):
        return obj.name
    return getattr(obj, "title", "") or ""


BUDGET_FIELDS = ("year", "label", "category", "country", "planned", "committed", "paid")


def _budget_lines(data) -> list[BudgetLine]:
    """The budget lines of an agreement's or an event's input, in their order (replaced whole)."""
    return [BudgetLine(position=position, cofinancers=list(item.cofinancers),
                       **{f: getattr(item, f) for f in BUDGET_FIELDS})
            for position, item in enumerate(data.budget_lines)]


def _budget_changed(obj, data) -> bool:
    """Whether the input's budget lines differ from the record's (same lines: the rows are kept)."""
    def row(b):
        return (*(getattr(b, f) for f in BUDGET_FIELDS), tuple(b.cofinancers or ()))
    return [row(b) for b in obj.budget_lines] != [row(b) for b in data.budget_lines]


def _budget_out(obj) -> list[BudgetLineOut]:
    return [BudgetLineOut(cofinancers=list(b.cofinancers or []), **{f: getattr(b, f) for f in BUDGET_FIELDS})
            for b in obj.budget_lines]


def _base(obj) -> dict[str, Any]:
    return {
        "id": obj.public_id, "version": obj.version, "created_at": obj.created_at, "updated_at": obj.updated_at,
        "created_by": obj.created_by, "updated_by": obj.updated_by, "deleted_at": obj.deleted_at,
        "extra": dict(obj.extra or {}),
    }


def _fold_all(*parts) -> str:
    flat: list[str] = []
    for part in parts:
        if part is None:
            continue
        if isinstance(part, list | tuple):
            flat.extend(str(p) for p in part if p)
        else:
            flat.append(str(part))
    return fold(" ".join(flat))


@dataclass
class Context:
    session: Session
    actor: str | None
    create_missing_links: bool = False


class Spec:
    kind: ClassVar[str]
    model: ClassVar[type]
    schema_in: ClassVar[type]
    schema_out: ClassVar[type]
    simple_fields: ClassVar[tuple[str, ...]] = ()

    def apply(self, ctx: Context, obj, data) -> None:
        for field in self.simple_fields:
            setattr(obj, field, getattr(data, field))
        obj.extra = dict(data.extra)
        self.apply_links(ctx, obj, data)
        self.refresh_keys(obj)

    def apply_links(self, ctx: Context, obj, data) -> None:
        pass

    def refresh_keys(self, obj) -> None:
        obj.search_text = self.search_text(obj)

    def search_text(self, obj) -> str:
        raise NotImplementedError

    def out(self, obj):
        raise NotImplementedError

    def in_from_out(self, snapshot: dict[str, Any]):
        """An ``XxxIn`` that writes a snapshot back (used by undo and history restore)."""
        fields = self.schema_in.model_fields
        data = {k: v for k, v in snapshot.items() if k in fields}
        for key, value in list(data.items()):
            if isinstance(value, dict) and set(value) == {"id", "name"}:
                data[key] = value["id"]
            elif isinstance(value, list) and value and isinstance(value[0], dict) and set(value[0]) == {"id", "name"}:
                data[key] = [v["id"] for v in value]
        return self.schema_in.model_validate(data)

    def name(self, obj) -> str:
        return display_name(obj)


class PartnerSpec(Spec):
    kind, model, schema_in, schema_out = "partner", Partner, PartnerIn, PartnerOut
    simple_fields = ("name", "kind", "country", "city", "website", "email", "phone", "status", "active",
                     "partner_since", "referent", "description", "notes")

    def apply_links(self, ctx, obj, data: PartnerIn):
        obj.domains = links.domains(ctx.session, data.domains)

    def refresh_keys(self, obj):
        obj.name_key = name_key(obj.name)
        super().refresh_keys(obj)

    def search_text(self, obj: Partner) -> str:
        return _fold_all(obj.name, obj.city, obj.country, country_name(obj.country, "fr"), country_name(obj.country, "en"),
                         [d.name for d in obj.domains] if "domains" in obj.__dict__ else None,
                         obj.referent, obj.email, obj.description, obj.notes)

    def out(self, obj: Partner) -> PartnerOut:
        fields = {f: getattr(obj, f) for f in self.simple_fields}
        return PartnerOut(**_base(obj), **fields, domains=[d.name for d in obj.domains])


class AgreementSpec(Spec):
    kind, model, schema_in, schema_out = "agreement", Agreement, AgreementIn, AgreementOut
    simple_fields = ("title", "kind", "status", "signed_on", "signed_at", "starts_on", "ends_on", "duration_years",
                     "renewal", "notice_months", "signatories", "summary", "budget", "cofinancing_rate", "funders", "notes")

    def apply_links(self, ctx, obj: Agreement, data: AgreementIn):
        partners = []
        for ref in data.partners:
            partner = links.partner_ref(ctx.session, "partners", ref, ctx.create_missing_links, ctx.actor)
            if partner not in partners:
                partners.append(partner)
        obj.partners = partners
        obj.domains = links.domains(ctx.session, data.domains)
        obj.funders = list(data.funders)
        if _budget_changed(obj, data):
            obj.budget_lines = _budget_lines(data)

    def after_flush(self, session: Session, obj: Agreement) -> None:
        from db.models import agreement_partners

        for position, partner in enumerate(obj.partners):
            session.execute(agreement_partners.update().where(
                agreement_partners.c.agreement_id == obj.id, agreement_partners.c.partner_id == partner.id
            ).values(position=position))

    def search_text(self, obj: Agreement) -> str:
        return _fold_all(obj.title, [p.name for p in obj.partners], vocab.AGREEMENT_KIND.label(obj.kind),
                         [d.name for d in obj.domains], obj.signed_at, obj.summary, obj.signatories, obj.notes)

    def out(self, obj: Agreement) -> AgreementOut:
        fields = {f: getattr(obj, f) for f in self.simple_fields}
        fields["funders"] = list(obj.funders or [])
        docs = [DocumentOut(id=d.public_id, name=d.original_name, stored_name=d.stored_name, size=d.size,
                            added_at=d.added_at, added_by=d.added_by) for d in obj.documents]
        return AgreementOut(**_base(obj), **fields, partners=[_link(p) for p in obj.partners],
                            domains=[d.name for d in obj.domains], documents=docs, budget_lines=_budget_out(obj))


class ContactSpec(Spec):
    kind, model, schema_in, schema_out = "contact", Contact, ContactIn, ContactOut
    simple_fields = ("civility", "first_name", "last_name", "job_title", "organisation", "country", "purpose",
                     "source", "last_contact_on", "notes", "address", "no_contact")

    def apply(self, ctx, obj: Contact, data: ContactIn):
        if data.last_name and not data.first_name and " " in data.last_name:
            first, last = split_person_name(data.last_name)
            data = data.model_copy(update={"first_name": first, "last_name": last})
        obj.emails = list(data.emails)   # before the keys: a new contact is inserted whole, at version 1
        obj.phones = [p.model_dump() for p in data.phones]
        obj.languages = list(data.languages)
        super().apply(ctx, obj, data)

    def apply_links(self, ctx, obj: Contact, data: ContactIn):
        partners = []
        for ref in data.partners:
            partner = links.partner_ref(ctx.session, "partners", ref, ctx.create_missing_links, ctx.actor)
            if partner not in partners:
                partners.append(partner)
        obj.partners = partners

    def refresh_keys(self, obj: Contact):
        obj.name_key = person_key(obj.first_name, obj.last_name)
        obj.sort_name = fold(f"{obj.last_name or ''} {obj.first_name or ''}")
        super().refresh_keys(obj)

    def search_text(self, obj: Contact) -> str:
        partners = [p.name for p in obj.partners] if "partners" in obj.__dict__ else None
        return _fold_all(obj.first_name, obj.last_name, obj.job_title, obj.organisation, partners, obj.emails,
                         obj.languages, country_name(obj.country, "fr"), obj.notes)

    def out(self, obj: Contact) -> ContactOut:
        fields = {f: getattr(obj, f) for f in self.simple_fields}
        return ContactOut(**_base(obj), **fields, full_name=obj.full_name, anonymised_at=obj.anonymised_at,
                          retention_kept_on=obj.retention_kept_on, partners=[_link(p) for p in obj.partners],
                          emails=list(obj.emails or []), phones=list(obj.phones or []),
                          languages=list(obj.languages or []))


class EventSpec(Spec):
    kind, model, schema_in, schema_out = "event", Event, EventIn, EventOut
    simple_fields = ("title", "kind", "starts_on", "ends_on", "place", "attendance", "summary", "notes")

    def apply_links(self, ctx, obj: Event, data: EventIn):
        def partners(refs, field):
            result = []
            for ref in refs:
                partner = links.partner_ref(ctx.session, field, ref, ctx.create_missing_links, ctx.actor)
                if partner not in result:
                    result.append(partner)
            return result

        obj.organisers = partners(data.organisers, "organisers")
        obj.partners = partners(data.partners, "partners")
        existing = {s.public_id: s for s in obj.sessions}
        sessions = []
        for position, item in enumerate(data.sessions):
            session_obj = existing.get(item.public_id or "") or EventSession(public_id=new_public_id())
            session_obj.position = position
            for field in ("title", "kind", "date", "start_time", "end_time", "room", "attendance", "minutes", "takeaways"):
                setattr(session_obj, field, getattr(item, field))

            def person(ref, field, i=position):
                if not ref:
                    return None
                return links.contact_ref(ctx.session, f"sessions.{i}.{field}", ref, ctx.create_missing_links, ctx.actor)

            session_obj.moderator = person(item.moderator, "moderator")
            session_obj.rapporteur = person(item.rapporteur, "rapporteur")
            speakers = []
            for ref in item.speakers:
                contact = person(ref, "speakers")
                if contact not in speakers:
                    speakers.append(contact)
            session_obj.speakers = speakers
            sessions.append(session_obj)
        obj.sessions = sessions
        participants = []
        for position, item in enumerate(data.participants):
            contact = None
            if item.contact:  # a link exported from another catalogue is found again by its name
                contact = links.find_contact(ctx.session, item.contact) or (
                    links.find_contact(ctx.session, item.contact_name) if item.contact_name else None)
                if contact is None:
                    raise LinkError(f"participants.{position}.contact", item.contact)
            organisation = item.organisation or (contact.organisation if contact is not None else None)
            participants.append(EventParticipant(position=position, name=item.name, organisation=organisation,
                                                 contact=contact, invited_on=item.invited_on, response=item.response,
                                                 attended=item.attended, sessions=list(item.sessions)))
        obj.participants = participants
        if _budget_changed(obj, data):
            obj.budget_lines = _budget_lines(data)

    def after_flush(self, session: Session, obj: Event) -> None:
        from db.models import event_organisers, session_speakers

        for position, partner in enumerate(obj.organisers):
            session.execute(event_organisers.update().where(
                event_organisers.c.event_id == obj.id, event_organisers.c.partner_id == partner.id
            ).values(position=position))
        for s in obj.sessions:
            for position, contact in enumerate(s.speakers):
                session.execute(session_speakers.update().where(
                    session_speakers.c.event_session_id == s.id, session_speakers.c.contact_id == contact.id
                ).values(position=position))

    def refresh_keys(self, obj: Event):
        obj.name_key = name_key(obj.title)
        super().refresh_keys(obj)

    def search_text(self, obj: Event) -> str:
        return _fold_all(obj.title, obj.place, vocab.EVENT_KIND.label(obj.kind), [p.name for p in obj.organisers],
                         [p.name for p in obj.partners], [s.title for s in obj.sessions], obj.summary, obj.notes)

    def out(self, obj: Event) -> EventOut:
        fields = {f: getattr(obj, f) for f in self.simple_fields}
        sessions = [
            SessionOut(id=s.public_id, title=s.title, kind=s.kind, date=s.date, start_time=s.start_time,
                       end_time=s.end_time, room=s.room, moderator=_link(s.moderator),
                       speakers=[_link(c) for c in s.speakers], rapporteur=_link(s.rapporteur),
                       attendance=s.attendance, minutes=s.minutes, takeaways=s.takeaways)
            for s in obj.sessions
        ]
        participants = [ParticipantOut(name=p.name, organisation=p.organisation, contact=_link(p.contact),
                                       invited_on=p.invited_on, response=p.response, attended=p.attended,
                                       sessions=list(p.sessions or []))
                        for p in obj.participants]
        return EventOut(**_base(obj), **fields, organisers=[_link(p) for p in obj.organisers],
                        partners=[_link(p) for p in obj.partners], sessions=sessions, participants=participants,
                        budget_lines=_budget_out(obj))

    def in_from_out(self, snapshot):
        snapshot = dict(snapshot)
        snapshot["sessions"] = [
            {**{k: v for k, v in s.items() if k not in ("id", "moderator", "rapporteur", "speakers")},
             "public_id": s.get("id"),
             "moderator": (s.get("moderator") or {}).get("id"), "rapporteur": (s.get("rapporteur") or {}).get("id"),
             "speakers": [p["id"] for p in s.get("speakers") or []]}
            for s in snapshot.get("sessions") or []
        ]
        return super().in_from_out(snapshot)


class FollowUpSpec(Spec):
    kind, model, schema_in, schema_out = "followup", FollowUp, FollowUpIn, FollowUpOut
    simple_fields = ("title", "details", "owner", "due_on", "status", "priority", "completed_on", "cost")
    LINKS = ("partner", "agreement", "contact", "event", "session")

    def apply_links(self, ctx, obj: FollowUp, data: FollowUpIn):
        s = ctx.session
        obj.partner = links.partner_ref(s, "partner", data.partner, ctx.create_missing_links, ctx.actor) if data.partner else None
        obj.contact = links.contact_ref(s, "contact", data.contact, ctx.create_missing_links, ctx.actor) if data.contact else None
        for field, finder in (("agreement", links.find_agreement), ("event", links.find_event), ("session", links.find_session)):
            ref = getattr(data, field)
            target = finder(s, ref) if ref else None
            if ref and target is None:
                from db.services.errors import LinkError

                raise LinkError(field, ref)
            setattr(obj, field, target)
        if obj.session is not None and obj.event is None:
            obj.event = obj.session.event

    def refresh_keys(self, obj: FollowUp):
        obj.name_key = name_key(obj.title)
        super().refresh_keys(obj)

    def search_text(self, obj: FollowUp) -> str:
        return _fold_all(obj.title, obj.owner, obj.details, *(display_name(getattr(obj, f)) for f in self.LINKS if getattr(obj, f) is not None))

    def out(self, obj: FollowUp) -> FollowUpOut:
        fields = {f: getattr(obj, f) for f in self.simple_fields}
        return FollowUpOut(**_base(obj), **fields, **{f: _link(getattr(obj, f)) for f in self.LINKS})


class InteractionSpec(Spec):
    kind, model, schema_in, schema_out = "interaction", Interaction, InteractionIn, InteractionOut
    simple_fields = ("kind", "occurred_on", "people", "note")

    def apply(self, ctx, obj: Interaction, data: InteractionIn):
        for field in self.simple_fields:
            setattr(obj, field, getattr(data, field))
        s = ctx.session
        obj.partner = links.partner_ref(s, "partner", data.partner, False, ctx.actor) if data.partner else None
        obj.contact = links.contact_ref(s, "contact", data.contact, False, ctx.actor) if data.contact else None
        obj.search_text = self.search_text(obj)
        if obj.contact is not None and (obj.contact.last_contact_on is None or obj.contact.last_contact_on < obj.occurred_on):
            obj.contact.last_contact_on = obj.occurred_on

    def search_text(self, obj: Interaction) -> str:
        """Its kind (both languages), the people, the note, and the partner's and contact's names."""
        return _fold_all(vocab.INTERACTION_KIND.labels.get(obj.kind), obj.people, obj.note,
                         display_name(obj.partner) if obj.partner is not None else None,
                         display_name(obj.contact) if obj.contact is not None else None)

    def out(self, obj: Interaction) -> InteractionOut:
        return InteractionOut(**_base(obj), kind=obj.kind, occurred_on=obj.occurred_on, partner=_link(obj.partner),
                              contact=_link(obj.contact), people=obj.people, note=obj.note)

    def name(self, obj) -> str:
        return f"{vocab.INTERACTION_KIND.label(obj.kind)} {obj.occurred_on:%d/%m/%Y}"


SPECS: dict[str, Spec] = {spec.kind: spec for spec in (
    PartnerSpec(), AgreementSpec(), ContactSpec(), EventSpec(), FollowUpSpec(), InteractionSpec()
)}
