"""One spreadsheet row -> the data of an ``XxxIn`` schema, with every problem named (column, value, reason).

Values go through the catalogue's own normalisers; a value that fails is not stored as valid: it is
kept as an extra attribute under its column header and reported as a warning. A missing required
value rejects the row.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError
from pydantic_core import PydanticCustomError

from db.interchange.imports import vocabulary as V
from db.interchange.imports.cell_values import (
    KEPT_IN,
    LONG_HOME,
    TITLE_LIMIT,
    _email_items,
    _kept_lines,
    _person,
    _phone,
    _split_time,
    _status_flag,
    _vocab_value,
    dated_time,
    french_national,
    is_placeholder,
    kind_in_title,
    numbered_speakers,
    plain_email,
    room_line,
    session_people,
    short_title,
    shown,
    split_names,
)
from db.interchange.imports.date_order import day_first
from db.interchange.imports.layout import Column, Table
from db.interchange.imports.readers import Uncached
from db.interchange.imports.reasons import Reason, schema_error_reason
from db.interchange.imports.relation_cells import partner_columns, relation_row
from db.interchange.imports.row_plan import Problem, RowPlan, keep_original, same_digits
from db.schemas import vocab
from db.schemas.fields import EXTRA_MAX_LENGTH, normalise_email, split_list
from db.schemas.messages import field_label
from db.schemas.records import SCHEMAS
from db.services.links import is_public_id
from db.text import name_key

VOCAB_FIELDS = {("partner", "kind"): vocab.PARTNER_KIND, ("partner", "status"): vocab.PARTNER_STATUS,
                ("agreement", "kind"): vocab.AGREEMENT_KIND, ("agreement", "status"): vocab.AGREEMENT_STATUS,
                ("agreement", "renewal"): vocab.RENEWAL, ("event", "kind"): vocab.EVENT_KIND,
                ("session", "kind"): vocab.SESSION_KIND, ("followup", "status"): vocab.FOLLOWUP_STATUS,
                ("followup", "priority"): vocab.PRIORITY, ("interaction", "kind"): vocab.INTERACTION_KIND}
REQUIRED_REASON = {kind: Reason(f"required_{kind}") for kind in V.KINDS}
DATE_FIELDS = {"partner_since", "signed_on", "starts_on", "ends_on", "due_on", "date", "completed_on",
               "last_contact_on", "occurred_on"}
BOOL_FIELDS = {"active", "done"}
_YMD = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_TICKS = {"✓": "oui", "✔": "oui", "☑": "oui", "☒": "non", "✗": "non", "✘": "non"}
PRENORMALISED = {"partner": ("email", "phone")}
# addresses email_validator accepts unchanged apart from case (ASCII, dotted domain with a 2+ letter TLD)
EXCEL_ERRORS = {"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#GETTING_DATA"}
COMPACT: dict = {}  # cells and data of the compact rows of a big sheet (read only): only their model is kept


class Converter:
    """Turns rows of one table into ``RowPlan`` objects."""

    def __init__(self, table: Table, hyperlinks: dict | None = None):
        self.table = table
        self.kind = table.kind
        self.schema = SCHEMAS[table.kind]
        self.hyperlinks = hyperlinks or {}
        self.columns = [c for c in table.columns if c.target != "ignore"]
        # an "Identifiant" column (our exports) holds the records' public ids: rows update those records
        self.id_columns = [c for c in table.columns if c.target in ("ignore", "extra") and V.is_public_id_header(c.header)]
        self._memo: dict = {}
        self._fields = frozenset(self.schema.model_fields)
        self.fast = None  # a FastValidator for big sheets (see plan_sheet)
        # values the import writes differently (names re-cased, phones to E.164): column -> [count, old, new]
        self.changes: dict[tuple[str, str], list] = {}
        # the user's reading of a closed vocabulary's values (--value "Statut:Clôturée=expired", a profile)
        self.values = {header: {name_key(v): code for v, code in chosen.items()}
                       for header, chosen in (table.values or {}).items()}

    def _changed(self, plan: RowPlan | None, header: str | None, field: str, what: str, old, new) -> None:
        """A value written otherwise than in the file: counted for the column's remark, and its
        original kept with the row (written to the record's history) unless only its layout
        changed (a phone whose every digit is kept: "04 65 12 34 56" is "+33465123456")."""
        if plan is not None and not (what == "reformatted" and same_digits(old, new)):
            keep_original(plan, field, old)
        if header is None:
            return
        entry = self.changes.get((header, what))
        if entry is None:
            self.changes[(header, what)] = [1, shown(old), shown(new)]
        else:
            entry[0] += 1

    def convert(self, number: int, values: list) -> RowPlan:
        plan = RowPlan(self.table.sheet, number, self.kind, self.cells(values))
        self.refresh(plan)
        return plan

    def cells(self, values: list) -> dict[int, Any]:
        """The row's cells the table reads (its columns', its identifiers'), by column index."""
        return {c.index: (values[c.index] if c.index < len(values) else None) for c in (*self.columns, *self.id_columns)}

    def refresh(self, plan: RowPlan) -> None:
        """(Re)compute data, model and problems from the row's cells (after a correction too)."""
        plan.problems = []
        plan.data, plan.model = {}, None
        plan.originals = None
        if plan.status in ("rejected", "ok"):
            plan.status = "ok"
        fields: dict[str, list[tuple[Column, Any]]] = {}
        extra: dict[str, str] = {}
        cells = plan.cells
        plan.public_id = None
        for column in self.id_columns:
            value = cells.get(column.index)
            if isinstance(value, str) and is_public_id(value):
                plan.public_id = value.strip().lower()
        if self.table.id_column is not None:
            value = cells.get(self.table.id_column)
            plan.external_id = shown(value).strip() or None if value is not None else None
        links = self.hyperlinks if self.table.layout == "table" else None
        keep_blank = ("name", "title", "full_name", "last_name", "partners")
        for column in self.columns:
            value = cells.get(column.index)
            if value is None:
                continue
            if self.values and column.header in self.values:
                value = self.values[column.header].get(name_key(shown(value)), value)
            if isinstance(value, str) and value[:2].lstrip()[:1] == "#" and value.strip() in EXCEL_ERRORS:
                self._warn(plan, column, value, Reason("excel_error", value=value.strip()))
                continue
            if isinstance(value, Uncached):
                self._warn(plan, column, value, Reason("uncached_cell"))
                continue
            if isinstance(value, str) and len(value) < 12 and is_placeholder(value, column.target):
                self._changed(None, column.header, column.target, "placeholder", value, "")
                continue   # « None », « N/A », « undefined »: what a tool wrote for an empty cell
            link = links.get((plan.row, column.index)) if links else None
            if link:
                if column.target in ("website",) or (column.target in ("email", "emails") and link.lower().startswith("mailto:")):
                    value = link
                elif value is not None:
                    extra[f"{column.header} (lien)"] = link
            if value is None or (isinstance(value, str) and not value.strip() and column.target not in keep_blank):
                continue
            if column.target == "extra":
                text = shown(value)
                if len(text) > EXTRA_MAX_LENGTH:
                    self._warn(plan, column, text[:60] + "…", Reason("extra_cut", length=len(text),
                                                                      limit=EXTRA_MAX_LENGTH))
                    text = text[:EXTRA_MAX_LENGTH]
                extra[column.header] = text
                continue
            fields.setdefault(column.target, []).append((column, value))
        if self.kind == "budget":   # amounts by year: lines of an agreement or an event, read apart
            from db.interchange.imports.budget_rows import convert_budget_row

            convert_budget_row(self, plan, fields, extra)
            return
        try:
            data = self._assemble(plan, fields, extra)
        except PydanticCustomError as exc:   # a value no rule foresaw: the row is set aside and said, never a crash
            self._reject(plan, None, exc.context.get("value") if exc.context else None,
                         schema_error_reason({"type": exc.type, "loc": (), "msg": str(exc), "input": None,
                                        "ctx": exc.context or {}}))
            return
        plan.data = data
        if not data.get("kind") and (told := (V.partner_kind_of(data.get("name")) if self.kind == "partner" else None)
                                     or self.table.default_kind):
            data["kind"] = told   # "Universität Wien" is a university: said by its name; a grants register's rows
        self._validate(plan, data, fields, extra)

    # --- helpers ---------------------------------------------------------------------------------

    def _email(self, value) -> str | None:
        """``normalise_email`` with a memo and a fast path for plain ASCII addresses (same result)."""
        text = str(value).strip()
        hit = self._memo.get(("email", text))
        if hit is None:
            hit = plain_email(text) or normalise_email(value)
            if len(self._memo) < 20_000:
                self._memo[("email", text)] = hit
        return hit

    def _phone(self, value, region) -> str | None:
        local = self.table.phone_region
        key = ("phone", value if isinstance(value, str | int | float) else str(value), region := region or local)
        hit = self._memo.get(key)
        if hit is None:
            hit = (french_national(str(value).strip()) if local in (None, "FR") else None) or _phone(value, region, local)
            if len(self._memo) < 20_000:
                self._memo[key] = hit
        return hit

    def _warn(self, plan, column: Column | None, value, reason, severity="warning"):
        plan.problems.append(Problem(plan.sheet, plan.row, column.header if column else "", shown(value), reason, severity))

    def _reject(self, plan, column: Column | None, value, reason):
        plan.status = "rejected"
        self._warn(plan, column, value, reason, "error")

    def _first(self, fields, name):
        items = fields.get(name)
        return items[0] if items else (None, None)

    def _assemble(self, plan: RowPlan, fields, extra) -> dict[str, Any]:
        kind = self.kind
        data: dict[str, Any] = {}
        joined = {"notes", "details", "domains", "languages", "partners"}
        for name, items in fields.items():
            if name in ("emails", "email", "phone", "mobile", "time", "full_name", "partner_country", "done", "event", "leader"):
                continue
            if name == "speakers":   # Presenter1, Company1, Presenter2…: everyone named, in order, with their company
                data[name] = numbered_speakers(items, extra)
            elif name in joined and len(items) > 1:
                data[name] = "\n".join(shown(v) for _c, v in items) if name in ("notes", "details") else \
                    [x for _c, v in items for x in split_list(shown(v))]
            else:
                column, value = items[0]
                if isinstance(value, str):
                    if name in DATE_FIELDS:
                        value = self._qualified(plan, column, day_first(value) if column.month_first else value, extra)
                    if name in DATE_FIELDS and (m := _YMD.match(value.strip())):
                        value = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"  # 2023/05/22 written year first
                    elif column.thousands:
                        value = value.replace(",", "")   # « 53,130 » in a column whose commas group thousands
                    elif name in BOOL_FIELDS and value.strip() in _TICKS:
                        value = _TICKS[value.strip()]
                    elif name == "room" and "\n" in value.strip():   # « 尚有空位\nRB105\n\n主議程軌 »: the room's line
                        value = room_line(value, column.header, extra)
                if (kind, name) in VOCAB_FIELDS:
                    code = _vocab_value(VOCAB_FIELDS[(kind, name)], value)
                    if code is None and name == "status":
                        code = _status_flag(kind, column.header, value)
                    if code is None:
                        extra[column.header] = shown(value)
                        self._warn(plan, column, value, Reason("unknown_value", value=shown(value), column=column.header),
                                   "info")
                        continue
                    value = code
                data[name] = value
        self._shorten_title(plan, fields, data, extra)
        # e-mails: one per address, an invalid one is kept aside, never stored as valid
        mail_field = "emails" if kind == "contact" else "email"
        good: list[str] = []
        for column, value in fields.get("emails", []) + fields.get("email", []):
            for item in _email_items(value):
                try:
                    email = self._email(item)
                except PydanticCustomError:
                    extra[column.header] = shown(value)
                    self._warn(plan, column, item, Reason("invalid_email", value=str(item).strip()))
                    continue
                if email and email not in good:
                    good.append(email)
        if good:
            data[mail_field] = good if kind == "contact" else good[0]
            if kind != "contact" and len(good) > 1:
                extra.setdefault("Autres courriels", ", ".join(good[1:]))
        phones: list[dict] = []   # phones
        region = None
        for column, value in fields.get("country", []):
            self._keep_nation(column, value, extra)
        for _c, value in fields.get("country", []) + fields.get("partner_country", []):
            region = self._country(value)[0]
            break
        for name in ("phone", "mobile"):
            for column, value in fields.get(name, []):
                try:
                    items = [value] if isinstance(value, int | float) else split_list(str(value).replace(",", ";"), 60)
                except PydanticCustomError:   # a sentence in a phone cell: kept as written, said below
                    items = [shown(value)]
                for item in items:
                    try:
                        number = self._phone(item, region)
                    except PydanticCustomError:
                        extra[column.header] = shown(value)
                        self._warn(plan, column, item, Reason("invalid_phone", value=shown(item)))
                        continue
                    if number:
                        phones.append({"kind": "mobile" if name == "mobile" else "phone", "number": number})
                        if number != str(item).strip():
                            self._changed(plan, column.header, "phones" if kind == "contact" else "phone", "reformatted",
                                          item, number)
        if kind == "contact":
            data["phones"] = phones
        elif phones:
            data["phone"] = phones[0]["number"]
        if kind == "contact":
            column, full = self._first(fields, "full_name")
            if full is not None and str(full).strip():
                from db.services.specs import split_person_name

                words = str(full).split()
                if len(words) > 2 and name_key(words[0]) in V.CIVILITIES:   # « M. Christian JOUVE »
                    data.setdefault("civility", words.pop(0))
                first, last = split_person_name(" ".join(words))
                data.setdefault("first_name", first)
                data.setdefault("last_name", last)
            emails = data.get("emails") or []
            emails = [emails] if isinstance(emails, str) else list(emails)
            if not any(str(data.get(n) or "").strip() for n in ("first_name", "last_name")) and emails:
                # a person known by an address only: kept, the address standing for the name until corrected
                data["last_name"] = emails[0]
                self._warn(plan, self._first(fields, "emails")[0], emails[0], Reason("name_from_email", value=emails[0]), "warning")
            for name in ("first_name", "last_name"):
                if isinstance(data.get(name), str) and data[name] not in emails:
                    before = data[name].strip()
                    data[name] = _person(before)
                    if data[name] != before:
                        column = self._first(fields, name)[0] or self._first(fields, "full_name")[0]
                        self._changed(plan, column.header if column else None, name, "recased", before, data[name])
        if kind == "session":
            session_people(data, extra, lambda n: getattr(self._first(fields, n)[0], "header", n))
        if kind == "agreement" and self.table.layout == "relation":
            relation_row(self, plan, fields, extra, data)
        elif kind == "agreement":
            column, country = self._first(fields, "partner_country")
            # the partner's country as a code ("United States" -> US): the partner is found or created by it
            plan.partner_country = self._country(country)[0] if country is not None else None
            if country is not None:
                extra.setdefault(column.header, shown(country))
            partners = split_names(data.get("partners")) if not isinstance(data.get("partners"), list) else data["partners"]
            data["partners"] = partners
            if data.get("title") and not data.get("kind") and not any(c.target == "kind" for c in self.columns):
                data["kind"] = kind_in_title(vocab.AGREEMENT_KIND, data["title"])
            if len(partners) == 1 and extra:   # « Recipient Org: City » beside « Recipient Org: Name »
                details = partner_columns(getattr(self._first(fields, "partners")[0], "header", None), extra)
                plan.partner_details = [details] if details else None
            if not data.get("title") and partners:
                column, kind_value = self._first(fields, "kind")
                label = shown(kind_value).strip() if kind_value is not None else "Accord"
                data["title"] = f"{label} – {partners[0]}"
        if kind == "followup":
            column, done = self._first(fields, "done")
            if done is not None:
                from db.schemas.fields import flag_sense, normalise_bool

                try:
                    flag = normalise_bool(done, flag_sense(column.header) or "done")
                except PydanticCustomError:
                    flag = None
                    extra[column.header] = shown(done)
                    self._warn(plan, column, done, Reason("invalid_yes_no", value=shown(done)))
                if flag is not None and "status" not in data:
                    data["status"] = "done" if flag else "open"
        if kind == "session":
            for name in ("start_time", "end_time"):   # « 4/5/16 14:30 »: the session's day and its time
                column, value = self._first(fields, name)
                day, time = dated_time(day_first(value) if column and column.month_first else value, None)
                if day is not None:
                    data.setdefault("date", day)
                    data[name] = time
            start_value = data.get("start_time")
            if isinstance(start_value, str) and "end_time" not in data and _split_time(start_value)[1]:
                data["start_time"], data["end_time"] = _split_time(start_value)   # « 13:50-14:30 » as the start
            column, time = self._first(fields, "time")
            if time is not None:
                start, end = _split_time(time)
                data.setdefault("start_time", start)
                if end:
                    data.setdefault("end_time", end)
            column, event = self._first(fields, "event")
            if event is not None:
                plan.parent = shown(event).strip()
        if kind == "event" and "participants" in data:
            value = data["participants"]
            if isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit()):
                data.pop("participants")   # a head count under a "Participants" heading
                data.setdefault("attendance", value)
            else:
                from db.schemas.fields import participant_items

                data["participants"] = participant_items(shown(value))
        if kind == "event":
            for name in ("organisers", "partners"):
                if name in data and not isinstance(data[name], list):
                    data[name] = split_list(shown(data[name]), 300)
        if kind == "partner" and self.table.default_country and not data.get("country"):
            data["country"] = self.table.default_country   # the one country of the sheet's cities
        data["extra"] = extra
        return data

    def _qualified(self, plan: RowPlan, column: Column, value: str, extra: dict) -> str:
        """"vers 1995", "depuis 1991": the date is read, its qualifier kept as an attribute and shown;
        "16/10/2021 09:00": the field keeps the day, the attribute the cell as written."""
        from db.partial_date import qualifier_label, split_qualifier, time_of_day
        qualifier, rest = split_qualifier(value)
        if qualifier or time_of_day(value):
            extra[column.header] = value.strip()
        if not qualifier:
            return value
        self._warn(plan, column, value, Reason("qualified_date", value=value.strip(),
                                                qualifier=qualifier_label(qualifier)), "info")
        return rest

    def _shorten_title(self, plan: RowPlan, fields, data: dict, extra: dict) -> None:
        """A name or title longer than a record takes: a short one is made, the text kept whole."""
        for name in ("title", "name"):
            text = data.get(name)
            if not isinstance(text, str) or len(text.strip()) <= TITLE_LIMIT:
                continue
            column = fields[name][0][0]
            home = LONG_HOME.get(self.kind)
            if home and not data.get(home) and home not in fields:
                data[home] = text.strip()
            else:
                home = column.header
                extra[home] = text.strip()[:EXTRA_MAX_LENGTH]
            data[name] = short_title(text)
            self._warn(plan, column, data[name], Reason("title_shortened", length=len(text.strip()), value=data[name],
                                                         home=field_label(home) if home != column.header else home), "info")

    def _country(self, value) -> tuple[str | None, str | None]:
        """(code, nation) of a country cell, (None, None) when unknown; each distinct value read once."""
        from db.countries import country_and_nation

        key = ("country", str(value))
        if key not in self._memo:
            try:
                self._memo[key] = country_and_nation(shown(value)) or (None, None)
            except KeyError:
                self._memo[key] = (None, None)
        return self._memo[key]

    def _keep_nation(self, column: Column, value, extra: dict) -> None:
        """England, Scotland, Wales, Northern Ireland: the code is GB, the nation is kept."""
        nation = self._country(value)[1]
        if nation:
            extra[f"{column.header} (nation)"] = nation

    def _validate(self, plan: RowPlan, data: dict, fields, extra) -> None:
        required = {"partner": "name", "agreement": "partners", "event": "title", "session": "title",
                    "followup": "title", "interaction": "occurred_on"}.get(self.kind)
        if required and not (data.get(required) if not isinstance(data.get(required), str) else data[required].strip()):
            column = next((c for c in self.columns if c.target == required), None)
            value = plan.cells.get(column.index) if column else None
            reason = REQUIRED_REASON[self.kind]
            if isinstance(value, str) and value and not value.strip():
                reason = Reason("only_spaces", reason=reason)
            self._reject(plan, column, value, reason)
            return
        payload = {k: v for k, v in data.items() if k in self._fields}
        if "extra" not in self._fields and extra:
            # a session has no extra attributes: the file's other columns are kept in its minutes, said once
            payload[KEPT_IN[self.kind]] = _kept_lines(payload.get(KEPT_IN[self.kind]), extra)
        done = {k: payload.pop(k) for k in PRENORMALISED.get(self.kind, ()) if k in payload}   # normalised above: not twice
        for _attempt in range(12):
            try:
                plan.model = self.fast.validate(payload) if self.fast is not None else self.schema.model_validate(payload)
                if done:
                    plan.model.__dict__.update(done)
                    plan.model.model_fields_set.update(done)
                if "extra" in self._fields:
                    plan.model.extra.update({k: v for k, v in extra.items() if k not in plan.model.extra})
                countries = plan.partner_countries or ()
                if len(countries) == 2 and len(plan.model.partners) == 1 and countries[0] != countries[1]:
                    # Santarém (PT) twinned with Santarém (BR): two partners of one name, by their countries
                    plan.model.__dict__["partners"] = [plan.model.partners[0]] * 2
                return
            except ValidationError as exc:
                errors = exc.errors()
            err = errors[0]
            loc = err.get("loc") or ()
            name = loc[0] if loc else "ends_on" if err.get("type") == "end_before_start" else None   # the end is kept aside
            column = next((c for c in self.columns if c.target == name), None)
            if name is None or name in (required, "first_name", "last_name") or err.get("type") == "required":
                self._reject(plan, column, plan.cells.get(column.index) if column else "",
                             REQUIRED_REASON[self.kind] if err.get("type") == "required" else schema_error_reason(err))
                return
            value = payload.pop(name, None)
            if isinstance(value, list) and len(loc) > 1 and isinstance(loc[1], int):
                bad = value.pop(loc[1])
                payload[name] = value
                value = bad
            header = column.header if column else field_label(name)
            extra[header] = shown(value)
            if "extra" in self._fields:
                payload["extra"] = extra
            else:
                payload[KEPT_IN[self.kind]] = _kept_lines(payload.get(KEPT_IN[self.kind]), extra)
            self._warn(plan, column, value, Reason("invalid_kept", error=schema_error_reason(err)))
        self._reject(plan, None, "", Reason("too_many_invalid"))
