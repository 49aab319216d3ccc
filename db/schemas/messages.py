"""Validation errors in plain words, French first: one place that words each error ``type``."""

from __future__ import annotations

from pydantic import ValidationError

MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("Valeur obligatoire", "Required value"),
    "too_long": ("Texte trop long (au plus {max_length} caractères)", "Text too long (at most {max_length} characters)"),
    "email_invalid": ("Adresse électronique invalide : « {value} »", "Invalid e-mail address: “{value}”"),
    "phone_invalid": ("Numéro de téléphone invalide : « {value} »", "Invalid phone number: “{value}”"),
    "country_unknown": ("Pays inconnu : « {value} »", "Unknown country: “{value}”"),
    "date_invalid": ("Date invalide : « {value} » (attendu : 22/05/2023, mai 2023 ou 2023)", "Invalid date: “{value}” (expected 22/05/2023, May 2023 or 2023)"),
    "date_needs_day": ("Date incomplète : « {value} » (jour, mois et année attendus)", "Incomplete date: “{value}” (day, month and year expected)"),
    "time_invalid": ("Heure invalide : « {value} » (attendu : 09:30 ou 9h30)", "Invalid time: “{value}” (expected 09:30 or 9h30)"),
    "bool_invalid": ("Valeur oui/non invalide : « {value} »", "Invalid yes/no value: “{value}”"),
    "number_invalid": ("Nombre invalide : « {value} »", "Invalid number: “{value}”"),
    "amount_negative": ("Montant négatif : « {value} »", "Negative amount: “{value}”"),
    "rate_invalid": ("Taux invalide : « {value} » (entre 0 et 100 %)", "Invalid rate: “{value}” (between 0 and 100%)"),
    "count_invalid": ("Nombre entier positif attendu : « {value} »", "A whole positive number is expected: “{value}”"),
    "months_invalid": ("Durée en mois attendue : « {value} » (ex. 3, « 6 mois », « trois mois », « 90 jours »)",
                       "A duration in months is expected: “{value}” (e.g. 3, “6 months”, “three months”, "
                       "“90 days”)"),
    "url_invalid": ("Adresse web invalide : « {value} »", "Invalid web address: “{value}”"),
    "choice_invalid": ("Valeur non reconnue : « {value} »", "Unrecognised value: “{value}”"),
    "year_invalid": ("Année invalide : « {value} »", "Invalid year: “{value}”"),
    "end_before_start": ("La date de fin précède la date de début", "The end date is before the start date"),
    "link_required": ("Lien obligatoire vers un partenaire ou un contact", "A link to a partner or a contact is required"),
    "link_unknown": ("Fiche liée introuvable : « {value} »", "Linked record not found: “{value}”"),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    # the import's own targets (relation lists, a partner named in a column): shown by --show-mapping
    "partner_country": ("Pays du partenaire", "Partner's country"), "partner": ("Partenaire", "Partner"),
    "twin": ("Ville jumelle", "Twin city"), "ours": ("Notre ville", "Our city"), "since": ("Depuis", "Since"),
    "name": ("Nom", "Name"), "title": ("Intitulé", "Title"), "kind": ("Type", "Kind"),
    "country": ("Pays", "Country"), "city": ("Ville", "City"), "website": ("Site web", "Website"),
    "email": ("Courriel", "E-mail"), "emails": ("Courriels", "E-mails"), "phone": ("Téléphone", "Phone"),
    "phones": ("Téléphones", "Phones"), "domains": ("Domaines", "Domains"), "status": ("Statut", "Status"),
    "active": ("Actif", "Active"), "partner_since": ("Partenaire depuis", "Partner since"),
    "referent": ("Référent", "Referent"), "leader": ("Dirigeant (fiche contact)", "Head (contact record)"),
    "full_name": ("Nom complet", "Full name"), "description": ("Description", "Description"),
    "notes": ("Notes", "Notes"), "partners": ("Partenaires", "Partners"),
    "signed_on": ("Date de signature", "Signed on"), "signed_at": ("Lieu de signature", "Signed at"),
    "starts_on": ("Début", "Starts on"), "ends_on": ("Fin", "Ends on"),
    "duration_years": ("Durée (ans)", "Duration (years)"), "renewal": ("Reconduction", "Renewal"),
    "notice_months": ("Préavis (mois)", "Notice (months)"), "signatories": ("Signataires", "Signatories"),
    "summary": ("Objet / résumé", "Summary"), "budget": ("Budget (€)", "Budget (€)"),
    "cofinancing_rate": ("Taux de cofinancement", "Co-financing rate"), "funders": ("Financeurs", "Funders"),
    "civility": ("Civilité", "Title"), "first_name": ("Prénom", "First name"), "last_name": ("Nom", "Last name"),
    "job_title": ("Fonction", "Role"), "organisation": ("Organisation", "Organisation"),
    "languages": ("Langues", "Languages"), "purpose": ("Finalité", "Purpose"), "source": ("Source", "Source"),
    "last_contact_on": ("Dernier contact", "Last contact"), "address": ("Adresse postale", "Postal address"),
    "no_contact": ("Ne pas contacter", "Do not contact"), "place": ("Lieu", "Place"),
    "organisers": ("Organisateurs", "Organisers"), "attendance": ("Participants", "Attendance"),
    "participants": ("Personnes présentes", "People present"),
    "budget_lines": ("Budget par année", "Budget by year"), "year": ("Année", "Year"),
    "planned": ("Prévu", "Planned"), "committed": ("Engagé", "Committed"), "paid": ("Versé", "Paid"),
    "cofinancers": ("Cofinanceurs", "Co-financers"), "category": ("Catégorie", "Category"), "time": ("Horaire", "Time"),
    "sessions": ("Séances", "Sessions"), "date": ("Date", "Date"), "start_time": ("Heure de début", "Start time"),
    "end_time": ("Heure de fin", "End time"), "room": ("Salle", "Room"), "moderator": ("Animateur", "Moderator"),
    "speakers": ("Intervenants", "Speakers"), "rapporteur": ("Rapporteur", "Rapporteur"),
    "minutes": ("Compte rendu", "Minutes"), "takeaways": ("À retenir", "Takeaways"),
    "details": ("Détails", "Details"), "owner": ("Responsable", "Owner"), "due_on": ("Échéance", "Due on"),
    "priority": ("Priorité", "Priority"), "completed_on": ("Réalisé le", "Completed on"), "cost": ("Coût (€)", "Cost (€)"),
    "agreement": ("Accord", "Agreement"), "contact": ("Contact", "Contact"), "event": ("Événement", "Event"),
    "session": ("Séance", "Session"), "occurred_on": ("Date", "Date"), "people": ("Personnes", "People"),
    "note": ("Note", "Note"), "number": ("Numéro", "Number"),
}


def field_label(field: str, language: str = "fr") -> str:
    fr, en = FIELD_LABELS.get(field, (field, field))
    return en if language == "en" else fr


def error_message(error: dict, language: str = "fr") -> str:
    """One pydantic error (``ValidationError.errors()`` item) in plain words."""
    kind = error.get("type", "")
    ctx = dict(error.get("ctx") or {})
    ctx.setdefault("value", error.get("input", ""))
    if kind in MESSAGES:
        fr, en = MESSAGES[kind]
        template = en if language == "en" else fr
        try:
            return template.format(**ctx)
        except (KeyError, IndexError):
            return template
    if kind == "missing":
        return MESSAGES["required"][1 if language == "en" else 0]
    return str(error.get("msg", kind))


def describe(exc: ValidationError, language: str = "fr") -> list[tuple[str, str]]:
    """(field path, message) for every problem of a validation error."""
    result = []
    for error in exc.errors():
        loc = ".".join(str(p) for p in error.get("loc", ()))
        result.append((loc, error_message(error, language)))
    return result


def describe_text(exc: ValidationError, language: str = "fr") -> str:
    lines = []
    for loc, message in describe(exc, language):
        field = loc.split(".")[0] if loc else ""
        label = field_label(field, language) if field else ""
        lines.append(f"{label} : {message}" if label and language != "en" else (f"{label}: {message}" if label else message))
    return "\n".join(lines)
