"""CLI: import FILE (spreadsheet, CSV or our JSON export), imports (history), undo-import ID."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from db.cli import CliError
from db.cli.common import kind as kind_code
from db.cli.common import open_from_args
from db.interchange.imports.vocabulary import VOCABULARY as VOCAB_FIELDS
from db.words import agree, kind_name, participle, plural


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
    p.add_argument("--kind", help="type de fiches de la feuille (partenaire, accord, contact, événement, séance, "
                                  "suivi, interaction ou budget)")
    p.add_argument("--profile", metavar="NOM", help="profil de correspondance de colonnes enregistré")
    p.add_argument("--dry-run", action="store_true", help="tout vérifier sans rien écrire")
    p.add_argument("--on-duplicate", choices=("skip", "fill", "overwrite", "create"), default="fill",
                   help="fiche déjà présente : ignorer, compléter les champs vides (défaut), écraser, créer quand même")
    p.add_argument("--problems", metavar="FICHIER.xlsx", help="écrire la liste des problèmes dans ce classeur")
    p.add_argument("--map", action="append", metavar="EN-TÊTE=CHAMP", default=[],
                   help="associer une colonne à un champ (répétable), par ex. --map \"Ville jumelle=partners\" ; "
                        "CHAMP peut être extra (attribut) ou ignore (ne pas importer)")
    p.add_argument("--header-row", type=int, metavar="N", help="numéro (Excel) de la ligne des en-têtes")
    p.add_argument("--no-header", action="store_true",
                   help="la feuille n'a pas de ligne d'en-têtes : chaque ligne est une fiche ; --map désigne "
                        "alors les colonnes par leur lettre, par ex. --map \"A=full_name\"")
    p.add_argument("--skip-sheet", action="append", metavar="NOM", default=[],
                   help="laisser cette feuille de côté (répétable)")
    p.add_argument("--value", action="append", metavar="EN-TÊTE:VALEUR=CODE", default=[],
                   help="lire une valeur d'une colonne à vocabulaire fermé (statut, type, oui/non…) comme ce code, "
                        "par ex. --value \"Statut:Clôturée=expired\" (répétable)")
    p.add_argument("--save-profile", metavar="NOM", help="enregistrer la correspondance de colonnes sous ce nom")
    p.add_argument("--show-mapping", action="store_true",
                   help="afficher les tableaux trouvés, leur type, la correspondance colonne → champ et la "
                        "confiance, sans rien importer")
    p.set_defaults(handler=cmd_import)
    h = sub.add_parser("imports", help="historique des imports")
    h.set_defaults(handler=cmd_imports)
    u = sub.add_parser("undo-import", help="annuler un import (retire ce qu'il a créé, rétablit ce qu'il a modifié)")
    u.add_argument("id", help="numéro de l'import (voir « passerelles imports »)")
    u.set_defaults(handler=cmd_undo)


REMARKS = {"budget_kept_amount", "budget_column_unused", "values_changed", "same_name_other_record", "merge_added",
           "domain_matched", "qualified_date", "title_shortened", "grid_pause", "partner_spelled",
           "country_from_cities", "total_row", "comment_row", "footer_row", "pause_row"}


def parse_maps(items: list[str]) -> dict[str, str]:
    """"Heading=field" options -> {heading: field}; the heading is matched as written in the file."""
    result = {}
    for item in items:
        header, sep, target = item.rpartition("=")
        if not sep or not header.strip() or not target.strip():
            raise CliError(f"--map « {item} » : écrivez « En-tête=champ », par exemple --map \"Ville jumelle=partners\".")
        result[header.strip()] = target.strip()
    return result


IMPORT_KINDS = {"session": "session", "sessions": "session", "seance": "session", "seances": "session",
                "séance": "session", "séances": "session", "programme": "session", "budget": "budget",
                "budgets": "budget"}


def parse_values(items: list[str]) -> dict[str, dict[str, str]]:
    """"Heading:Value=code" options -> {heading: {value: code}} (the value as written in the file)."""
    result: dict[str, dict[str, str]] = {}
    for item in items:
        left, sep, code = item.rpartition("=")
        header, colon, value = left.partition(":")
        if not sep or not colon or not header.strip() or not value.strip() or not code.strip():
            raise CliError(f"--value « {item} » : écrivez « En-tête:Valeur=code », par exemple "
                           "--value \"Statut:Clôturée=expired\".")
        result.setdefault(header.strip(), {})[value.strip()] = code.strip()
    return result


def check_maps(plan, maps: dict[str, str]) -> None:
    """Every --map names a column of a planned sheet and a field of that sheet's kind."""
    from db.interchange.imports.reasons import Reason
    from db.schemas.records import SCHEMAS

    for header, target in maps.items():
        sheets = [s for s in plan.sheets if any(header in (c.header, c.letter) for c in s.table.columns)]
        if not sheets:
            first = plan.sheets[0].table if plan.sheets else None
            headers = ", ".join(f"« {c.header} »" for c in first.columns) if first else ""
            raise CliError(str(Reason("unknown_mapping_column", header=header, sheet=first.sheet if first else "",
                                      headers=headers)))
        known = {}
        for sheet in sheets:   # the field must be one of a sheet that has the column (a programme's event,
            fields = [f for f in SCHEMAS[sheet.kind].model_fields if f != "extra"]   # made from the file's
            fields += sorted(set(VOCAB_FIELDS.get(sheet.kind, ())) - set(fields))    # name, has « A » too)
            known[sheet.kind] = fields
        if not any(target in (*fields, "extra", "ignore") for fields in known.values()):
            kind, fields = next(iter(known.items()))
            raise CliError(str(Reason("unknown_mapping_field", field=target, kind=_label(kind),
                                      fields=", ".join(fields))))


def print_counts(result, problems) -> None:
    """What an import did, kind by kind, then its rejected rows, warnings and remarks."""
    for code, c in result.counts.items():
        created, updated, skipped, merged, rejected = (c.get(k, 0) for k in (
            "created", "updated", "skipped", "merged", "rejected"))
        said = functools.partial(participle, code=code)   # « 3 lignes budgétaires : 3 créées »
        print(f"  {_label(code)} : {created} {said(created, 'créé')}, {updated} {said(updated, 'mis à jour')}, "
              f"{skipped} {said(skipped, 'ignoré')}" + (f" (déjà {said(skipped, 'présent')})" if skipped else "")
              + f", {plural(merged, 'doublon')} {agree(merged, 'fusionné')}, {rejected} {said(rejected, 'rejeté')}")
    rejected = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    remarks = [p for p in problems if p.severity == "info" and getattr(p.reason, "key", "") in REMARKS]
    for title, items in (("Lignes rejetées", rejected), ("Avertissements", warnings), ("Remarques", remarks)):
        if items:
            print(f"{title} :")
            for p in items:
                column = f", colonne « {p.column} »" if p.column else ""
                print(f"  « {p.sheet} » ligne {p.row}{column} : {p.reason}")


def restore_json(service, args) -> int:
    """Our JSON export into an empty catalogue: streamed, identities kept (``ImportService.restore``)."""
    from db.interchange.imports.reasons import Reason

    result = service.restore(args.file)
    print(f"{args.file} : export JSON restauré dans un catalogue vide (identifiants et dates conservés)")
    print(f"Import n° {result.batch_id} :" if result.batch_id else "Aucune modification du catalogue :")
    print_counts(result, result.problems)
    if result.nothing_kept:
        print(str(Reason("nothing_kept", name=Path(args.file).name, why=Reason("all_rows_rejected"))),
              file=sys.stderr)
        return 1
    return 0


def say_waiting(sentence: str) -> None:
    """Another import holds the server catalogue: say why nothing seems to happen."""
    print(f"passerelles : {sentence}", file=sys.stderr, flush=True)


def cmd_import(args) -> int:
    from db.interchange.imports import ImportFileError
    from db.interchange.imports.reasons import Reason
    from db.interchange.imports.resolve import display
    from db.services.imports import ImportService

    kind = (IMPORT_KINDS.get(args.kind.strip().lower()) or kind_code(args.kind)) if args.kind else None
    maps = parse_maps(args.map)
    values = parse_values(args.value)
    header_rows = {"*": 0} if args.no_header else {"*": args.header_row} if args.header_row else None
    if args.no_header and args.header_row:
        raise CliError("--no-header et --header-row se contredisent : choisissez l'un des deux.")
    catalog = open_from_args(args)
    try:
        service = ImportService(catalog, on_wait=say_waiting)
        try:
            if not (args.show_mapping or args.save_profile or args.problems) and service.restores(
                    args.file, sheets=args.sheet, kind=kind, profile=args.profile, mappings=maps,
                    header_rows=header_rows, dry_run=args.dry_run, skip_sheets=args.skip_sheet, values=values):
                return restore_json(service, args)
            plan = service.preview(args.file, sheets=args.sheet, kind=kind, profile=args.profile,
                                   on_duplicate=args.on_duplicate, mappings={"*": maps} if maps else None,
                                   header_rows=header_rows, skip_sheets=args.skip_sheet,
                                   values={"*": values} if values else None)
            check_maps(plan, maps)
            if args.save_profile:
                for sheet in plan.sheets:
                    if sheet.table.layout != "json":
                        service.save_profile(args.save_profile, sheet.table)
                        print(f"Profil « {args.save_profile} » enregistré (feuille « {sheet.table.sheet} »).")
                        break
            if args.show_mapping:
                show_mapping(plan)
                return 0
            doubtful = [] if kind else plan.ambiguous()
            if doubtful:
                raise CliError(doubt_text(plan, doubtful, Path(args.file).name))
            result = service.run(plan, dry_run=args.dry_run)
        except ImportFileError as exc:
            raise CliError(str(exc)) from None
        for sheet in plan.sheets:
            t = sheet.table
            where = {"table": f"en-têtes ligne {t.header_row}, ", "key_value": "étiquettes/valeurs, ",
                     "relation": f"liste de relations, en-têtes ligne {t.header_row}, "}.get(t.layout, "")
            used = plan.profiles_used.get(t.sheet)
            print(f"{_source(str(args.file), t)} : {_label(t.kind)} ({where}{_rows_text(sheet)})"
                  + (f" — profil « {used} »" if used else ""))
        for name, why in plan.skipped_sheets:
            what = "Liste" if str(args.file).lower().endswith(".json") else "Feuille"
            print(f"{what} « {name} » ignorée : {why}")
        title = "Simulation (rien n'a été écrit)" if args.dry_run else (
            f"Import n° {result.batch_id}" if result.batch_id else "Aucune modification du catalogue")
        print(f"{title} :")
        print_counts(result, plan.problems())
        lookalikes = plan.lookalike_rows()
        if lookalikes:
            print("Noms proches (non fusionnés, à vérifier) :")
            for row in lookalikes:
                print(f"  « {row.sheet} » ligne {row.row} : {display(row)} "
                      f"~ {', '.join(row.lookalikes)}")
        if args.problems:
            count = service.export_problems(plan, args.problems)
            print(f"Problèmes écrits dans {args.problems} ({plural(count, 'problème')}).")
        if result.nothing_kept:
            print(str(Reason("nothing_kept", name=plan.path.name, why=Reason("all_rows_rejected"))), file=sys.stderr)
            return 1
    finally:
        catalog.close()
    return 0


def doubt_text(plan, doubtful, file_name: str) -> str:
    """Sheets whose kind is in doubt: nothing is imported; the reading the import would use, sheet
    by sheet, and the options that confirm it, change it, or leave the sheet out."""
    from db.interchange.imports.reasons import Reason

    lines = []
    for sheet in doubtful:
        table = sheet.table
        names = [_label(k) for k, _score in table.candidates[:3]]
        options = " | ".join(f"--kind {k}" for k, _score in table.candidates[:3])
        lines.append(str(Reason("ambiguous_kind", sheet=table.sheet, candidates=" ou ".join(names),
                                options=f"({options})")))
        lines.append(f"Lecture proposée (confiance {round(table.confidence * 100)} %) :")
        lines.extend("  " + line for line in mapping_lines(sheet))
    unclear = {s.table.sheet for s in doubtful}
    clear = list(dict.fromkeys(s.table.sheet for s in plan.sheets if s.table.sheet not in unclear))
    first = doubtful[0].table
    lines.append(f"Rien n'a été importé de « {file_name} ». Pour confirmer cette lecture : --kind {first.kind} ; "
                 "pour la changer : --kind, --map \"En-tête=champ\", --header-row N ou --no-header.")
    if clear:
        skip = " ".join(f'--skip-sheet "{s.table.sheet}"' for s in doubtful)
        lines.append(f"Pour importer les autres feuilles ({', '.join(f'« {n} »' for n in clear)}) sans "
                     f"{'celle-ci' if len(doubtful) == 1 else 'celles-ci'} : {skip}.")
    return "\n".join(lines)


def _rows_text(sheet) -> str:
    """"12 lignes"; a relation list whose cells name several twins: "3 lignes, 10 relations"; a
    timetable grid: "6 lignes, 27 séances"."""
    lines = len({row.row for row in sheet.rows})
    text = plural(lines, "ligne")
    if len(sheet.rows) > lines and (sheet.table.layout == "relation" or sheet.table.kind == "session"):
        text += f", {plural(len(sheet.rows), 'relation' if sheet.table.layout == 'relation' else 'séance')}"   # a grid
    return text


def show_mapping(plan) -> None:
    """The tables found, their kind and confidence, and each column's field: nothing imported."""

    for sheet in plan.sheets:
        for line in mapping_lines(sheet):
            print(line)
    for name, why in plan.skipped_sheets:
        print(f"Feuille « {name} » ignorée : {why}")


def mapping_lines(sheet) -> list[str]:
    """A sheet's reading: its kind, where its table is, its confidence, each column's field."""
    from db.schemas.messages import field_label

    t = sheet.table
    others = ", ".join(f"{_label(k)} {score:g}" for k, score in t.candidates[1:3])
    where = {"relation": "liste de relations", "key_value": "étiquettes/valeurs", "json": "export JSON"}.get(
        t.layout, "tableau")
    heading = "sans ligne d'en-têtes" if t.columns and all(c.header.startswith("Colonne ") for c in t.columns) \
        else f"en-têtes ligne {t.header_row}"
    lines = [f"Feuille « {t.sheet} » : {_label(t.kind)} ({where}, {heading}, "
             f"{_rows_text(sheet)}) — confiance {round(t.confidence * 100)} %"
             + (f" ; autres lectures : {others}" if others else "")
             + (" — DOUTE : précisez --kind" if t.ambiguous else "")]
    if t.relation_kind:
        lines.append(f"  chaque ligne : deux partenaires et un accord "
                     f"({'jumelage' if t.relation_kind == 'twinning' else 'partenariat'})")
    for c in t.columns:
        if c.target == "ignore":
            target = "non importée"
        elif c.target == "extra":
            target = "attribut supplémentaire" + (" du partenaire" if c.side is not None else "")
        else:
            label = field_label(c.target)
            target = f"{c.target} ({label})" if label != c.target else c.target
            if c.side is not None and t.relation_kind == "twinning":
                target += " — ville" if c.side == 0 else " — ville jumelle / partenaire"
            elif c.side is not None:   # two companies, two institutions: no city is said to be
                target += " — premier partenaire" if c.side == 0 else " — second partenaire"
        where = f"L{c.index}" if t.layout == "key_value" else c.letter
        values = t.values.get(c.header)
        lines.append(f"  {where:>4}  « {c.header} » → {target}"
                     + (f" ; valeurs : {', '.join(f'{v} = {code}' for v, code in values.items())}" if values else ""))
    return lines


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
        counts = ImportService(catalog, on_wait=say_waiting).undo(args.id)
    finally:
        catalog.close()
    removed, restored = counts.get("create", 0), counts.get("update", 0)
    print(f"Import n° {args.id} annulé : {plural(removed, 'fiche')} {agree(removed, 'retirée')}, "
          f"{plural(restored, 'fiche')} {agree(restored, 'rétablie')}.")
    return 0
