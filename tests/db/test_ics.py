"""The iCalendar export: entries, partial dates, stable UIDs across exports; the agenda command."""

from __future__ import annotations

import datetime as dt

import icalendar
from passerelles_testing import TODAY, run_cli

from db.cli import main as cli_main
from db.interchange import export_ics
from db.schemas import EventIn, FollowUpIn, SessionIn
from db.services.followups import FollowUps


def entries(path) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_export_parses_and_keeps_uids(services, tmp_path):
    f1 = services.create("followup", FollowUpIn(title="Envoyer la convention à Busan", due_on="2026-12-15",
                                                owner="Claire", details="Version bilingue."))
    f2 = services.create("followup", FollowUpIn(title="Numériser les archives", due_on="2027"))
    f3 = services.create("followup", FollowUpIn(title="Sans date"))
    ev = services.create("event", EventIn(title="Colloque de Toulouse", starts_on="2026-03-14", ends_on="2026-03-15",
                                          place="Toulouse", sessions=[SessionIn(title="Atelier 1", date="2026-03-14",
                                                                                start_time="14:00")]))
    month = services.create("event", EventIn(title="Semaine japonaise", starts_on="2026-05"))
    services.create("event", EventIn(title="Une année", starts_on="2027"))
    path = tmp_path / "agenda.ics"
    counts = export_ics.write(services.catalog, path)
    assert counts == {"suivis": 2, "événements": 2, "accords": 0}
    first = entries(path)
    assert set(first) == {f"{x.id}@passerelles" for x in (f1, f2, ev, month)}
    assert f"{f3.id}@passerelles" not in first
    e1 = first[f"{f1.id}@passerelles"]
    assert str(e1["SUMMARY"]) == "Suivi : Envoyer la convention à Busan"
    assert e1.decoded("DTSTART") == dt.date(2026, 12, 15) and e1.decoded("DTEND") == dt.date(2026, 12, 16)
    assert "Responsable : Claire" in str(e1["DESCRIPTION"]) and "Version bilingue." in str(e1["DESCRIPTION"])
    assert e1["SEQUENCE"] == 0
    e2 = first[f"{f2.id}@passerelles"]
    assert e2.decoded("DTSTART") == dt.date(2027, 12, 31)  # due by the end of the year
    ee = first[f"{ev.id}@passerelles"]
    assert (ee.decoded("DTSTART"), ee.decoded("DTEND")) == (dt.date(2026, 3, 14), dt.date(2026, 3, 16))
    assert str(ee["LOCATION"]) == "Toulouse" and "Atelier 1 (14/03/2026 14:00)" in str(ee["DESCRIPTION"])
    em = first[f"{month.id}@passerelles"]
    assert em.decoded("DTSTART") == dt.date(2026, 5, 1) and "date à préciser" in str(em["SUMMARY"])

    FollowUps(services.catalog, "test").complete(f1.id, on=TODAY)
    services.create("followup", FollowUpIn(title="Nouveau", due_on="2026-12-01"))
    export_ics.write(services.catalog, path)
    second = entries(path)
    assert set(first) <= set(second) and len(second) == len(first) + 1
    updated = second[f"{f1.id}@passerelles"]
    assert updated["SEQUENCE"] == 1 and str(updated["SUMMARY"]).startswith("[Fait]")
    assert updated.decoded("LAST-MODIFIED") >= e1.decoded("LAST-MODIFIED")
    export_ics.write(services.catalog, tmp_path / "events.ics", kind="event")
    assert len(entries(tmp_path / "events.ics")) == 2


def test_export_command(demo_catalog, tmp_path, capsys):
    path = tmp_path / "bureau.ics"
    assert cli_main(["--db", demo_catalog.url, "export", str(path)]) == 0
    out = capsys.readouterr().out
    assert "9 suivis" in out and "accords" in out
    kinds = [str(e["CATEGORIES"].cats[-1]) for e in entries(path).values()]
    assert kinds.count("Suivi") + kinds.count("Événement") == 10 and "Accord" in kinds
    assert cli_main(["--db", demo_catalog.url, "export", str(path), "--kind", "partner"]) == 2


def test_agreement_deadlines_follow_the_status_rules(demo_catalog, tmp_path):
    path = tmp_path / "accords.ics"
    counts = export_ics.write(demo_catalog, path, kind="agreement", today=TODAY)
    found = {str(e["SUMMARY"]): e for e in entries(path).values()}
    assert counts["accords"] == len(found) and counts["suivis"] == 0
    busan = next(e for s, e in found.items() if "Busan" in s and "dénoncer" in s)
    # renewed tacitly in 2026 for three years, three months' notice: the notice day, with a reminder…
    assert busan.decoded("DTSTART") == dt.date(2029, 2, 22)
    assert "fin initiale 22/05/2026" in str(busan["DESCRIPTION"])
    [alarm] = busan.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -dt.timedelta(days=30) and str(alarm["ACTION"]) == "DISPLAY"
    # …and the day it renews itself, without a reminder of its own
    renews = next(e for s, e in found.items() if "Busan" in s and "reconduction tacite" in s)
    assert renews.decoded("DTSTART") == dt.date(2029, 5, 22) and not renews.walk("VALARM")
    assert str(busan["UID"]).endswith("-notice@passerelles")
    assert str(renews["UID"]) == str(busan["UID"]).replace("-notice@", "-end@")
    assert not any("Grand-Bassam" in s for s in found)  # expired (still marked in force): no deadline ahead
    assert not any("Hội An" in s for s in found)  # in negotiation


def test_agenda_command(demo_catalog, capsys):
    code = cli_main(["--db", demo_catalog.url, "agenda", "--today", TODAY.isoformat()])
    out = capsys.readouterr().out
    assert code == 0
    assert "Suivis en retard (3)" in out and "Envoyer le projet de convention à Busan" in out
    assert "En retard de 12 jours" in out
    assert "Suivis des 30 prochains jours (3)" in out and "Préparer la semaine Shizuoka" in out
    assert "Organiser la résidence d'écriture" not in out  # 60 days away
    assert "expiré le 04/11/2025 mais encore marqué en vigueur" in out  # Grand-Bassam, no renewal
    assert "expiré le 22/05/2026" not in out  # Busan renews itself tacitly: not expired (db.agreement_status)
    assert "dernier jour pour dénoncer" in out and "Shawinigan" in out
    code = cli_main(["--db", demo_catalog.url, "agenda", "--today", TODAY.isoformat(), "--days", "90",
                     "--owner", "Sophie Lemaire"])
    out = capsys.readouterr().out
    assert code == 0 and "Suivis en retard (1)" in out and "Diffuser les actes" in out
    assert "Envoyer le projet de convention" not in out and "Suivis des 90 prochains jours (1)" in out


def test_agenda_through_the_entry_point(demo_catalog):
    result = run_cli("--db", demo_catalog.url, "agenda", "--days", "7")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Agenda du ") and "Suivis en retard" in result.stdout
    bad = run_cli("--db", demo_catalog.url, "agenda", "--days", "-1")
    assert bad.returncode == 2 and "positif" in bad.stderr and "Traceback" not in bad.stderr


def test_agreement_uids_stay_when_dates_move(services, tmp_path):
    from db.schemas import AgreementIn

    made = services.create("agreement", AgreementIn(title="Convention Sanya", status="active", signed_on="2025-01-10",
                                                     starts_on="2025-01-10", ends_on="2028-01-09"))
    path = tmp_path / "accords.ics"
    export_ics.write(services.catalog, path, kind="agreement", today=TODAY)
    first = entries(path)
    assert set(first) == {f"{made.id}-end@passerelles"}
    [alarm] = first[f"{made.id}-end@passerelles"].walk("VALARM")  # no notice day: the reminder is before the end
    assert alarm.decoded("TRIGGER") == -dt.timedelta(days=30)
    services.update("agreement", made.id, AgreementIn(title="Convention Sanya", status="active", signed_on="2025-01-10",
                                                       starts_on="2025-01-10", ends_on="2029-01-09"))
    export_ics.write(services.catalog, path, kind="agreement", today=TODAY)
    moved = entries(path)[f"{made.id}-end@passerelles"]
    assert moved.decoded("DTSTART") == dt.date(2029, 1, 9) and moved["SEQUENCE"] == 1
