"""The words of the annual report, French and English, shared by its PDF and its .docx."""

from __future__ import annotations

WORDS = {
    "kicker": ("Rapport annuel", "Annual report"),
    "title": ("Bilan de l'action internationale {year}", "International action report {year}"),
    "signed": ("Accords signés", "Agreements signed"), "renewed": ("Accords reconduits", "Agreements renewed"),
    "ended": ("Accords arrivés à terme", "Agreements ended"), "in_force": ("Accords en vigueur en fin d'année",
                                                                       "Agreements in force at the end of the year"),
    "events": ("Événements", "Events"), "attendance": ("Participants", "Attendance"),
    "paid": ("Versé", "Paid"), "planned": ("Prévu", "Planned"), "committed": ("Engagé", "Committed"),
    "done": ("Suivis réalisés", "Follow-ups done"), "late": ("Suivis en retard", "Late follow-ups"),
    "agreement": ("Accord", "Agreement"), "partners": ("Partenaires", "Partners"), "signed_on": ("Signature", "Signed"),
    "standing": ("Situation", "Standing"), "date": ("Date", "Date"), "event": ("Événement", "Event"),
    "place": ("Lieu", "Place"), "partners_by_country": ("Partenaires actifs par pays", "Active partners by country"),
    "country": ("Pays", "Country"), "partners_count": ("Partenaires", "Partners"),
    "money": ("Budget de l'année par pays et par catégorie", "The year's money by country and category"),
    "category": ("Catégorie", "Category"), "no_country": ("Sans pays", "No country"),
    "no_category": ("Sans catégorie", "No category"),
    "none_signed": ("Aucun accord signé dans l'année.", "No agreement signed in the year."),
    "none_renewed": ("Aucun accord reconduit dans l'année.", "No agreement renewed in the year."),
    "none_ended": ("Aucun accord arrivé à terme dans l'année.", "No agreement ended in the year."),
    "none_events": ("Aucun événement dans l'année.", "No event in the year."),
    "none_partners": ("Aucun partenaire actif.", "No active partner."),
    "none_money": ("Aucun versement enregistré pour l'année.", "No payment recorded for the year."),
    "none_followups": ("Aucun.", "None."), "owner": ("Responsable", "Owner"), "due_on": ("Échéance", "Due"),
    "action": ("Action", "Action"),
    "as_of": ("Situation au {date}.", "As of {date}."),
}


def w(key: str, language: str = "fr", **kwargs) -> str:
    fr, en = WORDS[key]
    text = en if language == "en" else fr
    return text.format(**kwargs) if kwargs else text
