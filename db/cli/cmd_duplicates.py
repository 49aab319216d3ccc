"""CLI: duplicates [--kind partner|contact] — possible duplicates in the catalogue (``db.services.duplicates``)."""

from __future__ import annotations

from db.cli.common import CliError, read_from_args
from db.cli.common import kind as kind_code
from db.words import plural

KIND_TITLES = {"partner": "Partenaires", "contact": "Contacts"}
WHY = {"same": "même fiche probable", "lookalike": "noms proches"}


def register(sub) -> None:
    p = sub.add_parser("duplicates", help="doublons possibles : partenaires et contacts saisis deux fois "
                                          "(mêmes règles que l'import), et noms proches")
    p.add_argument("--kind", help="partenaire ou contact (les deux par défaut)")
    p.set_defaults(handler=cmd_duplicates)


def cmd_duplicates(args) -> int:
    from db.services import duplicates

    kinds = duplicates.KINDS
    if args.kind:
        code = kind_code(args.kind)
        if code not in duplicates.KINDS:
            raise CliError("les doublons se cherchent parmi les partenaires et les contacts.")
        kinds = (code,)
    pairs = read_from_args(args, lambda session: duplicates.find(session, kinds))
    if not pairs:
        print("Aucun doublon possible.")
        return 0
    print(f"{plural(len(pairs), 'doublon possible', 'doublons possibles')} :")
    for kind in kinds:
        mine = [p for p in pairs if p.kind == kind]
        if mine:
            print(f"{KIND_TITLES[kind]} :")
        for pair in mine:
            print(f"  {WHY[pair.why]} : « {pair.first} » et « {pair.second} »  ({pair.first_id} / {pair.second_id})")
    return 0
