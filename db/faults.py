"""Everyday faults of files and disks, each mapped once to a plain sentence (French, and English).

``explain(exc, path)`` looks at an exception (an ``OSError``, a ``sqlite3`` error, a SQLAlchemy
error wrapping one, or anything whose cause is one of these) and returns a ``FaultMessage``: a
``str`` holding the French sentence, which names the user's file and says what to do, and which
also knows its English wording (``message.in_language("en")``). It returns ``None`` for anything
else (a bug, to be shown as an unexpected error). No SQL, parameters or links ever reach the
sentence; the CLI and the window write the full exception to the log. ``file_fault`` says any file
error (a plain sentence naming the file when the fault is not a known one), ``describe`` any error
reported as text.

``KeyedMessage`` (a French ``str`` that knows its English), ``Localized`` (a parameter said per
language) and ``WordedError`` (an error whose message is such a sentence) serve every table of
wordings: faults, servers (``db.server_errors``), backups (``db.backup_messages``) and the services'
refusals (``db.service_messages``).
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import ClassVar

# key -> (French, English); {name} is the user's file
MESSAGES: dict[str, tuple[str, str]] = {
    "locked": ("Le catalogue « {name} » est occupé par une autre opération (une autre fenêtre ou un autre poste) : "
               "rien n'a été enregistré ; réessayez dans un instant.",
               "The catalogue “{name}” is busy with another operation (another window or computer): nothing was "
               "saved; try again in a moment."),
    "disk_full": ("Le disque qui contient « {name} » est plein : rien n'a été enregistré ; libérez de la place "
                  "sur ce disque puis recommencez.",
                  "The disk holding “{name}” is full: nothing was saved; free some space on that disk and try "
                  "again."),
    "file_too_large": ("Le fichier « {name} » atteint la taille maximale permise sur ce disque ou pour votre compte : "
                       "rien n'a été enregistré ; choisissez un autre emplacement ou demandez à votre service "
                       "informatique de lever la limite.",
                       "The file “{name}” has reached the largest size allowed on this disk or for your account: "
                       "nothing was saved; choose another location or ask your IT department to lift the limit."),
    "read_only_file": ("Le fichier « {name} » est en lecture seule : rien n'a été enregistré ; ouvrez-le en lecture "
                       "seule, ou retirez l'attribut « lecture seule » dans ses propriétés.",
                       "The file “{name}” is read-only: nothing was saved; open it read-only, or clear its "
                       "“read-only” attribute in its properties."),
    "read_only_folder": ("Le dossier de « {name} » est en lecture seule (ou le disque est protégé en écriture) : "
                         "rien n'a été enregistré ; copiez le fichier dans un dossier où vous pouvez écrire.",
                         "The folder of “{name}” is read-only (or the disk is write-protected): nothing was saved; "
                         "copy the file into a folder where you can write."),
    "permission": ("Vous n'avez pas le droit d'accéder à « {name} » : demandez l'accès à la personne qui gère ce "
                   "dossier, ou choisissez un autre emplacement.",
                   "You are not allowed to access “{name}”: ask whoever manages that folder for access, or choose "
                   "another location."),
    "vanished": ("Le fichier « {name} » a disparu ou n'est plus accessible (déplacé, supprimé, clé USB retirée ?) : "
                 "remettez-le en place puis rouvrez-le.",
                 "The file “{name}” has disappeared or is no longer reachable (moved, deleted, USB key removed?): "
                 "put it back and open it again."),
    "network": ("Le dossier réseau de « {name} » ne répond pas : vérifiez la connexion au réseau puis réessayez ; "
                "rien n'a été enregistré.",
                "The network folder of “{name}” is not answering: check the network connection and try again; "
                "nothing was saved."),
    "io_error": ("Le disque n'a pas pu lire ou écrire « {name} » (disque retiré, réseau coupé ou support "
                 "défectueux) : rien n'a été enregistré ; vérifiez le disque puis réessayez.",
                 "The disk could not read or write “{name}” (disk removed, network cut or faulty medium): nothing "
                 "was saved; check the disk and try again."),
    "damaged": ("Le catalogue « {name} » est endommagé : il n'a pas été modifié ; restaurez la dernière sauvegarde "
                "(« passerelles backups », puis « passerelles restore »).",
                "The catalogue “{name}” is damaged: it was not modified; restore the latest backup "
                "(“passerelles backups”, then “passerelles restore”)."),
    "read_only_catalogue": ("Le catalogue « {name} » est ouvert en lecture seule : rien n'a été enregistré.",
                            "The catalogue “{name}” is open read-only: nothing was saved."),
    "file_error": ("Le fichier « {name} » n'a pas pu être lu ou écrit : rien n'a été enregistré ; vérifiez qu'il "
                   "est accessible puis réessayez (les détails sont dans le journal).",
                   "The file “{name}” could not be read or written: nothing was saved; check that it can be "
                   "reached and try again (the details are in the log)."),
    "database_error": ("Le catalogue « {name} » n'a pas pu être lu ou écrit : rien n'a été enregistré ; les détails "
                       "sont dans le journal.",
                       "The catalogue “{name}” could not be read or written: nothing was saved; the details are in "
                       "the log."),
    # shown as a banner when a catalogue is opened read-only because of its file or folder, or its server account
    "opened_read_only_file": ("Le fichier « {name} » est en lecture seule : le catalogue est ouvert en consultation, "
                              "sans modification possible.",
                              "The file “{name}” is read-only: the catalogue is open for viewing, without changes."),
    "opened_read_only_folder": ("Le dossier de « {name} » est en lecture seule : le catalogue est ouvert en "
                                "consultation ; copiez-le dans un dossier où vous pouvez écrire pour le modifier.",
                                "The folder of “{name}” is read-only: the catalogue is open for viewing; copy it "
                                "into a folder where you can write to change it."),
    "opened_damaged_found": ("Le catalogue « {name} » s'est révélé endommagé après son ouverture : il est ouvert en "
                             "consultation seule ; restaurez sa dernière sauvegarde (Fichier › Sauvegardes…).",
                             "The catalogue “{name}” turned out damaged after it was opened: it is open for viewing "
                             "only; restore its latest backup (File › Backups…)."),
    "opened_read_only_account": ("Le compte « {name} » n'a que le droit de lire ce catalogue du serveur : il est ouvert "
                                 "en consultation, sans modification possible ; le service informatique peut "
                                 "donner à ce compte le droit de le modifier.",
                                 "The account “{name}” may only read this server catalogue: it is open for viewing, "
                                 "without changes; the IT department can give this account the right to change it."),
}

_NETWORK_ERRNOS = {getattr(errno, n) for n in ("ENETDOWN", "ENETUNREACH", "ENETRESET", "ECONNABORTED",
                                                 "ECONNRESET", "EHOSTDOWN", "EHOSTUNREACH", "ETIMEDOUT",
                                                 "ESTALE", "ENOLINK", "EREMOTEIO") if hasattr(errno, n)}
# Windows: ERROR_BAD_NETPATH, ERROR_NETNAME_DELETED, ERROR_BAD_NET_NAME, ERROR_UNEXP_NET_ERR, ERROR_NETWORK_UNREACHABLE
_NETWORK_WINERRORS = {51, 53, 59, 64, 67, 1231}
# SQLite primary result codes
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_IOERR_DELETE_NOENT = 5898  # SQLITE_IOERR_DELETE_NOENT
_READONLY_DIRECTORY = 1544  # SQLITE_READONLY_DIRECTORY


def worded(text, language: str) -> str:
    """``text`` in ``language`` when it knows its other wording (``in_language``), else as it is."""
    return text.in_language(language) if hasattr(text, "in_language") else str(text)


class KeyedMessage(str):
    """A French sentence (the string itself) taken from a table of (French, English) wordings by its
    ``key``; ``in_language(lang)`` gives the other wording with the same ``params`` (a parameter that
    knows its own wordings, another message, is said in that language too). Each subclass names its
    table (``WORDINGS``)."""

    WORDINGS: ClassVar[dict[str, tuple[str, str]]] = {}
    key: str
    params: dict

    def __new__(cls, key: str, **params) -> KeyedMessage:
        text = super().__new__(cls, cls.WORDINGS[key][0].format(**params))
        text.key, text.params = key, params
        return text

    def in_language(self, language: str) -> str:
        french, english = self.WORDINGS[self.key]
        values = {name: worded(value, language) for name, value in self.params.items()}
        return (english if language.startswith("en") else french).format(**values)


class Localized:
    """A parameter said per language (a kind's name, a count…): ``in_language(lang)``; ``str`` is French."""

    __slots__ = ("_make",)

    def __init__(self, make):
        self._make = make

    def in_language(self, language: str) -> str:
        return self._make(language)

    def __str__(self) -> str:
        return self._make("fr")


class WordedError(Exception):
    """An error for people whose message (its first argument) may know its other wording: ``str`` is the
    French sentence (the command line), ``in_language(lang)`` the window's (``BackupError``,
    ``CatalogError``, ``ServiceError``…)."""

    def in_language(self, language: str) -> str:
        return worded(self.args[0] if self.args else "", language)


class FaultMessage(KeyedMessage):
    """The French sentence of a fault; ``key`` and ``in_language(lang)`` give its other wording."""

    WORDINGS = MESSAGES

    def __new__(cls, key: str, name: str) -> FaultMessage:
        return super().__new__(cls, key, name=name)

    @property
    def name(self) -> str:
        return self.params["name"]


class FaultError(Exception):
    """Raised where a fault is recognised early (at open, before a backup…); ``str`` is the sentence."""

    def __init__(self, message: FaultMessage):
        super().__init__(message)
        self.message = message


def _display(path) -> str:
    if path in (None, ""):
        return "?"
    return str(path) if "://" in str(path) else str(Path(str(path)))  # a server's address stays as it is


def _chain(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        orig = getattr(exc, "orig", None)  # SQLAlchemy DBAPIError
        if isinstance(orig, BaseException):
            yield orig
        exc = exc.__cause__ or exc.__context__


def _from_os_error(exc: OSError, path) -> FaultMessage | None:
    name = _display(exc.filename or path)
    code = exc.errno
    if getattr(exc, "winerror", None) in _NETWORK_WINERRORS or code in _NETWORK_ERRNOS:
        return FaultMessage("network", name)
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", -1):
        return FaultMessage("disk_full", name)
    if code == errno.EFBIG:
        return FaultMessage("file_too_large", name)
    if code == errno.EROFS:
        return FaultMessage("read_only_folder", name)
    if code in (errno.EACCES, errno.EPERM):
        target = Path(str(exc.filename or path or ""))
        if target.exists() and not target.is_dir():
            return FaultMessage("read_only_file", name)
        return FaultMessage("permission", name)
    if code == errno.ENOENT:
        return FaultMessage("vanished", name)
    if code == errno.EIO:
        return FaultMessage("io_error", name)
    return None


def file_fault(exc: OSError, path=None) -> FaultMessage:
    """The sentence for a file that could not be read or written: the fault when it is a known one (disk
    full, read-only…), else a plain sentence naming the file, never the system's own (English) text."""
    return _from_os_error(exc, path) or FaultMessage("file_error", _display(exc.filename or path))


def _from_sqlite_error(exc: sqlite3.Error, path) -> FaultMessage | None:
    name = _display(path)
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    primary = code & 0xFF if code is not None else None
    if primary in (_BUSY, _LOCKED) or "database is locked" in text or "table is locked" in text:
        return FaultMessage("locked", name)
    if primary == _FULL or "database or disk is full" in text:
        return FaultMessage("disk_full", name)
    if code == _READONLY_DIRECTORY:
        return FaultMessage("read_only_folder", name)
    if primary == _READONLY or "readonly database" in text or "read-only" in text:
        folder = Path(str(path)).parent if path else None
        if folder is not None and folder.is_dir() and not _writable(folder):
            return FaultMessage("read_only_folder", name)
        return FaultMessage("read_only_file", name)
    if primary in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
        return FaultMessage("damaged", name)
    if primary == _CANTOPEN or "unable to open database" in text:
        target = Path(str(path)) if path else None
        if target is not None and not target.exists():
            return FaultMessage("vanished", name)
        return FaultMessage("permission", name)
    if primary == _IOERR or "disk i/o error" in text:
        target = Path(str(path)) if path else None
        if code == _IOERR_DELETE_NOENT or (target is not None and not target.exists()):
            return FaultMessage("vanished", name)
        return FaultMessage(_diagnose_io(target), name)
    return None


def _diagnose_io(target: Path | None) -> str:
    """SQLite reports a full disk met while growing its journal, or a file-size limit, as a plain
    I/O error: look at the disk and the limits to say which."""
    if target is not None:
        try:
            import shutil

            if shutil.disk_usage(target.parent).free < 4 * 1024 * 1024:
                return "disk_full"
        except OSError:
            pass
    try:
        import resource

        soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        if soft != resource.RLIM_INFINITY:
            return "file_too_large"
    except (ImportError, OSError, ValueError):  # no such limits on Windows
        pass
    return "io_error"


def _writable(folder: Path) -> bool:
    import os

    return os.access(folder, os.W_OK)


def explain(exc: BaseException, path=None) -> FaultMessage | None:
    """The plain sentence for a known fault anywhere in ``exc``'s chain, else ``None``.

    ``path`` is the user's file the operation was about (the catalogue, or the file being
    written); an ``OSError`` naming its own file takes precedence.
    """
    from db.uow import ReadOnlyError

    for link in _chain(exc):
        if isinstance(link, FaultError):
            return link.message
        if isinstance(link, ReadOnlyError):
            return FaultMessage("read_only_catalogue", _display(path))
        if isinstance(link, sqlite3.Error):
            found = _from_sqlite_error(link, path)
        elif isinstance(link, OSError):
            found = _from_os_error(link, path)
        else:
            continue
        if found is not None:
            return found
    return None


def plain(exc: BaseException, path=None, language: str = "fr") -> str | None:
    """The sentence for ``exc`` when it is one for people, else ``None`` (a bug): an error's own
    sentence when it knows its wordings (a ``ServiceError``, a ``BackupError``, a ``CatalogError``: they
    name the fault under them), the fault's sentence, a plain sentence for any other database error
    (never its SQL or values) or file error (never the system's English text), a validation error's
    problems. The caller logs the exception."""
    if hasattr(exc, "in_language"):
        return exc.in_language(language)
    fault = explain(exc, path)
    if fault is None:
        from pydantic import ValidationError
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(exc, SQLAlchemyError | sqlite3.Error):
            fault = FaultMessage("database_error", _display(path))
        elif isinstance(exc, OSError):
            fault = file_fault(exc, path)
        elif isinstance(exc, ValidationError):
            from db.schemas.messages import describe_text

            return describe_text(exc, language)
    return fault.in_language(language) if fault is not None else None


def describe(exc: BaseException, path=None, language: str = "fr") -> str:
    """What to show for ``exc`` when it is reported as text: ``plain``'s sentence, else ``str(exc)``.
    The caller logs the exception."""
    said = plain(exc, path, language)
    return said if said is not None else str(exc)
