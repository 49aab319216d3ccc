"""Printed outreach of an event: the personalised invitation letter (one per person, ending with the
office's signature block) and the attendance sheet « feuille d'émargement » of the event or of one
session. French, the language the office writes its letters in."""

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

BLANK_LINES = 8  # lines left empty at the end of an attendance sheet, for walk-ins


def _dates(event) -> str:
    start, end = event.starts_on, event.ends_on
    if start is None:
        return ""
    if end is not None and end != start:
        return f"du {date_text(start)} au {date_text(end)}"
    return f"le {date_text(start)}"


def salutation(contact) -> str:
    """« Madame Dupont, » / « Monsieur Yao, » from the civility; « Madame, Monsieur, » otherwise."""
    civility = (contact.civility or "").strip().rstrip(".").lower()
    words = {"m": "Monsieur", "mr": "Monsieur", "monsieur": "Monsieur", "mme": "Madame", "madame": "Madame",
             "mrs": "Madame", "ms": "Madame", "mlle": "Madame"}
    if civility in words and contact.last_name:
        return f"{words[civility]} {contact.last_name},"
    if contact.civility and contact.last_name:  # « Dr », « Pr », a title written by the office
        return f"{contact.civility} {contact.last_name},"
    return "Madame, Monsieur,"


def invitation_letter(event, contact, identity, today: dt.date) -> tuple[str, str]:
    """One personalised letter: recipient block, object, the event's date, place and programme, the
    answer requested and the signature block (Préférences › Signature)."""
    recipient = [contact.full_name if not contact.civility else f"{contact.civility} {contact.full_name}",
                 contact.job_title, contact.organisation or (contact.partners[0].name if contact.partners else None)]
    lines = [esc(x) for x in recipient if x] + ([esc(contact.address)] if contact.address else [])
    body = [f"<table width='100%' cellspacing='0' cellpadding='0' border='0'><tr><td width='52%'>&nbsp;</td>"
            f"<td width='48%'><p>{'<br/>'.join(lines)}</p></td></tr></table>"]
    place_line = f"{esc(identity.city)}, le {date_text(today)}" if identity.city else f"Le {date_text(today)}"
    body.append(f"<p style='margin-top: 24px'>{place_line}</p>")
    body.append(f"<p style='margin-top: 18px'><b>Objet :</b> invitation — {esc(event.title)}</p>")
    body.append(f"<p style='margin-top: 18px'>{esc(salutation(contact))}</p>")
    kind = vocab.EVENT_KIND.label(event.kind).lower() if event.kind else "événement"
    when = _dates(event)
    where = f", {esc(event.place)}" if event.place else ""
    body.append(f"<p>{esc(identity.name)} a le plaisir de vous inviter au {esc(kind)} « {esc(event.title)} », "
                f"{esc(when)}{where}.</p>" if when else
                f"<p>{esc(identity.name)} a le plaisir de vous inviter au {esc(kind)} « {esc(event.title)} »{where}.</p>")
    if event.summary:
        body.append(f"<p>{esc(event.summary)}</p>")
    if event.sessions:
        items = []
        for s in event.sessions:
            when_s = " ".join(x for x in (date_text(s.date) if s.date else "",
                                          "–".join(t for t in (s.start_time, s.end_time) if t)) if x)
            items.append(f"<li>{esc(s.title)}{' — ' + esc(when_s) if when_s else ''}</li>")
        body.append(f"<p {GROUP}>Au programme :</p><ul>{''.join(items)}</ul>{GROUP_END}")
    body.append("<p>Nous vous serions reconnaissants de bien vouloir nous faire part de votre réponse.</p>")
    body.append(f"<p>Nous vous prions d'agréer, {esc(salutation(contact).rstrip(','))}, l'expression de nos "
                "salutations distinguées.</p>")
    body.append(signature_block(identity.signature, today, two=False))
    title = f"Invitation — {event.title} — {contact.full_name}"
    return title, document("".join(body), title)


def attendance_sheet(event, session=None) -> tuple[str, str]:
    """The sheet to sign: « N° | Nom | Organisation | Signature », the people expected (declined
    answers left out) and blank lines for walk-ins; the header row repeats on every page."""
    people = [p for p in event.participants if p.response != "declined"]
    subtitle_parts = [session.title if session else "", date_text(session.date) if session and session.date
                      else _dates(event), (session.room if session else None) or event.place or ""]
    subtitle = " · ".join(esc(x) for x in subtitle_parts if x)
    body = [title_block("Feuille d'émargement", event.title, subtitle)]
    rows = [[esc(i), esc(p.name), esc(p.organisation), "<br/><br/>"] for i, p in enumerate(people, start=1)]
    rows += [[esc(i), "", "", "<br/><br/>"] for i in range(len(people) + 1, len(people) + BLANK_LINES + 1)]
    body.append(grid(["N°", "Nom", "Organisation", "Signature"], rows, [6, 32, 30, 32]))
    body.append(f"<p class='muted small' style='margin-top: 14px'>{len(people)} personne(s) attendue(s). "
                "Signée, cette feuille se relit dans Passerelles (Événement › Lire une feuille d'émargement…) "
                "depuis son classeur rempli.</p>")
    title = f"Émargement — {event.title}" + (f" — {session.title}" if session else "")
    return title, document("".join(body), title)
