<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
  <context>
    <name>About</name>
    <message>
      <location filename="../../desktop/views/about.py" line="21" />
      <source>Passerelles {0}

Registre des partenariats internationaux et de la coopération culturelle de la ville.

Python {1} — PySide6 {2}</source>
      <translation>Passerelles {0}

Register of the city's international partnerships and cultural cooperation.

Python {1} — PySide6 {2}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/about.py" line="29" />
      <source>À propos de Passerelles</source>
      <translation>About Passerelles</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <location filename="../../desktop/app.py" line="34" />
      <source>Ce catalogue est déjà ouvert par {0} sur l'ordinateur « {1} » (depuis le {2}).

Vous pouvez l'ouvrir en lecture seule : vous verrez tout mais ne pourrez rien modifier.</source>
      <translation>This catalogue is already open by {0} on the computer “{1}” (since {2}).

You can open it read-only: you will see everything but cannot change anything.</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="42" />
      <source>Catalogue déjà ouvert</source>
      <translation>Catalogue already open</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="46" />
      <source>Ouvrir en lecture seule</source>
      <translation>Open read-only</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="92" />
      <source>Impossible d'ouvrir le catalogue</source>
      <translation>Cannot open the catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop/app.py" line="113" />
      <source>Chargement de la démonstration…</source>
      <translation>Loading the demonstration…</translation>
    </message>
  </context>
  <context>
    <name>Columns</name>
    <message>
      <location filename="../../desktop/models/columns.py" line="59" />
      <location filename="../../desktop/models/columns.py" line="81" />
      <source>Nom</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="60" />
      <location filename="../../desktop/models/columns.py" line="72" />
      <location filename="../../desktop/models/columns.py" line="92" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="61" />
      <location filename="../../desktop/models/columns.py" line="84" />
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
      <location filename="../../desktop/models/columns.py" line="103" />
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
      <location filename="../../desktop/models/columns.py" line="85" />
      <source>Courriel</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="67" />
      <location filename="../../desktop/models/columns.py" line="78" />
      <location filename="../../desktop/models/columns.py" line="88" />
      <location filename="../../desktop/models/columns.py" line="97" />
      <location filename="../../desktop/models/columns.py" line="106" />
      <source>Modifié le</source>
      <translation>Modified</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="70" />
      <location filename="../../desktop/models/columns.py" line="91" />
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
      <location filename="../../desktop/models/columns.py" line="93" />
      <source>Début</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="76" />
      <location filename="../../desktop/models/columns.py" line="102" />
      <source>Échéance</source>
      <translation>Due / ends</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="77" />
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="82" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="83" />
      <source>Fonction</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="86" />
      <source>Téléphone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="87" />
      <source>Dernier contact</source>
      <translation>Last contact</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="94" />
      <source>Fin</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="95" />
      <source>Lieu</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="96" />
      <source>Participants</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="100" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="101" />
      <source>Responsable</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="104" />
      <source>Priorité</source>
      <translation>Priority</translation>
    </message>
    <message>
      <location filename="../../desktop/models/columns.py" line="105" />
      <source>Lié à</source>
      <translation>Linked to</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../desktop/errors.py" line="45" />
      <source>Erreur inattendue</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <location filename="../../desktop/errors.py" line="48" />
      <source>Une erreur inattendue s'est produite. Votre travail enregistré n'est pas perdu et vous pouvez continuer.
Le rapport ci-dessous a été écrit dans le journal : {0}</source>
      <translation>An unexpected error occurred. Your saved work is not lost and you can carry on.
The report below was written to the log: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/errors.py" line="59" />
      <source>Copier le rapport</source>
      <translation>Copy the report</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="77" />
      <source>Filtrer la liste…</source>
      <translation>Filter the list…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="87" />
      <source>Tous les pays</source>
      <translation>All countries</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="87" />
      <source>Tous les domaines</source>
      <translation>All domains</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="88" />
      <source>Tous les types</source>
      <translation>All types</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="88" />
      <source>Tous les statuts</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="89" />
      <source>Tous les responsables</source>
      <translation>All owners</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="98" />
      <source>Actifs seulement</source>
      <translation>Active only</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="99" />
      <source>En retard</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="102" />
      <source>Du</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="104" />
      <source>au</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../desktop/views/filter_bar.py" line="107" />
      <source>Réinitialiser</source>
      <translation>Reset</translation>
    </message>
  </context>
  <context>
    <name>FirstLaunch</name>
    <message>
      <location filename="../../desktop/views/first_launch.py" line="13" />
      <source>Bienvenue dans Passerelles</source>
      <translation>Welcome to Passerelles</translation>
    </message>
    <message>
      <location filename="../../desktop/views/first_launch.py" line="16" />
      <source>Un catalogue vide a été créé :
{0}

Voulez-vous y charger le catalogue de démonstration (partenaires, accords, contacts, un colloque et des suivis) pour découvrir l'application ?</source>
      <translation>An empty catalogue was created:
{0}

Do you want to load the demonstration catalogue into it (partners, agreements, contacts, a colloquium and follow-ups) to discover the application?</translation>
    </message>
    <message>
      <location filename="../../desktop/views/first_launch.py" line="19" />
      <source>Charger la démonstration</source>
      <translation>Load the demonstration</translation>
    </message>
    <message>
      <location filename="../../desktop/views/first_launch.py" line="20" />
      <source>Commencer avec un catalogue vide</source>
      <translation>Start with an empty catalogue</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/views/main_window.py" line="96" />
      <source>Catalogue : {0}</source>
      <translation>Catalogue: {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="97" />
      <location filename="../../desktop/views/main_window.py" line="100" />
      <source> (lecture seule)</source>
      <translation> (read-only)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="98" />
      <source>Passerelles — {0}</source>
      <translation>Passerelles — {0}</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="108" />
      <source>Partenaires</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="108" />
      <source>Accords</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="109" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="109" />
      <source>Événements</source>
      <translation>Events</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="109" />
      <source>Suivis</source>
      <translation>Follow-ups</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="176" />
      <source>&amp;Fichier</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="177" />
      <source>Nouveau catalogue…</source>
      <translation>New catalogue…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="178" />
      <source>Ouvrir un catalogue…</source>
      <translation>Open catalogue…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="180" />
      <source>Catalogues récents</source>
      <translation>Recent catalogues</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="183" />
      <source>Quitter</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="184" />
      <source>É&amp;dition</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="185" />
      <source>Annuler la dernière modification</source>
      <translation>Undo the last change</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="187" />
      <source>Nouvelle fiche</source>
      <translation>New record</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="189" />
      <source>Enregistrer</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="191" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="195" />
      <source>Rechercher partout…</source>
      <translation>Search everywhere…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="200" />
      <source>Préférences…</source>
      <translation>Preferences…</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="201" />
      <source>&amp;Affichage</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="202" />
      <source>&amp;Outils</source>
      <translation>&amp;Tools</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="204" />
      <source>&amp;Aide</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="205" />
      <source>À propos de Passerelles</source>
      <translation>About Passerelles</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="220" />
      <source>{0} partenaires · {1} accords · {2} contacts · {3} événements · {4} suivis</source>
      <translation>{0} partners · {1} agreements · {2} contacts · {3} events · {4} follow-ups</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="262" />
      <source>Rien à annuler.</source>
      <translation>Nothing to undo.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="265" />
      <source>Dernière modification annulée.</source>
      <translation>Last change undone.</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="305" />
      <source>(aucun)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="308" />
      <source>Ouvrir un catalogue</source>
      <translation>Open a catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="309" />
      <source>Catalogues Passerelles (*.sqlite *.db);;Tous les fichiers (*)</source>
      <translation>Passerelles catalogues (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="314" />
      <source>Nouveau catalogue</source>
      <translation>New catalogue</translation>
    </message>
    <message>
      <location filename="../../desktop/views/main_window.py" line="315" />
      <source>Catalogues Passerelles (*.sqlite)</source>
      <translation>Passerelles catalogues (*.sqlite)</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../desktop/views/preferences.py" line="18" />
      <source>Préférences</source>
      <translation>Preferences</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="25" />
      <source>Langue de l'interface :</source>
      <translation>Interface language:</translation>
    </message>
    <message>
      <location filename="../../desktop/views/preferences.py" line="26" />
      <source>La nouvelle langue s'applique au prochain démarrage de Passerelles.</source>
      <translation>The new language applies the next time Passerelles starts.</translation>
    </message>
  </context>
  <context>
    <name>RecordPage</name>
    <message>
      <location filename="../../desktop/views/record_page.py" line="71" />
      <source>Sélectionnez une fiche dans la liste,
ou créez-en une (Ctrl+N).</source>
      <translation>Select a record in the list,
or create one (Ctrl+N).</translation>
    </message>
    <message>
      <location filename="../../desktop/views/record_page.py" line="112" />
      <source>Modifications non enregistrées</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../desktop/views/record_page.py" line="113" />
      <source>La fiche en cours a été modifiée. Enregistrer les modifications ?</source>
      <translation>This record was changed. Save the changes?</translation>
    </message>
    <message>
      <location filename="../../desktop/views/record_page.py" line="201" />
      <source>Supprimer</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../desktop/views/record_page.py" line="202" />
      <source>Supprimer cette fiche ? Vous pourrez l'annuler avec Ctrl+Z.</source>
      <translation>Delete this record? You can undo it with Ctrl+Z.</translation>
    </message>
  </context>
  <context>
    <name>SearchPopup</name>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="56" />
      <source>Rechercher partout</source>
      <translation>Search everywhere</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="60" />
      <source>Nom, ville, pays, personne, accord… (sans se soucier des accents)</source>
      <translation>Name, city, country, person, agreement… (accents optional)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="63" />
      <source>Résultat</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="63" />
      <source>Détail</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="87" />
      <source>Partenaires</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="87" />
      <source>Accords</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="87" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="88" />
      <source>Événements</source>
      <translation>Events</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="88" />
      <source>Suivis</source>
      <translation>Follow-ups</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="129" />
      <source>{0} résultat(s)</source>
      <translation>{0} result(s)</translation>
    </message>
    <message>
      <location filename="../../desktop/views/search_popup.py" line="129" />
      <source>Aucun résultat.</source>
      <translation>No results.</translation>
    </message>
  </context>
  <context>
    <name>Task</name>
    <message>
      <location filename="../../desktop/tasks.py" line="81" />
      <source>Annuler</source>
      <translation>Cancel</translation>
    </message>
  </context>
</TS>