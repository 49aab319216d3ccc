"""CLI: history KIND NAME|ID, trash [--kind KIND], undelete KIND NAME|ID — see ``db.services.trash``."""

from __future__ import annotations

from db.cli.common import kind as kind_code
from db.cli.common import open_from_args, read_from_args


def register(sub) -> None:
    p = sub.add_parser("history", help="historique d'une fiche : qui, quand, quels champs, avant → après")
    p.add_argument("kind")
    p.add_argument("id", help="identifiant public (UUID) ou nom (fiches supprimées comprises)")
    p.set_defaults(handler=cmd_history)
    p = sub.add_parser("trash", help="la corbeille : fiches supprimées de tous types, qui et quand")
    p.add_argument("--kind", help="un seul type de fiche")
    p.set_defaults(handler=cmd_trash)
    p = sub.add_parser("undelete", help="remettre en place une fiche de la corbeille")
    p.add_argument("kind")
    p.add_argument("id", help="identifiant public (UUID) ou nom")
    p.set_defaults(handler=cmd_undelete)


def _local(moment) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M") if moment.tzinfo else moment.strftime("%d/%m/%Y %H:%M")


def cmd_history(args) -> int:
    from db.schemas.messages import field_label
    from db.services import trash

    code = kind_code(args.kind)
    steps = read_from_args(args, lambda session: trash.history(session, code, args.id))
    if not steps:
        print("Aucun changement enregistré pour cette fiche.")
    for step in steps:
        version = f"  (version {step.number})" if step.number else ""
        print(f"{_local(step.at)}  {step.label} par {step.actor or '?'}{version}")
        for name, (before, after) in step.fields.items():
            print(f"    {field_label(name)} : {trash.value_text(before)} → {trash.value_text(after)}")
    return 0


def cmd_trash(args) -> int:
    from db.services import trash
    from db.words import kind_name

    code = kind_code(args.kind) if args.kind else None
    items = read_from_args(args, lambda session: trash.deleted(session, code))
    if not items:
        print("La corbeille est vide.")
    for item in items:
        print(f"{kind_name(item.kind):<12} {item.id}  {item.title}  — supprimé le {_local(item.deleted_at)} "
              f"par {item.deleted_by or '?'}")
    return 0


def cmd_undelete(args) -> int:
    from db.services import records, trash

    code = kind_code(args.kind)
    catalog = open_from_args(args)
    try:
        with catalog.uow() as uow:
            obj = trash.undelete(uow.session, code, args.id, uow.actor)
            title = trash.title_of(code, records.spec(code).out(obj))
            uow.commit()
    finally:
        catalog.close()
    print(f"Fiche remise en place : {title}")
    return 0
