"""Printed personal data (GDPR): everything the catalogue holds about one person, to hand over
(``personal_data_report``, from ``db.services.personal_data.collect``), and the record of processing
« registre des traitements » for the data protection officer (``processing_register``, from
``db.reports.register``). French."""

from __future__ import annotations

import datetime as dt

from db.countries import country_name
from db.schemas import vocab
from db.schemas.messages import field_label
from db.services.trash import ACTIONS, TECHNICAL, value_text
from desktop.printing.html_common import (
    date_text,
    document,
    esc,
    facts,
    grid,
    phone,
    section,
    title_block,
)

SHOWN = ("civility", "first_name", "last_name", "job_title", "organisation", "partners", "emails", "phones",
         "address", "languages", "country", "purpose", "source", "last_contact_on", "notes", "no_contact",
         "anonymised_at", "retention_kept_on", "created_at", "created_by", "updated_at", "updated_by")


OWN_LABELS = {"no_contact": "Opposition", "anonymised_at": "Anonymisée le", "retention_kept_on": "Conservée le",
              "created_at": "Fiche créée le", "created_by": "Créée par", "updated_at": "Modifiée le",
              "updated_by": "Modifiée par", "address": "Adresse postale"}


def _partial(text: str | None) -> str:
    from db.partial_date import PartialDate

    return date_text(PartialDate.from_iso(text)) if text else ""


def _value(key: str, value) -> str:
    if key == "partners":
        return esc(", ".join(p["name"] for p in value or []))
    if key == "phones":
        return esc(", ".join(phone(p.get("number", "")) for p in value or []))
    if key == "country":
        return esc(country_name(value, "fr") if value else "")
    if key == "no_contact":
        return "oui — ne pas contacter" if value else "non"
    if isinstance(value, list):
        return esc(", ".join(str(v) for v in value))
    if key.endswith(("_at", "_on")) and value:
        return esc(date_text(dt.date.fromisoformat(str(value)[:10])))
    return esc(value)


def personal_data_report(data: dict, today: dt.date) -> tuple[str, str]:
    contact = data["contact"]
    name = contact["full_name"]
    body = [title_block("Données personnelles", name,
                        f"Tout ce que le catalogue contient sur cette personne, au {esc(date_text(today))}")]
    body.append(section("Fiche"))
    body.append(facts([(OWN_LABELS.get(k) or field_label(k), _value(k, contact.get(k))) for k in SHOWN], columns=1))
    body.append(section("Événements", len(data["events"]) + len(data["event_roles"])))
    rows = [[esc(e["event"]["name"]), esc(_partial(e["starts_on"])),
             esc("invité(e) le " + date_text(dt.date.fromisoformat(e["invited_on"])) if e["invited_on"] else ""),
             esc(vocab.RESPONSE.label(e["response"]) if e["response"] else ""),
             "présent(e)" if e["attended"] else "absent(e)"] for e in data["events"]]
    rows += [[esc(r["event"]["name"]), esc(_partial(r["date"])), esc(r["session"]), "", esc(r["role"])]
             for r in data["event_roles"]]
    body.append(grid(["Événement", "Date", "Invitation ou séance", "Réponse", "Présence ou rôle"], rows, [34, 14, 20, 14, 18],
                     empty="Aucun événement."))
    body.append(section("Échanges", len(data["interactions"])))
    body.append(grid(["Date", "Type", "Avec", "Note"], [
        [esc(date_text(dt.date.fromisoformat(i["occurred_on"]))), esc(vocab.INTERACTION_KIND.label(i["kind"])),
         esc((i.get("partner") or {}).get("name", "")), esc(i.get("note") or i.get("people") or "")]
        for i in data["interactions"]], [13, 12, 25, 50], empty="Aucun échange.", nowrap=(0,)))
    body.append(section("Suivis", len(data["followups"])))
    body.append(grid(["Suivi", "Échéance", "Statut"], [
        [esc(f["title"]), esc(_partial(f.get("due_on"))), esc(vocab.FOLLOWUP_STATUS.label(f["status"]))]
        for f in data["followups"]], [60, 20, 20], empty="Aucun suivi."))
    body.append(section("Documents", len(data["documents"])))
    body.append(grid(["Document", "Accord"], [[esc(d["name"]), esc(d["agreement"]["name"])] for d in data["documents"]],
                     [50, 50], empty="Aucun document des accords qu'elle a signés."))
    body.append(section("Historique des modifications", len(data["history"])))
    rows = []
    for h in data["history"]:
        before, after = h.get("before") or {}, h.get("after") or {}
        changed = [k for k in {**before, **after} if k not in TECHNICAL and before.get(k) != after.get(k)]
        what = "; ".join(f"{field_label(k)} : {value_text(before.get(k))} → {value_text(after.get(k))}"
                         for k in changed[:12]) if h["action"] == "update" else ""
        rows.append([esc(date_text(dt.date.fromisoformat(h["at"][:10]))), esc(ACTIONS.get(h["action"], h["action"])),
                     esc(h.get("actor") or ""), esc(what)])
    body.append(grid(["Date", "Action", "Par", "Changements"], rows, [13, 17, 14, 56], nowrap=(0,)))
    body.append("<p class='muted small' style='margin-top: 14px'>Le même contenu existe en fichier JSON "
                "(Contacts › Données personnelles › Exporter en JSON, ou « passerelles personal-data »).</p>")
    title = f"Données personnelles — {name}"
    return title, document("".join(body), title)


def processing_register(r) -> tuple[str, str]:
    """The record of processing of the catalogue, for the data protection officer (article 30 GDPR)."""
    body = [title_block("Registre des traitements", "Relations internationales — fichier des contacts",
                        f"Fiche de traitement établie le {esc(date_text(r.today))} à partir du catalogue Passerelles ; "
                        "à valider par le délégué à la protection des données")]
    body.append(section("Responsable et délégué"))
    body.append(facts([
        ("Responsable du traitement", esc(", ".join(x for x in (r.office, r.city) if x))),
        ("Délégué(e) à la protection des données", esc(r.dpo) or "<span class='alert'>non renseigné(e) — "
                                                                  "Préférences › Données personnelles</span>"),
        ("Outil", "Passerelles, " + ("base partagée sur un serveur PostgreSQL" if r.engine == "postgresql"
                                     else "catalogue en fichier local")),
    ], columns=1))
    body.append(section("Finalités"))
    body.append("<ul><li>suivre les partenariats internationaux de la collectivité (villes, institutions, "
                "réseaux) et leurs accords ;</li><li>organiser les événements (colloques, délégations, résidences), "
                "inviter les personnes et tenir les listes de présence ;</li><li>garder la trace des échanges et "
                "des suivis décidés.</li></ul>")
    body.append(grid(["Finalité inscrite sur les fiches", "Personnes"], [[esc(p), esc(n)] for p, n in r.purposes],
                     [80, 20], empty="Aucune fiche."))
    body.append(section("Personnes et données"))
    body.append(facts([
        ("Personnes concernées", esc(f"{r.people} contact(s) : élus, agents et responsables des partenaires, "
                                     "intervenants et participants des événements")),
        ("Données", "identité, civilité, fonction, organisation, courriels et téléphones professionnels, adresse "
                    "postale, langues, pays, échanges datés, invitations, réponses et présences, notes libres"),
        ("Données sensibles", "aucune n'est prévue ; les notes libres ne doivent pas en contenir"),
        ("Lignes de listes de présence", esc(r.participants)),
        ("Échanges enregistrés", esc(r.interactions)),
    ], columns=1))
    body.append(grid(["Source inscrite sur les fiches", "Personnes"], [[esc(s), esc(n)] for s, n in r.sources],
                     [80, 20]))
    body.append(section("Destinataires"))
    body.append(f"<p>Les agents du service qui utilisent le catalogue ({esc(', '.join(r.actors)) or '—'}). "
                "Aucune transmission automatique à un tiers ; les listes de diffusion exportées excluent les "
                "personnes qui s'y opposent.</p>")
    body.append(section("Durée de conservation"))
    body.append(f"<p>{esc(r.retention_years)} an(s) après la dernière interaction (échange, événement, suivi). "
                "Chaque année, le tableau de bord présente les personnes concernées pour les anonymiser ou les "
                f"conserver un an de plus : {esc(r.to_review)} personne(s) à revoir aujourd'hui.</p>")
    body.append(section("Droits des personnes"))
    body.append(facts([
        ("Accès, portabilité", "export de tout ce que le catalogue contient sur une personne (PDF et JSON)"),
        ("Rectification", "fiche contact, historique des modifications conservé"),
        ("Effacement", esc(f"anonymisation définitive ({r.anonymised} personne(s) anonymisée(s)) : nom, "
                           "coordonnées et texte libre remplacés partout, historique, corbeille et index de recherche "
                           "compris ; les sauvegardes antérieures qui la contiennent encore sont indiquées")),
        ("Opposition", esc(f"case « Ne pas contacter » ({r.no_contact} personne(s)) respectée par les invitations, "
                           "les listes de diffusion, les vCard et les étiquettes")),
    ], columns=1))
    body.append(section("Sécurité"))
    body.append("<p>Sauvegardes automatiques datées, historique des modifications, corbeille, verrou contre les "
                "écritures concurrentes ; sur un serveur, comptes nominatifs et connexion chiffrée selon la "
                "configuration du service informatique.</p>")
    title = "Registre des traitements — relations internationales"
    return title, document("".join(body), title)
