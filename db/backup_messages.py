"""What a backup or a restore that could not be done says, in French and in English: one table of
wordings for the catalogue files' backups (``db.backups``) and the server's (``db.server_backups``).

A ``BackupMessage`` is the French sentence (a ``str``: the command line prints it) and knows its
English (``in_language("en")``: the English window shows it), as ``db.faults.FaultMessage`` does; a
parameter that is itself a message (the fault under a backup, why a server refused) is said in the
same language. ``{catalogue}``, ``{name}`` are files; ``{database}``, ``{host}``, ``{account}`` a
server catalogue's.
"""

from __future__ import annotations

from db.faults import KeyedMessage

_ON_SERVER = ("du catalogue « {database} » sur le serveur « {host} »",
              "of the catalogue “{database}” on the server “{host}”")
_UNCHANGED = ("Le catalogue n'a pas été modifié.", "The catalogue was not changed.")

# key -> (French, English)
MESSAGES: dict[str, tuple[str, str]] = {
    "not_verified": (f"La sauvegarde de « {{catalogue}} » n'a pas pu être vérifiée ; elle n'a pas été gardée. "
                     f"{_UNCHANGED[0]}",
                     f"The backup of “{{catalogue}}” could not be checked; it was not kept. {_UNCHANGED[1]}"),
    "not_written": ("La sauvegarde n'a pas pu être écrite (le catalogue n'a pas été modifié). {why}",
                    "The backup could not be written (the catalogue was not changed). {why}"),
    "details_in_log": ("Les détails sont dans le journal.", "The details are in the log."),
    "not_found": ("Sauvegarde introuvable : « {name} » (voir « passerelles backups »).",
                  "Backup not found: “{name}” (see “passerelles backups”)."),
    "ambiguous": ("Plusieurs sauvegardes commencent par « {name} » : précisez le nom complet.",
                  "Several backups start with “{name}”: give the full name."),
    "not_a_backup": ("« {name} » n'est pas une sauvegarde de catalogue valable (fichier endommagé ou d'un autre "
                     "type) : rien n'a été modifié.",
                     "“{name}” is not a valid catalogue backup (a damaged file, or a file of another kind): nothing "
                     "was changed."),
    "upgrade_postponed": ("La mise à jour du catalogue est reportée : {why}",
                          "The upgrade of the catalogue is postponed: {why}"),
    # a catalogue on a server (pg_dump, pg_restore)
    "missing_tool": ("Sauvegarde d'un catalogue sur serveur impossible ici : {tool} introuvable sur cet ordinateur ; "
                     "{what_to_do}",
                     "A server catalogue cannot be backed up here: {tool} cannot be found on this computer; "
                     "{what_to_do}"),
    "missing_tools": ("Sauvegarde d'un catalogue sur serveur impossible ici : pg_dump et pg_restore introuvables sur "
                      "cet ordinateur ; {what_to_do}",
                      "A server catalogue cannot be backed up here: pg_dump and pg_restore cannot be found on this "
                      "computer; {what_to_do}"),
    "install_tools": ("installez les outils clients de PostgreSQL (paquet « postgresql-client » ; sous Windows, ceux "
                      "de l'installateur PostgreSQL, ou leur dossier dans la variable PASSERELLES_PG_BIN) ou demandez "
                      "la sauvegarde à la personne qui administre le serveur.",
                      "install the PostgreSQL client tools (the “postgresql-client” package; on Windows, those of the "
                      "PostgreSQL installer, or their folder in the PASSERELLES_PG_BIN variable) or ask whoever runs "
                      "the server to take the backup."),
    "server_not_verified": (f"La sauvegarde {_ON_SERVER[0]} n'a pas pu être vérifiée ; elle n'a pas été gardée. "
                            f"{_UNCHANGED[0]}",
                            f"The backup {_ON_SERVER[1]} could not be checked; it was not kept. {_UNCHANGED[1]}"),
    "server_failed": (f"La sauvegarde {_ON_SERVER[0]} a échoué ({{why}}). {_UNCHANGED[0]}",
                      f"The backup {_ON_SERVER[1]} failed ({{why}}). {_UNCHANGED[1]}"),
    "read_denied": (f"La sauvegarde {_ON_SERVER[0]} est impossible avec le compte « {{account}} » : il n'a pas le "
                    "droit de lire {what} « {object} ». Une sauvegarde demande de pouvoir lire toutes les tables et "
                    "séquences du catalogue (droit SELECT) : le service informatique peut le donner à ce compte, ou "
                    f"faire les sauvegardes sur le serveur. {_UNCHANGED[0]}",
                    f"The backup {_ON_SERVER[1]} is impossible with the account “{{account}}”: it may not read "
                    "{what} “{object}”. A backup needs to read all the tables and sequences of the catalogue (the "
                    "SELECT right): the IT department can give it to this account, or take the backups on the "
                    f"server. {_UNCHANGED[1]}"),
    "a_table": ("la table", "the table"),
    "a_sequence": ("la séquence", "the sequence"),
    "a_schema": ("le schéma", "the schema"),
    "restore_failed": ("La sauvegarde « {name} » n'a pas pu être remise en place ; le catalogue « {database} » "
                       "sur le serveur « {host} » est inchangé ({why}).",
                       "The backup “{name}” could not be put back; the catalogue “{database}” on the server "
                       "“{host}” is unchanged ({why})."),
    "not_owner": ("seul le compte propriétaire du catalogue{owner} peut le remplacer ; votre compte « {account} » peut "
                  "le lire et le modifier, pas le restaurer. Demandez la restauration au service informatique, ou "
                  "connectez-vous avec le compte propriétaire",
                  "only the account that owns the catalogue{owner} can replace it; your account “{account}” may read "
                  "and change it, not restore it. Ask the IT department to restore it, or connect with the owner's "
                  "account"),
    "owner_named": (" (« {owner} »)", " (“{owner}”)"),
    "colleagues_working": ("d'autres postes travaillent dans le catalogue : demandez-leur de fermer Passerelles, puis "
                           "recommencez",
                           "colleagues are working in the catalogue: ask them to close Passerelles, then try again"),
    "server_unreachable": ("le serveur ne répond pas : vérifiez la connexion au réseau, ou réessayez plus tard",
                           "the server does not answer: check the network connection, or try again later"),
    "server_refused": ("le serveur a refusé l'identifiant ou le mot de passe",
                       "the server refused the user name or the password"),
    "server_tls": ("la connexion chiffrée (TLS) avec le serveur n'a pas pu être établie",
                   "the encrypted (TLS) connection to the server could not be made"),
    "why_in_log": ("le détail est dans le journal", "the details are in the log"),
}


class BackupMessage(KeyedMessage):
    """The French sentence of a backup that could not be done; ``key`` and ``in_language(lang)`` give
    its other wording (as ``db.faults.FaultMessage``)."""

    WORDINGS = MESSAGES
