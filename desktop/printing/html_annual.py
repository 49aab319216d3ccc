"""The printed annual report « Bilan de l'action internationale YEAR » (``db.reports.annual``), with the
same building blocks as the other printouts; the .docx (``db.interchange.annual_docx``) reads the same
data and the same words (``db.reports.annual_words``)."""

from __future__ import annotations

from db.reports.annual import AnnualReport
from db.reports.annual_words import w
from db.reports.partner_map import map_partners
from db.schemas import vocab
from db.written_dates import written
from desktop.printing.html_common import (
    country,
    date_text,
    document,
    esc,
    facts,
    grid,
    money,
    section,
    title_block,
)
from desktop.printing.html_reports import followups_block, standing_cell
from desktop.printing.world_map import map_html, source_note


def _agreements(items, report: AnnualReport, language: str, empty: str) -> str:
    from db import agreement_status

    return grid([w("agreement", language), w("partners", language), w("signed_on", language), w("standing", language)],
                [[esc(a.title) + f"<br/><span class='muted small'>{esc(vocab.AGREEMENT_KIND.label(a.kind, language))}</span>",
                  esc(", ".join(p.name for p in a.partners)), esc(written(a, "signed_on", language)),
                  standing_cell(agreement_status.of(a, report.today), language)] for a in items],
                [40, 26, 14, 20], empty, nowrap=(2,))


def annual_report(r: AnnualReport, language: str = "fr", identity=None, session=None) -> tuple[str, str]:
    office = identity.name if identity is not None else ""
    body = [title_block(w("kicker", language), w("title", language, year=r.year), esc(office))]
    body.append(facts([
        (w("signed", language), esc(len(r.signed))), (w("renewed", language), esc(len(r.renewed))),
        (w("ended", language), esc(len(r.ended))), (w("in_force", language), esc(r.in_force)),
        (w("events", language), esc(len(r.events))), (w("attendance", language), esc(r.attendance)),
        (w("paid", language), esc(money(r.money_total("paid"), language))),
        (w("done", language), esc(len(r.done))), (w("late", language), esc(len(r.late))),
    ], columns=2))

    body.append(section(w("signed", language), len(r.signed)))
    body.append(_agreements(r.signed, r, language, w("none_signed", language)))
    body.append(section(w("renewed", language), len(r.renewed)))
    body.append(_agreements(r.renewed, r, language, w("none_renewed", language)))
    body.append(section(w("ended", language), len(r.ended)))
    body.append(_agreements(r.ended, r, language, w("none_ended", language)))

    body.append(section(w("events", language), len(r.events)))
    body.append(grid([w("date", language), w("event", language), w("place", language), w("attendance", language)],
                     [[esc(written(e, "starts_on", language)),
                       esc(e.title) + f"<br/><span class='muted small'>{esc(vocab.EVENT_KIND.label(e.kind, language))}</span>",
                       esc(e.place), esc(e.attendance or "")] for e in r.events],
                     [16, 50, 22, 12], w("none_events", language), nowrap=(0,)))

    body.append(section(w("partners_by_country", language), sum(n for _c, n in r.partners_by_country)))
    if session is not None:
        body.append(map_html(map_partners(session, status="active"), 170))
        body.append(f"<p class='muted small'>{esc(source_note(language))}</p>")
    body.append(grid([w("country", language), w("partners_count", language)],
                     [[esc(country(c, language)), esc(n)] for c, n in r.partners_by_country], [70, 30],
                     w("none_partners", language)))

    body.append(section(w("money", language)))
    body.append(facts([(w("planned", language), esc(money(r.money_total("planned"), language))),
                       (w("committed", language), esc(money(r.money_total("committed"), language))),
                       (w("paid", language), esc(money(r.money_total("paid"), language)))], columns=3,
                      widths=(12, 21, 12, 21, 12, 22)))
    body.append(grid([w("country", language), w("category", language), w("paid", language)],
                     [[esc(country(c, language) or w("no_country", language)),
                       esc(vocab.BUDGET_CATEGORY.label(cat, language) or w("no_category", language)),
                       esc(money(v, language))]
                      for (c, cat), v in sorted(r.money_cells.items(), key=lambda kv: (kv[0][0] or "~", kv[0][1]))],
                     [34, 46, 20], w("none_money", language), nowrap=(2,)))

    body.append(followups_block(w("done", language), r.done, language))
    body.append(followups_block(w("late", language), r.late, language))
    body.append(f"<p class='muted small'>{esc(w('as_of', language, date=date_text(r.today, language)))}</p>")
    title = w("title", language, year=r.year)
    return title, document("".join(body), title)
