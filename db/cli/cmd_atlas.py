"""CLI: atlas [--xlsx FILE] [--pdf FILE] [--json] — the Atlas update (officials and staff in charge of
international relations, one project sheet per cooperation, what is missing); ``atlas-team`` lists,
adds and removes those people.

``--pdf`` renders with Qt: the launcher hands the command to ``desktop/reports_cli.py``."""

from __future__ import annotations

import argparse
import dataclasses

from db.cli import CliError
from db.cli.common import open_from_args, print_json


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--xlsx", metavar="FICHIER.xlsx", help="classeur Excel à écrire (élus et agents, projets)")
    p.add_argument("--pdf", help="liste imprimable à écrire (PDF)")
    p.add_argument("--json", action="store_true", help="les personnes et les fiches projets en JSON")
    p.add_argument("--language", choices=["fr", "en"], default="fr", help="langue des documents (fr par défaut)")


def register(sub) -> None:
    p = sub.add_parser("atlas", help="mise à jour de l'Atlas de la coopération décentralisée (élus, agents, projets)")
    add_arguments(p)
    p.set_defaults(handler=cmd_atlas)
    t = sub.add_parser("atlas-team", help="élus et agents chargés des relations internationales (pour l'Atlas)")
    t.add_argument("--add", nargs=2, metavar=("PRÉNOM", "NOM"), help="ajouter une personne")
    t.add_argument("--title", default="", help="sa fonction (avec --add)")
    t.add_argument("--email", default="", help="son courriel (avec --add)")
    t.add_argument("--elected", action="store_true", help="c'est un(e) élu(e) (avec --add)")
    t.add_argument("--remove", type=int, metavar="N", help="retirer la personne numéro N de la liste")
    t.set_defaults(handler=cmd_team)


def text_lines(update) -> list[str]:
    from db.countries import country_name
    from db.reports import atlas_types
    from db.reports.atlas import field_label, status_label
    from db.schemas import vocab

    out = [f"Élus et agents chargés des relations internationales ({len(update.team)})"]
    if not update.team:
        out.append("  personne : ajoutez-les avec « passerelles atlas-team --add PRÉNOM NOM --title … --email … ».")
    for m in update.team:
        miss = f" — à compléter : {', '.join(field_label(c) for c in m.missing)}" if m.missing else ""
        out.append(f"  {m.first_name} {m.last_name}, {m.title or '?'}, {m.email or '?'} "
                   f"({'élu(e)' if m.elected else 'agent'}){miss}")
    out.append(f"Fiches projets ({len(update.projects)})")
    for p in update.projects:
        out.append(f"  {p.partner} ({atlas_types.label(p.partner_kind) or '?'}, {country_name(p.country) or '?'}) "
                   f"— {p.title}")
        out.append(f"    {vocab.AGREEMENT_KIND.label(p.kind) or '?'} ; {', '.join(p.domains) or '?'} ; "
                   f"{p.starts_on.display() if p.starts_on else '?'} → {p.ends_on.display() if p.ends_on else '…'} ; "
                   f"{status_label(p.status)}")
        if p.missing:
            out.append(f"    à compléter : {', '.join(field_label(c) for c in p.missing)}")
    return out


def as_json(update) -> dict:
    return {"team": [dataclasses.asdict(m) | {"missing": m.missing} for m in update.team],
            "projects": [{"agreement": p.agreement_id, "title": p.title, "partner": p.partner,
                          "partner_kind": p.partner_kind, "country": p.country, "kind": p.kind, "domains": p.domains,
                          "starts_on": p.starts_on.iso() if p.starts_on else None,
                          "ends_on": p.ends_on.iso() if p.ends_on else None, "status": p.status,
                          "summary": p.summary, "missing": p.missing} for p in update.projects]}


def cmd_atlas(args) -> int:
    from db.reports.atlas import atlas

    if args.pdf:
        raise CliError("le PDF passe par l'application : lancez « passerelles atlas --pdf … » (commande installée).")
    catalog = open_from_args(args)
    try:
        with catalog.uow() as uow:
            update = atlas(uow.session)
    finally:
        catalog.close()
    if args.xlsx:
        from db.interchange import atlas_xlsx

        atlas_xlsx.write(update, args.xlsx, args.language)
    if args.json:
        print_json(as_json(update))
    else:
        print("\n".join(text_lines(update)))
        if args.xlsx:
            print(f"Classeur écrit : {args.xlsx}")
    return 0


def cmd_team(args) -> int:
    from db.services import atlas_team

    catalog = open_from_args(args)
    try:
        with catalog.uow() as uow:
            members = atlas_team.team(uow.session)
            if args.add:
                members.append(atlas_team.TeamMember(args.add[0], args.add[1], args.title, args.email, args.elected))
            if args.remove is not None:
                if not 1 <= args.remove <= len(members):
                    raise CliError(f"il n'y a pas de personne numéro {args.remove} (la liste en compte {len(members)}).")
                members.pop(args.remove - 1)
            if args.add or args.remove is not None:
                members = atlas_team.set_team(uow.session, members)
                uow.commit()
    finally:
        catalog.close()
    for n, m in enumerate(members, start=1):
        print(f"{n}. {m.first_name} {m.last_name} — {m.title or '?'} — {m.email or '?'}"
              f" ({'élu(e)' if m.elected else 'agent'})")
    if not members:
        print("Personne n'est indiqué.")
    return 0
