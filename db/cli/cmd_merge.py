"""CLI: merge KIND A B [--prendre CHAMP …] [--essai] — merge record B into record A (``db.services.merge``).

Both records are shown field by field; A's value is kept unless it is empty or ``--prendre CHAMP``
asks for B's; lists are united. Links, documents and history move to A; B goes to the trash. The
merge is one change: ``Ctrl+Z`` in the window, or the history, takes it back.
"""

from __future__ import annotations

from db.cli.common import CliError, open_from_args
from db.cli.common import kind as kind_code


def register(sub) -> None:
    p = sub.add_parser("merge", help="fusionner deux fiches saisies deux fois (B dans A : liens, documents et "
                                     "historique vont à A)")
    p.add_argument("kind", help="partenaire, contact, accord ou événement")
    p.add_argument("keep", metavar="A", help="la fiche gardée (identifiant ou nom)")
    p.add_argument("other", metavar="B", help="la fiche fusionnée dans A, puis mise à la corbeille")
    p.add_argument("--prendre", "--take", dest="take", action="append", default=[], metavar="CHAMP",
                   help="garder la valeur de B pour ce champ (répétable ; nom du champ ou son libellé)")
    p.add_argument("--essai", "--dry-run", dest="dry_run", action="store_true",
                   help="montrer les deux fiches côte à côte sans rien fusionner")
    p.set_defaults(handler=cmd_merge)


def _text(value) -> str:
    from db.services.trash import value_text

    if isinstance(value, list):
        return ", ".join(_text(v) for v in value) or "∅"
    if isinstance(value, dict) and "name" in value:
        return str(value["name"])
    return value_text(value)


def _field(name: str, fields: list[str]) -> str:
    from db.schemas.messages import field_label
    from db.text import fold

    for f in fields:
        if fold(name) in (fold(f), fold(field_label(f))):
            return f
    raise CliError(f"champ inconnu « {name} » (attendu : {', '.join(field_label(f) for f in fields)}).")


def cmd_merge(args) -> int:
    from db.schemas.messages import field_label
    from db.services import ServiceError, Services
    from db.services.merge import KEEP, OTHER

    code = kind_code(args.kind)
    catalog = open_from_args(args, create=False)
    try:
        services = Services(catalog)
        try:
            choices = services.merge_choices(code, args.keep, args.other)
            taken = {_field(name, [c.field for c in choices]): OTHER for name in args.take}
        except ServiceError as exc:
            raise CliError(str(exc)) from None
        for c in choices:
            if not c.differs:
                continue
            side = taken.get(c.field, c.default)
            result = "A + B" if c.is_list else "B" if side == OTHER else "A"
            print(f"{field_label(c.field)} : A « {_text(c.keep)} » | B « {_text(c.other)} » → {result}")
        if args.dry_run:
            print("Essai : rien n'a été fusionné.")
            return 0
        try:
            out = services.merge(code, args.keep, args.other, {f: s for f, s in taken.items() if s != KEEP})
        except ServiceError as exc:
            raise CliError(str(exc)) from None
    finally:
        catalog.close()
    from db.cli.common import record_title

    print(f"Fiches fusionnées dans « {record_title(code, out)} » ({out.id}) ; l'autre est dans la corbeille.")
    return 0
