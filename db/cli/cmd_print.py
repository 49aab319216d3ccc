"""``passerelles print …``: declared here so that ``passerelles --help`` lists it with its arguments.

Printing renders with Qt, which ``db`` never imports: the launcher (``desktop/launcher.py``) hands the
command to ``desktop/print_cli.py``, which reads the same arguments (``add_print_arguments``).
"""

from __future__ import annotations

import argparse

DOCUMENT_HELP = ("partenaire, accord, événement, partenaires, accords, contacts, suivis, donnees-personnelles, "
                 "registre, invitations, émargement, étiquettes ou badges")


def add_print_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("document", help=DOCUMENT_HELP)
    p.add_argument("reference", nargs="?", help="nom ou identifiant de la fiche")
    p.add_argument("--pdf", help="fichier PDF à écrire")
    p.add_argument("--printer", nargs="?", const="", help="imprimer sur une imprimante installée (par défaut : "
                                                          "l'imprimante par défaut)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--active", action="store_true", help="seulement les partenaires actifs ou les accords en "
                                                            "vigueur (par défaut pour « accords »)")
    which.add_argument("--all", action="store_true", help="tous les partenaires ou tous les accords, quelle que "
                                                         "soit leur situation")
    p.add_argument("--owner", help="responsable des suivis (print suivis ; sans lui : les suivis en cours de "
                                   "tout le monde)")
    p.add_argument("--language", choices=["fr", "en"], default="fr", help="langue du document (fr par défaut)")
    p.add_argument("--contact", action="append", default=[], metavar="PERSONNE",
                   help="invitations, étiquettes : un contact (identifiant ou nom ; répétable)")
    p.add_argument("--search", metavar="TEXTE", help="invitations, étiquettes : les contacts que cette recherche trouve")
    p.add_argument("--session", help="émargement : une séance (titre ou numéro) ; « * » : l'événement puis chaque "
                                     "séance")


def register(sub) -> None:
    description = "Imprimer une fiche, un compte rendu ou une liste (PDF ou imprimante)."
    p = sub.add_parser("print", help="imprimer une fiche, un compte rendu ou une liste (PDF ou imprimante)",
                       description=description)
    add_print_arguments(p)
    p.set_defaults(handler=_handled_by_the_application)


def _handled_by_the_application(args) -> int:
    from db.cli import CliError

    raise CliError("l'impression passe par l'application : lancez « passerelles print … » (commande installée).")
