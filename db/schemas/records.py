"""Input schemas (``XxxIn``): one per kind, shared by forms, spreadsheet import and the CLI."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from db.schemas import vocab
from db.schemas.fields import (
    ActiveFlag,
    Amount,
    Count,
    Country,
    Day,
    Email,
    EmailList,
    Extra,
    LongText,
    Months,
    Name,
    Partial,
    Phone,
    Rate,
    ShortText,
    TextList,
    Url,
    choice,
    clean_text,
)


def _vocab(v: vocab.Vocabulary):
    return Annotated[str | None, choice(v.codes, v.all_synonyms())]


def _required(value: str | None) -> str:
    if value is None:
        raise PydanticCustomError("required", "required: {value}", {"value": ""})
    return value


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True, str_strip_whitespace=False,
                              defer_build=True)  # validators built at first use: start-up time


class PhoneIn(Schema):
    kind: ShortText = "phone"
    number: Phone = None


class PartnerIn(Schema):
    name: Name = None
    kind: _vocab(vocab.PARTNER_KIND) = None
    country: Country = None
    city: ShortText = None
    website: Url = None
    email: Email = None
    phone: Phone = None
    domains: TextList = Field(default_factory=list)
    status: _vocab(vocab.PARTNER_STATUS) = "active"
    active: ActiveFlag = None  # follows the status (« En sommeil » is not active) unless a file says otherwise
    partner_since: Partial = None
    referent: ShortText = None
    description: LongText = None
    notes: LongText = None
    extra: Extra = Field(default_factory=dict)

    _name = field_validator("name")(classmethod(lambda cls, v: _required(v)))

    @model_validator(mode="after")
    def _defaults(self):
        if self.status is None:
            self.status = "active" if self.active is not False else "dormant"
        if self.active is None:
            self.active = self.status != "dormant"
        return self


class _BudgetFields(Schema):
    """What a budget line says: its year, label, category, country, amounts and co-financers."""

    year: Count = None
    label: ShortText = None
    category: _vocab(vocab.BUDGET_CATEGORY) = None
    country: Country = None
    planned: Amount = None
    committed: Amount = None
    paid: Amount = None
    cofinancers: TextList = Field(default_factory=list)


class BudgetLineIn(_BudgetFields):
    """The money of one year on an agreement or an event (``db.models.BudgetLine``)."""

    @field_validator("year")
    @classmethod
    def _year(cls, value):
        if value is None:
            raise PydanticCustomError("required", "required: {value}", {"value": ""})
        if not 1900 <= value <= 2200:
            raise PydanticCustomError("year_invalid", "invalid year: {value}", {"value": str(value)})
        return value


class AgreementIn(Schema):
    title: Name = None
    kind: _vocab(vocab.AGREEMENT_KIND) = None
    status: _vocab(vocab.AGREEMENT_STATUS) = "draft"
    partners: list[str] = Field(default_factory=list)  # public ids or names, resolved by the service
    domains: TextList = Field(default_factory=list)
    signed_on: Partial = None
    signed_at: ShortText = None
    starts_on: Partial = None
    ends_on: Partial = None
    duration_years: Count = None
    renewal: _vocab(vocab.RENEWAL) = "none"
    notice_months: Months = None
    signatories: LongText = None
    summary: LongText = None
    budget: Amount = None
    cofinancing_rate: Rate = None
    funders: TextList = Field(default_factory=list)
    notes: LongText = None
    budget_lines: list[BudgetLineIn] = Field(default_factory=list)
    extra: Extra = Field(default_factory=dict)

    _title = field_validator("title")(classmethod(lambda cls, v: _required(v)))

    @model_validator(mode="before")
    @classmethod
    def _budget_columns(cls, data):
        """Amounts per year kept as columns (« Budget 2025 », « Versé 2024 ») become budget lines."""
        from db.schemas.budget_columns import from_columns

        return from_columns(data)

    @field_validator("partners", mode="before")
    @classmethod
    def _partners(cls, value):
        from db.schemas.fields import split_list
        return split_list(value, 300)

    @model_validator(mode="after")
    def _dates(self):
        self.status = self.status or "draft"
        self.renewal = self.renewal or "none"
        if self.starts_on and self.ends_on and self.ends_on.last_day() < self.starts_on.first_day():
            raise PydanticCustomError("end_before_start", "ends_on before starts_on: {value}", {"value": self.ends_on.iso()})
        return self


class ContactIn(Schema):
    civility: ShortText = None
    first_name: ShortText = None
    last_name: ShortText = None
    job_title: ShortText = None
    organisation: ShortText = None
    partners: list[str] = Field(default_factory=list)
    emails: EmailList = Field(default_factory=list)
    phones: list[PhoneIn] = Field(default_factory=list)
    languages: TextList = Field(default_factory=list)
    country: Country = None
    purpose: ShortText = None
    source: ShortText = None
    last_contact_on: Day = None
    notes: LongText = None
    address: LongText = None  # postal address (address labels, invitation letters)
    no_contact: bool = False  # the person objects to being contacted (GDPR): left out of mailings and invitations
    extra: Extra = Field(default_factory=dict)

    @field_validator("partners", mode="before")
    @classmethod
    def _partners(cls, value):
        from db.schemas.fields import split_list
        return split_list(value, 300)

    @field_validator("no_contact", mode="before")
    @classmethod
    def _no_contact(cls, value):  # « oui », « x », « VRAI » as a spreadsheet says it; blank is no objection
        from db.schemas.fields import normalise_bool
        return bool(normalise_bool(value)) if not isinstance(value, bool) else value

    @field_validator("phones", mode="before")
    @classmethod
    def _phones(cls, value):
        if value is None:
            return []
        if isinstance(value, str):
            from db.schemas.fields import split_list
            return [{"kind": "phone", "number": n} for n in split_list(value.replace(",", ";"), 60)]
        return [p for p in value if not (isinstance(p, dict) and not p.get("number"))]

    @model_validator(mode="after")
    def _name(self):
        if not self.first_name and not self.last_name:
            raise PydanticCustomError("required", "a contact needs a name: {value}", {"value": ""})
        self.phones = [p for p in self.phones if p.number]
        return self


class SessionIn(Schema):
    public_id: ShortText = None  # set when editing an existing session
    title: Name = None
    kind: _vocab(vocab.SESSION_KIND) = None
    date: Partial = None
    start_time: ShortText = None
    end_time: ShortText = None
    room: ShortText = None
    moderator: ShortText = None  # contact public id or name
    speakers: list[str] = Field(default_factory=list)
    rapporteur: ShortText = None
    attendance: Count = None
    minutes: LongText = None
    takeaways: LongText = None

    _title = field_validator("title")(classmethod(lambda cls, v: _required(v)))

    @field_validator("speakers", mode="before")
    @classmethod
    def _speakers(cls, value):
        from db.schemas.fields import split_list
        return split_list(value, 300)

    @field_validator("start_time", "end_time", mode="before")
    @classmethod
    def _time(cls, value):
        from db.schemas.times import normalise_time
        return normalise_time(value)


class ParticipantIn(Schema):
    """One line of an event's attendance list: a name, an organisation, optionally the contact it is."""

    name: Name = None
    organisation: ShortText = None
    contact: ShortText = None  # contact public id or name (a {"id", "name"} link is accepted)
    contact_name: ShortText = None  # a link's name: found by name when its id is another catalogue's
    invited_on: Day = None
    response: _vocab(vocab.RESPONSE) = None
    attended: bool = True  # a line of the attendance list came; an invitation not yet answered has False
    sessions: list[str] = Field(default_factory=list)  # public ids of the sessions they signed for

    _name = field_validator("name")(classmethod(lambda cls, v: _required(v)))

    @model_validator(mode="before")
    @classmethod
    def _link(cls, data):
        if isinstance(data, dict) and isinstance(data.get("contact"), dict):
            link = data["contact"]
            data = {**data, "contact": link.get("id") or link.get("name"), "contact_name": link.get("name")}
        return data


class EventIn(Schema):
    title: Name = None
    kind: _vocab(vocab.EVENT_KIND) = None
    starts_on: Partial = None
    ends_on: Partial = None
    place: ShortText = None
    organisers: list[str] = Field(default_factory=list)
    partners: list[str] = Field(default_factory=list)
    attendance: Count = None
    summary: LongText = None
    notes: LongText = None
    sessions: list[SessionIn] = Field(default_factory=list)
    participants: list[ParticipantIn] = Field(default_factory=list)
    budget_lines: list[BudgetLineIn] = Field(default_factory=list)
    extra: Extra = Field(default_factory=dict)

    _title = field_validator("title")(classmethod(lambda cls, v: _required(v)))

    @model_validator(mode="before")
    @classmethod
    def _budget_columns(cls, data):
        """Amounts per year kept as columns (« Budget 2025 », « Versé 2024 ») become budget lines."""
        from db.schemas.budget_columns import from_columns

        return from_columns(data)

    @field_validator("participants", mode="before")
    @classmethod
    def _participants(cls, value):
        """A list of participants, or text with one per line ("Ji-woo Park — Ville de Busan")."""
        if isinstance(value, str):
            from db.schemas.fields import participant_lines

            return participant_lines(value)
        return value if value is not None else []

    @field_validator("organisers", "partners", mode="before")
    @classmethod
    def _lists(cls, value):
        from db.schemas.fields import split_list
        return split_list(value, 300)

    @model_validator(mode="after")
    def _dates(self):
        if self.starts_on and self.ends_on and self.ends_on.last_day() < self.starts_on.first_day():
            raise PydanticCustomError("end_before_start", "ends_on before starts_on: {value}", {"value": self.ends_on.iso()})
        return self


class FollowUpIn(Schema):
    title: Name = None
    details: LongText = None
    owner: ShortText = None
    due_on: Partial = None
    status: _vocab(vocab.FOLLOWUP_STATUS) = "open"
    priority: _vocab(vocab.PRIORITY) = "normal"
    completed_on: Day = None
    cost: Amount = None
    partner: ShortText = None  # public id or name of the linked record
    agreement: ShortText = None
    contact: ShortText = None
    event: ShortText = None
    session: ShortText = None
    extra: Extra = Field(default_factory=dict)

    _title = field_validator("title")(classmethod(lambda cls, v: _required(v)))

    @model_validator(mode="after")
    def _defaults(self):
        self.status = self.status or "open"
        self.priority = self.priority or "normal"
        if self.status == "open":
            self.completed_on = None
        return self


class InteractionIn(Schema):
    kind: _vocab(vocab.INTERACTION_KIND) = "meeting"
    occurred_on: Day = None
    partner: ShortText = None
    contact: ShortText = None
    people: ShortText = None
    note: LongText = None

    @model_validator(mode="after")
    def _check(self):
        if self.occurred_on is None:
            raise PydanticCustomError("required", "date required: {value}", {"value": ""})
        if not self.partner and not self.contact:
            raise PydanticCustomError("link_required", "an interaction needs a partner or a contact: {value}", {"value": ""})
        self.kind = self.kind or "meeting"
        return self


class BudgetRowIn(_BudgetFields):
    """One row of a budget table (``db.interchange.imports.budget_rows``): the agreement or the event
    it belongs to (a title or an identifier), or the partner whose one agreement it belongs to
    (``budget_partners`` finds it), and its budget lines, one per year. The other fields name the
    table's columns (what ``--map`` may give); the lines hold their values."""

    agreement: ShortText = None
    event: ShortText = None
    partner: ShortText = None   # only when the row names neither an agreement nor an event
    measure: ShortText = None   # « Prévu », « Payé »: what the year columns of the row hold
    lines: list[BudgetLineIn] = Field(default_factory=list)


# the schema of each kind of record, by the kind's code
SCHEMAS = {"partner": PartnerIn, "agreement": AgreementIn, "contact": ContactIn, "event": EventIn,
           "session": SessionIn, "followup": FollowUpIn, "interaction": InteractionIn, "budget": BudgetRowIn}

__all__ = ["SCHEMAS", "AgreementIn", "BudgetRowIn", "ContactIn", "EventIn", "FollowUpIn", "InteractionIn", "PartnerIn",
           "PhoneIn", "SessionIn", "clean_text"]
