"""CLI: apd YEAR [--xlsx FILE] [--pdf FILE] [--oda-list FILE] [--json] — the worksheet of the yearly APD
declaration: paid amounts by country and category, each traced to its budget lines.

``--pdf`` renders with Qt: the launcher hands the command to ``desktop/reports_cli.py`` then, which
reads these same arguments (``add_arguments``)."""

from __future__ import annotations

import argparse

from db.cli import CliError
from db.cli.common import open_from_args, print_json


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("year", type=int, metavar="ANNÉE", help="année des versements déclarés (l'année civile précédant la campagne)")
    p.add_argument("--xlsx", metavar="FICHIER.xlsx", help="classeur Excel à écrire (tableau, lignes déclarées, lignes écartées, liste APD)")
    p.add_argument("--pdf", help="document PDF à écrire (imprimable)")
    p.add_argument("--oda-list", metavar="LISTE.json", help="liste des pays éligibles à utiliser (fichier JSON, même format que "
                                      "resources/data/oda_recipients_*.json)")
    p.add_argument("--json", action="store_true", help="le tableau et ses lignes en JSON")
    p.add_argument("--language", choices=["fr", "en"], default="fr", help="langue des documents (fr par défaut)")


def register(sub) -> None:
    p = sub.add_parser("apd", help="feuille de préparation de la déclaration annuelle de l'APD (e-APD)",
                       description="Montants versés dans l'année, par pays et par catégorie de la déclaration "
                                   "e-APD, chaque montant relié à ses lignes budgétaires.")
    add_arguments(p)
    p.set_defaults(handler=cmd_apd)


def build(args, session):
    from db.reports.apd import OdaListError, apd_worksheet

    if not 1900 <= args.year <= 2200:
        raise CliError(f"année invalide : {args.year}.")
    try:
        return apd_worksheet(session, args.year, args.oda_list)
    except OdaListError as exc:
        raise CliError(str(exc)) from None


def as_json(sheet) -> dict:
    from db.reports.apd import UNALLOCATED

    def line(m):
        return {"record": {"kind": m.owner_kind, "id": m.owner_id, "title": m.owner_title}, "line": m.number,
                "label": m.label, "category": m.category, "country": m.country, "planned": _f(m.planned),
                "committed": _f(m.committed), "paid": _f(m.paid), "cofinancers": m.cofinancers}

    return {"year": sheet.year, "oda_list": {"source": sheet.oda.source, "years": list(sheet.oda.years),
                                             "covers_year": sheet.oda.covers(sheet.year)},
            "cells": [{"country": c or None, "category": cat, "amount": float(v),
                       "lines": [line(d.line) for d in sheet.lines_of(c, cat)]}
                      for (c, cat), v in sorted(sheet.cells.items(), key=lambda kv: (kv[0][0] == UNALLOCATED, kv[0]))],
            "total": float(sheet.grand_total),
            "left_out": [{"reason": x.reason, **line(x.line)} for x in sheet.left_out]}


def _f(value):
    return None if value is None else float(value)


def text_lines(sheet) -> list[str]:
    from db.countries import country_name
    from db.interchange.apd_xlsx import country_label
    from db.reports.apd import reason_text
    from db.schemas import vocab
    from db.words import euros

    out = [f"Aide publique au développement {sheet.year} — montants versés par pays et par catégorie"]
    if not sheet.oda.covers(sheet.year):
        out.append(f"Attention : la liste des pays éligibles installée couvre {', '.join(map(str, sheet.oda.years))}, "
                   f"pas {sheet.year} ; indiquez la liste en vigueur avec --oda-list.")
    if not sheet.cells:
        out.append(f"Aucun versement éligible en {sheet.year} : la déclaration se fait quand même, à zéro.")
    for country in sheet.countries:
        out.append(f"{country_label(country)} : {euros(sheet.country_total(country))}")
        for category in sheet.categories:
            cell = sheet.cells.get((country, category))
            if cell is None:
                continue
            out.append(f"  {vocab.BUDGET_CATEGORY.label(category)} : {euros(cell)}")
            for d in sheet.lines_of(country, category):
                out.append(f"    {euros(d.amount)} — {d.line.reference}" + (f" ({d.line.label})" if d.line.label else ""))
    out.append(f"Total déclarable : {euros(sheet.grand_total)}")
    if sheet.left_out:
        out.append(f"Lignes de {sheet.year} écartées ({len(sheet.left_out)}) :")
        for x in sheet.left_out:
            where = f", {country_name(x.line.country)}" if x.line.country else ""
            out.append(f"  {x.line.reference}{where} — {reason_text(x.reason)}")
    return out


def cmd_apd(args) -> int:
    if args.pdf:
        raise CliError("le PDF passe par l'application : lancez « passerelles apd … --pdf » (commande installée).")
    catalog = open_from_args(args)
    try:
        with catalog.uow() as uow:
            sheet = build(args, uow.session)
    finally:
        catalog.close()
    if args.xlsx:
        from db.interchange import apd_xlsx

        apd_xlsx.write(sheet, args.xlsx, args.language)
    if args.json:
        print_json(as_json(sheet))
    else:
        print("\n".join(text_lines(sheet)))
        if args.xlsx:
            print(f"Classeur écrit : {args.xlsx}")
    return 0
