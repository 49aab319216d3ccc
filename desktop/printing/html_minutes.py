"""HTML of the minutes of an event (compte rendu) and of the printed lists."""

from __future__ import annotations

from db import agreement_status, words
from db.reports import EventMinutes, ListReport
from db.schemas import vocab
from db.text import fold
from db.written_dates import written
from desktop.printing.html_common import (
    GROUP,
    GROUP_END,
    KEEP,
    addresses,
    column_mm,
    date_text,
    document,
    esc,
    facts,
    grid,
    joined,
    label,
    money,
    overdue_date,
    phone,
    section,
    title_block,
)
from desktop.printing.html_reports import current_end, followups_block, standing_cell, t
from desktop.printing.html_signature import signature_block


def _person(link, people, language) -> str:
    """A name with the person's role and organisation in grey, when the catalogue knows them."""
    if link is None:
        return ""
    contact = people.get(link.id)
    role = ", ".join(x for x in ((contact.job_title, contact.organisation) if contact else ()) if x)
    return esc(link.name) + (f" <span class='muted'>({esc(role)})</span>" if role else "")


def _dates(start, end, language) -> str:
    if start and end and end != start:
        return f"{date_text(start, language)} – {date_text(end, language)}"
    return date_text(start or end, language)


def _people_list(m: EventMinutes, language: str) -> str:
    """The list of the people who took part in the sessions (moderators, speakers, rapporteurs): name,
    organisation and the sessions they took part in ("Intervenant (1, 4)"), by name."""
    roles: dict[str, tuple[str, dict[str, list[int]]]] = {}
    for number, s in enumerate(m.event.sessions, start=1):
        for field, people in (("moderator", [s.moderator]), ("speakers", s.speakers), ("rapporteur", [s.rapporteur])):
            role = T_SPEAKER[language == "en"] if field == "speakers" else label(field, language)
            for link in people:
                if link is not None:
                    roles.setdefault(link.id, (link.name, {}))[1].setdefault(role, []).append(number)
    if not roles:
        return ""
    rows = []
    for public_id, (name, what) in sorted(roles.items(), key=lambda item: fold(item[1][0])):
        contact = m.people.get(public_id)
        organisation = ", ".join(x for x in ((contact.job_title, contact.organisation) if contact else ()) if x)
        rows.append([esc(name), esc(organisation),
                     "<br/>".join(f"{role} ({', '.join(map(str, numbers))})" for role, numbers in what.items())])
    title = "Speakers and moderators" if language == "en" else "Intervenants et animateurs"
    return section(title, len(rows)) + grid(
        [label("name", language), label("organisation", language), t("sessions", language)], rows, [28, 46, 26])


def _attendance_list(m: EventMinutes, language: str) -> str:
    """The attendance list (the event's participants who came, typed, imported or signed), by name, with
    their organisation; people invited who did not come are not in the minutes."""
    people = sorted((p for p in m.event.participants if p.attended), key=lambda p: fold(p.name))
    if not people:
        return ""
    title = "Attendance list" if language == "en" else "Liste des participants"
    rows = [[esc(p.name), esc(p.organisation)] for p in people]
    return section(title, len(rows)) + grid([label("name", language), label("organisation", language)], rows, [40, 60])


T_SPEAKER = ("Intervenant", "Speaker")


def event_minutes(m: EventMinutes, language: str = "fr", signature=None) -> tuple[str, str]:
    """The minutes; ``signature`` (``db.services.settings.Signature``) ends them with the signature block."""
    e = m.event
    subtitle = " · ".join(esc(x) for x in (vocab.EVENT_KIND.label(e.kind, language),
                                            _dates(e.starts_on, e.ends_on, language), e.place) if x)
    body = [title_block(t("minutes", language), e.title, subtitle)]
    body.append(facts([
        (label("organisers", language), joined([o.name for o in e.organisers])),
        (label("partners", language), joined([p.name for p in e.partners])),
        (label("attendance", language), esc(e.attendance) if e.attendance else ""),
        (label("sessions", language), esc(len(e.sessions)) if e.sessions else ""),
    ]))
    if e.summary:
        body.append(f"<p class='lead'>{esc(e.summary)}</p>")
    body.append(section(t("sessions", language), len(e.sessions)))
    for number, s in enumerate(e.sessions, start=1):
        hours = "–".join(x for x in (s.start_time, s.end_time) if x)
        when = ", ".join(x for x in (date_text(s.date, language), hours) if x)
        line = " · ".join(x for x in (vocab.SESSION_KIND.label(s.kind, language), when, s.room,
                                      f"{s.attendance} {t('participants', language)}" if s.attendance else "") if x)
        # a session is a keep-together group: moved whole to the next page when it fits on one
        body.append(f"<p class='h3' {GROUP}>{number}. {esc(s.title)}</p><p class='muted' {KEEP}>{esc(line)}</p>")
        body.append(facts([
            (label("moderator", language), _person(s.moderator, m.people, language)),
            (label("speakers", language), "<br/>".join(_person(p, m.people, language) for p in s.speakers)),
            (label("rapporteur", language), _person(s.rapporteur, m.people, language)),
        ], columns=1))
        if s.minutes:
            body.append(f"<p class='minutes'>{esc(s.minutes)}</p>")
        if s.takeaways:
            items = "".join(f"<li>{esc(x.strip(' -•'))}</li>" for x in s.takeaways.splitlines() if x.strip())
            body.append(f"<p class='kicker' {KEEP}>{esc(t('takeaways', language).upper())}</p><ul>{items}</ul>")
        body.append(GROUP_END)
    body.append(_people_list(m, language))
    body.append(_attendance_list(m, language))
    body.append(followups_block(t("followups_of_event", language), m.followups, language))
    if e.notes:
        body.append(section(label("notes", language)))
        body.append(f"<p>{esc(e.notes)}</p>")
    body.append(signature_block(signature, m.today, language, two=False))
    title = f"{t('minutes', language)} — {e.title}"
    return title, document("".join(body), title)


def list_report(r: ListReport, language: str = "fr") -> tuple[str, str]:
    if r.kind in ("active_agreements", "all_agreements"):
        title = t(r.kind, language)
        table = grid(
            [label("title", language), label("partners", language), t("standing", language),
             t("signed", language), label("ends_on", language), label("budget", language)],
            [[esc(a.title) + f"<br/><span class='muted small'>{esc(vocab.AGREEMENT_KIND.label(a.kind, language))}</span>",
              joined([p.name for p in a.partners]), standing_cell(agreement_status.of(a, r.today), language),
              esc(written(a, 'signed_on', language)), esc(date_text(current_end(a, r.today), language)),
              esc(money(a.budget, language))] for a in r.items],
            # English dates (« 12 October 2019 ») may wrap at their spaces: kept whole they squeeze the titles
            [33, 17, 14, 11, 12, 13], t("no_agreement", language), nowrap=(5,) if language == "en" else (3, 4, 5))
    elif r.kind == "partner_contacts":
        title = f"{t('contacts_of', language)} — {r.subject}"
        table = grid(
            [label("name", language), label("job_title", language), label("emails", language),
             label("phones", language), label("languages", language)],
            [[esc(" ".join(x for x in (c.civility, c.full_name) if x)),
              esc(", ".join(x for x in (c.job_title, c.organisation) if x)), addresses(c.emails, column_mm(30)),
              addresses((phone(p.number) for p in c.phones), column_mm(18)), joined(c.languages)] for c in r.items],
            [18, 22, 30, 18, 12], t("no_contact", language))
    elif r.kind == "owner_followups":
        title = f"{t('followups_of', language)} {r.subject}" if r.subject else t("open_followups", language)
        rows = []
        for f in r.items:
            linked = [x.name for x in (f.partner, f.agreement, f.event, f.contact) if x is not None]
            rows.append([esc(f.title), joined(linked), overdue_date(f.due_on, f.id in r.overdue, language),
                         esc(vocab.PRIORITY.label(f.priority, language)),
                         esc(vocab.FOLLOWUP_STATUS.label(f.status, language))])
        table = grid([t("action", language), t("linked_to", language), label("due_on", language),
                      label("priority", language), label("status", language)], rows, [40, 26, 14, 10, 10],
                     t("no_followup", language), nowrap=(2,))
    else:
        raise ValueError(f"unknown list {r.kind!r}")
    counted = {"active_agreements": "agreement", "all_agreements": "agreement", "partner_contacts": "contact", "owner_followups": "followup"}[r.kind]
    subtitle = esc(words.count(len(r.items), counted, language))
    body = title_block(t("lists", language), title, subtitle) + table
    return title, document(body, title)
