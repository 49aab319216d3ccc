"""Fill missing English translations of passerelles_en.ts from the glossary below (run after lupdate).

    uv run pyside6-lupdate desktop -ts resources/translations/passerelles_en.ts -source-language fr_FR -target-language en_GB
    uv run python resources/translations/fill_en.py
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("passerelles_en.ts")

GLOSSARY = {
    "Passerelles {0}\n\nRegistre des partenariats internationaux et de la coopération culturelle de la ville.\n\nPython {1} — PySide6 {2}":
        "Passerelles {0}\n\nRegister of the city's international partnerships and cultural cooperation.\n\nPython {1} — PySide6 {2}",
    "À propos de Passerelles": "About Passerelles",
    "Ce catalogue est déjà ouvert par {0} sur l'ordinateur « {1} » (depuis le {2}).\n\nVous pouvez l'ouvrir en lecture seule : vous verrez tout mais ne pourrez rien modifier.":
        "This catalogue is already open by {0} on the computer “{1}” (since {2}).\n\nYou can open it read-only: you will see everything but cannot change anything.",
    "Catalogue déjà ouvert": "Catalogue already open",
    "Ouvrir en lecture seule": "Open read-only",
    "Impossible d'ouvrir le catalogue": "Cannot open the catalogue",
    "Chargement de la démonstration…": "Loading the demonstration…",
    "Nom": "Name", "Type": "Type", "Pays": "Country", "Ville": "City", "Statut": "Status",
    "Partenaire depuis": "Partner since", "Référent": "Officer in charge", "Courriel": "E-mail",
    "Modifié le": "Modified", "Intitulé": "Title", "Partenaires": "Partners", "Signé le": "Signed",
    "Début": "Start", "Échéance": "Due / ends", "Budget": "Budget", "Organisation": "Organisation",
    "Fonction": "Position", "Téléphone": "Phone", "Dernier contact": "Last contact", "Fin": "End",
    "Lieu": "Place", "Participants": "Attendance", "Action": "Action", "Responsable": "Owner",
    "Priorité": "Priority", "Lié à": "Linked to",
    "Erreur inattendue": "Unexpected error",
    "Une erreur inattendue s'est produite. Votre travail enregistré n'est pas perdu et vous pouvez continuer.\nLe rapport ci-dessous a été écrit dans le journal : {0}":
        "An unexpected error occurred. Your saved work is not lost and you can carry on.\nThe report below was written to the log: {0}",
    "Copier le rapport": "Copy the report",
    "Filtrer la liste…": "Filter the list…", "Tous les pays": "All countries", "Tous les domaines": "All domains",
    "Tous les types": "All types", "Tous les statuts": "All statuses", "Tous les responsables": "All owners",
    "Actifs seulement": "Active only", "En retard": "Overdue", "Du": "From", "au": "to",
    "Réinitialiser": "Reset",
    "Catalogue : {0}": "Catalogue: {0}", " (lecture seule)": " (read-only)", "Passerelles — {0}": "Passerelles — {0}",
    "Accords": "Agreements", "Contacts": "Contacts", "Événements": "Events", "Suivis": "Follow-ups",
    "&Fichier": "&File", "Nouveau catalogue…": "New catalogue…", "Ouvrir un catalogue…": "Open catalogue…",
    "Catalogues récents": "Recent catalogues", "Quitter": "Quit", "É&dition": "&Edit",
    "Annuler la dernière modification": "Undo the last change", "Nouvelle fiche": "New record",
    "Enregistrer": "Save", "Supprimer": "Delete", "Rechercher partout…": "Search everywhere…",
    "Préférences…": "Preferences…", "&Affichage": "&View", "&Outils": "&Tools", "&Aide": "&Help",
    "{0} partenaires · {1} accords · {2} contacts · {3} événements · {4} suivis":
        "{0} partners · {1} agreements · {2} contacts · {3} events · {4} follow-ups",
    "Rien à annuler.": "Nothing to undo.", "Dernière modification annulée.": "Last change undone.",
    "(aucun)": "(none)", "Ouvrir un catalogue": "Open a catalogue",
    "Catalogues Passerelles (*.sqlite *.db);;Tous les fichiers (*)": "Passerelles catalogues (*.sqlite *.db);;All files (*)",
    "Nouveau catalogue": "New catalogue", "Catalogues Passerelles (*.sqlite)": "Passerelles catalogues (*.sqlite)",
    "Préférences": "Preferences", "Langue de l'interface :": "Interface language:",
    "La nouvelle langue s'applique au prochain démarrage de Passerelles.":
        "The new language applies the next time Passerelles starts.",
    "Sélectionnez une fiche dans la liste,\nou créez-en une (Ctrl+N).": "Select a record in the list,\nor create one (Ctrl+N).",
    "Modifications non enregistrées": "Unsaved changes",
    "La fiche en cours a été modifiée. Enregistrer les modifications ?": "This record was changed. Save the changes?",
    "Supprimer cette fiche ? Vous pourrez l'annuler avec Ctrl+Z.": "Delete this record? You can undo it with Ctrl+Z.",
    "Rechercher partout": "Search everywhere",
    "Nom, ville, pays, personne, accord… (sans se soucier des accents)": "Name, city, country, person, agreement… (accents optional)",
    "Résultat": "Result", "Détail": "Details", "{0} résultat(s)": "{0} result(s)", "Aucun résultat.": "No results.",
    "Bienvenue dans Passerelles": "Welcome to Passerelles",
    "Un catalogue vide a été créé :\n{0}\n\nVoulez-vous y charger le catalogue de démonstration (partenaires, accords, contacts, un colloque et des suivis) pour découvrir l'application ?":
        "An empty catalogue was created:\n{0}\n\nDo you want to load the demonstration catalogue into it (partners, agreements, contacts, a colloquium and follow-ups) to discover the application?",
    "Charger la démonstration": "Load the demonstration", "Commencer avec un catalogue vide": "Start with an empty catalogue",
    "Annuler": "Cancel",
}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", None) and not (translation.text or "").strip():
            if source in GLOSSARY:
                translation.text = GLOSSARY[source]
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
        elif translation.get("type") == "unfinished" and source in GLOSSARY:
            translation.text = GLOSSARY[source]
            translation.attrib.pop("type", None)
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print("untranslated:", repr(source))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
