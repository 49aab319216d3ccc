"""Money on paper: the budget lines of an agreement or an event, the yearly totals of a partner, and the
APD declaration worksheet (``db.reports.apd``), each amount followed by the lines it adds up."""

from __future__ import annotations

from db.reports.apd import UNALLOCATED, ApdWorksheet, reason_text
from db.reports.money import total
from db.schemas import vocab
from desktop.printing.html_common import country, document, esc, grid, money, section, title_block

T = {
    "budget": ("Budget par année", "Budget by year"), "year": ("Année", "Year"), "label": ("Libellé", "Label"),
    "category": ("Catégorie", "Category"), "country": ("Pays", "Country"), "planned": ("Prévu", "Planned"),
    "committed": ("Engagé", "Committed"), "paid": ("Versé", "Paid"), "cofinancers": ("Cofinanceurs", "Co-financers"),
    "total": ("Total", "Total"), "no_budget": ("Aucune ligne budgétaire.", "No budget line."),
    "apd": ("Aide publique au développement", "Official development assistance"),
    "apd_title": ("Déclaration {year} : montants versés", "Declaration {year}: amounts paid"),
    "apd_sub": ("Feuille de préparation de la déclaration e-APD (article L.1115-6 du CGCT)",
                "Worksheet for the e-APD declaration (article L.1115-6 of the CGCT)"),
    "by_country": ("Par pays et par catégorie", "By country and category"),
    "trace": ("Détail : les lignes budgétaires de chaque montant", "Detail: the budget lines of each amount"),
    "left": ("Lignes de l'année non déclarées", "Lines of the year not declared"),
    "reason": ("Motif", "Reason"), "record": ("Fiche", "Record"),
    "unallocated": ("Non ventilé par pays", "Not by country"),
    "zero": ("Aucun versement éligible en {year} : la déclaration reste due, à zéro.",
             "No eligible payment in {year}: the declaration is still due, at zero."),
    "source": ("Pays éligibles : {title}. Source : {source}", "Eligible countries: {title}. Source: {source}"),
    "not_covered": ("Attention : la liste installée couvre {years}, pas {year}.",
                    "Warning: the installed list covers {years}, not {year}."),
    "from_partner": ("pays du partenaire", "partner's country"), "line": ("ligne", "line"),
}


def t(key: str, language: str, **kwargs) -> str:
    fr, en = T[key]
    text = en if language == "en" else fr
    return text.format(**kwargs) if kwargs else text


def _amount(value, language: str) -> str:
    return esc(money(value, language)) if value is not None else ""


def budget_block(lines, language: str = "fr") -> str:
    """The section « Budget par année » of an agreement sheet or the minutes ("" without any line)."""
    if not lines:
        return ""
    rows = [[esc(b.year), esc(b.label) + (f"<br/><span class='muted small'>{esc('; '.join(b.cofinancers))}</span>"
                                          if b.cofinancers else ""),
             esc(vocab.BUDGET_CATEGORY.label(b.category, language))
             + (f"<br/><span class='muted small'>{esc(country(b.country, language))}</span>" if b.country else ""),
             _amount(b.planned, language), _amount(b.committed, language), _amount(b.paid, language)]
            for b in sorted(lines, key=lambda b: b.year)]
    if len(lines) > 1:
        rows.append([f"<b>{esc(t('total', language))}</b>", "", "",
                     *(f"<b>{_amount(total(getattr(b, f) for b in lines), language)}</b>"
                       for f in ("planned", "committed", "paid"))])
    return section(t("budget", language), len(lines)) + grid(
        [t("year", language), t("label", language), f"{t('category', language)} · {t('country', language)}",
         t("planned", language), t("committed", language), t("paid", language)],
        rows, [7, 27, 24, 14, 14, 14], nowrap=(0, 3, 4, 5))


def _whole(value, language: str) -> str:
    """Euros without the cents when there are none (« 12 000 € »)."""
    text = money(value, language)
    return text.replace(",00", "").replace(".00", "")


def money_label(language: str = "fr") -> str:
    return "Budget"


def money_by_year(agreements, language: str = "fr") -> str:
    """A partner's money over its agreements' lines for the summary's facts, on one line: the latest
    year with money paid (« 2025 : 11 500 € versés »), else the latest planned (« 2026 : 13 000 €
    prévus »); the agreement sheets give every line and amount; "" when none."""
    years: dict[int, list] = {}
    for a in agreements:
        for b in a.budget_lines:
            years.setdefault(b.year, []).append(b)
    paid_word, planned_word = ("paid", "planned") if language == "en" else ("versés", "prévus")
    paid = [(year, total(b.paid for b in items)) for year, items in sorted(years.items())]
    paid = [(year, value) for year, value in paid if value]
    if paid:
        year, value = paid[-1]
        return esc(f"{year} : {_whole(value, language)} {paid_word}")
    planned = [(year, total(b.planned for b in items)) for year, items in sorted(years.items())]
    planned = [(year, value) for year, value in planned if value]
    if planned:
        year, value = planned[-1]
        return esc(f"{year} : {_whole(value, language)} {planned_word}")
    return ""


def _country_label(code: str, language: str) -> str:
    return t("unallocated", language) if code == UNALLOCATED else country(code, language)


SHORT = {"cooperation": ("Coopération", "Cooperation"), "ngo_grant": ("Associations, ONG", "Associations, NGOs"),
         "awareness": ("Sensibilisation", "Awareness"), "refugees": ("Réfugiés", "Refugees"),
         "students": ("Étudiants", "Students"), "admin_costs": ("Frais de suivi", "Follow-up costs"),
         "multilateral": ("Multilatéral", "Multilateral")}


def short(category: str, language: str) -> str:
    fr, en = SHORT[category]
    return en if language == "en" else fr


def apd_worksheet(sheet: ApdWorksheet, language: str = "fr") -> tuple[str, str]:
    year = sheet.year
    body = [title_block(t("apd", language), t("apd_title", language, year=year), esc(t("apd_sub", language)))]
    if not sheet.oda.covers(year):
        body.append(f"<p class='alert'>{esc(t('not_covered', language, years=', '.join(map(str, sheet.oda.years)), year=year))}</p>")
    categories = sheet.categories
    body.append(section(t("by_country", language)))
    if not sheet.cells:
        body.append(f"<p>{esc(t('zero', language, year=year))}</p>")
    else:
        rows = [[esc(_country_label(c, language)),
                 *(_amount(sheet.cells.get((c, cat)), language) for cat in categories),
                 f"<b>{_amount(sheet.country_total(c), language)}</b>"] for c in sheet.countries]
        rows.append([f"<b>{esc(t('total', language))}</b>",
                     *(f"<b>{_amount(sheet.category_total(cat), language)}</b>" for cat in categories),
                     f"<b>{_amount(sheet.grand_total, language)}</b>"])
        share = max(8, 70 // (len(categories) + 1))
        body.append(grid([t("country", language), *(short(c, language) for c in categories),
                          t("total", language)], rows,
                         [100 - share * (len(categories) + 1), *([share] * (len(categories) + 1))],
                         nowrap=tuple(range(1, len(categories) + 2))))
        colon, semicolon = (": ", "; ") if language == "en" else (" : ", " ; ")
        legend = semicolon.join(f"{short(c, language)}{colon}{vocab.BUDGET_CATEGORY.label(c, language)}"
                                for c in categories)
        body.append(f"<p class='muted small'>{esc(legend)}</p>")
        body.append(section(t("trace", language), len(sheet.declared)))
        trace = []
        for c in sheet.countries:
            for cat in categories:
                for d in sheet.lines_of(c, cat):
                    m = d.line
                    where = esc(_country_label(c, language)) + (
                        f"<br/><span class='muted small'>{esc(t('from_partner', language))}</span>"
                        if m.country_from_partners else "")
                    trace.append([where, esc(vocab.BUDGET_CATEGORY.label(cat, language)),
                                  _amount(d.amount, language),
                                  esc(m.owner_title) + f"<br/><span class='muted small'>{esc(t('line', language))} "
                                  f"{m.number}{(' — ' + esc(m.label)) if m.label else ''}</span>"])
        body.append(grid([t("country", language), t("category", language), t("paid", language), t("record", language)],
                         trace, [18, 26, 14, 42], nowrap=(2,)))
    if sheet.left_out:
        body.append(section(t("left", language), len(sheet.left_out)))
        body.append(grid([t("record", language), t("country", language), t("paid", language), t("reason", language)],
                         [[esc(x.line.owner_title) + f"<br/><span class='muted small'>{esc(t('line', language))} "
                           f"{x.line.number}{(' — ' + esc(x.line.label)) if x.line.label else ''}</span>",
                           esc(country(x.line.country, language)), _amount(x.line.paid, language),
                           esc(reason_text(x.reason, language))] for x in sheet.left_out],
                         [40, 16, 14, 30], nowrap=(2,)))
    body.append(f"<p class='muted small'>{esc(t('source', language, title=sheet.oda.title, source=sheet.oda.source))}</p>")
    title = f"{t('apd', language)} {year}"
    return title, document("".join(body), title)
