"""The printed record of processing « registre des traitements » (GDPR article 30) of the catalogue, for
the data protection officer, from ``db.reports.register``; in French or English."""

from __future__ import annotations

from desktop.printing.html_common import date_text, document, esc, facts, grid, section, title_block

R: dict[str, tuple[str, str]] = {
    "kicker": ("Registre des traitements", "Record of processing"),
    "title": ("Relations internationales — fichier des contacts", "International relations — contacts file"),
    "subtitle": ("Fiche de traitement établie le {date} à partir du catalogue Passerelles ; à valider par le délégué "
                 "à la protection des données", "Processing record drawn up on {date} from the Passerelles catalogue; "
                 "to be approved by the data protection officer"),
    "controller_dpo": ("Responsable et délégué", "Controller and officer"),
    "controller": ("Responsable du traitement", "Controller"),
    "dpo": ("Délégué(e) à la protection des données", "Data protection officer"),
    "dpo_missing": ("non renseigné(e) — Préférences › Données personnelles", "not set — Preferences › Personal data"),
    "tool": ("Outil", "Tool"),
    "server": ("Passerelles, base partagée sur un serveur PostgreSQL", "Passerelles, shared database on a PostgreSQL server"),
    "file": ("Passerelles, catalogue en fichier local", "Passerelles, catalogue in a local file"),
    "purposes": ("Finalités", "Purposes"),
    "purpose_list": (["suivre les partenariats internationaux de la collectivité (villes, institutions, réseaux) et leurs "
                      "accords ;", "organiser les événements (colloques, délégations, résidences), inviter les personnes "
                      "et tenir les listes de présence ;", "garder la trace des échanges et des suivis décidés."],
                     ["following the authority's international partnerships (cities, institutions, networks) and their "
                      "agreements;", "organising events (conferences, delegations, residencies), inviting people and "
                      "keeping attendance lists;", "keeping track of exchanges and of the follow-ups decided."]),
    "purpose_on_records": ("Finalité inscrite sur les fiches", "Purpose written on the records"),
    "people": ("Personnes", "People"), "no_record": ("Aucune fiche.", "No record."),
    "not_given": ("non renseigné(e)", "not given"),
    "people_and_data": ("Personnes et données", "People and data"),
    "subjects": ("Personnes concernées", "Data subjects"),
    "subjects_text": ("{n} contact(s) : élus, agents et responsables des partenaires, intervenants et participants des "
                      "événements", "{n} contact(s): elected officials, staff and officers of the partners, speakers and "
                      "attendees of events"),
    "data": ("Données", "Data"),
    "data_text": ("identité, civilité, fonction, organisation, courriels et téléphones professionnels, adresse postale, "
                  "langues, pays, échanges datés, invitations, réponses et présences, notes libres",
                  "identity, civility, function, organisation, work e-mails and phones, postal address, languages, "
                  "country, dated exchanges, invitations, answers and attendance, free notes"),
    "sensitive": ("Données sensibles", "Sensitive data"),
    "sensitive_text": ("aucune n'est prévue ; les notes libres ne doivent pas en contenir",
                       "none is intended; free notes must not hold any"),
    "participants": ("Lignes de listes de présence", "Lines of attendance lists"),
    "interactions": ("Échanges enregistrés", "Exchanges recorded"),
    "source_on_records": ("Source inscrite sur les fiches", "Source written on the records"),
    "recipients": ("Destinataires", "Recipients"),
    "recipients_text": ("Les agents du service qui utilisent le catalogue ({actors}). Aucune transmission automatique à "
                        "un tiers ; les listes de diffusion exportées excluent les personnes qui s'y opposent.",
                        "The office's staff who use the catalogue ({actors}). No automatic transfer to a third party; "
                        "exported mailing lists leave out the people who object."),
    "retention": ("Durée de conservation", "Retention period"),
    "retention_text": ("{years} an(s) après la dernière interaction (échange, événement, suivi). Chaque année, le tableau "
                       "de bord présente les personnes concernées pour les anonymiser ou les conserver un an de plus : "
                       "{review} personne(s) à revoir aujourd'hui.",
                       "{years} year(s) after the last interaction (exchange, event, follow-up). Each year the dashboard "
                       "lists these people to anonymise them or keep them one more year: {review} person(s) to review "
                       "today."),
    "rights": ("Droits des personnes", "Data subjects' rights"),
    "access": ("Accès, portabilité", "Access, portability"),
    "access_text": ("export de tout ce que le catalogue contient sur une personne (PDF et JSON)",
                    "export of everything the catalogue holds about a person (PDF and JSON)"),
    "rectification": ("Rectification", "Rectification"),
    "rectification_text": ("fiche contact, historique des modifications conservé", "contact record, history of changes kept"),
    "erasure": ("Effacement", "Erasure"),
    "erasure_text": ("anonymisation définitive ({n} personne(s) anonymisée(s)) : nom, coordonnées et texte libre remplacés "
                     "partout, historique, corbeille, index de recherche et noms des documents compris ; les sauvegardes "
                     "antérieures qui la contiennent encore sont indiquées",
                     "permanent anonymisation ({n} person(s) anonymised): name, contact details and free text replaced "
                     "everywhere, history, trash, search index and document names included; the earlier backups that "
                     "still hold them are named"),
    "objection": ("Opposition", "Objection"),
    "objection_text": ("case « Ne pas contacter » ({n} personne(s)) respectée par les invitations, les listes de "
                       "diffusion, les vCard et les étiquettes", "“Do not contact” box ({n} person(s)) honoured by "
                       "invitations, mailing lists, vCards and labels"),
    "security": ("Sécurité", "Security"),
    "security_text": ("Sauvegardes automatiques datées, historique des modifications, corbeille, verrou contre les "
                      "écritures concurrentes ; sur un serveur, comptes nominatifs et connexion chiffrée selon la "
                      "configuration du service informatique.",
                      "Automatic dated backups, history of changes, trash, a lock against concurrent writes; on a server, "
                      "personal accounts and an encrypted connection as the IT department configures them."),
    "document_title": ("Registre des traitements — relations internationales",
                       "Record of processing — international relations"),
}


def r_(key: str, language: str, **kwargs):
    fr, en = R[key]
    text = en if language == "en" else fr
    return text.format(**kwargs) if kwargs else text


def processing_register(r, language: str = "fr") -> tuple[str, str]:
    """The record of processing of the catalogue, for the data protection officer (article 30 GDPR)."""
    L = language
    body = [title_block(r_("kicker", L), r_("title", L), esc(r_("subtitle", L, date=date_text(r.today, L))))]
    body.append(section(r_("controller_dpo", L)))
    body.append(facts([
        (r_("controller", L), esc(", ".join(x for x in (r.office, r.city) if x))),
        (r_("dpo", L), esc(r.dpo) or f"<span class='alert'>{esc(r_('dpo_missing', L))}</span>"),
        (r_("tool", L), esc(r_("server" if r.engine == "postgresql" else "file", L))),
    ], columns=1))
    body.append(section(r_("purposes", L)))
    body.append("<ul>" + "".join(f"<li>{esc(item)}</li>" for item in r_("purpose_list", L)) + "</ul>")
    counted = [r_("purpose_on_records", L), r_("people", L)]
    body.append(grid(counted, [[esc(p or r_("not_given", L)), esc(n)] for p, n in r.purposes], [80, 20],
                     empty=r_("no_record", L)))
    body.append(section(r_("people_and_data", L)))
    body.append(facts([
        (r_("subjects", L), esc(r_("subjects_text", L, n=r.people))),
        (r_("data", L), esc(r_("data_text", L))),
        (r_("sensitive", L), esc(r_("sensitive_text", L))),
        (r_("participants", L), esc(r.participants)),
        (r_("interactions", L), esc(r.interactions)),
    ], columns=1))
    body.append(grid([r_("source_on_records", L), r_("people", L)],
                     [[esc(s or r_("not_given", L)), esc(n)] for s, n in r.sources], [80, 20]))
    body.append(section(r_("recipients", L)))
    body.append(f"<p>{esc(r_('recipients_text', L, actors=', '.join(r.actors) or '—'))}</p>")
    body.append(section(r_("retention", L)))
    body.append(f"<p>{esc(r_('retention_text', L, years=r.retention_years, review=r.to_review))}</p>")
    body.append(section(r_("rights", L)))
    body.append(facts([
        (r_("access", L), esc(r_("access_text", L))),
        (r_("rectification", L), esc(r_("rectification_text", L))),
        (r_("erasure", L), esc(r_("erasure_text", L, n=r.anonymised))),
        (r_("objection", L), esc(r_("objection_text", L, n=r.no_contact))),
    ], columns=1))
    body.append(section(r_("security", L)))
    body.append(f"<p>{esc(r_('security_text', L))}</p>")
    title = r_("document_title", L)
    return title, document("".join(body), title)
