"""What went wrong with a database server, in plain words: the ONE place that reads driver errors.

``explain(exc)`` turns an exception raised while talking to a PostgreSQL server (a wrong password,
a server that cannot be reached, a missing database, a connection lost mid-session) into a
sentence for the user (French, with its English: ``in_language``), or ``None`` when it is none of those. The driver gives no error code for
failed connections, only libpq's text, which the server writes in its own language: both the
English and the French wordings are recognised.
"""

from __future__ import annotations

import re

from db.faults import KeyedMessage

_KINDS: list[tuple[str, re.Pattern]] = [
    ("password", re.compile(r"password authentication failed|authentification par mot de passe a échoué"
                            r"|no password supplied|aucun mot de passe|authentication failed|"
                            r"l'authentification .* a échoué", re.IGNORECASE)),
    ("database", re.compile(r'database ".*" does not exist|la base de données « .* » n\'existe pas',
                            re.IGNORECASE)),
    ("role", re.compile(r'role ".*" does not exist|le rôle « .* » n\'existe pas', re.IGNORECASE)),
    ("host", re.compile(r"failed to resolve host|could not translate host name|Name or service not known"
                        r"|nodename nor servname", re.IGNORECASE)),
    ("lost", re.compile(r"server closed the connection unexpectedly|terminating connection"
                        r"|consuming input failed|connection already closed|the connection is lost"
                        r"|SSL SYSCALL error|arrêt des connexions|connexion au serveur perdue", re.IGNORECASE)),
    ("ssl_unsupported", re.compile(r"server does not support SSL|le serveur ne supporte pas SSL", re.IGNORECASE)),
    ("ssl_ca_missing", re.compile(r"root certificate file .* does not exist|could not read root certificate"
                                  r"|certificat racine .* n'existe pas", re.IGNORECASE)),
    ("ssl_certificate", re.compile(r"certificate verify failed|self[- ]signed certificate|certificate has expired"
                                   r"|server certificate for .* does not match|unable to get local issuer"
                                   r"|échec de la vérification du certificat", re.IGNORECASE)),
    ("ssl_required", re.compile(r"no pg_hba\.conf entry .*(?:no encryption|SSL off)|aucune entrée .*pg_hba\.conf"
                                r".*(?:sans chiffrement|SSL inactif)", re.IGNORECASE)),
    ("ssl_mode", re.compile(r'invalid sslmode value|valeur sslmode invalide', re.IGNORECASE)),
    ("unreachable", re.compile(r"Connection refused|timeout expired|timed out|No route to host"
                               r"|Network is unreachable|connexion refusée|could not connect", re.IGNORECASE)),
    ("permission", re.compile(r"permission denied|droit refusé", re.IGNORECASE)),
]

# key -> (French, English); {host}, {port}, {database}, {user} are the catalogue's
MESSAGES: dict[str, tuple[str, str]] = {
    "password": ("Le serveur a refusé l'identifiant ou le mot de passe. Vérifiez-les et réessayez.",
                 "The server refused the user name or the password. Check them and try again."),
    "database": ("Le serveur ne contient pas de base « {database} ». Vérifiez son nom auprès du service "
                 "informatique.",
                 "The server holds no database “{database}”. Check its name with your IT department."),
    "role": ("Le serveur ne connaît pas l'utilisateur « {user} ».", "The server does not know the user “{user}”."),
    "host": ("Le serveur « {host} » est introuvable. Vérifiez son nom et la connexion au réseau.",
             "The server “{host}” cannot be found. Check its name and the network connection."),
    "unreachable": ("Le serveur « {host} » ne répond pas (port {port}). Vérifiez son adresse, la connexion "
                    "au réseau, ou réessayez plus tard.",
                    "The server “{host}” is not answering (port {port}). Check its address and the network "
                    "connection, or try again later."),
    "lost": ("La connexion au serveur a été perdue. Vos dernières modifications non enregistrées n'ont pas "
             "été écrites ; reconnectez-vous ou ouvrez un catalogue local.",
             "The connection to the server was lost. Your last unsaved changes were not written; connect again "
             "or open a local catalogue."),
    "permission": ("Votre compte n'a pas le droit de faire cette opération sur le serveur.",
                   "Your account is not allowed to do this on the server."),
    "ssl_unsupported": ("Le serveur « {host} » n'accepte pas les connexions chiffrées (TLS), alors que le chiffrement "
                        "est exigé. Demandez au service informatique d'activer TLS sur le serveur, ou choisissez "
                        "« Si le serveur le propose » dans Chiffrement.",
                        "The server “{host}” accepts no encrypted (TLS) connections, while encryption is required. "
                        "Ask your IT department to turn TLS on for the server, or choose “If the server offers it” "
                        "under Encryption."),
    "ssl_ca_missing": ("Le fichier d'autorité de certification indiqué pour le serveur « {host} » est introuvable ou "
                       "illisible sur cet ordinateur. Vérifiez son emplacement, ou demandez-le au service "
                       "informatique.",
                       "The certificate authority file given for the server “{host}” cannot be found or read on "
                       "this computer. Check where it is, or ask your IT department for it."),
    "ssl_certificate": ("Le certificat du serveur « {host} » n'a pas pu être vérifié (autorité inconnue, certificat "
                        "expiré ou nom qui ne correspond pas) : la connexion a été refusée par prudence. Vérifiez le "
                        "fichier d'autorité de certification avec le service informatique.",
                        "The certificate of the server “{host}” could not be verified (unknown authority, expired "
                        "certificate or a name that does not match): the connection was refused to be safe. Check "
                        "the certificate authority file with your IT department."),
    "ssl_required": ("Le serveur « {host} » refuse les connexions non chiffrées : choisissez « Exigé » dans "
                     "Chiffrement (TLS), ou demandez au service informatique quel mode utiliser.",
                     "The server “{host}” refuses unencrypted connections: choose “Required” under Encryption "
                     "(TLS), or ask your IT department which mode to use."),
    "ssl_mode": ("Le mode de chiffrement demandé pour le serveur « {host} » n'existe pas : choisissez disable, "
                 "prefer, require, verify-ca ou verify-full.",
                 "The encryption mode asked for the server “{host}” does not exist: choose disable, prefer, "
                 "require, verify-ca or verify-full."),
}


class ServerMessage(KeyedMessage):
    """The French sentence of a server error; ``key`` and ``in_language(lang)`` give its other wording
    (as ``db.faults.FaultMessage``): the window shows it in its own language, the command line in French."""

    WORDINGS = MESSAGES


_SERVER = re.compile(r'(?:connection to server at|connexion au serveur sur) [«"]\s*([^"»]+?)\s*[»"]'
                     r'(?: \([^)]*\))?, port (\d+)', re.IGNORECASE)


def _texts(exc: BaseException) -> str:
    seen: set[int] = set()
    current: BaseException | None = exc
    texts = []
    while current is not None and id(current) not in seen:  # the SQLAlchemy error wraps the driver's
        seen.add(id(current))
        texts.append(str(current))
        current = getattr(current, "orig", None) or current.__cause__
    return "\n".join(texts)


def kind_of(exc: BaseException) -> str | None:
    """``password``, ``database``, ``role``, ``host``, ``unreachable``, ``lost``, ``permission`` or None."""
    text = _texts(exc)
    for kind, pattern in _KINDS:
        if pattern.search(text):
            return kind
    return None


def explain(exc: BaseException, url=None) -> ServerMessage | None:
    """The sentence for a server error (``url``: the catalogue's, for its host and names), or None: a
    ``str`` in French that knows its English (``in_language``)."""
    kind = kind_of(exc)
    if kind is None:
        return None
    host, port = getattr(url, "host", None), getattr(url, "port", None)
    if not host:  # no catalogue at hand: the driver's own text names the server it tried
        host, port = server_named(exc)
    return ServerMessage(kind, host=host or "?", port=port or 5432, database=getattr(url, "database", None) or "?",
                         user=getattr(url, "username", None) or "?")


def server_named(exc: BaseException) -> tuple[str | None, int | None]:
    """(host, port) that libpq names in a failed connection's text, else (None, None)."""
    found = _SERVER.search(_texts(exc))
    return (found.group(1), int(found.group(2))) if found else (None, None)
