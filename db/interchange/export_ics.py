"""The office calendar: follow-ups with a due date, events and agreements' deadlines as an iCalendar file (RFC 5545).

Every entry is an all-day VEVENT (what Outlook and Thunderbird both import; VTODO is ignored by
Outlook's import). UIDs come from the records' public ids ("<public_id>@passerelles"), SEQUENCE
from their version and LAST-MODIFIED from their last change, so importing a newer export
updates the entries instead of duplicating them.

Partial dates: a follow-up due "2027-05" is due by the end of May, so it sits on 31 May; an
event known to the month spans the month's first day only and says so; an event known only to
the year is left out (it cannot be placed on a calendar).

Agreements in force have their deadlines as ``db.agreement_status`` computes them (the dashboard's
and the printouts' rules): the end of the current period (the day a tacit renewal renews itself, or
the end of an agreement that does not renew) and, for a tacit renewal with notice, the last day to
give notice while it is ahead. Their UIDs are stable (« <public_id>-end@passerelles »,
« <public_id>-notice@passerelles »): an edited date or the next period moves the entry instead of
adding one, its SEQUENCE growing with the record's version and the periods renewed. A reminder
(VALARM, ``REMINDER_DAYS`` before) rings before the notice day, or before the end when there is no
notice day ahead.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Alarm, Calendar
from icalendar import Event as VEvent

from db import __version__, agreement_status
from db.interchange.atomic import atomic_path
from db.partial_date import PartialDate
from db.schemas import vocab
from db.services import records

UID_DOMAIN = "passerelles"
PRODID = f"-//Passerelles//Passerelles {__version__}//FR"
REMINDER_DAYS = 30  # the reminder before a notice day (or an end without notice)


def uid(public_id: str) -> str:
    return f"{public_id}@{UID_DOMAIN}"


def _stamp(entry: VEvent, out) -> None:
    updated = out.updated_at.astimezone(dt.UTC)
    entry.add("dtstamp", updated)
    entry.add("last-modified", updated)
    entry.add("created", out.created_at.astimezone(dt.UTC))
    entry.add("sequence", max(0, out.version - 1))


def _all_day(entry: VEvent, first: dt.date, last: dt.date) -> None:
    entry.add("dtstart", first)  # a date, not a datetime: VALUE=DATE, an all-day entry
    entry.add("dtend", last + dt.timedelta(days=1))  # DTEND is exclusive
    entry.add("transp", "TRANSPARENT")  # a reminder does not make anyone busy


def followup_entry(out) -> VEvent | None:
    """An all-day entry on the follow-up's due day (the last day of a partial due date)."""
    if out.due_on is None:
        return None
    due: PartialDate = out.due_on
    entry = VEvent()
    entry.add("uid", uid(out.id))
    prefix = {"done": "[Fait] ", "cancelled": "[Annulé] "}.get(out.status, "")
    entry.add("summary", f"{prefix}Suivi : {out.title}")
    lines = []
    if due.precision != "day":
        lines.append(f"Échéance : {due.display('fr')} (au plus tard le {due.last_day():%d/%m/%Y}).")
    if out.owner:
        lines.append(f"Responsable : {out.owner}")
    for label, link in (("Partenaire", out.partner), ("Accord", out.agreement), ("Contact", out.contact),
                        ("Événement", out.event), ("Séance", out.session)):
        if link is not None:
            lines.append(f"{label} : {link.name}")
    lines.append(f"Statut : {vocab.FOLLOWUP_STATUS.label(out.status)} — priorité {vocab.PRIORITY.label(out.priority).lower()}")
    if out.status == "done" and out.completed_on:
        lines.append(f"Fait le {out.completed_on:%d/%m/%Y}")
    if out.details:
        lines += ["", out.details]
    entry.add("description", "\n".join(lines))
    entry.add("categories", ["Passerelles", "Suivi"])
    if out.priority == "high":
        entry.add("priority", 1)
    entry.add("status", "CANCELLED" if out.status == "cancelled" else "CONFIRMED")
    _all_day(entry, due.last_day(), due.last_day())
    _stamp(entry, out)
    return entry


def event_entry(out) -> VEvent | None:
    """An all-day entry over the event's days; None when its date is unknown or only a year."""
    start: PartialDate | None = out.starts_on
    if start is None or start.precision == "year":
        return None
    end: PartialDate = out.ends_on or start
    entry = VEvent()
    entry.add("uid", uid(out.id))
    summary = out.title
    lines = []
    if start.precision == "month":
        summary += f" ({start.display('fr')}, date à préciser)"
        first = last = start.first_day()
    else:
        first = start.first_day()
        last = end.as_date() or first
        last = max(last, first)
    entry.add("summary", summary)
    if out.kind:
        lines.append(vocab.EVENT_KIND.label(out.kind))
    if out.organisers:
        lines.append("Organisateurs : " + ", ".join(p.name for p in out.organisers))
    for s in out.sessions:
        when = " ".join(x for x in ((s.date.display("fr") if s.date else ""),
                                    "–".join(t for t in (s.start_time, s.end_time) if t)) if x)
        lines.append(f"• {s.title}" + (f" ({when})" if when else ""))
    if out.summary:
        lines += ["", out.summary]
    if lines:
        entry.add("description", "\n".join(lines))
    if out.place:
        entry.add("location", out.place)
    entry.add("categories", ["Passerelles", "Événement"])
    _all_day(entry, first, last)
    entry.add("status", "CONFIRMED")
    _stamp(entry, out)
    return entry


def _alarm(days: int, text: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", dt.timedelta(days=-days))  # before the entry's start: TRIGGER:-P30D
    return alarm


def agreement_entries(out, today: dt.date) -> list[VEvent]:
    """The agreement's end (or tacit renewal) day and, for a tacit renewal with notice still ahead, its
    notice day with a reminder ``REMINDER_DAYS`` before; none when it is not in force or open-ended."""
    state = agreement_status.of(out, today)
    if not state.in_force or state.until is None:
        return []
    lines = [f"Situation : {state.describe('fr')}"]
    if out.partners:
        lines.append("Partenaires : " + ", ".join(p.name for p in out.partners))
    if end := agreement_status.end_text(state, out.ends_on, "fr"):
        lines.append(f"Fin : {end}")
    if out.renewal:
        renewal = vocab.RENEWAL.label(out.renewal)
        notice = agreement_status.notice_text(out.notice_months, "fr")
        lines.append(f"Reconduction : {renewal}" + (f", {notice}" if notice else ""))
    deadlines = []
    notice_ahead = state.notice_on is not None and state.notice_on >= today
    if notice_ahead:
        deadlines.append(("notice", state.notice_on, "dernier jour pour dénoncer"))
    deadlines.append(("end", state.until, "reconduction tacite" if out.renewal == "tacit" else "fin"))
    entries = []
    for code, day, what in deadlines:
        entry = VEvent()
        entry.add("uid", f"{out.id}-{code}@{UID_DOMAIN}")
        entry.add("summary", f"Accord ({what}) : {out.title}")
        entry.add("description", "\n".join(lines))
        entry.add("categories", ["Passerelles", "Accord"])
        _all_day(entry, day, day)
        _stamp(entry, out)
        # the deadline moves to the next period by itself (a tacit renewal): the entry is the same one, updated
        entry["sequence"] = max(0, out.version - 1) + state.renewals
        if code == "notice" or not notice_ahead:
            entry.add_component(_alarm(REMINDER_DAYS, f"Dans {REMINDER_DAYS} jours — accord ({what}) : {out.title}"))
        entries.append(entry)
    return entries


def build(catalog, kind: str | None = None, search: str = "",
          today: dt.date | None = None) -> tuple[Calendar, dict[str, int]]:
    """The calendar and how many entries of each kind it holds."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Passerelles")
    cal.add("x-wr-timezone", "Europe/Paris")
    today = today or dt.date.today()
    counts = {"followups": 0, "events": 0, "agreements": 0}
    with catalog.uow() as uow:
        if kind in (None, "followup"):
            query = records.ListQuery(search=search, limit=None, sort="due_on")
            for out in records.list_records(uow.session, "followup", query):
                if (entry := followup_entry(out)) is not None:
                    cal.add_component(entry)
                    counts["followups"] += 1
        if kind in (None, "event"):
            query = records.ListQuery(search=search, limit=None, sort="starts_on")
            for out in records.list_records(uow.session, "event", query):
                if (entry := event_entry(out)) is not None:
                    cal.add_component(entry)
                    counts["events"] += 1
        if kind in (None, "agreement"):
            query = records.ListQuery(search=search, limit=None, sort="ends_on")
            for out in records.list_records(uow.session, "agreement", query):
                for entry in agreement_entries(out, today):
                    cal.add_component(entry)
                    counts["agreements"] += 1
    return cal, counts


def write(catalog, path, kind: str | None = None, search: str = "", today: dt.date | None = None) -> dict[str, int]:
    if kind not in (None, "followup", "event", "agreement"):
        from db.service_messages import ServiceMessage
        from db.services.errors import ServiceError

        raise ServiceError(ServiceMessage("ics_kinds", option="--kind followup|event|agreement"))
    cal, counts = build(catalog, kind, search, today)
    with atomic_path(path) as tmp:
        tmp.write_bytes(cal.to_ical())
    return {"suivis": counts["followups"], "événements": counts["events"], "accords": counts["agreements"]}
