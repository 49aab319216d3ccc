"""The printable Atlas update: the officials and staff in charge of international relations, then one
block per cooperation with its fields, what is missing in red (words, not colour alone)."""

from __future__ import annotations

from db.reports import atlas_types
from db.reports.atlas import AtlasUpdate, field_label, status_label
from db.schemas import vocab
from desktop.printing.html_common import (
    GROUP,
    GROUP_END,
    country,
    date_text,
    document,
    esc,
    facts,
    grid,
    section,
    title_block,
)

T = {"atlas": ("Atlas de la coopération décentralisée", "Atlas of decentralised cooperation"),
     "title": ("Mise à jour de l'Atlas", "Atlas update"),
     "sub": ("Élus et agents chargés des relations internationales ; une fiche par coopération",
             "Officials and staff in charge of international relations; one sheet per cooperation"),
     "team": ("Élus et agents", "Officials and staff"), "projects": ("Fiches projets", "Project sheets"),
     "missing": ("À compléter", "Missing"), "role": ("Qualité", "Role"), "elected": ("Élu(e)", "Elected"),
     "staff": ("Agent", "Staff"), "no_team": ("Personne n'est indiqué : Outils › Atlas… › Élus et agents.",
                                           "Nobody is listed: Tools › Atlas… › Officials and staff."),
     "no_project": ("Aucune coopération avec une collectivité étrangère.", "No cooperation with a foreign authority."),
     "complete": ("Toutes les fiches sont complètes.", "Every sheet is complete."),
     "incomplete": ("{n} fiche(s) à compléter avant la saisie.", "{n} sheet(s) to complete before entering them.")}


def t(key: str, language: str, **kwargs) -> str:
    fr, en = T[key]
    text = en if language == "en" else fr
    return text.format(**kwargs) if kwargs else text


def _missing(codes, language: str) -> str:
    if not codes:
        return ""
    return f"<span class='alert'>{esc(t('missing', language))} : {esc(', '.join(field_label(c, language) for c in codes))}</span>"


def atlas_list(update: AtlasUpdate, language: str = "fr") -> tuple[str, str]:
    body = [title_block(t("atlas", language), t("title", language), esc(t("sub", language)))]
    todo = sum(1 for p in update.projects if p.missing) + sum(1 for m in update.team if m.missing)
    body.append(f"<p>{esc(t('incomplete', language, n=todo) if todo else t('complete', language))}</p>")
    body.append(section(t("team", language), len(update.team)))
    body.append(grid([field_label(c, language) for c in ("first_name", "last_name", "title", "email")]
                     + [t("role", language), t("missing", language)],
                     [[esc(m.first_name), esc(m.last_name), esc(m.title), esc(m.email),
                       esc(t("elected" if m.elected else "staff", language)), _missing(m.missing, language)]
                      for m in update.team], [12, 13, 31, 26, 8, 10], t("no_team", language)))
    body.append(section(t("projects", language), len(update.projects)))
    if not update.projects:
        body.append(f"<p class='empty'>{esc(t('no_project', language))}</p>")
    for p in update.projects:
        body.append(f"<p class='h3' {GROUP}><b>{esc(p.partner)}</b> — {esc(p.title)}</p>")
        body.append(facts([
            (field_label("partner_kind", language), esc(atlas_types.label(p.partner_kind, language))),
            (field_label("country", language), esc(country(p.country, language))),
            (field_label("kind", language), esc(vocab.AGREEMENT_KIND.label(p.kind, language))),
            (field_label("domains", language), esc(", ".join(p.domains))),
            (field_label("starts_on", language), esc(date_text(p.starts_on, language))),
            (field_label("ends_on", language), esc(date_text(p.ends_on, language))),
            (field_label("status", language), esc(status_label(p.status, language))),
            (field_label("summary", language), esc(p.summary)),
        ]))
        if p.missing:
            body.append(f"<p>{_missing(p.missing, language)}</p>")
        body.append(GROUP_END)
    title = t("title", language)
    return title, document("".join(body), title)
