"""CLI: init, list, show, search — the catalogue itself."""

from __future__ import annotations

import sys

from db import words
from db.cli import CliError
from db.cli.common import kind, open_from_args, print_json, record_title


def register(sub) -> None:
    p = sub.add_parser("init", help="créer (ou mettre à jour) le catalogue")
    p.add_argument("--demo", action="store_true", help="charger le catalogue de démonstration")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("list", help="lister les fiches d'un type")
    p.add_argument("kind", help="partenaire, accord, contact, événement, suivi ou interaction")
    p.add_argument("--search", default="", help="texte à rechercher (sans accents ni majuscules requis)")
    p.add_argument("--limit", type=int, default=None, help="nombre maximal de lignes")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="afficher une fiche (identifiant public, nom, ou mots du nom)")
    p.add_argument("kind")
    p.add_argument("id", help="identifiant public (UUID), nom, ou mots du nom sans accents (« lodz »)")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("search", help="rechercher dans tout le catalogue")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)


def cmd_init(args) -> int:
    from db.catalog import display_location

    catalog = open_from_args(args, create=True)
    try:
        if args.demo:
            from db.demo import load_demo

            counts = load_demo(catalog)
            summary = words.counts(counts)
            print(f"Catalogue de démonstration chargé dans {display_location(catalog.url)} ({summary}).")
        else:
            print(f"Catalogue prêt : {display_location(catalog.url)}")
        for backup in catalog.backups:
            print(f"Copie de sauvegarde avant mise à jour : {backup}")
    finally:
        catalog.close()
    return 0


def cmd_list(args) -> int:
    from db.services import ListQuery, Services

    code = kind(args.kind)
    if args.limit is not None and args.limit < 1:
        raise CliError("--limit doit être un nombre positif.")
    catalog = open_from_args(args, create=False)
    try:
        rows = Services(catalog).list(code, ListQuery(search=args.search, limit=args.limit))
    finally:
        catalog.close()
    if args.json:
        print_json([r.model_dump(mode="json") for r in rows])
        return 0
    for row in rows:
        print(f"{row.id}  {record_title(code, row)}")
    if not rows:
        print("Aucune fiche.", file=sys.stderr)
    return 0


def cmd_show(args) -> int:
    from db.services import Services

    code = kind(args.kind)
    catalog = open_from_args(args, create=False)
    try:
        out = Services(catalog).get(code, args.id, loose=True)
    finally:
        catalog.close()
    print_json(out.model_dump(mode="json"))
    return 0


def cmd_search(args) -> int:
    from db.services import Services

    catalog = open_from_args(args, create=False)
    try:
        results = Services(catalog).search(args.text, args.limit)
    finally:
        catalog.close()
    if args.json:
        print_json({k: [r.model_dump(mode="json") for r in rows] for k, rows in results.items()})
        return 0
    if not results:
        print("Aucun résultat.", file=sys.stderr)
    for code, rows in results.items():
        heading = words.kind_name(code, 2)
        print(f"{heading[:1].upper()}{heading[1:]} ({len(rows)})")
        for row in rows:
            print(f"  {row.id}  {record_title(code, row)}")
    return 0
