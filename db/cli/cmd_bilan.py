"""CLI: bilan YEAR [--pdf FILE] [--docx FILE] — the annual report « Bilan de l'action internationale YEAR »:
agreements signed, renewed and ended, events and attendance, partners by country, money by country and
category, follow-ups done and late. Without a file, its figures as text.

The PDF and the .docx carry the map, drawn with Qt: with ``--pdf`` or ``--docx`` the launcher hands the
command to ``desktop/reports_cli.py``, which reads these same arguments (``add_arguments``)."""

from __future__ import annotations

import argparse

from db.cli import CliError
from db.cli.common import read_from_args


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("year", type=int, metavar="ANNÉE", help="l'année du bilan")
    p.add_argument("--pdf", help="document PDF à écrire")
    p.add_argument("--docx", metavar="FICHIER.docx", help="document Word (.docx) à écrire, modifiable avant le conseil")
    p.add_argument("--language", choices=["fr", "en"], default="fr", help="langue du document (fr par défaut)")


def register(sub) -> None:
    p = sub.add_parser("bilan", help="bilan annuel de l'action internationale (PDF, Word ou texte)")
    add_arguments(p)
    p.set_defaults(handler=cmd_bilan)


def text_lines(r) -> list[str]:
    from db.countries import country_name
    from db.reports.annual_words import w
    from db.words import euros

    out = [w("title", year=r.year)]
    for key, value in (("signed", len(r.signed)), ("renewed", len(r.renewed)), ("ended", len(r.ended)),
                       ("in_force", r.in_force), ("events", len(r.events)), ("attendance", r.attendance),
                       ("planned", euros(r.money_total("planned"))), ("committed", euros(r.money_total("committed"))),
                       ("paid", euros(r.money_total("paid"))), ("done", len(r.done)), ("late", len(r.late))):
        out.append(f"{w(key)} : {value}")
    for key, items in (("signed", r.signed), ("renewed", r.renewed), ("ended", r.ended)):
        out += [f"  {w(key)} — {a.title}" for a in items]
    out.append(w("partners_by_country") + " : " + ", ".join(f"{country_name(c)} {n}" for c, n in r.partners_by_country))
    return out


def cmd_bilan(args) -> int:
    from db.reports.annual import annual_report

    if args.pdf or args.docx:
        raise CliError("le PDF et le .docx passent par l'application : lancez « passerelles bilan … » (commande "
                       "installée).")
    if not 1900 <= args.year <= 2200:
        raise CliError(f"année invalide : {args.year}.")
    report = read_from_args(args, lambda s: annual_report(s, args.year))
    print("\n".join(text_lines(report)))
    return 0
