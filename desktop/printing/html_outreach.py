"""Printed outreach of an event: the personalised invitation letter (one per person, ending with the
office's signature block) and the attendance sheet « feuille d'émargement » of the event or of one
session. In French or English, the printout's language (``outreach_words``)."""

from __future__ import annotations

import datetime as dt

from db.schemas import vocab
from desktop.printing.html_common import (
    GROUP,
    GROUP_END,
    date_text,
    document,
    esc,
    grid,
    title_block,
)
from desktop.printing.html_signature import signature_block
from desktop.printing.outreach_words import w

BLANK_LINES = 8  # lines left empty at the end of an attendance sheet, for walk-ins


def _dates(event, language: str = "fr") -> str:
    start, end = event.starts_on, event.ends_on
    if start is None:
        return ""
    if end is not None and end != start:
        return w("from_to", language, start=date_text(start, language), end=date_text(end, language))
    return w("on", language, date=date_text(start, language))


CIVILITIES = {"m": "mr", "mr": "mr", "monsieur": "mr", "mme": "ms", "madame": "ms", "mrs": "ms", "ms": "ms",
              "mlle": "ms", "miss": "ms"}


def salutation(contact, language: str = "fr") -> str:
    """« Madame Dupont, » / « Dear Ms Dupont, » from the civility; « Madame, Monsieur, » / « Dear Sir or
    Madam, » otherwise."""
    civility = (contact.civility or "").strip().rstrip(".").lower()
    if civility in CIVILITIES and contact.last_name:
        return w("dear", language, name=f"{w(CIVILITIES[civility], language)} {contact.last_name}")
    if contact.civility and contact.last_name:  # « Dr », « Pr », a title written by the office
        return w("dear", language, name=f"{contact.civility} {contact.last_name}")
    return w("sir_or_madam", language)


def invitation_letter(event, contact, identity, today: dt.date, language: str = "fr") -> tuple[str, str]:
    """One personalised letter: recipient block, object, the event's date, place and programme, the
    answer requested and the signature block (Préférences › Signature)."""
    recipient = [contact.full_name if not contact.civility else f"{contact.civility} {contact.full_name}",
                 contact.job_title, contact.organisation or (contact.partners[0].name if contact.partners else None)]
    lines = [esc(x) for x in recipient if x] + ([esc(contact.address)] if contact.address else [])
    body = [f"<table width='100%' cellspacing='0' cellpadding='0' border='0'><tr><td width='52%'>&nbsp;</td>"
            f"<td width='48%'><p>{'<br/>'.join(lines)}</p></td></tr></table>"]
    day = date_text(today, language)
    place_line = w("place_date", language, city=identity.city, date=day) if identity.city else w("date_alone", language, date=day)
    body.append(f"<p style='margin-top: 24px'>{esc(place_line)}</p>")
    body.append(f"<p style='margin-top: 18px'><b>{w('subject', language)}</b> {w('invitation', language)} — "
                f"{esc(event.title)}</p>")
    greeting = salutation(contact, language)
    body.append(f"<p style='margin-top: 18px'>{esc(greeting)}</p>")
    kind = vocab.EVENT_KIND.label(event.kind, language).lower() if event.kind else w("event", language)
    when = _dates(event, language)
    where = f", {event.place}" if event.place else ""
    invite = w("invite", language, office=identity.name, kind=kind, title=event.title)
    body.append(f"<p>{esc(invite)}{', ' + esc(when) if when else ''}{esc(where)}.</p>")
    if event.summary:
        body.append(f"<p>{esc(event.summary)}</p>")
    if event.sessions:
        items = []
        for s in event.sessions:
            when_s = " ".join(x for x in (date_text(s.date, language) if s.date else "",
                                          "–".join(t for t in (s.start_time, s.end_time) if t)) if x)
            items.append(f"<li>{esc(s.title)}{' — ' + esc(when_s) if when_s else ''}</li>")
        body.append(f"<p {GROUP}>{w('programme', language)}</p><ul>{''.join(items)}</ul>{GROUP_END}")
    body.append(f"<p>{esc(w('answer', language))}</p>")
    named = greeting != w("sir_or_madam", language)
    body.append(f"<p>{esc(w('closing' if named else 'closing_unnamed', language, salutation=greeting.rstrip(',')))}</p>")
    body.append(signature_block(identity.signature, today, language, two=False))
    title = f"Invitation — {event.title} — {contact.full_name}"
    return title, document("".join(body), title)


def attendance_sheet(event, session=None, language: str = "fr") -> tuple[str, str]:
    """The sheet to sign: « N° | Nom | Organisation | Signature », the people expected (declined
    answers left out) and blank lines for walk-ins; the header row repeats on every page."""
    people = [p for p in event.participants if p.response != "declined"]
    subtitle_parts = [session.title if session else "", date_text(session.date, language) if session and session.date
                      else _dates(event, language), (session.room if session else None) or event.place or ""]
    subtitle = " · ".join(esc(x) for x in subtitle_parts if x)
    body = [title_block(w("attendance_sheet", language), event.title, subtitle)]
    rows = [[esc(i), esc(p.name), esc(p.organisation), "<br/><br/>"] for i, p in enumerate(people, start=1)]
    rows += [[esc(i), "", "", "<br/><br/>"] for i in range(len(people) + 1, len(people) + BLANK_LINES + 1)]
    body.append(grid([w(k, language) for k in ("number", "name", "organisation", "signature")], rows, [6, 32, 30, 32]))
    body.append(f"<p class='muted small' style='margin-top: 14px'>{esc(w('expected', language, n=len(people)))}</p>")
    title = f"{w('attendance', language)} — {event.title}" + (f" — {session.title}" if session else "")
    return title, document("".join(body), title)
