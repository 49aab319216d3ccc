"""The demonstration catalogue: Cannes's partnerships, film schools, the Toulouse colloquium.

Partner names and the Busan signing date come from the City of Cannes's public press releases;
people (example.org), phones (fiction ranges), budgets and most dates are invented. Follow-up
dates are relative to today so that some are always overdue and some upcoming.
"""

from __future__ import annotations

import datetime as dt

from db.catalog import Catalog
from db.schemas import (
    AgreementIn,
    ContactIn,
    EventIn,
    FollowUpIn,
    InteractionIn,
    PartnerIn,
    SessionIn,
)
from db.services import records

PARTNERS = [
    dict(name="Busan", kind="city", country="KR", city="Busan", status="active", partner_since="2023-05-22",
         domains=["Cinéma et audiovisuel", "Éducation et jeunesse"], website="https://www.example.org/busan",
         email="international@busan.example.org", phone="+82 51 555 0100", referent="Claire Vasseur",
         description="Ville du Festival international du film de Busan, Ville créative UNESCO du cinéma.",
         notes="Protocole d'entente signé le 22 mai 2023 pendant le Festival de Cannes."),
    dict(name="Shizuoka", kind="city", country="JP", city="Shizuoka", status="active", partner_since="2018",
         domains=["Gastronomie", "Tourisme"], referent="Claire Vasseur",
         description="Partenariat gastronomique : thé vert, produits de la mer, échanges de chefs."),
    dict(name="Sanya", kind="city", country="CN", city="Sanya", status="active", partner_since="2019",
         domains=["Spectacle vivant", "Livre et lecture"], referent="Julien Marchetti",
         description="Art pyrotechnique et art du récit (storytelling)."),
    dict(name="Shawinigan", kind="city", country="CA", city="Shawinigan", status="active", partner_since="2019",
         domains=["Industries créatives", "Numérique"], referent="Julien Marchetti"),
    dict(name="Grand-Bassam", kind="city", country="CI", city="Grand-Bassam", status="active", partner_since="2021",
         domains=["Patrimoine", "Numérique"], referent="Sophie Lemaire",
         description="Ville historique inscrite au patrimoine mondial ; numérisation des archives."),
    dict(name="London Film School", kind="school", country="GB", city="Londres", domains=["Cinéma et audiovisuel", "Enseignement supérieur"]),
    dict(name="Łódź Film School", kind="school", country="PL", city="Łódź", domains=["Cinéma et audiovisuel", "Enseignement supérieur"],
         partner_since="mai 2019"),
    dict(name="Scuola Holden", kind="school", country="IT", city="Turin", domains=["Livre et lecture", "Enseignement supérieur"]),
    dict(name="ERAC Cannes", kind="school", country="FR", city="Cannes", domains=["Spectacle vivant"]),
    dict(name="EIAD Dakar", kind="school", country="SN", city="Dakar", domains=["Cinéma et audiovisuel"]),
    dict(name="Institut français", kind="public_body", country="FR", city="Paris", domains=["Francophonie", "Appui institutionnel"]),
    dict(name="Réseau des Villes créatives UNESCO", kind="network", country="FR", city="Paris", domains=["Industries créatives"]),
    dict(name="Cités Unies France", kind="network", country="FR", city="Paris", domains=["Appui institutionnel"]),
    dict(name="Hội An", kind="city", country="VN", city="Hội An", status="prospect", domains=["Patrimoine", "Tourisme"]),
]

CONTACTS = [
    dict(civility="Mme", first_name="Ji-woo", last_name="Park", job_title="Directrice des relations internationales",
         organisation="Ville de Busan", partners=["Busan"], emails=["ji-woo.park@example.org"],
         phones=[{"kind": "phone", "number": "+82 51 555 0142"}], languages=["coréen", "anglais"], country="KR"),
    dict(civility="M.", first_name="Hiroshi", last_name="Tanaka", job_title="Chef du service culture",
         organisation="Ville de Shizuoka", partners=["Shizuoka"], emails=["h.tanaka@example.org"], languages=["japonais", "anglais"], country="JP"),
    dict(civility="Mme", first_name="Mei", last_name="Li", job_title="Attachée culturelle", organisation="Ville de Sanya",
         partners=["Sanya"], emails=["li.mei@example.org"], languages=["chinois", "anglais"], country="CN"),
    dict(civility="Mme", first_name="Marie-Ève", last_name="Tremblay", job_title="Directrice de la culture",
         organisation="Ville de Shawinigan", partners=["Shawinigan"], emails=["me.tremblay@example.org"],
         phones=[{"kind": "phone", "number": "+1 819-555-0147"}], languages=["français"], country="CA"),
    dict(civility="M.", first_name="Koffi", last_name="Yao", job_title="Adjoint au maire chargé du patrimoine",
         organisation="Mairie de Grand-Bassam", partners=["Grand-Bassam"], emails=["koffi.yao@example.org"], languages=["français"], country="CI"),
    dict(civility="M.", first_name="Daniel", last_name="Okafor", job_title="Directeur des études",
         organisation="London Film School", partners=["London Film School"], emails=["daniel.okafor@example.org"], languages=["anglais"], country="GB"),
    dict(civility="Mme", first_name="Agnieszka", last_name="Nowak", job_title="Responsable des échanges",
         organisation="Łódź Film School", partners=["Łódź Film School"], emails=["a.nowak@example.org"], languages=["polonais", "anglais", "français"], country="PL"),
    dict(civility="Mme", first_name="Aminata", last_name="Diallo", job_title="Directrice", organisation="EIAD Dakar",
         partners=["EIAD Dakar"], emails=["aminata.diallo@example.org"], languages=["français", "wolof"], country="SN"),
    dict(civility="M.", first_name="Pierre-Yves", last_name="Morel", job_title="Directeur", organisation="ERAC Cannes",
         partners=["ERAC Cannes"], emails=["py.morel@example.fr"], phones=[{"kind": "phone", "number": "04 65 71 20 10"}], languages=["français"], country="FR"),
    dict(civility="Mme", first_name="Léa", last_name="Fontaine", job_title="Chargée de mission livre et lecture",
         organisation="Cités Unies France", partners=["Cités Unies France"], emails=["lea.fontaine@example.fr"], country="FR"),
    dict(civility="M.", first_name="Moussa", last_name="Ndiaye", job_title="Réalisateur, enseignant", organisation="EIAD Dakar",
         partners=["EIAD Dakar"], emails=["moussa.ndiaye@example.org"], country="SN"),
    dict(civility="Mme", first_name="Élodie", last_name="Martin", job_title="Attachée culturelle", organisation="Institut français",
         partners=["Institut français"], emails=["elodie.martin@example.fr"],
         phones=[{"kind": "phone", "number": "04 65 71 20 15"}, {"kind": "mobile", "number": "06 39 98 12 34"}], country="FR"),
    dict(civility="M.", first_name="Giulia", last_name="Rossi", job_title="Coordinatrice pédagogique", organisation="Scuola Holden",
         partners=["Scuola Holden"], emails=["g.rossi@example.org"], languages=["italien", "français"], country="IT"),
]


def _money(year: int, label: str, category: str, country: str | None, planned=None, committed=None, paid=None,
           cofinancers=()) -> dict:
    return dict(year=year, label=label, category=category, country=country, planned=planned, committed=committed,
                paid=paid, cofinancers=list(cofinancers))


def _agreements(today: dt.date) -> list[dict]:
    soon = today + dt.timedelta(days=25)
    last, this = today.year - 1, today.year
    return [
        dict(title="Protocole d'entente Cannes – Busan dans le domaine du cinéma", kind="memorandum", status="active",
             partners=["Busan"], domains=["Cinéma et audiovisuel"], signed_on="2023-05-22", signed_at="Cannes",
             starts_on="2023-05-22", ends_on="2026-05-22", duration_years=3, renewal="tacit", notice_months=3,
             signatories="Le maire de Cannes ; le maire de Busan", budget="25000", cofinancing_rate="0.5",
             funders=["Ville de Cannes", "Ville de Busan"],
             summary="Coopération cinématographique : accueil réciproque de films d'écoles, résidence d'écriture pour un jeune réalisateur coréen, "
                     "présence aux marchés du film.",
             budget_lines=[_money(last, "Résidence d'écriture", "not_oda", "KR", "12000", "12000", "11500",
                                  ["Ville de Busan"]),
                           _money(this, "Résidence d'écriture", "not_oda", "KR", "13000")]),
        dict(title="Partenariat gastronomique Cannes – Shizuoka", kind="partnership", status="active", partners=["Shizuoka"],
             domains=["Gastronomie"], signed_on="2018", renewal="explicit", ends_on=soon.isoformat(),
             summary="Échanges de chefs, semaine de Shizuoka pendant le Cannes Week, promotion du thé vert."),
        dict(title="Accord Cannes – Sanya : art pyrotechnique et storytelling", kind="partnership", status="active",
             partners=["Sanya"], domains=["Spectacle vivant", "Livre et lecture"], signed_on="2019-10-12", signed_at="Sanya",
             ends_on=(today + dt.timedelta(days=80)).isoformat(), renewal="explicit", budget="18000",
             summary="Spectacle pyrotechnique franco-chinois, résidences d'auteurs.",
             budget_lines=[_money(last, "Résidences d'auteurs croisées", "cooperation", "CN", "9000", "9000", "8000",
                                  ["Institut français"])]),
        dict(title="Convention Cannes – Shawinigan : industries créatives", kind="partnership", status="active",
             partners=["Shawinigan"], domains=["Industries créatives", "Numérique"], signed_on="2019-06", renewal="tacit",
             notice_months=6, ends_on=(today + dt.timedelta(days=200)).isoformat(), budget="12500.50", cofinancing_rate="0.3"),
        dict(title="Partenariat patrimoine et numérique Cannes – Grand-Bassam", kind="partnership", status="signed",
             partners=["Grand-Bassam"], domains=["Patrimoine", "Numérique"], signed_on="2021-11-04", ends_on="2025-11-04",
             summary="Numérisation des archives patrimoniales, formation d'archivistes.",
             budget_lines=[_money(last, "Numérisation des archives", "cooperation", "CI", "15000", "14000", "12000.50",
                                  ["Ministère de l'Europe et des Affaires étrangères (DCTCIV)"]),
                           _money(last, "Mission de suivi à Grand-Bassam", "admin_costs", "CI", "2500", "2300", "2300"),
                           _money(this, "Formation d'archivistes", "cooperation", "CI", "10000")]),
        dict(title="Convention d'échanges pédagogiques – écoles de cinéma", kind="partnership", status="active",
             partners=["London Film School", "Łódź Film School", "Scuola Holden"], domains=["Enseignement supérieur"],
             signed_on="2022-03-10", ends_on="2027-03-10", renewal="none"),
        dict(title="Lettre d'intention Cannes – Hội An", kind="letter_of_intent", status="negotiation", partners=["Hội An"],
             domains=["Patrimoine", "Tourisme"],
             budget_lines=[_money(this, "Mission exploratoire", "cooperation", "VN", "5000")]),
    ]


def _event(today: dt.date) -> dict:
    return dict(
        title="Culture et action internationale des collectivités territoriales", kind="colloquium",
        starts_on="2024-03-14", ends_on="2024-03-15", place="Toulouse, Hôtel de Région", attendance=140,
        organisers=["Cités Unies France", "Institut français"], partners=["Busan", "EIAD Dakar"],
        summary="Deux journées sur la place de la culture dans l'action internationale des collectivités : "
                "une table ronde plénière et quatre ateliers.",
        budget_lines=[_money(2024, "Venue de la délégation de Dakar", "awareness", "SN", "1500", "1500", "1350")],
        participants=[  # the signed attendance sheet, as typed (a few of the 140)
            dict(name="Claire Vasseur", organisation="Ville de Cannes"),
            dict(name="Ji-woo Park", contact="Ji-woo Park"),
            dict(name="Aminata Diallo", contact="Aminata Diallo"),
            dict(name="Hélène Marchand", organisation="Région Occitanie"),
            dict(name="Thomas Nguyen", organisation="Ville de Lyon, relations internationales"),
            dict(name="Isabelle Rossi-Fournier", organisation="Métropole Nice Côte d'Azur"),
            dict(name="Karim Benali", organisation="Ville de Marseille, direction de la culture"),
            dict(name="Sophie Lemaire", organisation="Ville de Cannes"),
        ],
        sessions=[
            dict(title="Table ronde plénière : la culture au cœur des coopérations", kind="round_table", date="2024-03-14",
                 start_time="09:30", end_time="11:00", room="Grand auditorium", moderator="Léa Fontaine",
                 speakers=["Élodie Martin", "Ji-woo Park", "Koffi Yao"], rapporteur="Pierre-Yves Morel", attendance=140,
                 minutes="Les intervenants ont rappelé que la culture ouvre des portes que l'économie seule n'ouvre pas.\n"
                         "Busan a présenté son modèle de Ville créative du cinéma ; Grand-Bassam son programme patrimonial.",
                 takeaways="Formaliser un réseau des villes de festivals.\nMutualiser les résidences d'artistes."),
            dict(title="Atelier 1 – Résidences d'artistes", kind="workshop", date="2024-03-14", start_time="14:00",
                 end_time="16:00", room="Salle A", moderator="Aminata Diallo", speakers=["Moussa Ndiaye", "Giulia Rossi"],
                 rapporteur="Léa Fontaine", attendance=60,
                 minutes="Retour sur trois résidences croisées ; le logement reste le principal obstacle.",
                 takeaways="Créer un fonds commun pour l'hébergement des résidents."),
            dict(title="Atelier 2 – Livre et lecture", kind="workshop", date="2024-03-14", start_time="14:00",
                 end_time="16:00", room="Salle B", moderator="Léa Fontaine", speakers=["Mei Li", "Giulia Rossi"], attendance=55,
                 minutes="Traductions croisées et salons du livre : des coopérations peu coûteuses et visibles."),
            dict(title="Atelier 3 – Patrimoine", kind="workshop", date="2024-03-15", start_time="09:30", end_time="11:30",
                 room="Salle A", moderator="Koffi Yao", speakers=["Élodie Martin"], attendance=62,
                 minutes="La numérisation des archives de Grand-Bassam sert d'exemple.",
                 takeaways="Envoyer le cahier des charges de numérisation à Grand-Bassam."),
            dict(title="Atelier 4 – Industries créatives", kind="workshop", date="2024-03-15", start_time="09:30",
                 end_time="11:30", room="Salle B", moderator="Marie-Ève Tremblay", speakers=["Ji-woo Park", "Daniel Okafor"],
                 attendance=58, minutes="Les incubateurs de Shawinigan cherchent des partenaires européens."),
        ],
    )


def _followups(today: dt.date) -> list[dict]:
    d = lambda days: (today + dt.timedelta(days=days)).isoformat()  # noqa: E731
    return [
        dict(title="Envoyer le projet de convention à Busan", owner="Claire Vasseur", due_on=d(-12), priority="high",
             partner="Busan", details="Version bilingue français-anglais, relue par le service juridique."),
        dict(title="Préparer la semaine Shizuoka × Cannes Week", owner="Claire Vasseur", due_on=d(3), partner="Shizuoka"),
        dict(title="Renouveler l'accord avec Sanya avant son échéance", owner="Julien Marchetti", due_on=d(30), partner="Sanya",
             priority="high"),
        dict(title="Relancer Shawinigan pour la mission industries créatives", owner="Julien Marchetti", due_on=d(-3),
             partner="Shawinigan", cost="7800.75"),
        dict(title="Envoyer le cahier des charges de numérisation à Grand-Bassam", owner="Sophie Lemaire", due_on=d(10),
             partner="Grand-Bassam", event="Culture et action internationale des collectivités territoriales"),
        dict(title="Accueillir la délégation de Busan pendant le Festival", owner="Claire Vasseur", due_on="2024-05-22",
             partner="Busan", status="done", completed_on="2024-05-22"),
        dict(title="Diffuser les actes du colloque de Toulouse", owner="Sophie Lemaire", due_on=d(-40),
             event="Culture et action internationale des collectivités territoriales"),
        dict(title="Organiser la résidence d'écriture d'un réalisateur coréen", owner="Claire Vasseur", due_on=d(60),
             partner="Busan", contact="Ji-woo Park"),
        dict(title="Numérisation des archives patrimoniales", owner="Sophie Lemaire", due_on=str(today.year + 1),
             partner="Grand-Bassam", details="Prestataire à choisir.\nCofinancement possible."),
    ]


def _interactions(today: dt.date) -> list[dict]:
    d = lambda days: (today + dt.timedelta(days=days)).isoformat()  # noqa: E731
    return [
        dict(kind="meeting", occurred_on=d(-20), partner="Busan", contact="Ji-woo Park", people="Claire Vasseur",
             note="Point d'étape sur la résidence d'écriture."),
        dict(kind="call", occurred_on=d(-45), partner="Shizuoka", contact="Hiroshi Tanaka", note="Calendrier de la semaine japonaise."),
        dict(kind="email", occurred_on=d(-400), partner="Sanya", contact="Mei Li", note="Dernier échange sur le spectacle pyrotechnique."),
        dict(kind="visit", occurred_on=d(-90), partner="Grand-Bassam", contact="Koffi Yao", note="Visite des archives municipales."),
    ]


def _office(session) -> None:
    """The demonstration office's city and signatories (printed documents), where none are set yet."""
    from db.services import settings

    for key, value in ((settings.OFFICE_CITY, "Cannes"), (settings.SIGNATORY_TITLE, "Le Maire"),
                       (settings.SECOND_SIGNATORY_TITLE, "L'Adjoint délégué aux relations internationales")):
        if not settings.text(session, key):
            settings.set(session, key, value)
    from db.services import atlas_team

    if not atlas_team.team(session):
        atlas_team.set_team(session, [
            dict(first_name="Anne", last_name="Moreau", title="Adjointe au maire déléguée aux relations internationales",
                 email="anne.moreau@example.fr", elected=True),
            dict(first_name="Claire", last_name="Vasseur", title="Directrice des relations internationales",
                 email="claire.vasseur@example.fr"),
            dict(first_name="Julien", last_name="Marchetti", title="Chargé de mission coopération"),
        ])


def load_demo(catalog: Catalog, today: dt.date | None = None) -> dict[str, int]:
    """Load the demonstration records (in one transaction) into a catalogue; returns counts."""
    today = today or dt.date.today()
    counts: dict[str, int] = {}
    with catalog.uow("démonstration") as uow:
        s, actor = uow.session, uow.actor

        def add(kind, schema, rows):
            for row in rows:
                records.create(s, kind, schema.model_validate(row), actor)
            counts[kind] = counts.get(kind, 0) + len(rows)

        add("partner", PartnerIn, PARTNERS)
        add("contact", ContactIn, CONTACTS)
        add("agreement", AgreementIn, _agreements(today))
        event = _event(today)
        event["sessions"] = [SessionIn.model_validate(x) for x in event["sessions"]]
        add("event", EventIn, [event])
        add("followup", FollowUpIn, _followups(today))
        add("interaction", InteractionIn, _interactions(today))
        _office(s)
        uow.commit()
    return counts
