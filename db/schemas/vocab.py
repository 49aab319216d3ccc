"""Closed vocabularies of the catalogue (kinds, statuses) with French and English labels.

Codes are what the database, the JSON export and the CLI use; labels are what people read.
Synonyms let forms, import and CLI accept the French and English words offices write.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Vocabulary:
    name: str
    labels: dict[str, tuple[str, str]]  # code -> (fr, en)
    synonyms: dict[str, str] = field(default_factory=dict)  # name_key with "_" -> code

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.labels)

    def label(self, code: str | None, language: str = "fr") -> str:
        if not code:
            return ""
        fr, en = self.labels.get(code, (code, code))
        return en if language == "en" else fr

    def all_synonyms(self) -> dict[str, str]:
        """Codes, both labels and the extra synonyms, keyed as ``choice`` folds input."""
        from db.text import name_key

        table = {}
        for code, (fr, en) in self.labels.items():
            table[name_key(fr).replace(" ", "_")] = code
            table[name_key(en).replace(" ", "_")] = code
        table.update(self.synonyms)
        return table


PARTNER_KIND = Vocabulary("partner_kind", {
    "city": ("Ville / collectivité", "City / local authority"),
    "territory": ("Territoire / région", "Territory / region"),
    "school": ("École / université", "School / university"),
    "cultural_institution": ("Institution culturelle", "Cultural institution"),
    "festival": ("Festival", "Festival"),
    "association": ("Association", "Association"),
    "company": ("Entreprise", "Company"),
    "network": ("Réseau", "Network"),
    "public_body": ("Organisme public", "Public body"),
    "other": ("Autre", "Other"),
}, {"ville": "city", "collectivite": "city", "commune": "city", "municipalite": "city",
    "mairie": "city", "region": "territory", "province": "territory", "departement": "territory",
    "ecole": "school", "universite": "school", "university": "school", "ecole_de_cinema": "school",
    "film_school": "school", "institut": "cultural_institution", "musee": "cultural_institution",
    "institution": "cultural_institution", "entreprise": "company", "societe": "company",
    "reseau": "network", "ong": "association", "organisme_public": "public_body",
    "etablissement_public": "public_body", "autre": "other"})

PARTNER_STATUS = Vocabulary("partner_status", {
    "prospect": ("Prospect", "Prospect"),
    "active": ("Actif", "Active"),
    "dormant": ("En sommeil", "Dormant"),
}, {"actif": "active", "active": "active", "en_cours": "active", "ongoing": "active", "current": "active",
    "en_activite": "active", "inactif": "dormant", "inactive": "dormant", "sommeil": "dormant",
    "en_veille": "dormant", "suspendu": "dormant", "suspended": "dormant", "ancien": "dormant", "former": "dormant",
    "prospection": "prospect", "en_prospection": "prospect", "potentiel": "prospect", "potential": "prospect",
    "piste": "prospect", "a_contacter": "prospect", "lead": "prospect"})

AGREEMENT_KIND = Vocabulary("agreement_kind", {
    "twinning": ("Jumelage", "Twinning"),
    "memorandum": ("Protocole d'entente", "Memorandum of understanding"),
    "partnership": ("Convention de partenariat", "Partnership agreement"),
    "letter_of_intent": ("Lettre d'intention", "Letter of intent"),
    "friendship_pact": ("Pacte d'amitié", "Friendship pact"),
    "grant": ("Convention de subvention", "Grant agreement"),
}, {"mou": "memorandum", "protocole": "memorandum", "protocole_d_accord": "memorandum",
    "memorandum_d_entente": "memorandum", "accord_de_cooperation": "partnership",
    "convention": "partnership", "partenariat": "partnership", "accord_de_partenariat": "partnership",
    "convention_de_cooperation": "partnership", "cooperation_decentralisee": "partnership",
    "cooperation": "partnership", "decentralised_cooperation": "partnership", "sister_city": "twinning",
    "twin_town": "twinning", "pacte_d_amitie_et_de_cooperation": "friendship_pact",
    "lettre_d_intention": "letter_of_intent", "loi": "letter_of_intent", "subvention": "grant",
    "subventions": "grant", "grants": "grant", "subsidy": "grant", "subvencion": "grant", "subvencao": "grant",
    "sovvenzione": "grant", "zuschuss": "grant", "zuwendung": "grant", "forderung": "grant",
    "projektbeitrag": "grant", "projektforderung": "grant", "forderbeitrag": "grant", "termo_de_fomento": "grant",
    "jumelage": "twinning", "accord_de_jumelage": "twinning", "charte_de_jumelage": "twinning"})

AGREEMENT_STATUS = Vocabulary("agreement_status", {
    "draft": ("Projet", "Draft"),
    "negotiation": ("En négociation", "Negotiation"),
    "signed": ("Signé", "Signed"),
    "active": ("En vigueur", "Active"),
    "expired": ("Expiré", "Expired"),
    "terminated": ("Résilié", "Terminated"),
}, {"brouillon": "draft", "en_projet": "draft", "en_preparation": "draft", "en_redaction": "draft",
    "a_l_etude": "draft", "projet_d_accord": "draft",
    "negociation": "negotiation", "en_cours_de_negociation": "negotiation", "negotiating": "negotiation",
    "under_negotiation": "negotiation", "in_negotiation": "negotiation",
    "signe": "signed", "signee": "signed", "signes": "signed", "signees": "signed",
    "actif": "active", "active": "active", "en_cours": "active", "in_force": "active", "en_vigueur": "active",
    "ongoing": "active", "current": "active", "valide": "active", "renouvele": "active", "renouvelee": "active",
    "renewed": "active",
    "expire": "expired", "expiree": "expired", "echu": "expired", "echue": "expired", "caduc": "expired",
    "caduque": "expired", "termine": "expired", "terminee": "expired", "arrive_a_echeance": "expired",
    "lapsed": "expired", "ended": "expired",
    "resilie": "terminated", "resiliee": "terminated", "denonce": "terminated", "denoncee": "terminated",
    "rompu": "terminated", "annule": "terminated", "annulee": "terminated", "cancelled": "terminated",
    "canceled": "terminated", "clos": "expired", "close": "expired", "cloture": "expired", "cloturee": "expired",
    "closed": "expired",
    # the same words in the other languages of the import (es, pt, it, de, nl, pl)
    "borrador": "draft", "en_preparacion": "draft", "rascunho": "draft", "em_elaboracao": "draft", "bozza": "draft",
    "entwurf": "draft", "ontwerp": "draft", "concept": "draft", "szkic": "draft", "projekt": "draft",
    "en_negociacion": "negotiation", "em_negociacao": "negotiation", "in_trattativa": "negotiation",
    "in_verhandlung": "negotiation", "in_onderhandeling": "negotiation", "w_negocjacjach": "negotiation",
    "firmado": "signed", "firmada": "signed", "assinado": "signed", "assinada": "signed", "firmato": "signed",
    "unterzeichnet": "signed", "ondertekend": "signed", "podpisana": "signed", "podpisany": "signed",
    "vigente": "active", "en_vigor": "active", "em_vigor": "active", "activo": "active", "activa": "active",
    "ativo": "active", "ativa": "active", "en_curso": "active", "em_andamento": "active", "em_execucao": "active",
    "en_ejecucion": "active", "in_vigore": "active", "attivo": "active", "attiva": "active", "in_corso": "active",
    "aktiv": "active", "laufend": "active", "gultig": "active", "in_kraft": "active", "lopend": "active",
    "actief": "active", "geldig": "active", "aktywna": "active", "aktywny": "active", "obowiazuje": "active",
    "w_trakcie": "active",
    "vencido": "expired", "vencida": "expired", "expirado": "expired", "expirada": "expired", "caducado": "expired",
    "caducada": "expired", "finalizado": "expired", "finalizada": "expired", "concluido": "expired",
    "concluida": "expired", "terminado": "expired", "terminada": "expired", "encerrado": "expired",
    "encerrada": "expired", "cerrado": "expired", "scaduto": "expired", "scaduta": "expired", "concluso": "expired",
    "abgelaufen": "expired", "beendet": "expired", "abgeschlossen": "expired", "verlopen": "expired",
    "afgelopen": "expired", "beeindigd": "expired", "afgesloten": "expired", "wygasla": "expired",
    "wygasl": "expired", "zakonczona": "expired", "zakonczony": "expired",
    "rescindido": "terminated", "rescindida": "terminated", "cancelado": "terminated", "cancelada": "terminated",
    "anulado": "terminated", "anulada": "terminated", "revocado": "terminated", "revogado": "terminated",
    "denunciado": "terminated", "rescisso": "terminated", "risolto": "terminated", "annullato": "terminated",
    "revocato": "terminated", "gekundigt": "terminated", "aufgelost": "terminated", "widerrufen": "terminated",
    "opgezegd": "terminated", "ontbonden": "terminated", "rozwiazana": "terminated", "wypowiedziana": "terminated",
    "anulowana": "terminated"})

RENEWAL = Vocabulary("renewal", {
    "none": ("Aucune", "None"),
    "tacit": ("Tacite", "Tacit"),
    "explicit": ("Expresse", "Explicit"),
}, {"non": "none", "aucun": "none", "oui": "tacit", "tacite_reconduction": "tacit",
    "reconduction_tacite": "tacit", "express": "explicit", "explicite": "explicit"})

EVENT_KIND = Vocabulary("event_kind", {
    "colloquium": ("Colloque", "Colloquium"),
    "festival": ("Festival", "Festival"),
    "delegation_visit": ("Visite de délégation", "Delegation visit"),
    "residency": ("Résidence", "Residency"),
    "screening": ("Projection", "Screening"),
    "themed_week": ("Semaine thématique", "Themed week"),
    "meeting": ("Rencontre", "Meeting"),
    "other": ("Autre", "Other"),
}, {"colloque": "colloquium", "conference": "colloquium", "seminaire": "colloquium",
    "rencontres": "meeting", "delegation": "delegation_visit", "visite": "delegation_visit",
    "residence": "residency", "semaine": "themed_week", "autre": "other"})

SESSION_KIND = Vocabulary("session_kind", {
    "plenary": ("Plénière", "Plenary"),
    "round_table": ("Table ronde", "Round table"),
    "workshop": ("Atelier", "Workshop"),
    "screening": ("Projection", "Screening"),
    "other": ("Autre", "Other"),
}, {"pleniere": "plenary", "seance_pleniere": "plenary", "ouverture": "plenary",
    "cloture": "plenary", "conference": "plenary", "table_ronde": "round_table",
    "atelier": "workshop", "autre": "other"})

FOLLOWUP_STATUS = Vocabulary("followup_status", {
    "open": ("À faire", "Open"),
    "done": ("Fait", "Done"),
    "cancelled": ("Annulé", "Cancelled"),
}, {"a_faire": "open", "en_cours": "open", "ouvert": "open", "ouverte": "open", "to_do": "open", "todo": "open",
    "in_progress": "open", "ongoing": "open", "pending": "open", "en_attente": "open", "en_retard": "open",
    "late": "open", "overdue": "open", "reporte": "open", "reportee": "open", "postponed": "open",
    "a_realiser": "open", "not_done": "open", "non_fait": "open", "pas_fait": "open",
    "fait": "done", "faite": "done", "realise": "done", "realisee": "done", "termine": "done", "terminee": "done",
    "clos": "done", "close": "done", "closed": "done", "cloture": "done", "cloturee": "done", "fini": "done",
    "finie": "done", "finished": "done", "acheve": "done", "achevee": "done", "completed": "done",
    "complete": "done", "traite": "done", "traitee": "done", "ok": "done",
    "annule": "cancelled", "annulee": "cancelled", "canceled": "cancelled", "abandonne": "cancelled",
    "abandonnee": "cancelled", "abandoned": "cancelled", "sans_objet": "cancelled", "dropped": "cancelled"})

PRIORITY = Vocabulary("priority", {
    "low": ("Basse", "Low"),
    "normal": ("Normale", "Normal"),
    "high": ("Haute", "High"),
}, {"faible": "low", "moyenne": "normal", "haute": "high", "urgent": "high", "elevee": "high"})

INTERACTION_KIND = Vocabulary("interaction_kind", {
    "meeting": ("Réunion", "Meeting"),
    "call": ("Appel", "Call"),
    "email": ("Courriel", "E-mail"),
    "visit": ("Visite", "Visit"),
    "other": ("Autre", "Other"),
}, {"rendez_vous": "meeting", "rencontre": "meeting", "telephone": "call", "appel_telephonique": "call",
    "mail": "email", "e_mail": "email", "courrier": "email", "autre": "other"})

RESPONSE = Vocabulary("response", {
    "accepted": ("A accepté", "Accepted"),
    "declined": ("A décliné", "Declined"),
}, {"oui": "accepted", "yes": "accepted", "present": "accepted", "accepte": "accepted", "non": "declined",
    "no": "declined", "excuse": "declined", "absent": "declined", "decline": "declined"})

# The kinds of spending of the yearly APD declaration (e-APD guide of the DCTCIV, France Diplomatie;
# docs/apd.md says which edition and what each covers). "not_oda": money that is no development aid
# (cultural promotion, a partner in a country off the OECD list): recorded, never declared.
BUDGET_CATEGORY = Vocabulary("budget_category", {
    "cooperation": ("Coopération décentralisée et autres actions extérieures",
                    "Decentralised cooperation and other external actions"),
    "ngo_grant": ("Subventions à des associations ou ONG", "Grants to associations or NGOs"),
    "awareness": ("Sensibilisation au développement", "Development awareness"),
    "refugees": ("Aide aux réfugiés", "Aid to refugees"),
    "students": ("Accueil d'étudiants étrangers", "Foreign students"),
    "admin_costs": ("Dépenses de service et charges de suivi", "Service and follow-up costs"),
    "multilateral": ("Contributions multilatérales", "Multilateral contributions"),
    "not_oda": ("Hors APD", "Not ODA"),
}, {"cooperation_decentralisee": "cooperation", "jumelage": "cooperation", "projet_de_cooperation": "cooperation",
    "subvention": "ngo_grant", "subventions": "ngo_grant", "association": "ngo_grant", "ong": "ngo_grant",
    "sensibilisation": "awareness", "education_au_developpement": "awareness", "refugies": "refugees",
    "etudiants": "students", "bourses": "students", "frais_de_suivi": "admin_costs",
    "frais_administratifs": "admin_costs", "fonctionnement": "admin_costs", "multilateral": "multilateral",
    "organisations_internationales": "multilateral", "hors_apd": "not_oda", "non_apd": "not_oda",
    "culture": "not_oda", "promotion": "not_oda"})

DEFAULT_DOMAINS = [
    "Cinéma et audiovisuel", "Gastronomie", "Patrimoine", "Livre et lecture", "Résidences d'artistes",
    "Industries créatives", "Numérique", "Éducation et jeunesse", "Enseignement supérieur",
    "Tourisme", "Musique", "Spectacle vivant", "Arts visuels", "Sport", "Développement économique",
    "Appui institutionnel", "Francophonie",
]
