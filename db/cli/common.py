"""Helpers shared by the CLI commands: opening the catalogue, kinds, printing records."""

from __future__ import annotations

import json
import sys

from db.cli import CliError

KIND_ALIASES = {
    "partner": "partner", "partners": "partner", "partenaire": "partner", "partenaires": "partner",
    "agreement": "agreement", "agreements": "agreement", "accord": "agreement", "accords": "agreement",
    "contact": "contact", "contacts": "contact",
    "event": "event", "events": "event", "evenement": "event", "evenements": "event",
    "événement": "event", "événements": "event",
    "followup": "followup", "followups": "followup", "suivi": "followup", "suivis": "followup",
    "action": "followup", "actions": "followup",
    "interaction": "interaction", "interactions": "interaction",
}
KIND_CHOICES = ("partner", "agreement", "contact", "event", "followup", "interaction")
COUNTED = {**KIND_ALIASES, "session": "session", "sessions": "session", "seance": "session", "seances": "session",
           "séance": "session", "séances": "session"}  # words the exporters count with -> kind codes


def counted(numbers: dict[str, int]) -> str:
    """"14 partenaires, 1 événement" from the counts an exporter or importer returns (codes or plural words)."""
    from db import words

    return words.counts([(COUNTED.get(k.lower(), k), n) for k, n in numbers.items()])


def kind(value: str) -> str:
    try:
        return KIND_ALIASES[value.strip().lower()]
    except KeyError:
        raise CliError(f"type de fiche inconnu « {value} » (attendu : {', '.join(KIND_CHOICES)}, "
                       "ou en français : partenaire, accord, contact, evenement, suivi).") from None


def open_from_args(args, *, create: bool = False, **options):
    """The catalogue named by ``--db``; only ``init`` passes ``create=True``. A catalogue opened
    read-only because of its file or folder says so on stderr. The command line checks a file of any
    size at open (``PRAGMA quick_check``, about a second per few hundred megabytes; the window checks
    a large one after it is up instead, ``Catalog.check_later``)."""
    from db.catalog import CatalogError, open_catalog

    options.setdefault("check", True)   # a file of any size is checked: nothing runs on a damaged one
    warn_password_in_url(args)
    try:
        catalog = open_catalog(args.db, create=create, **options)
    except CatalogError as exc:
        password = ask_password(args.db, exc)
        if password is None:
            raise
        from sqlalchemy.engine import make_url

        args.db = make_url(args.db).set(password=password).render_as_string(hide_password=False)
        args.password_asked = True
        catalog = open_catalog(args.db, create=create, **options)
    if catalog.read_only_message:
        print(f"passerelles : {catalog.read_only_message}", file=sys.stderr)
    return catalog


def warn_password_in_url(args) -> None:
    """A password written in ``--db`` is used (scripts keep working) but said: on a shared
    computer the command line is readable by others (process list, shell history)."""
    location = getattr(args, "db", None)
    if getattr(args, "password_asked", False) or not isinstance(location, str) or "://" not in location:
        return
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(location)
    except ArgumentError:
        return
    if url.password:
        print("passerelles : attention, le mot de passe est écrit dans --db, où d'autres utilisateurs de cet "
              "ordinateur peuvent le lire (liste des processus, historique des commandes). Retirez-le de "
              "l'adresse : il sera demandé, ou lu dans le trousseau ou dans le fichier désigné par PGPASSFILE.",
              file=sys.stderr)


def ask_password(location, exc) -> str | None:
    """The password of a server URL that has none, asked on the terminal once the server wants one
    (never on the command line, where other users could read it); None when there is no terminal."""
    if not isinstance(location, str) or "://" not in location or location.startswith("sqlite"):
        return None
    from sqlalchemy.engine import make_url

    from db import server_errors

    url = make_url(location)
    if url.password or server_errors.kind_of(exc) != "password" or not sys.stdin.isatty():
        return None
    import getpass

    try:
        return getpass.getpass(f"Mot de passe de « {url.username} » sur le serveur « {url.host} » : ") or None
    except (EOFError, KeyboardInterrupt):
        return None


def read_from_args(args, read):
    """``read(session)`` on the catalogue named by ``--db``, then the catalogue closed: what a
    command that only reads needs."""
    catalog = open_from_args(args)
    try:
        with catalog.uow() as uow:
            return read(uow.session)
    finally:
        catalog.close()


def record_title(kind_code: str, out) -> str:
    from db.services.trash import title_of

    return title_of(kind_code, out)


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
