"""``passerelles [--db X] print …``: partner summaries, agreement sheets, event minutes and lists to PDF or a printer.

    passerelles print partner NAME_OR_ID --pdf OUT.pdf
    passerelles print agreement NAME_OR_ID --pdf OUT.pdf
    passerelles print event NAME_OR_ID --pdf OUT.pdf
    passerelles print partners --active --pdf OUT.pdf       (one partner per page)
    passerelles print agreements [--active] --pdf OUT.pdf   (list of the agreements in force)
    passerelles print agreements --all --pdf OUT.pdf        (every agreement, with its standing)
    passerelles print contacts PARTNER --pdf OUT.pdf        (a partner's contacts)
    passerelles print followups --owner NAME --pdf OUT.pdf  (the open follow-ups of one person; everyone's without --owner)

Renders with Qt (offscreen when there is no display); errors are French sentences on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys

from db.cli.cmd_print import add_print_arguments
from db.cli.french import FrenchParser

DOCUMENTS = {
    "partner": "partner", "partenaire": "partner", "agreement": "agreement", "accord": "agreement",
    "event": "event", "evenement": "event", "événement": "event", "partners": "partners", "partenaires": "partners",
    "agreements": "active_agreements", "accords": "active_agreements", "contacts": "partner_contacts",
    "followups": "owner_followups", "suivis": "owner_followups",
    # personal data and outreach (desktop.printing.outreach)
    "personal-data": "personal_data", "donnees-personnelles": "personal_data", "register": "register",
    "registre": "register", "invitations": "invitations", "attendance": "attendance", "emargement": "attendance",
    "émargement": "attendance", "labels": "labels", "etiquettes": "labels", "étiquettes": "labels",
    "badges": "badges",
}
OUTREACH = {"personal_data", "register", "invitations", "attendance", "labels", "badges"}
NEEDS_REFERENCE = {"partner", "agreement", "event", "partner_contacts", "personal_data", "invitations", "attendance",
                   "badges"}


def parser() -> argparse.ArgumentParser:
    p = FrenchParser(prog="passerelles print", description="Imprimer une fiche, un compte rendu ou une liste.")
    p.add_argument("--db", help="catalogue (fichier SQLite ou adresse de serveur)")
    p.add_argument("command", choices=["print"], help=argparse.SUPPRESS)
    add_print_arguments(p)
    return p


def _application():
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["passerelles"])


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(sys.argv[1:] if argv is None else argv)
    kind = DOCUMENTS.get(args.document.strip().lower())
    if kind is None:
        sys.stderr.write(f"Erreur : document inconnu « {args.document} » (attendu : partner, agreement, event, "
                         "partners, agreements, contacts, followups, personal-data, register, invitations, "
                         "attendance, labels ou badges).\n")
        return 2
    if kind == "active_agreements" and args.all:
        kind = "all_agreements"
    reference = args.owner if kind == "owner_followups" else args.reference
    if kind == "owner_followups" and not reference:
        reference = args.reference or ""
    if kind in NEEDS_REFERENCE and not reference:
        sys.stderr.write("Erreur : indiquez le nom ou l'identifiant de la fiche à imprimer.\n")
        return 2
    if args.pdf is None and args.printer is None:
        sys.stderr.write("Erreur : indiquez --pdf FICHIER.pdf ou --printer [NOM].\n")
        return 2
    if args.pdf and os.path.isdir(args.pdf):
        sys.stderr.write(f"Erreur : « {args.pdf} » est un dossier ; indiquez un nom de fichier PDF.\n")
        return 2

    from db.catalog import CatalogError, open_catalog
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
        if kind in OUTREACH:
            return _outreach(kind, reference, services, args)
        active_only = args.active or (kind != "partners" and not args.all)
        warn = lambda text: sys.stderr.write(f"Attention : {text}\n")  # noqa: E731
        if args.pdf:
            pages = actions.export_pdf(kind, reference, services, args.pdf, language=args.language,
                                       active_only=active_only, warn=warn)
            print(f"PDF écrit : {args.pdf} ({plural(pages, 'page')}).")
        else:
            pages = actions.print_to(args.printer, kind, reference, services, language=args.language,
                                     active_only=active_only, warn=warn)
            print(f"Envoyé à l'imprimante ({plural(pages, 'page')}).")
        return 0
    except ServiceError as exc:  # not found, ambiguous: the same exit code as the other commands
        sys.stderr.write(f"Erreur : {exc}\n")
        return 2
    except PrintError as exc:
        sys.stderr.write(f"Erreur : {exc}\n")
        return 1
    finally:
        catalog.close()


def _outreach(kind: str, reference: str, services, args) -> int:
    """Personal data and outreach printouts: PDF only (a sheet of labels is no job for a default printer)."""
    from db.words import plural
    from desktop.printing import outreach

    if not args.pdf:
        sys.stderr.write("Erreur : ce document s'écrit en PDF : indiquez --pdf FICHIER.pdf.\n")
        return 2
    if kind in ("invitations", "labels") and not args.contact and args.search is None:
        sys.stderr.write("Erreur : indiquez les personnes : --contact NOM (répétable) ou --search TEXTE.\n")
        return 2
    pages, left_out = outreach.export_pdf(kind, reference, services, args.pdf, contacts=args.contact,
                                          search=args.search, session_ref=args.session, language=args.language)
    print(f"PDF écrit : {args.pdf} ({plural(pages, 'page')}).")
    from db.services.invitations import LEFT_OUT

    for contact, reason in left_out:
        print(f"  exclu(e) : {contact.full_name} ({LEFT_OUT.get(reason, reason)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
