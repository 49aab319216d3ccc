"""CLI: agenda [--days N] [--owner NAME] — overdue and coming follow-ups and agreements to watch, as text."""

from __future__ import annotations

import argparse
import datetime as dt

from db.cli import CliError
from db.cli.common import open_from_args


def register(sub) -> None:
    p = sub.add_parser("agenda", help="suivis en retard et à venir, accords arrivant à échéance")
    p.add_argument("--days", type=int, default=30, help="combien de jours à venir (30 par défaut)")
    p.add_argument("--owner", help="seulement les suivis de ce responsable")
    p.add_argument("--today", help=argparse.SUPPRESS)  # for tests and reruns: the day the agenda is for
    p.set_defaults(handler=cmd_agenda)


def _today(text: str | None) -> dt.date:
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"date invalide « {text} » (attendu : AAAA-MM-JJ).") from None


def _link(item) -> str:
    return f" — {item.link_name}" if item.link_name else ""


def render(session, today: dt.date, days: int, owner: str | None) -> list[str]:
    from db.partial_date import PartialDate
    from db.services import dashboard
    from db.services.dates import due_words

    lines = [f"Agenda du {today:%d/%m/%Y}" + (f" — {owner}" if owner else "")]
    overdue = dashboard.followup_groups(session, today, owner, limit=1000)[0]
    coming = dashboard.followups_between(session, today, today + dt.timedelta(days=days), owner, limit=1000)

    def section(title: str, items, total: int | None = None) -> None:
        count = total if total is not None else len(items)
        lines.append("")
        lines.append(f"{title} ({count})")
        if not items:
            lines.append("  (rien)")
        for i in items:
            due = i.due_on.display("fr") if isinstance(i.due_on, PartialDate) else "—"
            who = f" [{i.owner}]" if i.owner and not owner else ""
            lines.append(f"  {due:>12}  {i.title}{_link(i)}{who} — {due_words(i.due_on, today)}")

    section("Suivis en retard", overdue.items, overdue.total)
    section(f"Suivis des {days} prochains jours", coming.items, coming.total)
    agreements = [i for g in dashboard.agreement_groups(session, today, limit=1000) for i in g.items
                  if i.milestone == "expired" or i.days <= days]
    lines.append("")
    lines.append(f"Accords à surveiller ({len(agreements)})")
    if not agreements:
        lines.append("  (rien)")
    for a in agreements:
        if a.milestone == "expired":
            what = f"expiré le {a.date:%d/%m/%Y} mais encore marqué en vigueur"
        elif a.milestone == "notice":
            what = f"dernier jour pour dénoncer (reconduction tacite, préavis {a.notice_months} mois) le {a.date:%d/%m/%Y}"
        elif a.milestone == "renewal":
            what = f"reconduction tacite le {a.date:%d/%m/%Y}"
        else:
            what = f"prend fin le {a.date:%d/%m/%Y}"
        when = "aujourd'hui" if a.days == 0 else (f"dans {a.days} j" if a.days > 0 else f"il y a {-a.days} j")
        partners = f" ({a.partners})" if a.partners else ""
        lines.append(f"  {a.title}{partners} : {what} — {when}")
    return lines


def cmd_agenda(args) -> int:
    if args.days < 0:
        raise CliError("--days doit être positif.")
    today = _today(args.today)
    catalog = open_from_args(args, create=False)
    try:
        with catalog.uow() as uow:
            lines = render(uow.session, today, args.days, (args.owner or "").strip() or None)
    finally:
        catalog.close()
    print("\n".join(lines))
    return 0
