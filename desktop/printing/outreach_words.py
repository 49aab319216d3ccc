"""The words of the outreach and personal-data printouts (invitation letter, attendance sheet, labels,
badges, a person's data, the record of processing), in French and English: ``(fr, en)`` pairs as the
other printouts keep them (``html_reports.T``), chosen by the printout's language. Field names come
from ``db.schemas.messages.field_label`` and codes from ``db.schemas.vocab``."""

from __future__ import annotations

W: dict[str, tuple[str, str]] = {
    # invitation letter
    "from_to": ("du {start} au {end}", "from {start} to {end}"), "on": ("le {date}", "on {date}"),
    "place_date": ("{city}, le {date}", "{city}, {date}"), "date_alone": ("Le {date}", "{date}"),
    "subject": ("Objet :", "Subject:"), "invitation": ("invitation", "invitation"),
    "invite": ("{office} a le plaisir de vous inviter au {kind} « {title} »", "{office} is pleased to invite you to the "
               "{kind} “{title}”"),
    "event": ("événement", "event"), "programme": ("Au programme :", "Programme:"),
    "answer": ("Nous vous serions reconnaissants de bien vouloir nous faire part de votre réponse.",
               "We would be grateful if you could let us know whether you will attend."),
    "closing": ("Nous vous prions d'agréer, {salutation}, l'expression de nos salutations distinguées.",
                "Yours sincerely,"),
    "closing_unnamed": ("Nous vous prions d'agréer, {salutation}, l'expression de nos salutations distinguées.",
                        "Yours faithfully,"),
    "sir_or_madam": ("Madame, Monsieur,", "Dear Sir or Madam,"),
    "mr": ("Monsieur", "Mr"), "ms": ("Madame", "Ms"), "dear": ("{name},", "Dear {name},"),
    # attendance sheet
    "attendance_sheet": ("Feuille d'émargement", "Attendance sheet"), "attendance": ("Émargement", "Attendance"),
    "number": ("N°", "No."), "name": ("Nom", "Name"), "organisation": ("Organisation", "Organisation"),
    "signature": ("Signature", "Signature"),
    "expected": ("{n} personne(s) attendue(s). Signée, cette feuille se relit dans Passerelles (Événement › Lire une "
                 "feuille d'émargement…) depuis son classeur rempli.",
                 "{n} person(s) expected. Once signed, this sheet is read back in Passerelles (Event › Read an "
                 "attendance sheet…) from its filled workbook."),
    # labels and badges
    "labels": ("Étiquettes", "Labels"), "badges": ("Badges — {title}", "Badges — {title}"),
    # a person's data
    "personal_data": ("Données personnelles", "Personal data"),
    "everything": ("Tout ce que le catalogue contient sur cette personne, au {date}",
                   "Everything the catalogue holds about this person, as of {date}"),
    "record": ("Fiche", "Record"), "events": ("Événements", "Events"), "event_heading": ("Événement", "Event"), "date": ("Date", "Date"),
    "invitation_or_session": ("Invitation ou séance", "Invitation or session"), "response": ("Réponse", "Answer"),
    "presence_or_role": ("Présence ou rôle", "Attendance or role"), "no_event": ("Aucun événement.", "No event."),
    "invited_on": ("invité(e) le {date}", "invited on {date}"), "present": ("présent(e)", "present"),
    "absent": ("absent(e)", "absent"), "interactions": ("Échanges", "Interactions"), "kind": ("Type", "Kind"),
    "with": ("Avec", "With"), "note": ("Note", "Note"), "no_interaction": ("Aucun échange.", "No interaction."),
    "followups": ("Suivis", "Follow-ups"), "followup": ("Suivi", "Follow-up"), "due": ("Échéance", "Due"),
    "status": ("Statut", "Status"), "no_followup": ("Aucun suivi.", "No follow-up."), "documents": ("Documents", "Documents"),
    "document": ("Document", "Document"), "agreement": ("Accord", "Agreement"),
    "no_document": ("Aucun document des accords qu'elle a signés.", "No document of the agreements they signed."),
    "history": ("Historique des modifications", "History of changes"), "action": ("Action", "Action"),
    "by": ("Par", "By"), "changes": ("Changements", "Changes"),
    "same_in_json": ("Le même contenu existe en fichier JSON (Contacts › Données personnelles › Exporter en JSON, ou "
                     "« passerelles personal-data »).", "The same content exists as a JSON file (Tools › Personal data "
                     "of the contact (JSON)…, or “passerelles personal-data”)."),
    "yes_no_contact": ("oui — ne pas contacter", "yes — do not contact"), "no": ("non", "no"),
    "opposition": ("Opposition", "Objection"), "anonymised_at": ("Anonymisée le", "Anonymised on"),
    "kept_on": ("Conservée le", "Kept on"), "created_at": ("Fiche créée le", "Record created on"),
    "created_by": ("Créée par", "Created by"), "updated_at": ("Modifiée le", "Changed on"),
    "updated_by": ("Modifiée par", "Changed by"), "address": ("Adresse postale", "Postal address"),
    "moderator": ("animateur", "moderator"), "rapporteur": ("rapporteur", "rapporteur"), "speaker": ("intervenant", "speaker"),
}


def w(key: str, language: str = "fr", **kwargs) -> str:
    """The word ``key`` in ``language`` ("fr" unless "en"), with ``{name}`` fields filled."""
    fr, en = W[key]
    text = en if language == "en" else fr
    return text.format(**kwargs) if kwargs else text
