"""HTML of each printed document, from the report data of ``db.reports``.

Each function returns ``(title, html)``: the title goes in the page footer.
"""

from __future__ import annotations

from db import agreement_status
from db.reports import AgreementSheet, FollowUpLine, PartnerSummary
from db.schemas import vocab
from db.written_dates import written
from desktop.printing.html_common import (
    address,
    addresses,
    column_mm,
    country,
    date_text,
    document,
    esc,
    fact_columns,
    facts,
    grid,
    joined,
    label,
    money,
    overdue_date,
    percent,
    phone,
    section,
    text_mm,
    title_block,
    word,
)
from desktop.printing.html_money import budget_block, money_by_year, money_label
from desktop.printing.html_signature import signature_block
from desktop.printing.world_map import partner_map

T = {  # words of the documents that are not field labels: (fr, en)
    "partner_summary": ("Fiche partenaire", "Partner summary"), "agreement_sheet": ("Fiche accord", "Agreement sheet"),
    "minutes": ("Compte rendu", "Minutes"), "agreements": ("Accords", "Agreements"),
    "key_contacts": ("Contacts clés", "Key contacts"), "events": ("Événements", "Events"),
    "open_followups": ("Suivis en cours", "Open follow-ups"), "interactions": ("Derniers échanges", "Last interactions"),
    "upcoming": ("à venir", "upcoming"), "action": ("Action", "Action"), "with": ("Avec", "With"),
    "sessions": ("Séances", "Sessions"), "followups_of_event": ("Suites à donner", "Follow-ups"),
    "participants": ("participants", "attendees"), "documents": ("Documents", "Documents"),
    "objectives": ("Objet", "Purpose"), "followups": ("Suivis", "Follow-ups"), "linked_to": ("Lié à", "Linked to"),
    "active_agreements": ("Accords en vigueur", "Agreements in force"),
    "all_agreements": ("Tous les accords", "All agreements"), "contacts_of": ("Contacts", "Contacts"),
    "followups_of": ("Suivis de", "Follow-ups of"), "no_agreement": ("Aucun accord.", "No agreement."),
    "no_contact": ("Aucun contact.", "No contact."), "no_event": ("Aucun événement.", "No event."),
    "no_followup": ("Aucun suivi en cours.", "No open follow-up."), "no_followup_at_all": ("Aucun suivi.", "No follow-up."), "no_interaction": ("Aucun échange enregistré.",
    "No interaction recorded."), "lists": ("Liste", "List"),
    "years": ("{n} ans", "{n} years"), "standing": ("Situation", "Standing"), "signed": ("Signature", "Signed"), "takeaways": ("À retenir", "Takeaways"),
}


def current_end(a, today):
    """The end every document prints for an agreement (``db.agreement_status.current_end``)."""
    return agreement_status.current_end(agreement_status.of(a, today), a.ends_on)


def standing_cell(state, language: str, full: bool = False) -> str:
    """Where an agreement stands, in red when its dates say it has ended but it is still marked in force."""
    text = esc(state.describe(language) if full else state.label(language))
    return f"<span class='alert'>{text}</span>" if state.still_marked else text


def notes_paragraph(notes: str, language: str) -> str:
    """Notes under their label ("Notes : …"), in the body's type."""
    colon = ": " if language == "en" else "\u00a0: "
    return f"<p class='notes'><span class='muted'>{label('notes', language)}{colon}</span>{esc(notes)}</p>"


def t(key: str, language: str, **kwargs) -> str:
    fr, en = T[key]
    text = en if language == "en" else fr
    return text.format(**kwargs) if kwargs else text


def _two_lines(main: str, second: str = "") -> str:
    """Escaped main text with an optional smaller grey second line."""
    return esc(main) + (f"<br/><span class='muted small'>{esc(second)}</span>" if second else "")


def _followup_rows(lines: list[FollowUpLine], language: str, with_status: bool = False) -> list[list[str]]:
    rows = []
    for line in lines:
        f = line.followup
        row = [_two_lines(f.title, f.details.splitlines()[0] if f.details else ""), esc(f.owner),
               overdue_date(f.due_on, line.overdue, language)]
        if with_status:
            row.append(esc(vocab.FOLLOWUP_STATUS.label(f.status, language)))
        rows.append(row)
    return rows


def followups_block(title: str, lines: list[FollowUpLine], language: str) -> str:
    """A titled table of follow-ups with their status (agreement sheet, event minutes)."""
    return section(title, len(lines)) + grid(
        _followup_headers(language, True), _followup_rows(lines, language, True), [50, 20, 16, 14],
        t("no_followup_at_all", language), nowrap=(2,))


def _followup_headers(language, with_status=False):
    headers = [t("action", language), label("owner", language), label("due_on", language)]
    return headers + ([label("status", language)] if with_status else [])


# --- partner summary --------------------------------------------------------------------------

def partner_summary(s: PartnerSummary, language: str = "fr") -> tuple[str, str]:
    p = s.partner
    where = ", ".join(x for x in (p.city, country(p.country, language)) if x)
    subtitle = " · ".join(esc(x) for x in (vocab.PARTNER_KIND.label(p.kind, language), where) if x)
    located = partner_map(p, language, 46, caption=False)
    head = title_block(t("partner_summary", language), p.name, subtitle)
    beside = located and text_mm(p.name, 21) < column_mm(66)   # a name that fits beside the map
    if beside:  # the partner on a small world map, at the right of its name
        head = (f"<table width='100%' cellspacing='0' cellpadding='0' border='0'><tr><td width='72%'>{head}</td>"
                f"<td width='28%' align='right' valign='top'>{located}</td></tr></table>")
    body = [head]
    left = [(label("status", language), esc(vocab.PARTNER_STATUS.label(p.status, language))),
            (label("partner_since", language), esc(written(p, 'partner_since', language))),
            (label("domains", language), joined(p.domains)),
            (label("referent", language), esc(p.referent))]
    room = column_mm(39) - 0.8  # the value column of the right-hand facts (fact_columns' widths)
    right = [(label("website", language), address(p.website, room)), (label("email", language), address(p.email, room)),
             (label("phone", language), address(phone(p.phone), room)),
             (money_label(language), money_by_year(s.agreements, language))]
    body.append(fact_columns([left, right]))
    if located and not beside:  # a long name has the whole width: the map under the facts
        body.append(f"<div align='right'>{located}</div>")
    if p.description:
        body.append(f"<p class='lead'>{esc(p.description)}</p>")
    if p.notes:
        body.append(notes_paragraph(p.notes, language))

    body.append(section(t("agreements", language), len(s.agreements)))
    body.append(grid(
        [label("title", language), label("status", language), t("signed", language), label("ends_on", language),
         label("renewal", language)],
        [[_two_lines(a.title, vocab.AGREEMENT_KIND.label(a.kind, language)),
          standing_cell(agreement_status.of(a, s.today), language), esc(written(a, 'signed_on', language)),
          esc(date_text(current_end(a, s.today), language)), esc(vocab.RENEWAL.label(a.renewal, language))]
         for a in s.agreements],
        [38, 22, 13, 14, 13], t("no_agreement", language), nowrap=(2, 3)))

    body.append(section(t("key_contacts", language), len(s.contacts)))
    body.append(grid(
        [label("name", language), label("email", language), label("phone", language)],
        [[_two_lines(c.full_name, ", ".join(x for x in (c.job_title, c.organisation) if x)),
          addresses(c.emails, column_mm(31)), addresses((phone(ph.number) for ph in c.phones), column_mm(21))]
         for c in s.contacts],
        [48, 31, 21], t("no_contact", language)))


    events = [(e, True) for e in s.upcoming_events] + [(e, False) for e in s.recent_events]
    body.append(section(t("events", language), len(events)))
    body.append(grid(
        [label("date", language), label("title", language), label("place", language)],
        [[esc(written(e, 'starts_on', language)) + (f"<br/><span class='muted small'>{esc(t('upcoming', language))}</span>"
                                                  if upcoming else ""),
          _two_lines(e.title, vocab.EVENT_KIND.label(e.kind, language)), esc(e.place)] for e, upcoming in events],
        [16, 56, 28], t("no_event", language), nowrap=(0,)))

    body.append(section(t("open_followups", language), len(s.open_followups)))
    body.append(grid(_followup_headers(language), _followup_rows(s.open_followups, language), [58, 22, 20],
                     t("no_followup", language), nowrap=(2,)))

    body.append(section(t("interactions", language), None))
    body.append(grid(
        [label("date", language), label("kind", language), t("with", language), label("note", language)],
        [[esc(date_text(i.occurred_on, language)), esc(vocab.INTERACTION_KIND.label(i.kind, language)),
          esc(", ".join(x for x in ((i.contact.name if i.contact else ""), i.people or "") if x)), esc(i.note)]
         for i in s.interactions],
        [14, 12, 24, 50], t("no_interaction", language), nowrap=(0,)))
    title = f"{t('partner_summary', language)} — {p.name}"
    return title, document("".join(body), title)


# --- agreement sheet ---------------------------------------------------------------------------

def agreement_sheet(s: AgreementSheet, language: str = "fr", signature=None) -> tuple[str, str]:
    """The agreement sheet; ``signature`` (``db.services.settings.Signature``) ends it with the signature block."""
    a = s.agreement
    state = s.standing
    subtitle = " · ".join(esc(x) for x in (vocab.AGREEMENT_KIND.label(a.kind, language), state.label(language)) if x)
    body = [title_block(t("agreement_sheet", language), a.title, subtitle)]
    ends = esc(agreement_status.end_text(state, a.ends_on, language))
    days = s.days_to_end
    if ends and days is not None and state.key == "in_force":
        ends += f" <span class='muted'>({esc(word('days_left', language, n=days))})</span>"
    elif ends and state.key == "expired":
        ends += f" <span class='alert'>({esc(word('ended', language))})</span>"
    renewal = esc(vocab.RENEWAL.label(a.renewal, language))
    if a.notice_months:
        renewal += esc(f", {agreement_status.notice_text(a.notice_months, language)}")
    body.append(facts([
        (t("standing", language), standing_cell(state, language, full=True)),
        (label("partners", language), joined([p.name for p in a.partners])),
        (label("domains", language), joined(a.domains)),
        (label("signed_on", language), esc(written(a, 'signed_on', language))),
        (label("signed_at", language), esc(a.signed_at)),
        (label("starts_on", language), esc(written(a, 'starts_on', language))),
        (label("ends_on", language), ends),
        (label("duration_years", language).replace(" (ans)", "").replace(" (years)", ""),
         esc(t("years", language, n=a.duration_years)) if a.duration_years else ""),
        (label("renewal", language), renewal),
        (label("budget", language).replace(" (€)", ""), esc(money(a.budget, language))),
        (label("cofinancing_rate", language), esc(percent(a.cofinancing_rate, language))),
        (label("funders", language), joined(a.funders)),
        (label("signatories", language), esc(a.signatories)),
    ]))
    if a.summary:
        body.append(section(t("objectives", language)))
        body.append(f"<p>{esc(a.summary)}</p>")
    body.append(section(label("partners", language), len(s.partners)))
    body.append(grid([label("name", language), label("kind", language), label("country", language),
                      label("city", language)],
                     [[esc(p.name), esc(vocab.PARTNER_KIND.label(p.kind, language)), esc(country(p.country, language)),
                       esc(p.city)] for p in s.partners], [40, 24, 18, 18]))
    if a.documents:
        body.append(section(t("documents", language), len(a.documents)))
        body.append("".join(f"<p>{esc(d.name)} <span class='muted small'>({esc(date_text(d.added_at, language))})"
                            f"</span></p>" for d in a.documents))
    body.append(budget_block(a.budget_lines, language))
    body.append(followups_block(t("followups", language), s.followups, language))
    if a.notes:
        body.append(section(label("notes", language)))
        body.append(f"<p>{esc(a.notes)}</p>")
    body.append(signature_block(signature, s.today, language, two=True))
    title = f"{t('agreement_sheet', language)} — {a.title}"
    return title, document("".join(body), title)
