"""CLI: settings [show] | settings set KEY VALUE | settings unset KEY — the catalogue's preferences.

Keys: ``office_name`` (the office printed in every header), ``office_city``, ``logo`` (an image
file, stored in the catalogue), ``default_owner`` (owner of new follow-ups), and the signature block
of the agreement sheet and the minutes: ``signature_place``, ``signatory``, ``signatory_title``,
``second_signatory``, ``second_signatory_title``; ``backups_folder``, the office's shared folder where
every colleague's backups of a server catalogue go (``db.server_backups.folder_for``).
"""

from __future__ import annotations

from db.cli import CliError
from db.cli.common import open_from_args

KEYS = {  # key -> French description
    "office_name": "nom du service, imprimé en tête de chaque document",
    "office_city": "ville, imprimée sous le nom du service",
    "logo": "logo imprimé en tête (fichier PNG, JPEG, SVG…)",
    "default_owner": "responsable proposé pour un nouveau suivi",
    "signature_place": "lieu de signature (« Fait à … ») ; par défaut la ville",
    "signatory": "nom du signataire (fiche accord, compte rendu)",
    "signatory_title": "qualité du signataire, ex. « Le Maire »",
    "second_signatory": "nom du second signataire d'un accord",
    "second_signatory_title": "qualité du second signataire, ex. « L'Adjoint délégué »",
    "backups_folder": "dossier partagé des sauvegardes d'un catalogue sur serveur (pour tous les postes)",
    "dpo": "délégué(e) à la protection des données : nom et moyen de le joindre (registre des traitements)",
    "retention_years": "années sans interaction avant la revue de conservation d'un contact (3 par défaut)",
}
ALIASES = {"office": "office_name", "nom": "office_name", "service": "office_name", "city": "office_city",
           "ville": "office_city", "owner": "default_owner", "responsable": "default_owner",
           "lieu": "signature_place", "signataire": "signatory", "qualite": "signatory_title",
           "qualité": "signatory_title", "sauvegardes": "backups_folder",
           "dpd": "dpo", "conservation": "retention_years"}


def register(sub) -> None:
    p = sub.add_parser("settings", help="préférences du catalogue (nom du service, ville, logo, responsable, "
                                        "signataires)")
    p.add_argument("action", nargs="?", choices=("show", "set", "unset"), default="show",
                   help="show (défaut), set CLÉ VALEUR, unset CLÉ")
    p.add_argument("key", nargs="?", help=f"clé : {', '.join(KEYS)}")
    p.add_argument("value", nargs="?", help="valeur (pour logo : le fichier image)")
    p.set_defaults(handler=cmd_settings)


def _key(value: str | None) -> str:
    if not value:
        raise CliError(f"indiquez la clé ({', '.join(KEYS)}).")
    key = ALIASES.get(value.strip().lower(), value.strip().lower())
    if key not in KEYS:
        raise CliError(f"clé inconnue « {value} » (attendu : {', '.join(KEYS)}).")
    return key


def cmd_settings(args) -> int:
    from db.services import settings

    if args.action == "set" and args.value is None:
        raise CliError("indiquez la valeur : passerelles settings set CLÉ VALEUR.")
    key = _key(args.key) if args.action != "show" else None
    value = None
    if args.action == "set":
        if key == "logo":
            try:
                value = settings.logo_value(args.value)
            except settings.SettingError as exc:
                raise CliError(str(exc)) from None
        elif key == "retention_years":
            if not args.value.strip().isdigit() or not 1 <= int(args.value) <= 30:
                raise CliError("la durée de conservation est un nombre d'années entre 1 et 30.")
            value = int(args.value)
        else:
            value = " ".join(args.value.split())
            if not value:
                raise CliError("la valeur est vide ; pour effacer, utilisez « settings unset ».")
    catalog = open_from_args(args, create=False)
    try:
        with catalog.uow() as uow:
            if args.action == "show":
                identity = settings.office_identity(uow.session)
                shown = {"office_name": identity.name, "office_city": identity.city,
                         "logo": f"{identity.logo_name} ({len(identity.logo) // 1000} ko)" if identity.logo else "",
                         "default_owner": settings.text(uow.session, settings.DEFAULT_OWNER)}
                shown.update({k: settings.text(uow.session, k) for k in settings.SIGNATURE_KEYS})
                from db.services import retention

                shown["dpo"] = settings.text(uow.session, settings.DPO)
                shown["retention_years"] = str(retention.years(uow.session))
            else:
                settings.set(uow.session, key, value)
                uow.commit()
    finally:
        catalog.close()
    if args.action == "show":
        for name, text in shown.items():
            print(f"{name:<23} {text or '—'}    ({KEYS[name]})")
    elif args.action == "set":
        print(f"{key} : {value['name'] if key == 'logo' else value}")
    else:
        print(f"{key} effacé.")
    return 0
