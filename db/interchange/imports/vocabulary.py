"""Column mapping: a French/English vocabulary of header wordings per kind of record.

Headers are folded (case, accents, punctuation) before matching, so "Tél.", "TEL", "Téléphone"
and "Phone" meet; a phrase matches exactly, as a prefix, or as a set of words inside the header.
This is a vocabulary of how offices word columns, not a list of any particular file's headers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from db.text import name_key

KINDS = ("partner", "agreement", "contact", "event", "session", "followup", "interaction")
KIND_LABELS = {"partner": "Partenaires", "agreement": "Accords", "contact": "Contacts", "event": "Événements",
               "session": "Séances (programme)", "followup": "Suivi des actions", "interaction": "Échanges"}

_NOTES = ["notes", "note", "remarques", "remarque", "observations", "observation", "commentaire", "commentaires",
          "comments", "comment", "remarks", "divers", "infos", "informations"]
_EMAIL = ["courriel", "courriels", "e mail", "email", "emails", "e mails", "mail", "adresse electronique",
          "adresse mail", "adresse courriel", "mel", "messagerie"]
_PHONE = ["telephone", "tel", "phone", "telephone fixe", "tel fixe", "fixe", "landline", "tel bureau",
          "numero de telephone", "phone number", "ligne directe", "standard", "telephone s", "tel s",
          "telephones", "tels", "phones", "numeros de telephone", "coordonnees telephoniques"]
_MOBILE = ["portable", "mobile", "tel portable", "telephone portable", "tel mobile", "telephone mobile",
           "cellulaire", "gsm", "cell", "mobile phone", "cell phone"]
_DOMAINS = ["domaines", "domaine", "domaine s", "thematiques", "thematique", "themes", "theme", "secteurs",
            "secteur", "secteurs d activite", "fields", "field", "domains", "domain", "areas", "topics",
            "champs", "champs d action", "axes", "axes de cooperation", "thematique s"]
_COUNTRY = ["pays", "country", "etat", "nation", "pays partenaire"]
_PARTNER_REF = ["partenaire", "partenaires", "partenaire s", "partner", "partners", "ville partenaire",
                "villes partenaires", "collectivite partenaire", "partenaire concerne", "organisme partenaire",
                "structure partenaire", "partner organisation", "partner city"]

VOCABULARY: dict[str, dict[str, list[str]]] = {
    "partner": {
        "name": ["ville partenaire", "collectivite partenaire", "nom du partenaire", "partenaire", "partner",
                 "partner name", "nom", "name", "organisme partenaire", "structure partenaire", "organisation",
                 "organisme", "structure", "institution", "etablissement", "collectivite", "raison sociale",
                 "denomination", "ville jumelle", "villes jumelles", "partner city", "partner organisation",
                 "nom de la ville", "nom de l organisme"],
        "kind": ["type de partenaire", "type de structure", "type", "categorie", "category", "nature", "kind",
                 "partner type", "type d organisme"],
        "country": _COUNTRY,
        "city": ["ville", "city", "commune", "localite", "town", "ville siege"],
        "website": ["site web", "site internet", "site", "website", "web", "url", "lien", "internet", "web site"],
        "email": _EMAIL,
        "phone": _PHONE + _MOBILE,
        "domains": _DOMAINS,
        "status": ["statut", "status", "etat du partenariat", "statut du partenariat"],
        "active": ["actif", "active", "actif ve", "en activite", "is active", "actif oui non", "partenariat actif"],
        "partner_since": ["date de signature", "signe le", "signed on", "signed", "depuis", "partenaire depuis",
                          "since", "partner since", "date du partenariat", "date de jumelage", "jumele depuis",
                          "jumelage depuis", "date de debut", "debut du partenariat", "signature", "annee",
                          "date", "date signature", "year"],
        "referent": ["referent", "referente", "referent e", "charge de mission", "chargee de mission",
                     "charge e de mission", "contact person", "contact", "responsable", "interlocuteur",
                     "suivi par", "dossier suivi par", "referent ville", "elu referent", "owner"],
        "description": ["description", "presentation", "objet", "about"],
        "notes": _NOTES,
    },
    "agreement": {
        "partners": [*_PARTNER_REF, "cocontractant", "cocontractants", "signataire", "partenaire signataire", "avec",
                     "counterparty", "counterparties", "contrepartie", "beneficiaire", "partie", "parties",
                     "organisme beneficiaire", "tiers", "contractant"],
        "title": ["intitule", "intitule de l accord", "titre", "title", "objet", "nom de l accord",
                  "libelle", "accord", "convention", "agreement", "name", "nom"],
        "kind": ["type d accord", "type de convention", "type", "nature", "kind", "agreement type",
                 "categorie", "nature de l accord", "forme"],
        "status": ["statut", "status", "etat", "etat de l accord", "en vigueur", "en cours", "actif", "active",
                   "clos", "cloture", "close", "termine", "terminee", "resilie", "closed", "ended", "in force",
                   "ongoing", "expire"],
        "signed_on": ["date de signature", "signe le", "signed on", "signature", "date signature", "signed",
                      "date", "date de l accord", "annee de signature", "conclue le", "conclu le", "date signed",
                      "date of signature", "signee le", "date de conclusion", "signing date", "annee"],
        "signed_at": ["lieu de signature", "signe a", "signed at", "place of signature"],
        "starts_on": ["date de debut", "debut", "start", "start date", "prise d effet", "entree en vigueur",
                      "date d effet", "effective date", "du"],
        "ends_on": ["date de fin", "fin", "echeance", "expiration", "end", "end date", "date d echeance",
                    "expire le", "valable jusqu au", "date d expiration", "au", "jusqu au", "expires", "expiry",
                    "expiry date", "expiration date", "valid until", "until", "terme", "date d expiration",
                    "end of agreement", "valable jusqu a"],
        "duration_years": ["duree", "duree ans", "duration", "duree en annees", "duration years", "duree annees"],
        "renewal": ["reconduction", "reconduction tacite", "tacite reconduction", "renouvellement", "renewal",
                    "tacit renewal", "renouvelable", "auto renewal"],
        "notice_months": ["preavis", "notice", "preavis mois", "notice months", "delai de preavis"],
        "signatories": ["signataires", "signatories", "signe par", "signed by"],
        "summary": ["resume", "summary", "description", "contenu", "objectifs", "objet de l accord"],
        "budget": ["budget", "montant", "amount", "budget annuel", "cout", "montant eur", "montant total",
                   "financement", "subvention", "enveloppe", "budget eur"],
        "cofinancing_rate": ["taux de cofinancement", "cofinancement", "taux", "cofinancing", "cofinancing rate",
                             "part cofinancee", "taux de financement"],
        "funders": ["financeurs", "funders", "cofinanceurs", "bailleurs", "bailleurs de fonds", "financeur"],
        "domains": _DOMAINS,
        "notes": _NOTES,
        "partner_country": _COUNTRY,
    },
    "contact": {
        "civility": ["civilite", "title", "salutation", "mr mme", "m mme", "titre de civilite", "genre", "titre"],
        "first_name": ["prenom", "prenoms", "first name", "firstname", "given name", "forename"],
        "last_name": ["nom de famille", "last name", "lastname", "surname", "family name", "nom", "name"],
        "full_name": ["nom complet", "nom et prenom", "prenom et nom", "nom prenom", "prenom nom", "full name",
                      "nom et prenoms", "personne", "contact", "interlocuteur", "intervenant", "intervenante",
                      "intervenants", "participant", "nom", "name", "identite"],
        "job_title": ["fonction", "poste", "job title", "job", "role", "position", "qualite", "function",
                      "titre", "intitule du poste", "fonction role", "titre fonction", "organization title",
                      "organisation title", "libelle de la fonction", "mandat", "fonction elective"],
        "organisation": ["organisation", "organisme", "structure", "institution", "etablissement", "employeur",
                         "organization", "company", "societe", "entite", "service", "affiliation"],
        "partners": _PARTNER_REF,
        "emails": _EMAIL,
        "phone": _PHONE,
        "mobile": _MOBILE,
        "languages": ["langues", "langue", "langue s", "languages", "language", "langues parlees",
                      "langues de travail"],
        "country": _COUNTRY,
        "purpose": ["objet du contact", "motif", "purpose", "finalite"],
        "source": ["source", "origine", "rencontre lors de"],
        "last_contact_on": ["dernier contact", "last contact", "date du dernier contact"],
        "notes": _NOTES,
    },
    "event": {
        "title": ["intitule", "titre", "title", "nom de l evenement", "evenement", "event", "event name",
                  "manifestation", "nom", "name", "libelle"],
        "kind": ["type", "type d evenement", "kind", "event type", "nature", "categorie", "format"],
        "starts_on": ["date de debut", "debut", "start", "start date", "du", "starts on", "date", "dates"],
        "ends_on": ["date de fin", "fin", "end", "end date", "au", "ends on", "jusqu au"],
        "place": ["lieu", "place", "venue", "location", "adresse", "ville", "site"],
        "organisers": ["organisateurs", "organisateur", "organisateur s", "organisers", "organizers",
                       "organise par", "organized by", "porteur", "porteurs"],
        "partners": ["partenaires", "partenaire", "partenaire s", "partners", "partner", "avec le soutien de"],
        "attendance": ["nombre de participants", "participants", "attendance", "frequentation", "nb participants",
                       "nombre de personnes", "audience", "nombre de visiteurs", "public"],
        "participants": ["participants", "liste des participants", "personnes presentes", "presents",
                         "liste de presence", "attendees", "participant list", "list of participants", "delegation",
                         "delegations"],
        "summary": ["resume", "summary", "description", "presentation", "objectifs", "programme"],
        "notes": _NOTES,
    },
    "session": {
        "event": ["evenement", "event", "colloque", "manifestation", "rencontres"],
        "title": ["seance", "session", "intitule", "titre", "title", "intitule de la seance", "sujet",
                  "theme", "atelier", "programme"],
        "kind": ["type", "type de seance", "format", "kind", "session type", "nature"],
        "date": ["date", "jour", "day"],
        "time": ["horaire", "horaires", "heure", "heures", "time", "creneau", "plage horaire"],
        "start_time": ["heure de debut", "debut", "start", "start time", "de"],
        "end_time": ["heure de fin", "fin", "end", "end time", "a"],
        "room": ["salle", "lieu", "room", "place", "venue", "location"],
        "moderator": ["moderation", "moderateur", "moderatrice", "moderateur rice", "moderator", "animation",
                      "animateur", "animatrice", "anime par", "chair", "president de seance", "modere par"],
        "speakers": ["intervenants", "intervenant", "intervenant e s", "intervenantes", "intervenants es",
                     "speakers", "speaker", "orateurs", "panelistes", "panel", "invites", "avec"],
        "rapporteur": ["rapporteur", "rapporteuse", "rapporteur e", "rapporteur rice"],
        "attendance": ["participants", "nombre de participants", "attendance", "nb participants", "public",
                       "frequentation", "inscrits"],
        "minutes": ["compte rendu", "minutes", "cr", "synthese"],
        "takeaways": ["a retenir", "takeaways", "conclusions", "points cles", "enseignements"],
    },
    "followup": {
        "title": ["action", "actions", "action a mener", "tache", "taches", "titre", "intitule", "objet",
                  "task", "title", "a faire", "todo", "to do", "libelle", "description de l action"],
        "details": [*_NOTES, "details", "detail", "description", "precisions"],
        "owner": ["responsable", "pilote", "porteur", "owner", "qui", "charge de", "referent", "suivi par",
                  "assigned to", "en charge", "assigne a", "responsable de l action"],
        "due_on": ["echeance", "date limite", "date d echeance", "due", "due date", "deadline", "pour le",
                   "avant le", "delai", "date", "date prevue", "a faire pour le", "due by", "target date"],
        "status": ["statut", "status", "etat", "avancement", "etat d avancement"],
        "done": ["fait", "realise", "done", "termine", "completed", "fait oui non", "realise oui non",
                 "ok", "clos", "cloture", "acheve"],
        "priority": ["priorite", "priority", "urgence", "importance"],
        "completed_on": ["date de realisation", "realise le", "fait le", "completed on", "termine le"],
        "cost": ["budget", "cout", "montant", "cost", "budget prevu", "depense", "amount", "cout estime",
                 "budget previsionnel", "montant prevu"],
        "partner": [*_PARTNER_REF, "collectivite", "ville"],
        "agreement": ["accord", "convention", "agreement", "accord concerne"],
        "contact": ["contact", "interlocuteur", "contact concerne"],
        "event": ["evenement", "event", "manifestation"],
    },
    "interaction": {
        "occurred_on": ["date", "date de l echange", "date du contact", "date de la rencontre", "date du rendez vous",
                        "le", "jour", "occurred on", "date of contact", "when"],
        "kind": ["type", "type d echange", "type de contact", "nature", "mode", "canal", "moyen", "kind", "channel",
                 "type of contact", "interaction type"],
        "partner": [*_PARTNER_REF, "collectivite", "ville", "organisme"],
        "contact": ["contact", "interlocuteur", "interlocutrice", "personne contactee", "avec qui", "contact person",
                    "with"],
        "people": ["personnes", "personnes presentes", "presents", "participants", "people", "attendees",
                   "qui"],
        "note": [*_NOTES, "compte rendu", "objet", "sujet", "resume", "summary", "teneur", "contenu"],
    },
}

# Fields that may take several columns (their values are joined).
MULTI = {("contact", "emails"), ("contact", "phone"), ("contact", "mobile"), ("partner", "notes"),
         ("contact", "notes"), ("followup", "details"), ("agreement", "notes"), ("event", "notes"),
         ("partner", "domains"), ("agreement", "domains"), ("contact", "languages"), ("contact", "partners")}
REQUIRED = {"partner": ("name",), "agreement": ("partners",), "contact": ("first_name", "last_name", "full_name"),
            "event": ("title",), "session": ("title",), "followup": ("title",), "interaction": ("occurred_on",)}
SHEET_HINTS = {
    "partner": ["partenaire", "partenaires", "partners", "partner", "villes", "jumelage", "jumelages",
                "collectivites", "structures", "organismes", "institutions", "cooperations"],
    "agreement": ["accords", "accord", "conventions", "convention", "agreements", "agreement", "contrats", "mou"],
    "contact": ["contacts", "contact", "annuaire", "intervenants", "carnet", "repertoire", "speakers", "people",
                "personnes", "interlocuteurs", "participants", "directory"],
    "event": ["evenement", "evenements", "events", "event", "manifestations", "colloque", "fiche evenement"],
    "session": ["programme", "program", "seances", "sessions", "agenda", "ateliers", "deroule"],
    "followup": ["suivi", "actions", "taches", "follow up", "followup", "todo", "relances", "plan d action"],
    "interaction": ["echanges", "interactions", "interaction", "historique des echanges", "journal des echanges",
                    "rendez vous", "journal des rencontres", "meetings", "calls"],
}
ROW_NUMBER_HEADERS = {"n", "no", "num", "numero", "#", "id", "ref", "reference", "n ordre", "ordre", "rang",
                      "code", "code interne", "identifiant"}

_PAREN = re.compile(r"\([^)]*\)")


def header_keys(header: str) -> list[str]:
    """The folded header, and the same without its parentheses ("Budget (€)" -> "budget")."""
    full = name_key(header)
    bare = name_key(_PAREN.sub(" ", header))
    return [k for k in dict.fromkeys((full, bare)) if k]


def phrase_score(key: str, phrase: str, position: int) -> float:
    if key == phrase:
        return 100 - position * 0.1
    if key.startswith(phrase + " "):
        return 80 - position * 0.1
    words = key.split()
    pw = phrase.split()
    if len(pw) > 1 and set(pw) <= set(words):
        return 60 + len(pw) - position * 0.1
    if len(pw) == 1 and len(pw[0]) > 3 and pw[0] in words:
        return 55 - position * 0.1
    return 0.0


def field_scores(header: str, kind: str) -> list[tuple[float, str]]:
    """(score, field) candidates for one header in one kind, best first."""
    return list(_field_scores(str(header) if header is not None else None, kind))


@lru_cache(maxsize=4096)
def _field_scores(header: str | None, kind: str) -> tuple[tuple[float, str], ...]:
    keys = header_keys(str(header)) if header is not None else []
    result = []
    for field, phrases in VOCABULARY[kind].items():
        best = 0.0
        for key in keys:
            for i, phrase in enumerate(phrases):
                best = max(best, phrase_score(key, phrase, i))
        if best:
            result.append((best, field))
    result.sort(reverse=True)
    return tuple(result)


def assign(headers: list, kind: str, natures: dict[int, str] | None = None) -> dict[int, str]:
    """Column index -> field, each field used once (except MULTI fields), best matches first.

    ``natures`` (column index -> what its values are, see ``column_nature``) keeps a field from a
    column of another nature: a date column never fills a job title, a code never a name."""
    candidates = []
    for index, header in enumerate(headers):
        if header is None or str(header).strip() == "":
            continue
        nature = (natures or {}).get(index)
        code = is_code_header(header)
        label = bool(LABEL_WORDS & set(name_key(str(header)).split()))
        for score, field in field_scores(header, kind):
            if code and field in TEXT_FIELDS:
                continue
            if field == "civility" and nature not in (None, "civility", "mixed") and \
                    name_key(str(header)) in ("titre", "title"):
                continue  # "Titre" holding "M." / "Mme" is a civility, holding "Directrice" a job title
            if label and field in ("email", "emails", "phone", "mobile"):
                continue  # "E-mail 1 - Label", "Phone 1 - Type": the kind of address, not the address
            if nature and not compatible(kind, field, nature):
                continue
            candidates.append((score, -index, index, field))
    candidates.sort(reverse=True)
    taken: dict[int, str] = {}
    used: set[str] = set()
    for _score, _neg, index, field in candidates:
        if index in taken or (field in used and (kind, field) not in MULTI):
            continue
        taken[index] = field
        used.add(field)
    fields = set(taken.values())
    if kind == "contact" and "full_name" in fields and ("first_name" in fields or "last_name" in fields):
        # "Nom" next to "Prénom" is the surname, not the full name
        for index, field in list(taken.items()):
            if field == "full_name" and "last_name" not in fields:
                taken[index] = "last_name"
            elif field == "full_name":
                del taken[index]
    if kind == "contact" and "last_name" in fields and "first_name" not in fields and "full_name" not in fields:
        for index, field in taken.items():
            if field == "last_name":
                taken[index] = "full_name"
    if kind == "partner" and "name" not in fields and "city" in fields:
        for index, field in taken.items():
            if field == "city":
                taken[index] = "name"
                break
    return taken


def kind_score(headers: list, kind: str, natures: dict[int, str] | None = None) -> tuple[int, float]:
    """(number of recognised columns, total score) of a header row read as this kind."""
    mapping = assign(headers, kind, natures)
    total = 0.0
    for index in mapping:
        scores = field_scores(headers[index], kind)
        total += scores[0][0] if scores else 0
    required = REQUIRED[kind]
    if not any(f in mapping.values() for f in required):
        return 0, 0.0
    return len(mapping), total


def sheet_hint(sheet_name: str) -> str | None:
    key = name_key(sheet_name)
    if not key:
        return None
    words = key.split()
    for kind, hints in SHEET_HINTS.items():
        for hint in hints:
            if key == hint or key.startswith(hint + " ") or (len(hint) > 4 and hint in words):
                return kind
    return None


PUBLIC_ID_HEADERS = {"identifiant", "id", "public id", "uuid", "identifiant passerelles", "passerelles id"}
# Sheets of kinds the import does not take: never guessed as another kind (none today).
UNSUPPORTED_SHEETS: set[str] = set()


def is_public_id_header(header) -> bool:
    """A column that may hold the records' public ids (the "Identifiant" column of our exports)."""
    return name_key(str(header or "")) in PUBLIC_ID_HEADERS


def is_unsupported_sheet(sheet_name: str) -> bool:
    return name_key(sheet_name or "") in UNSUPPORTED_SHEETS


def is_row_number_header(header) -> bool:
    return name_key(str(header or "")) in ROW_NUMBER_HEADERS


# --- the nature of a column's values, and which fields accept which nature -----------------------

CODE_WORDS = {"code", "id", "ref", "reference", "references", "numero", "n", "no", "num", "siren", "siret",
              "insee", "identifiant", "uuid", "matricule", "cle", "key", "nr", "nummer"}
# fields that hold names or words: never a date, a code, a number or an e-mail
TEXT_FIELDS = {"name", "city", "referent", "title", "first_name", "last_name", "full_name", "job_title",
               "organisation", "place", "moderator", "speakers", "rapporteur", "owner", "partners", "partner",
               "contact", "organisers", "signed_at", "civility", "kind", "status", "signatories", "funders",
               "event", "room", "domains", "languages", "source", "purpose", "agreement"}
DATE_LIKE = {"partner_since", "signed_on", "starts_on", "ends_on", "due_on", "date", "completed_on",
             "last_contact_on", "occurred_on"}


LABEL_WORDS = {"label", "type", "kind", "etiquette", "libelle", "categorie"}
CIVILITIES = {"m", "mme", "mr", "mrs", "ms", "miss", "mlle", "dr", "pr", "prof", "madame", "monsieur",
              "mademoiselle", "me", "maitre", "sir", "herr", "frau", "sr", "sra", "sig", "sig ra", "dott"}


def is_code_header(header) -> bool:
    """"Code commune", "Réf.", "N° SIRET", "ID": a column of identifiers, never a name or a city."""
    words = name_key(str(header or "")).split()
    return bool(words) and (words[0] in CODE_WORDS or (len(words) <= 3 and words[-1] in CODE_WORDS))


_DATE_TEXT = re.compile(r"^\s*(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})(\s|t|$)",
                        re.IGNORECASE)
_CODE_TEXT = re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9._/\-]*$")
_ADDRESS = re.compile(r"[^\s@<>]+@[^\s@<>]+\.[A-Za-z]{2,}")
_PHONE_TEXT = re.compile(r"^[+(]?[\d\s().\-/]{6,}$")


def value_nature(value) -> str | None:
    """"date", "number", "code", "email", "phone", "bool" or "text" (None for an empty cell)."""
    import datetime as dt

    if value is None:
        return None
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, dt.date | dt.datetime):
        return "date"
    if isinstance(value, int | float):
        return "number"
    text = str(value).strip()
    if text.startswith('="') and text.endswith('"'):
        text = text[2:-1].strip()   # a value written as a text formula (our CSV phones) is its text
    if not text:
        return None
    if "@" in text and _ADDRESS.search(text):
        return "email"
    if _DATE_TEXT.match(text):
        return "date"
    if len(text) <= 12 and name_key(text) in CIVILITIES:
        return "civility"
    if _PHONE_TEXT.match(text) and sum(ch.isdigit() for ch in text) >= 8:
        return "phone"
    if text.isdigit():
        return "code" if text[0] == "0" or len(text) >= 5 else "number"
    if _CODE_TEXT.match(text) and not text.isalpha():
        return "code"
    return "text"


def column_nature(values: list) -> str | None:
    """The nature of most of a column's sample values (None when it has fewer than two)."""
    counts: dict[str, int] = {}
    for value in values:
        nature = value_nature(value)
        if nature:
            counts[nature] = counts.get(nature, 0) + 1
    total = sum(counts.values())
    if total < 2:
        return None
    nature, count = max(counts.items(), key=lambda item: item[1])
    return nature if count * 10 >= total * 7 else "mixed"


def compatible(kind: str, field: str, nature: str) -> bool:
    """Whether a column whose values are of this nature may fill this field."""
    if field == "civility":
        return nature in ("civility", "mixed", "text")
    if field in TEXT_FIELDS:
        return nature not in ("date", "number", "code", "email", "phone", "civility")
    if field in DATE_LIKE:
        return nature not in ("email", "phone")
    if field in ("email", "emails"):
        return nature in ("email", "mixed")
    if field in ("phone", "mobile"):
        return nature not in ("date", "email", "civility")
    if field == "participants":   # names of people, not how many they were
        return nature not in ("date", "number", "code", "email", "phone")
    if field == "attendance":      # how many, not who
        return nature not in ("email", "date", "text")
    if field in ("budget", "cost", "notice_months", "duration_years", "cofinancing_rate"):
        return nature not in ("email", "date")
    return True


# --- what says "people": a first-name column, civility, birth date, sex, elected officials, attendees

PERSON_EVIDENCE = {
    "first_name": ("prenom", "prenoms", "first", "given", "forename", "firstname", "vorname", "nombre"),
    "civility": ("civilite", "civility", "salutation", "mr", "mme", "genre", "sexe", "gender", "sex", "titre civilite"),
    "birth": ("naissance", "birth", "birthday", "birthdate", "ne le", "nee le", "age"),
    "person": ("elu", "elue", "elus", "elues", "participant", "participante", "participants", "attendee",
               "attendees", "inscrit", "inscrits", "inscrite", "delegue", "deleguee", "adherent", "membre",
               "intervenant", "intervenante", "family", "surname", "nom de famille", "last", "middle"),
}


def person_evidence(headers: list) -> set[str]:
    """Which kinds of evidence that the rows are people the headers give."""
    found = set()
    for header in headers:
        words = name_key(str(header or "")).split()
        if not words:
            continue
        for what, cues in PERSON_EVIDENCE.items():
            if any(cue in words if " " not in cue else cue in " ".join(words) for cue in cues):
                found.add(what)
    return found


# --- relation lists: one row per relation between a city and its twin / partner ------------------

RELATION = {
    "ours": ["ville", "city", "commune", "collectivite", "ville francaise", "municipality", "town", "origine",
             "origin", "ville d origine", "from", "source", "ville 1", "city 1", "nom de la ville", "notre ville",
             "municipalite", "localite", "collectivite francaise", "ville de depart",
             # German, Spanish, Italian, Portuguese
             "gemeinde", "stadt", "kommune", "ciudad", "municipio", "localidad", "citta", "comune", "cidade",
             "municipio de origem"],
    "twin": ["ville jumelee", "villes jumelees", "ville jumelle", "villes jumelles", "jumelee avec", "jumele avec",
             "jumelage avec", "jumelle", "jumelles", "twin town", "twin towns", "twin city", "twin cities", "twin",
             "sister city", "sister cities", "sister town", "sister towns", "sister", "partner city",
             "partner cities", "partner town", "partner towns", "ville partenaire", "villes partenaires",
             "collectivite partenaire", "collectivites partenaires", "destination", "to", "ville 2", "city 2",
             "ville de destination", "ville associee", "villes associees", "partnerstadt", "gemellata con",
             "ciudad hermana", "cidade irma", "jumelages", "jumelage",
             "partnerstadte", "partnergemeinde", "partnergemeinden", "stadtepartnerschaft", "partnerschaft mit",
             "ciudad hermanada", "ciudades hermanadas", "hermanamiento", "hermanada con", "citta gemellata",
             "citta gemellate", "gemellaggio", "gemellata", "cidade geminada", "cidades geminadas", "geminada com",
             "cidades irmas"],
    "country": ["land", "staat", "pais", "paese", "stato", "pais de origem"],
    "since": ["date du jumelage", "date de jumelage", "date", "annee", "depuis", "since", "year", "jumele depuis",
              "jumelage depuis", "date de signature", "signe le", "established", "date signed", "annee du jumelage",
              "en date du", "date of twinning", "twinned since", "year of twinning", "annee de signature",
              "seit", "jahr", "datum", "desde", "fecha", "ano", "anno", "dal", "data"],
}
TWIN_COUNTRY_WORDS = {"jumelee", "jumelle", "jumele", "twin", "sister", "partenaire", "partner", "destination",
                      "2", "associee", "partnerstadt", "partnerstadte", "hermanada", "hermana", "gemellata",
                      "geminada", "irma"}
PARTNERSHIP_WORDS = {"partenaire", "partner", "destination", "associee", "associees", "partenaires"}


def _best(header, phrases: list[str]) -> float:
    best = 0.0
    for key in header_keys(str(header)):
        for i, phrase in enumerate(phrases):
            best = max(best, phrase_score(key, phrase, i))
    return best


def relation_columns(headers: list, natures: dict[int, str] | None = None) -> dict[int, tuple[str, int]] | None:
    """Column index -> (target, side) of a relation list, or None when the headers are not one.

    Sides: 0 is the row's own city, 1 its twin / partner. Targets: "partners" (a side's name),
    "partner_country" (a side's country), "signed_on" (the relation's date), and the other
    columns an agreement register would have (type, domains, status, end date, notes…) as the
    agreement's own fields (side 0)."""
    ours = twin = None
    scores: list[tuple[float, int, str]] = []
    for index, header in enumerate(headers):
        if not header or is_code_header(header):
            continue
        nature = (natures or {}).get(index)
        if nature and nature in ("date", "number", "code", "email", "phone", "civility"):
            continue
        for side in ("twin", "ours"):
            score = _best(header, RELATION[side])
            if score >= 50:
                scores.append((score, index, side))
    scores.sort(key=lambda s: (-s[0], s[1]))
    twin_score = 0.0
    for score, index, side in scores:
        if side == "twin" and twin is None and index != ours:
            twin, twin_score = index, score
    for score, index, side in scores:
        # a place column of its own ("Ville", "Commune") or, beside a column that says "twin" plainly,
        # any heading with a place word ("US City", "Gemeinde Bayern")
        if side == "ours" and ours is None and index != twin and (score >= 80 or (score >= 50 and twin_score >= 80)):
            ours = index
    if ours is None or twin is None:
        return None
    result: dict[int, tuple[str, int]] = {ours: ("partners", 0), twin: ("partners", 1)}
    countries = [i for i, h in enumerate(headers) if h and i not in result
                 and (_best(h, _COUNTRY) >= 50 or _best(h, RELATION["country"]) >= 55)]
    for index in countries:
        words = set(name_key(headers[index]).split())
        if words & TWIN_COUNTRY_WORDS:
            side = 1
        else:
            left = [i for i in (ours, twin) if i < index]
            side = (1 if max(left) == twin else 0) if left else (0 if ours < twin else 1)
        if not any(t == ("partner_country", side) for t in result.values()):
            result[index] = ("partner_country", side)
    for index, header in enumerate(headers):
        if header and index not in result and _best(header, RELATION["since"]) >= 75 \
                and (natures or {}).get(index) not in ("email", "phone"):
            result[index] = ("signed_on", 0)
            break
    used = {target for target, _side in result.values()}
    for index, target in assign(headers, "agreement", natures).items():
        if index not in result and target not in used and target not in ("partners", "partner_country"):
            result[index] = (target, 0)
            used.add(target)
    return result


def relation_kind(headers: list, columns: dict[int, tuple[str, int]]) -> str:
    """twinning, unless the partner side is worded as a partnership ("ville partenaire")."""
    twin = next(i for i, t in columns.items() if t == ("partners", 1))
    words = set(name_key(headers[twin]).split())
    return "partnership" if words & PARTNERSHIP_WORDS else "twinning"
