"""CLI: invitations and attendance of an event — ``invite``, ``answer``, ``mailing``, ``attendance`` — see
``db.services.invitations``, ``db.interchange.export_mailing`` and ``db.interchange.attendance_sheet``.
Letters, labels, badges and the printed sheet are in ``print invitations|labels|badges|attendance``."""

from __future__ import annotations

import datetime as dt

from db.cli.common import CliError, open_from_args

REASONS = {"no_contact": "s'oppose à être contacté(e)", "anonymised": "anonymisé(e)", "no_email": "sans courriel",
           "deleted": "dans la corbeille"}


def _who(p) -> None:
    p.add_argument("--contact", action="append", default=[], metavar="PERSONNE",
                   help="un contact (identifiant ou nom ; répétable)")
    p.add_argument("--search", metavar="TEXTE", help="les contacts que cette recherche trouve (sinon : --contact)")


def register(sub) -> None:
    p = sub.add_parser("invite", help="inviter des contacts à un événement (ceux qui s'y opposent sont exclus)")
    p.add_argument("event", help="l'événement : identifiant ou nom")
    _who(p)
    p.set_defaults(handler=cmd_invite)
    p = sub.add_parser("answer", help="noter la réponse d'un invité : accepte, décline (ou « aucune »)")
    p.add_argument("event", help="l'événement : identifiant ou nom")
    p.add_argument("person", help="le participant : nom ou identifiant du contact")
    p.add_argument("response", help="accepte (oui), décline (non) ou aucune")
    p.set_defaults(handler=cmd_answer)
    p = sub.add_parser("mailing", help="liste de diffusion pour Outlook : CSV et/ou vCard, sans les personnes qui "
                                       "s'opposent à être contactées")
    _who(p)
    p.add_argument("--event", help="les invités de cet événement (sauf ceux qui ont décliné)")
    p.add_argument("--csv", metavar="FICHIER.csv", help="CSV que l'import d'Outlook lit")
    p.add_argument("--vcf", metavar="FICHIER.vcf", help="fichier vCard (une carte par personne)")
    p.set_defaults(handler=cmd_mailing)
    p = sub.add_parser("attendance", help="feuille d'émargement : --sheet FICHIER.xlsx à remplir, --read FICHIER "
                                          "(xlsx ou csv rempli) pour noter qui est venu")
    p.add_argument("event", help="l'événement : identifiant ou nom")
    p.add_argument("--session", help="une séance (son titre ou son numéro, 1 pour la première)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--sheet", metavar="FICHIER.xlsx", help="écrire la feuille à remplir")
    which.add_argument("--read", metavar="FICHIER", help="lire une feuille remplie (.xlsx ou .csv)")
    p.set_defaults(handler=cmd_attendance)


def _selected(session, args):
    from db.services import invitations, records

    if not args.contact and args.search is None:
        raise CliError("indiquez les personnes : --contact NOM (répétable) ou --search TEXTE.")
    return invitations.select_contacts(session, args.contact or None,
                                       None if args.contact else records.ListQuery(search=args.search))


def _left_out(left_out) -> None:
    for contact, reason in left_out:
        print(f"  exclu(e) : {contact.full_name} ({REASONS.get(reason, reason)})")


def cmd_invite(args) -> int:
    from db.services import invitations

    catalog = open_from_args(args)
    try:
        with catalog.uow() as uow:
            found = invitations.invite(uow.session, args.event, _selected(uow.session, args), dt.date.today(),
                                       uow.actor)
            uow.commit()
    finally:
        catalog.close()
    print(f"{len(found.reached)} personne(s) invitée(s).")
    _left_out(found.left_out)
    return 0


def cmd_answer(args) -> int:
    from db.services import invitations

    response = None if args.response.strip().lower() in ("aucune", "none", "-") else args.response
    catalog = open_from_args(args)
    try:
        with catalog.uow() as uow:
            invitations.answer(uow.session, args.event, args.person, response, uow.actor)
            uow.commit()
    finally:
        catalog.close()
    print("Réponse enregistrée.")
    return 0


def cmd_mailing(args) -> int:
    from db.interchange import export_mailing
    from db.services import invitations, records

    if not args.csv and not args.vcf:
        raise CliError("indiquez --csv FICHIER.csv et/ou --vcf FICHIER.vcf.")
    catalog = open_from_args(args)
    try:
        with catalog.uow() as uow:
            if args.event:
                event = records.get(uow.session, "event", args.event, loose=True)
                people = [p.contact for p in event.participants if p.contact is not None and p.response != "declined"]
            else:
                people = _selected(uow.session, args)
            found = invitations.recipients(people, need_email=True)
    finally:
        catalog.close()
    if args.csv:
        export_mailing.write_outlook_csv(args.csv, found.reached)
        print(f"CSV pour Outlook écrit : {args.csv} ({len(found.reached)} personne(s)).")
    if args.vcf:
        export_mailing.write_vcards(args.vcf, found.reached)
        print(f"vCard écrit : {args.vcf} ({len(found.reached)} carte(s)).")
    _left_out(found.left_out)
    return 0


def cmd_attendance(args) -> int:
    from db.interchange import attendance_sheet
    from db.services import records

    catalog = open_from_args(args)
    try:
        with catalog.uow() as uow:
            event = records.spec("event").out(records.get(uow.session, "event", args.event, loose=True))
            session = _session(event, args.session) if args.session else None
            if args.sheet:
                count = attendance_sheet.write_sheet(args.sheet, event, session.id if session else None)
                print(f"Feuille d'émargement écrite : {args.sheet} ({count} personne(s) attendue(s)).")
                return 0
            report = attendance_sheet.apply_sheet(uow.session, event.id, attendance_sheet.read_sheet(args.read),
                                                  uow.actor, session.id if session else None)
            uow.commit()
    finally:
        catalog.close()
    print(f"Présents : {len(report.present) + len(report.added)} ; absents : {len(report.absent)}.")
    for name in report.added:
        print(f"  ajouté(e) à la liste : {name}")
    for name in report.absent:
        print(f"  absent(e) : {name}")
    if report.not_on_sheet:
        print(f"  pas sur la feuille (inchangés) : {', '.join(report.not_on_sheet)}")
    return 0


def _session(event, reference: str):
    from db.text import fold

    for number, s in enumerate(event.sessions, start=1):
        if reference in (s.id, str(number)) or fold(s.title) == fold(reference):
            return s
    raise CliError(f"« {event.title} » n'a pas de séance « {reference} ».")
