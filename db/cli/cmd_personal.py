"""CLI: personal data (GDPR) — ``personal-data``, ``anonymise``, ``no-contact``, ``retention`` — see
``db.services.personal_data`` and ``db.services.retention``. Printed forms (the PDF of a person's
data, the record of processing) are in ``print personal-data`` and ``print register``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from db.cli.common import CliError, open_from_args


def register(sub) -> None:
    p = sub.add_parser("personal-data", help="tout ce que le catalogue contient sur une personne (RGPD), en JSON")
    p.add_argument("person", help="le contact : identifiant ou nom")
    p.add_argument("--json", metavar="FICHIER", help="écrire dans ce fichier (sinon sur la sortie standard)")
    p.set_defaults(handler=cmd_personal_data)
    p = sub.add_parser("anonymise",
                       help="anonymiser une personne pour de bon (nom, coordonnées et texte libre remplacés partout, "
                            "historique, corbeille et recherche compris ; les liens restent)")
    p.add_argument("person", help="le contact : identifiant ou nom")
    p.add_argument("--oui", "--yes", dest="yes", action="store_true", help="confirmer (rien ne se fait sans)")
    p.set_defaults(handler=cmd_anonymise)
    p = sub.add_parser("no-contact", help="la personne s'oppose à être contactée : exclue des invitations, listes "
                                          "de diffusion, vCard et étiquettes (--retirer pour l'enlever)")
    p.add_argument("person", help="le contact : identifiant ou nom")
    p.add_argument("--retirer", "--off", dest="off", action="store_true", help="retirer l'opposition")
    p.set_defaults(handler=cmd_no_contact)
    p = sub.add_parser("retention", help="revue annuelle de conservation : personnes sans interaction depuis N ans "
                                         "(settings set retention_years N)")
    p.add_argument("--garder", "--keep", dest="keep", action="append", default=[], metavar="PERSONNE",
                   help="garder cette personne un an de plus (répétable)")
    p.add_argument("--today", help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="la liste en JSON")
    p.set_defaults(handler=cmd_retention)


def cmd_personal_data(args) -> int:
    from db.services import Services

    catalog = open_from_args(args)
    try:
        data = Services(catalog).personal_data(args.person)
    finally:
        catalog.close()
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    if args.json:
        from db.interchange.atomic import atomic_path

        with atomic_path(args.json) as tmp:
            tmp.write_text(text + "\n", encoding="utf-8")
        print(f"Données de « {data['contact']['full_name']} » écrites : {args.json} "
              f"({len(data['history'])} modification(s), {len(data['events'])} événement(s), "
              f"{len(data['interactions'])} échange(s)).")
    else:
        sys.stdout.write(text + "\n")
    return 0


def cmd_anonymise(args) -> int:
    from db.services import Services

    catalog = open_from_args(args)
    try:
        services = Services(catalog)
        person = services.get("contact", args.person, include_deleted=True, loose=True)
        if not args.yes:
            raise CliError(f"l'anonymisation de « {person.full_name} » est définitive : relancez avec --oui pour "
                           "confirmer.")
        result = services.anonymise(person.id)
    finally:
        catalog.close()
    from db.services.personal_data import touched_text

    touched = touched_text(result["touched"])
    print(f"« {person.full_name} » est désormais « {result['name']} » (modifié : {touched}).")
    if result["backups"]:
        print("Ces sauvegardes la contiennent encore (les supprimer ou les laisser expirer) :")
        for label, path, certain in result["backups"]:
            print(f"  {label}  {path}" + ("" if certain else "  (peut la contenir)"))
    else:
        print("Aucune sauvegarde ne la contient.")
    if result["documents"]:
        print("Le contenu de ces documents peut encore la nommer (à vérifier ; les actes signés sont conservés) :")
        for doc in result["documents"]:
            print(f"  {doc['name']}  (accord « {doc['agreement']['name']} »)")
    return 0


def cmd_no_contact(args) -> int:
    from db.services import Services

    catalog = open_from_args(args)
    try:
        services = Services(catalog)
        person = services.get("contact", args.person, loose=True)
        from db.services.records import spec

        data = spec("contact").in_from_out(person.model_dump(mode="json")).model_copy(
            update={"no_contact": not args.off})
        services.update("contact", person.id, data, expected_version=person.version)
    finally:
        catalog.close()
    print(f"« {person.full_name} » : " + ("peut de nouveau être contacté(e)." if args.off else
                                          "ne sera plus contacté(e) (opposition enregistrée)."))
    return 0


def cmd_retention(args) -> int:
    from db.services import Services

    today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    catalog = open_from_args(args)
    try:
        services = Services(catalog)
        if args.keep:
            ids = [services.get("contact", ref, loose=True).id for ref in args.keep]
            services.retention_keep(ids, today)
            print(f"{len(ids)} personne(s) gardée(s) un an de plus.")
        years = services.retention_years()
        found = services.retention_candidates(today)
    finally:
        catalog.close()
    if args.json:
        json.dump([{"id": c.id, "name": c.name, "organisation": c.organisation,
                    "last_interaction": c.last_interaction.isoformat()} for c in found],
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not found:
        print(f"Personne sans interaction depuis {years} an(s) : rien à revoir.")
    else:
        print(f"{len(found)} personne(s) sans interaction depuis {years} an(s) "
              "(« passerelles anonymise NOM --oui » ou « retention --garder NOM ») :")
    for c in found:
        print(f"  {c.last_interaction:%d/%m/%Y}  {c.name}" + (f" — {c.organisation}" if c.organisation else "")
              + f"  {c.id}")
    return 0
