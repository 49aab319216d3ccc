"""What a service refuses, in French and in English: one table of wordings for the sentences of
``db.services`` errors (a record not found, a refused merge, an invalid value…) and of the helpers
they call (the attendance sheet, the calendar export, the ODA list).

A ``ServiceMessage`` is the French sentence (a ``str``: the command line prints it) and knows its
English (``in_language("en")``: the English window shows it), as ``db.faults.FaultMessage`` and
``db.backup_messages.BackupMessage`` do; a parameter that knows its own wordings (``Localized``, a
kind's name or a count) is said in the same language. ``{name}`` is a file or a record's name,
``{reference}`` what the user typed.
"""

from __future__ import annotations

from db.faults import KeyedMessage, Localized

# key -> (French, English)
MESSAGES: dict[str, tuple[str, str]] = {
    "quoted": ("« {text} »", "“{text}”"),
    # records: found, named, kept apart
    "unknown_kind": ("Type de fiche inconnu : « {kind} ».", "Unknown kind of record: “{kind}”."),
    "not_found": ("{none} « {reference} » dans le catalogue.", "{none} “{reference}” in the catalogue."),
    "none_named": ("{none} « {reference} ».", "{none} “{reference}”."),
    "ambiguous": ("« {reference} » désigne {count} : {names}. Précisez le nom ou donnez l'identifiant.",
                  "“{reference}” means {count}: {names}. Give the full name or the identifier."),
    "conflict": ("Cette fiche a été modifiée entre-temps par quelqu'un d'autre.",
                 "This record was changed meanwhile by someone else."),
    "link_unknown": ("Fiche liée introuvable : « {reference} » ({field}).",
                     "Linked record not found: “{reference}” ({field})."),
    # the trash and the history
    "deleted_ambiguous": ("Plusieurs fiches supprimées s'appellent « {reference} » : indiquez leur identifiant "
                          "(voir « passerelles trash »).",
                          "Several deleted records are called “{reference}”: give their identifier (see "
                          "“passerelles trash”)."),
    "no_record": ("Aucune fiche « {reference} » ({kind}).", "No record “{reference}” ({kind})."),
    "not_in_trash": ("« {name} » n'est pas dans la corbeille.", "“{name}” is not in the trash."),
    "no_version": ("Cette version n'existe pas pour cette fiche.", "This version does not exist for this record."),
    "purge_live": ("Seule une fiche de la corbeille peut être supprimée définitivement.",
                   "Only a record in the trash can be deleted for good."),
    # merging two records
    "merge_kind": ("la fusion porte sur des partenaires, contacts, accords ou événements, pas « {kind} ».",
                   "merging works on partners, contacts, agreements or events, not “{kind}”."),
    "merge_same": ("A et B désignent la même fiche : rien à fusionner.",
                   "A and B are the same record: nothing to merge."),
    "merge_fields": ("champ inconnu pour la fusion : {fields}.", "unknown field for the merge: {fields}."),
    # follow-ups, invitations, attendance sheets
    "followup_from": ("On ne peut pas créer de suivi depuis une fiche « {kind} ».",
                      "A follow-up cannot be made from a record of kind “{kind}”."),
    "no_session_in_event": ("« {event} » n'a pas de séance « {reference} ».",
                            "“{event}” has no session “{reference}”."),
    "session_not_of_event": ("Cette séance n'appartient pas à l'événement.",
                             "This session does not belong to the event."),
    "not_a_participant": ("« {who} » n'est pas dans la liste des participants de l'événement.",
                          "“{who}” is not on the event's list of participants."),
    "unknown_response": ("Réponse inconnue : attendu « accepte » ou « décline ».",
                         "Unknown answer: “accepted” or “declined” expected."),
    "not_an_attendance_sheet": ("« {name} » n'est pas une feuille d'émargement lisible : attendu un classeur .xlsx "
                                "ou un fichier .csv.",
                                "“{name}” is not a readable attendance sheet: an .xlsx workbook or a .csv file is "
                                "expected."),
    "sheet_damaged": ("Le fichier « {name} » n'a pas pu être lu : il semble endommagé.",
                      "The file “{name}” could not be read: it looks damaged."),
    "no_heading_row": ("Aucune ligne d'en-tête dans « {name} » : il faut une colonne « Nom » et une colonne "
                       "« Présent » ou « Signature ».",
                       "No heading row in “{name}”: a “Name” column and a “Present” or “Signature” column are "
                       "needed."),
    # documents, contacts' personal data
    "not_a_document": ("« {name} » n'est pas le nom d'un document du catalogue.",
                       "“{name}” is not the name of a document of the catalogue."),
    "document_too_large": ("« {name} » pèse {size} Mo : un catalogue partagé accepte des documents de {most} Mo au "
                           "plus. Réduisez-le (PDF compressé) ou joignez-en un extrait.",
                           "“{name}” weighs {size} MB: a shared catalogue takes documents of {most} MB at most. "
                           "Make it smaller (a compressed PDF) or attach an extract."),
    "file_missing": ("Fichier introuvable : « {name} ».", "File not found: “{name}”."),
    "already_anonymised": ("« {name} » est déjà anonymisé(e).", "“{name}” is already anonymised."),
    # preferences
    "logo_type": ("« {name} » n'est pas une image prise en charge (PNG, JPEG, SVG, GIF, BMP).",
                  "“{name}” is not a supported image (PNG, JPEG, SVG, GIF, BMP)."),
    "logo_too_heavy": ("« {name} » est trop lourd pour un logo ({size} ko ; 2 000 ko au plus).",
                       "“{name}” is too heavy for a logo ({size} kB; 2,000 kB at most)."),
    "logo_empty": ("« {name} » est vide.", "“{name}” is empty."),
    "retention_years": ("La durée de conservation doit être un nombre d'années entre 1 et {most}.",
                        "The retention period must be a number of years between 1 and {most}."),
    # imports, exports, yearly reports
    "undo_interrupted": ("Annulation de l'import n° {number} interrompue : {done} modifications sur {total} "
                         "défaites. Relancez « Annuler cet import » pour la terminer.",
                         "Undo of import no. {number} stopped: {done} changes out of {total} undone. Run “Undo "
                         "this import” again to finish it."),
    "ics_kinds": ("le calendrier (.ics) ne contient que des suivis, des événements et les échéances des accords "
                  "(option {option}).",
                  "the calendar (.ics) holds only follow-ups, events and the deadlines of agreements (option "
                  "{option})."),
    "oda_missing": ("Aucune liste des pays éligibles à l'APD n'est installée (resources/data).",
                    "No list of the countries eligible for ODA is installed (resources/data)."),
    "oda_unreadable": ("La liste des pays éligibles « {path} » n'a pas pu être lue : un fichier JSON avec "
                       "« countries » (codes pays) et « years » est attendu.",
                       "The list of eligible countries “{path}” could not be read: a JSON file with “countries” "
                       "(country codes) and “years” is expected."),
}


class ServiceMessage(KeyedMessage):
    """The French sentence of a service's refusal; ``key`` and ``in_language(lang)`` give its other
    wording (as ``db.faults.FaultMessage``)."""

    WORDINGS = MESSAGES


def kind_said(code: str, n: int = 1) -> Localized:
    """A kind of record's name (« partenaire », "partner"), said in the sentence's language."""
    from db.words import kind_name

    return Localized(lambda language: kind_name(code, n, language))


def count_said(n: int, code: str) -> Localized:
    """« 3 partenaires », "3 partners", in the sentence's language."""
    from db.words import count

    return Localized(lambda language: count(n, code, language))


def none_said(code: str) -> Localized:
    """« Aucun partenaire », "No partner", in the sentence's language."""
    from db.words import none_of

    return Localized(lambda language: none_of(code, language))


def names_said(names: list[str], shown: int = 5) -> Localized:
    """« A », « B » … (at most ``shown``), quoted as the sentence's language quotes."""
    def said(language: str) -> str:
        quoted = [ServiceMessage("quoted", text=n).in_language(language) for n in names[:shown]]
        return ", ".join(quoted) + (" …" if len(names) > shown else "")

    return Localized(said)


def not_found(code: str, reference: str) -> ServiceMessage:
    """« Aucun partenaire « X » dans le catalogue. »"""
    return ServiceMessage("not_found", none=none_said(code), reference=reference)
