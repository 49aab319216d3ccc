"""Why a cell or a row was not taken as it is, in French and English.

A ``Reason`` is a ``str`` (its French text), so reports, the command line and the JSON of a plan
keep working with plain strings; it also remembers its message key and parameters, so the window
can show it in English: ``reason_text(problem.reason, "en")``. Parameters may themselves be
reasons (or anything with ``in_language``) and are rendered in the same language.
"""

from __future__ import annotations

from typing import Any

from db.faults import Localized

# key -> (French, English); parameters in {braces}
MESSAGES: dict[str, tuple[str, str]] = {
    "plain": ("{text}", "{text}"),
    # the file as a whole (sniff, readers, plan)
    "file_missing": ("Le fichier « {name} » est introuvable.", "The file “{name}” cannot be found."),
    "is_folder": ("« {name} » est un dossier, pas un fichier.", "“{name}” is a folder, not a file."),
    "file_zero_bytes": ("Le fichier « {name} » est vide (0 octet).", "The file “{name}” is empty (0 bytes)."),
    "file_empty": ("Le fichier « {name} » est vide.", "The file “{name}” is empty."),
    "html_as_xls": ("« {name} » n'est pas un vrai classeur Excel (c'est une page HTML renommée .xls) ; ouvrez-le "
                    "dans votre tableur et enregistrez-le en .xlsx.",
                    "“{name}” is not a real Excel workbook (it is a web page renamed .xls); open it in your "
                    "spreadsheet program and save it as .xlsx."),
    "text_as_workbook": ("« {name} » n'est pas un classeur Excel ou OpenDocument lisible (son contenu est du texte "
                         "ou un autre format, malgré son extension).",
                         "“{name}” is not a readable Excel or OpenDocument workbook (its content is text or another "
                         "format, despite its extension)."),
    "not_a_table_file": ("« {name} » n'est ni un classeur ni un fichier texte (CSV) reconnu.",
                         "“{name}” is neither a workbook nor a recognised text (CSV) file."),
    "encrypted": ("Le fichier « {name} » est protégé par mot de passe (chiffré) : ouvrez-le dans votre tableur, "
                  "retirez le mot de passe, enregistrez-le, puis réessayez.",
                  "The file “{name}” is password-protected (encrypted): open it in your spreadsheet program, remove "
                  "the password, save it, then try again."),
    "password": ("Le fichier « {name} » est protégé par mot de passe.", "The file “{name}” is password-protected."),
    "old_office_document": ("« {name} » est un document Office ancien qui n'est pas un classeur (ou il est endommagé).",
                            "“{name}” is an old Office document that is not a workbook (or it is damaged)."),
    "truncated_archive": ("Le fichier « {name} » est endommagé ou incomplet (archive tronquée) : il ne peut pas être "
                          "lu. Demandez une nouvelle copie du fichier.",
                          "The file “{name}” is damaged or incomplete (truncated archive): it cannot be read. Ask for "
                          "a new copy of the file."),
    "too_many_parts": ("« {name} » contient un nombre anormal de parties ({count}) : refusé.",
                       "“{name}” contains an abnormal number of parts ({count}): refused."),
    "zip_bomb_part": ("« {name} » est refusé par sécurité : une partie se décompresse en {mb} Mo (taux {ratio}:1), "
                      "ce qui ressemble à une « bombe zip ».",
                      "“{name}” is refused for safety: one part expands to {mb} MB (ratio {ratio}:1), which looks "
                      "like a “zip bomb”."),
    "zip_bomb_total": ("« {name} » est refusé par sécurité : il se décompresserait en {mb} Mo.",
                       "“{name}” is refused for safety: it would expand to {mb} MB."),
    "odf_not_spreadsheet": ("« {name} » est un document OpenDocument qui n'est pas un classeur.",
                            "“{name}” is an OpenDocument file that is not a spreadsheet."),
    "word_document": ("« {name} » est un document Word, pas un classeur.", "“{name}” is a Word document, not a workbook."),
    "zip_without_workbook": ("« {name} » est une archive zip qui ne contient pas de classeur.",
                             "“{name}” is a zip archive that contains no workbook."),
    "no_such_sheet": ("La feuille « {sheet} » n'existe pas (feuilles : {sheets}).",
                      "There is no sheet “{sheet}” (sheets: {sheets})."),
    "damaged": ("Le fichier « {name} » est endommagé ou illisible ({detail}).",
                "The file “{name}” is damaged or unreadable ({detail})."),
    "sheet_unreadable": ("La feuille « {sheet} » de « {name} » est illisible ({detail}).",
                         "The sheet “{sheet}” of “{name}” cannot be read ({detail})."),
    "no_readable_sheet": ("Aucune feuille de calcul lisible dans « {name} ».", "No readable worksheet in “{name}”."),
    "csv_malformed": ("Le fichier CSV « {name} » est mal formé ({detail}).", "The CSV file “{name}” is malformed ({detail})."),
    "json_not_ours": ("« {name} » n'est pas un export JSON de Passerelles (champ « format » absent ou différent).",
                      "“{name}” is not a Passerelles JSON export (its “format” field is missing or different)."),
    "too_many_columns": ("La feuille « {sheet} » de « {name} » s'étend sur {count} colonnes : au-delà de {limit}, "
                         "elle n'est pas lue (un tableau de fiches n'en a jamais autant). Supprimez les colonnes "
                         "inutiles ou copiez le tableau utile dans un nouveau classeur, puis réessayez.",
                         "The sheet “{sheet}” of “{name}” spans {count} columns: beyond {limit} it is not read (a "
                         "table of records never has so many). Delete the useless columns or copy the useful table "
                         "into a new workbook, then try again."),
    "cell_too_long": ("La cellule {cell} de la feuille « {sheet} » de « {name} » contient {length} caractères : "
                      "au-delà de {limit} (la limite d'une cellule Excel), le fichier n'est pas lu. Raccourcissez ce "
                      "texte (ou joignez-le comme document à la fiche), puis réessayez.",
                      "Cell {cell} of the sheet “{sheet}” of “{name}” holds {length} characters: beyond {limit} (the "
                      "limit of an Excel cell) the file is not read. Shorten this text (or attach it to the record as "
                      "a document), then try again."),
    "json_too_big": ("« {name} » est trop volumineux pour un export JSON de Passerelles ({mb} Mo ; au plus {limit} Mo).",
                     "“{name}” is too large for a Passerelles JSON export ({mb} MB; at most {limit} MB)."),
    "json_too_deep": ("« {name} » est refusé : ses données sont imbriquées sur plus de {limit} niveaux, ce qu'un "
                      "export de Passerelles ne contient jamais.",
                      "“{name}” is refused: its data is nested more than {limit} levels deep, which a Passerelles "
                      "export never contains."),
    "json_too_many_records": ("« {name} » contient {count} fiches : au-delà de {limit}, l'export n'est pas importé.",
                              "“{name}” holds {count} records: beyond {limit}, the export is not imported."),
    "json_bad_section": ("« {name} » n'est pas un export JSON de Passerelles lisible : la section « {section} » "
                         "n'est pas une liste de fiches.",
                         "“{name}” is not a readable Passerelles JSON export: the section “{section}” is not a list "
                         "of records."),
    "json_no_record": ("L'export « {name} » ne contient aucune fiche.", "The export “{name}” contains no record."),
    "nothing_to_import": ("Rien à importer dans « {name} » : aucune feuille ne contient un tableau reconnu ({why}).",
                          "Nothing to import in “{name}”: no sheet contains a recognised table ({why})."),
    "sheet_why": ("« {sheet} » : {why}", "“{sheet}”: {why}"),
    "no_sheet": ("aucune feuille", "no sheet"),
    "no_data_rows": ("« {name} » ne contient aucune ligne de données sous ses en-têtes (le tableau est vide).",
                     "“{name}” has no data row under its headers (the table is empty)."),
    "cancelled": ("Import annulé.", "Import cancelled."),
    "plan_spent": ("Cet aperçu a déjà servi à un import : relancez l'aperçu du fichier.",
                   "This preview has already been used for an import: preview the file again."),
    "unknown_profile": ("Profil d'import inconnu : « {profile} » (profils : {profiles}).",
                        "Unknown import profile “{profile}” (profiles: {profiles})."),
    "none_fem": ("aucun", "none"),
    "import_not_found": ("Aucun import n° {number}.", "No import no. {number}."),
    "import_already_undone": ("L'import n° {number} a déjà été annulé le {day} à {time}.",
                              "Import no. {number} was already undone on {day} at {time}."),
    # sheets skipped
    "hidden_sheet": ("feuille masquée", "hidden sheet"),
    "no_table": ("aucun tableau reconnu (en-têtes de colonnes non reconnus)",
                 "no table recognised (column headers not recognised)"),
    "empty_sheet": ("feuille vide", "empty sheet"),
    "sheet_not_mapped": ("aucune des colonnes nommées par --map ({columns}) n'y est : une autre sorte de tableau, "
                         "laissée de côté (importez-la à part)", "none of the columns named by --map ({columns}) is in "
                         "it: another kind of table, left out (import it on its own)"),
    "sheet_left_out": ("laissée de côté (--skip-sheet)", "left out (--skip-sheet)"),
    # rows and cells
    "footer_row": ("ligne « {text} » sous le tableau : une note, pas une fiche (ignorée)",
                   "row “{text}” under the table: a note, not a record (ignored)"),
    "comment_row": ("ligne « {text} » : un commentaire, pas une fiche (ignorée)",
                    "row “{text}”: a comment, not a record (ignored)"),
    "total_row": ("ligne « {text} » : un total, pas une fiche (ignorée)", "row “{text}”: a total, not a record (ignored)"),
    "repeated_header": ("en-tête répété : ignoré", "repeated header: ignored"),
    "rule_row": ("ligne de tirets sous les en-têtes : un trait, pas une fiche (ignorée)",
                 "row of dashes under the headings: a rule, not a record (ignored)"),
    "section_heading": ("intertitre de section : ignoré", "section heading: ignored"),
    "uncached_column": ("{count} formule(s) jamais calculée(s) dans le fichier (aucune valeur enregistrée) : colonne "
                        "non importée",
                        "{count} formula(s) never calculated in the file (no stored value): column not imported"),
    "uncached_cell": ("formule jamais calculée dans le fichier (aucune valeur enregistrée) : rien n'est importé pour "
                      "cette cellule",
                      "formula never calculated in the file (no stored value): nothing is imported for this cell"),
    "excel_error": ("valeur d'erreur Excel {value} : non importée", "Excel error value {value}: not imported"),
    "session_without_event": ("séance sans événement : importez la fiche de l'événement avec le programme ou ajoutez "
                              "une colonne « Événement »",
                              "session without an event: import the event sheet with the programme or add an "
                              "“Event” column"),
    "duplicate_of_row": ("doublon de la ligne {row} : fusionné (les champs vides de la première sont complétés)",
                         "duplicate of row {row}: merged (the empty fields of the first are filled in)"),
    "duplicate_of_row_in": ("doublon de la ligne {row} de « {sheet} » : fusionné (les champs vides de la première "
                            "sont complétés)",
                            "duplicate of row {row} of “{sheet}”: merged (the empty fields of the first are filled in)"),
    "country_from_cities": ("aucune colonne ne donne le pays : celui des villes du tableau, {country}, est donné aux "
                            "partenaires qui n'en ont pas",
                            "no column gives the country: that of the table's cities, {country}, is given to the "
                            "partners without one"),
    "unknown_value": ("valeur « {value} » non reconnue pour « {column} » : conservée comme attribut",
                      "value “{value}” not recognised for “{column}”: kept as an attribute"),
    "invalid_email": ("adresse électronique invalide « {value} » : conservée comme attribut, pas comme adresse",
                      "invalid e-mail address “{value}”: kept as an attribute, not as an address"),
    "invalid_phone": ("numéro de téléphone invalide « {value} » : conservé comme attribut",
                      "invalid phone number “{value}”: kept as an attribute"),
    "invalid_yes_no": ("valeur oui/non non reconnue « {value} » : conservée comme attribut",
                       "yes/no value not recognised “{value}”: kept as an attribute"),
    "invalid_kept": ("{error} : valeur conservée comme attribut", "{error}: value kept as an attribute"),
    "too_many_invalid": ("trop de valeurs invalides", "too many invalid values"),
    "required_partner": ("nom du partenaire manquant (champ obligatoire)", "partner name missing (required field)"),
    "required_agreement": ("partenaire manquant (champ obligatoire)", "partner missing (required field)"),
    "name_from_email": ("personne sans nom : son adresse « {value} » en tient lieu (à corriger)",
                        "a person without a name: the address “{value}” stands for it (to correct)"),
    "required_contact": ("nom de la personne manquant (champ obligatoire)", "person's name missing (required field)"),
    "required_event": ("intitulé de l'événement manquant (champ obligatoire)", "event title missing (required field)"),
    "required_session": ("intitulé de la séance manquant (champ obligatoire)", "session title missing (required field)"),
    "required_followup": ("intitulé de l'action manquant (champ obligatoire)", "action title missing (required field)"),
    "required_interaction": ("date de l'échange manquante (champ obligatoire)",
                             "date of the interaction missing (required field)"),
    "required_budget": ("accord, événement ou partenaire manquant : une ligne budgétaire doit dire à quelle convention, "
                        "à quel événement ou à quel partenaire elle appartient",
                        "agreement, event or partner missing: a budget line must say which agreement, event or "
                        "partner it belongs to"),
    "budget_agreement_unknown": ("aucun accord « {value} » dans le fichier ni dans le catalogue : ligne non importée "
                                 "(vérifiez l'intitulé de la convention, ou importez d'abord l'accord)",
                                 "no agreement “{value}” in the file or the catalogue: row not imported (check the "
                                 "agreement's title, or import the agreement first)"),
    "budget_partner_unknown": ("aucun partenaire « {value} » dans le fichier ni dans le catalogue : ligne non importée "
                               "(vérifiez le nom du partenaire, ou ajoutez une colonne « Convention »)",
                               "no partner “{value}” in the file or the catalogue: row not imported (check the "
                               "partner's name, or add an “Agreement” column)"),
    "budget_partner_no_agreement": ("le partenaire « {value} » n'a aucun accord dans le fichier ni dans le catalogue : "
                                    "ligne non importée (importez d'abord son accord, ou ajoutez une colonne "
                                    "« Convention »)",
                                    "the partner “{value}” has no agreement in the file or the catalogue: row not "
                                    "imported (import its agreement first, or add an “Agreement” column)"),
    "budget_partner_several": ("le partenaire « {value} » a {count} accords ({titles}) : ligne non importée, car "
                               "rien ne dit lequel reçoit ces montants (ajoutez une colonne « Convention »)",
                               "the partner “{value}” has {count} agreements ({titles}): row not imported, as nothing "
                               "says which one these amounts belong to (add an “Agreement” column)"),
    "budget_event_unknown": ("aucun événement « {value} » dans le fichier ni dans le catalogue : ligne non importée",
                             "no event “{value}” in the file or the catalogue: row not imported"),
    "budget_bad_amount": ("montant illisible « {value} » : ligne non importée (écrivez un nombre positif, par exemple "
                          "12 500,00)",
                          "unreadable amount “{value}”: row not imported (write a positive number, for example "
                          "12,500.00)"),
    "budget_bad_year": ("année illisible « {value} » : ligne non importée (écrivez l'année, par exemple 2024)",
                        "unreadable year “{value}”: row not imported (write the year, for example 2024)"),
    "budget_no_year": ("montants sans année : ligne non importée (ajoutez une colonne « Année », ou des colonnes "
                       "« 2024 », « 2025 »…)",
                       "amounts without a year: row not imported (add a “Year” column, or columns “2024”, "
                       "“2025”…)"),
    "budget_no_amount": ("aucun montant (prévu, engagé ou payé) sur cette ligne : rien à importer",
                         "no amount (planned, committed or paid) on this row: nothing to import"),
    "budget_bad_measure": ("« {value} » ne dit pas si les montants sont prévus, engagés ou payés : ligne non importée",
                           "“{value}” does not say whether the amounts are planned, committed or paid: row not "
                           "imported"),
    "budget_bad_value": ("{error} : ligne non importée", "{error}: row not imported"),
    "budget_kept_amount": ("{year}, {field} : le catalogue dit {old}, le fichier {new} ; le montant du catalogue est "
                           "gardé (« écraser » le remplace)",
                           "{year}, {field}: the catalogue says {old}, the file {new}; the catalogue's amount is "
                           "kept (“overwrite” replaces it)"),
    "budget_column_unused": ("colonne « {column} » non lue : une ligne budgétaire n'a pas de champ pour elle",
                             "column “{column}” not read: a budget line has no field for it"),
    "only_spaces": ("{reason} : la cellule ne contient que des espaces", "{reason}: the cell contains only spaces"),
    "link_impossible": ("lien impossible : {detail}", "cannot link: {detail}"),
    "in_catalogue": ("{name} (déjà dans le catalogue)", "{name} (already in the catalogue)"),
}

# identity, relations and kind detection (the import's resolve and map passes)
MESSAGES.update({
    "merge_conflict": ("même fiche que la ligne {row}, mais « {field} » diffère : « {kept} » gardé, « {other} » "
                       "conservé comme attribut",
                       "same record as row {row}, but “{field}” differs: “{kept}” kept, “{other}” kept as an "
                       "attribute"),
    "merge_added": ("même fiche que la ligne {row} : « {value} » ajouté à « {field} »",
                    "same record as row {row}: “{value}” added to “{field}”"),
    "same_name_other_record": ("même nom que la ligne {row} mais {why} : fiche distincte",
                               "same name as row {row} but {why}: a separate record"),
    "other_country": ("un autre pays", "another country"),
    "other_identifier": ("un autre identifiant (« {value} »)", "another identifier (“{value}”)"),
    "other_date": ("une autre date", "another date"),
    "other_amount": ("un autre montant", "another amount"),
    "other_values": ("d'autres valeurs", "other values"),
    "other_funder": ("un autre financeur", "another funder"),
    "other_room": ("une autre salle", "another room"),
    "programme_event": ("programme sans événement : ses séances sont rangées dans l'événement « {title} » "
                        "(renommez-le au besoin)",
                        "a programme without an event: its sessions go into the event “{title}” (rename it if "
                        "needed)"),
    "other_person": ("d'autres adresses ou une autre structure", "other addresses or another organisation"),
    "other_job": ("une autre fonction, pour un nom donné en partie", "another job title, for a name given in part"),
    "placeholder": ("« {value} » lu comme une case vide", "“{value}” read as an empty cell"),
    "recased": ("« {value} » écrit « {new} »", "“{value}” written “{new}”"),
    "domain_matched": ("domaine « {value} » rattaché au domaine « {name} »",
                       "domain “{value}” joined to the domain “{name}”"),
    "domain_lookalike": ("domaine « {value} » : nouveau domaine, proche de « {name} » (à vérifier)",
                         "domain “{value}”: a new domain, close to “{name}” (to check)"),
    "values_changed": ("{count} valeur(s) de la colonne écrite(s) autrement à l'import, par exemple {what} ; "
                       "la valeur d'origine est gardée dans l'historique de la fiche",
                       "{count} value(s) of the column written differently by the import, for example {what}; "
                       "the original is kept in the record's history"),
    "filled_down": ("« {value} » repris de la ligne au-dessus (cellule vide sous la même ville)",
                    "“{value}” taken from the row above (an empty cell under the same city)"),
    "relation_split": ("relation {position} sur {count} de la cellule (une relation par ville nommée)",
                       "relation {position} of {count} in the cell (one relation per city named)"),
    "reformatted": ("« {value} » enregistré « {new} »", "“{value}” stored as “{new}”"),
    "relation_half": ("relation incomplète : il faut les deux villes (colonnes « {ours} » et « {twin} »)",
                      "incomplete relation: both cities are needed (columns “{ours}” and “{twin}”)"),
    "ambiguous_kind": ("la feuille « {sheet} » peut se lire comme {candidates} : précisez le type avec "
                       "--kind {options}",
                       "the sheet “{sheet}” can be read as {candidates}: choose the kind with --kind {options}"),
    "kind_missing_columns": ("la feuille « {sheet} » ne peut pas se lire comme {kind} : aucune colonne {missing} "
                             "trouvée (en-têtes : {headers}) ; désignez-la avec --map \"En-tête={field}\"",
                             "the sheet “{sheet}” cannot be read as {kind}: no {missing} column found "
                             "(headings: {headers}); name it with --map \"Heading={field}\""),
    "unknown_mapping_column": ("--map : la colonne « {header} » n'existe pas dans la feuille « {sheet} » "
                               "(colonnes : {headers})",
                               "--map: there is no column “{header}” in the sheet “{sheet}” (columns: {headers})"),
    "unknown_mapping_field": ("--map : le champ « {field} » n'existe pas pour {kind} (champs : {fields})",
                              "--map: there is no field “{field}” for {kind} (fields: {fields})"),
    "nothing_kept": ("Rien n'a été importé de « {name} » : {why}",
                     "Nothing was imported from “{name}”: {why}"),
    "all_rows_rejected": ("toutes les lignes ont été rejetées ou exclues", "every row was rejected or excluded"),
    "qualified_date": ("date « {value} » : la date est lue, la précision « {qualifier} » est conservée comme "
                       "attribut", "date “{value}”: the date is read, the qualifier “{qualifier}” is kept as an "
                       "attribute"),
    "partner_spelled": ("« {value} » : le même partenaire que « {kept} », écrit autrement ; un seul partenaire pour "
                        "les deux", "“{value}”: the same partner as “{kept}”, written differently; one partner for "
                        "both"),
    "grid_pause": ("« {value} » sur toute la largeur du tableau horaire : une pause, non importée comme "
                   "séance", "“{value}” across the whole timetable: a break, not imported as a session"),
    "pause_row": ("« {value} » : une pause du programme, non importée comme séance",
                  "“{value}”: a break in the programme, not imported as a session"),
    "outside_values": ("{count} valeur(s) en colonne {column}, où le tableau n'a pas de colonne (ni en-tête ni "
                       "valeur dans ses premières lignes) : non importée(s), à reprendre à la main",
                       "{count} value(s) in column {column}, where the table has no column (no heading and no value "
                       "in its first rows): not imported, to be entered by hand"),
    "title_shortened": ("texte de {length} caractères pour un titre : le titre est « {value} », le texte entier est "
                        "conservé dans « {home} »", "text of {length} characters for a title: the title is “{value}”, "
                        "the whole text is kept in “{home}”"),
    "extra_cut": ("valeur de {length} caractères : les {limit} premiers sont conservés",
                  "value of {length} characters: the first {limit} are kept"),
})


class Reason(str):
    """French text of a message, remembering how to say it in English."""

    __slots__ = ("key", "params")

    def __new__(cls, key: str, **params: Any) -> Reason:
        self = super().__new__(cls, _render(key, params, "fr"))
        self.key = key
        self.params = params
        return self

    def in_language(self, language: str) -> str:
        return str(self) if language != "en" else _render(self.key, self.params, "en")

    def __reduce__(self):
        return (_rebuild, (self.key, self.params))


def _rebuild(key: str, params: dict) -> Reason:
    return Reason(key, **params)


def _render(key: str, params: dict, language: str) -> str:
    fr, en = MESSAGES[key]
    values = {k: (v.in_language(language) if hasattr(v, "in_language") else v) for k, v in params.items()}
    return (en if language == "en" else fr).format(**values)


def reason_text(reason: Any, language: str = "fr") -> str:
    """The reason in ``language``; plain strings (older plans, free text) are returned as they are."""
    method = getattr(reason, "in_language", None)
    return method(language) if method is not None else str(reason)


def schema_error_reason(error: dict) -> Reason:
    """A schema error worded in the reader's language (``error_message`` knows both)."""
    from db.schemas.messages import error_message

    return Reason("plain", text=Localized(lambda language: error_message(error, language)))
