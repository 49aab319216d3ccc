"""``passerelles apd|atlas|bilan … --pdf/--docx``: the yearly documents rendered with Qt (offscreen when
there is no display). Reads the arguments of ``db/cli/cmd_apd.py``, ``cmd_atlas.py`` and ``cmd_bilan.py``;
the workbooks and text output stay with those commands, which this one runs too when asked."""

from __future__ import annotations

import argparse
import os
import sys

from db.cli.french import FrenchParser

COMMANDS = {"apd": "db.cli.cmd_apd", "atlas": "db.cli.cmd_atlas", "bilan": "db.cli.cmd_bilan"}


def wants_desktop(command: str | None, argv: list[str]) -> bool:
    """Whether ``passerelles COMMAND …`` needs Qt: a PDF, or the annual report's .docx (its map)."""
    if command not in COMMANDS:
        return False
    options = {a.split("=", 1)[0] for a in argv}
    return "--pdf" in options or (command == "bilan" and "--docx" in options)


def _parser(command: str) -> argparse.ArgumentParser:
    import importlib

    p = FrenchParser(prog=f"passerelles {command}")
    p.add_argument("--db", help="catalogue (fichier SQLite ou adresse de serveur)")
    p.add_argument("command", choices=[command], help=argparse.SUPPRESS)
    importlib.import_module(COMMANDS[command]).add_arguments(p)
    return p


def map_png(session) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray

    from db.reports.partner_map import map_partners
    from desktop.printing.world_map import map_image

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    map_image(map_partners(session, status="active"), 1800).save(buffer, "PNG")
    return bytes(data)


def write_docx(services, year: int, path: str, language: str = "fr") -> None:
    """The annual report's .docx with its map (used by the window too)."""
    from db.interchange import annual_docx
    from db.reports.annual import annual_report
    from db.services import settings

    with services.catalog.uow(services.actor) as uow:
        report = annual_report(uow.session, year)
        office = settings.office_name(uow.session)
        image = map_png(uow.session)
    annual_docx.write(report, path, language, office=office, map_png=image)


def main(argv: list[str]) -> int:
    from desktop.print_cli import _application

    command = next(a for a in argv if a in COMMANDS)
    args = _parser(command).parse_args(argv)
    from db.catalog import CatalogError, open_catalog
    from db.cli import CliError
    from db.reports.apd import OdaListError
    from db.services import ServiceError, Services
    from db.words import plural
    from desktop.printing import actions
    from desktop.printing.paging import PrintError

    _app = _application()
    try:
        catalog = open_catalog(args.db, create=False)
    except CatalogError as exc:
        sys.stderr.write(f"Erreur : {exc}\n")
        return 2
    try:
        services = Services(catalog)
        if command != "atlas" and not 1900 <= args.year <= 2200:
            raise CliError(f"année invalide : {args.year}.")
        if command == "apd" and (args.xlsx or args.json):
            from db.cli import cmd_apd

            args.pdf, pdf = None, args.pdf
            cmd_apd.cmd_apd(args)
            args.pdf = pdf
        if command == "atlas" and (args.xlsx or args.json):
            from db.cli import cmd_atlas

            args.pdf, pdf = None, args.pdf
            cmd_atlas.cmd_atlas(args)
            args.pdf = pdf
        if command == "bilan" and args.docx:
            write_docx(services, args.year, args.docx, args.language)
            print(f"Document Word écrit : {args.docx}")
        if args.pdf:
            if os.path.isdir(args.pdf):
                raise CliError(f"« {args.pdf} » est un dossier ; indiquez un nom de fichier PDF.")
            kind = {"apd": "apd", "atlas": "atlas", "bilan": "annual_report"}[command]
            reference = None if command == "atlas" else str(args.year)
            if command == "apd" and args.oda_list:
                reference += f"|{args.oda_list}"
            pages = actions.export_pdf(kind, reference, services, args.pdf, language=args.language,
                                       warn=lambda text: sys.stderr.write(f"Attention : {text}\n"))
            print(f"PDF écrit : {args.pdf} ({plural(pages, 'page')}).")
        return 0
    except (CliError, ServiceError, OdaListError) as exc:
        sys.stderr.write(f"Erreur : {exc}\n")
        return 2
    except (PrintError, OSError) as exc:
        sys.stderr.write(f"Erreur : {exc}\n")
        return 1
    finally:
        catalog.close()
