"""CLI: import FILE (spreadsheet, CSV or our JSON export), imports (history), undo-import ID."""

from __future__ import annotations

from pathlib import Path

from db.cli import CliError
from db.cli.common import kind as kind_code
from db.cli.common import open_from_args
from db.words import agree, kind_name, plural


def _label(kind: str) -> str:
    return kind_name(kind, 2)


def _source(path: str, table) -> str:
    """What a table was read from: a sheet of a workbook, a CSV file, a list of our JSON export."""
    if table.layout == "json":
        return f"Export JSON, liste « {table.sheet} »"
    if path.lower().endswith((".csv", ".txt", ".tsv")):
        return f"Fichier CSV « {Path(path).name} »"
    return f"Feuille « {table.sheet} »"


def register(sub) -> None:
    p = sub.add_parser("import", help="importer un classeur (.xlsx, .xlsm, .ods, .xls), un CSV ou un export JSON")
    p.add_argument("file", help="fichier à importer")
    p.add_argument("--sheet", action="append", metavar="NOM", help="feuille à importer (répétable ; défaut : toutes)")
    p.add_argument("--kind", help="type de fiches de la feuille (partner, agreement, contact, event, followup, "
                                            "interaction)")
    p.add_argument("--profile", metavar="NOM", help="profil de correspondance de colonnes enregistré")
    p.add_argument("--dry-run", action="store_true", help="tout vérifier sans rien écrire")
    p.add_argument("--on-duplicate", choices=("skip", "fill", "overwrite", "create"), default="fill",
                   help="fiche déjà présente : ignorer, compléter les champs vides (défaut), écraser, créer quand même")
    p.add_argument("--problems", metavar="FICHIER.xlsx", help="écrire la liste des problèmes dans ce classeur")
    p.set_defaults(handler=cmd_import)
    h = sub.add_parser("imports", help="historique des imports")
    h.set_defaults(handler=cmd_imports)
    u = sub.add_parser("undo-import", help="annuler un import (retire ce qu'il a créé, rétablit ce qu'il a modifié)")
    u.add_argument("id", help="numéro de l'import (voir « passerelles imports »)")
    u.set_defaults(handler=cmd_undo)


def cmd_import(args) -> int:
    from db.interchange.imports import ImportFileError
    from db.interchange.imports.plan import display
    from db.services.imports import ImportService

    kind = kind_code(args.kind) if args.kind else None
    catalog = open_from_args(args)
    try:
        service = ImportService(catalog)
        try:
            plan = service.preview(args.file, sheets=args.sheet, kind=kind, profile=args.profile,
                                   on_duplicate=args.on_duplicate)
            result = service.run(plan, dry_run=args.dry_run)
        except ImportFileError as exc:
            raise CliError(str(exc)) from None
        for sheet in plan.sheets:
            t = sheet.table
            where = {"table": f"en-têtes ligne {t.header_row}, ", "key_value": "étiquettes/valeurs, "}.get(t.layout, "")
            used = plan.profiles_used.get(t.sheet)
            print(f"{_source(str(args.file), t)} : {_label(t.kind)} ({where}{plural(len(sheet.rows), 'ligne')})"
                  + (f" — profil « {used} »" if used else ""))
        for name, why in plan.skipped_sheets:
            what = "Liste" if str(args.file).lower().endswith(".json") else "Feuille"
            print(f"{what} « {name} » ignorée : {why}")
        title = "Simulation (rien n'a été écrit)" if args.dry_run else f"Import n° {result.batch_id}"
        print(f"{title} :")
        for code, c in result.counts.items():
            created, updated, skipped, merged, rejected = (c.get(k, 0) for k in (
                "created", "updated", "skipped", "merged", "rejected"))
            print(f"  {_label(code)} : {created} {agree(created, 'créé')}, {updated} mis à jour, "
                  f"{skipped} {agree(skipped, 'ignoré')}" + (" (déjà présents)" if skipped > 1 else
                                                             " (déjà présent)" if skipped else "")
                  + f", {plural(merged, 'doublon')} {agree(merged, 'fusionné')}, {rejected} {agree(rejected, 'rejeté')}")
        problems = plan.problems()
        rejected = [p for p in problems if p.severity == "error"]
        warnings = [p for p in problems if p.severity == "warning"]
        for title, items in (("Lignes rejetées", rejected), ("Avertissements", warnings)):
            if items:
                print(f"{title} :")
                for p in items:
                    column = f", colonne « {p.column} »" if p.column else ""
                    print(f"  « {p.sheet} » ligne {p.row}{column} : {p.reason}")
        lookalikes = plan.lookalike_rows()
        if lookalikes:
            print("Noms proches (non fusionnés, à vérifier) :")
            for row in lookalikes:
                print(f"  « {row.sheet} » ligne {row.row} : {display(row)} "
                      f"~ {', '.join(row.lookalikes)}")
        if args.problems:
            count = service.export_problems(plan, args.problems)
            print(f"Problèmes écrits dans {args.problems} ({plural(count, 'problème')}).")
    finally:
        catalog.close()
    return 0


def cmd_imports(args) -> int:
    from db.services.imports import ImportService

    catalog = open_from_args(args, create=False)
    try:
        history = ImportService(catalog).history()
    finally:
        catalog.close()
    if not history:
        print("Aucun import.")
    for b in history:
        created = sum(c.get("created", 0) for c in b["counts"].values())
        updated = sum(c.get("updated", 0) for c in b["counts"].values())
        state = f" — annulé le {b['undone_at']:%d/%m/%Y %H:%M}" if b["undone_at"] else ""
        print(f"n° {b['id']}  {b['imported_at']:%d/%m/%Y %H:%M}  {b['file_name']}  par {b['actor'] or '?'} : "
              f"{plural(created, 'fiche')} {agree(created, 'créée')}, {updated} mise{'s' if updated > 1 else ''} "
              f"à jour{state}")
    return 0


def cmd_undo(args) -> int:
    from db.services.imports import ImportService

    catalog = open_from_args(args, create=False)
    try:
        counts = ImportService(catalog).undo(args.id)
    finally:
        catalog.close()
    removed, restored = counts.get("create", 0), counts.get("update", 0)
    print(f"Import n° {args.id} annulé : {plural(removed, 'fiche')} {agree(removed, 'retirée')}, "
          f"{plural(restored, 'fiche')} {agree(restored, 'rétablie')}.")
    return 0
