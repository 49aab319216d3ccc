"""Figures behind the charts: top countries with "Autres", signature years, follow-ups per quarter."""

from __future__ import annotations

from passerelles_testing import TODAY

from db.schemas import AgreementIn, FollowUpIn, PartnerIn
from db.services import statistics


def test_partners_by_country_keeps_the_top_and_groups_the_rest(services, catalog):
    for i, country in enumerate(["FR", "FR", "FR", "JP", "JP", "KR", "CN", None]):
        services.create("partner", PartnerIn(name=f"P{i}", country=country, domains=["Cinéma"] if i < 3 else []))
    with catalog.uow() as uow:
        series = statistics.partners_by_country(uow.session, top=3)
        domains = statistics.partners_by_domain(uow.session)
    assert series.labels == ["France", "Japon", "Autres"] and series.values == [[3], [2], [3]]
    assert domains.labels == ["Cinéma et audiovisuel"] and domains.total == 3  # "Cinéma" joins the vocabulary
    assert domains.caption == "Partenaires par domaine : 3 rattachements de 3 partenaires"


def test_agreements_by_year_fills_the_gaps(services, catalog):
    for signed in ("2018-05-22", "2018", "2021-03"):
        services.create("agreement", AgreementIn(title=f"Accord {signed}", signed_on=signed, status="active"))
    services.create("agreement", AgreementIn(title="Projet", status="draft"))
    with catalog.uow() as uow:
        years = statistics.agreements_by_year(uow.session)
        status = statistics.agreements_by_status(uow.session)
    assert years.labels == ["2018", "2019", "2020", "2021"] and years.values == [[2], [0], [0], [1]]
    assert status.labels == ["Projet", "En vigueur"] and status.values == [[1], [3]]
    assert status.title == "Accords selon leur situation aujourd'hui"


def test_followups_done_on_time_late_or_overdue_per_quarter(services, catalog):
    rows = [
        ("on time", "2026-08-10", "done", "2026-08-09"),
        ("late", "2026-08-10", "done", "2026-08-20"),
        ("month, on time", "2026-09", "done", "2026-09-30"),  # due by the end of September
        ("month, late", "2026-09", "done", "2026-10-01"),
        ("overdue", "2026-11-01", "open", None),
        ("not yet due", "2026-11-30", "open", None),
        ("this month, not late", "2026-11", "open", None),
        ("cancelled", "2026-08-01", "cancelled", "2026-08-02"),
        ("year, done", "2026", "done", "2026-06-01"),  # a year is due by 31 December: Q4
    ]
    for title, due, status, completed in rows:
        services.create("followup", FollowUpIn(title=title, due_on=due, status=status, completed_on=completed))
    with catalog.uow() as uow:
        series = statistics.followups_by_quarter(uow.session, TODAY, quarters=4)
    assert series.labels == ["T1 2026", "T2 2026", "T3 2026", "T4 2026", "T1 2027", "T2 2027"]  # and two ahead
    by = dict(zip(series.labels, series.values, strict=True))
    assert by["T3 2026"] == [2, 2, 0, 0]
    assert by["T4 2026"] == [1, 0, 1, 2]  # done, overdue, and two still to come (30/11, November)
    assert series.title == "Suivis par trimestre d'échéance : faits, en retard, à venir"


def test_the_charts_speak_english_too(services, catalog):
    for i, country in enumerate(["FR", "FR", "JP", "KR", None]):
        services.create("partner", PartnerIn(name=f"P{i}", country=country))
    services.create("followup", FollowUpIn(title="Relancer", due_on="2026-01-10", status="open"))
    with catalog.uow() as uow:
        english = statistics.all_series(uow.session, TODAY, "en")
        french = statistics.all_series(uow.session, TODAY, "fr")
    assert [s.key for s in english] == [s.key for s in french]
    assert english[0].title == "Partners by country" and english[0].labels[0] == "France"
    assert "Not given" in english[0].labels and "Non renseigné" in french[0].labels
    quarters = english[-1]
    assert quarters.parts == ["Done on time", "Done late", "Overdue, not done", "Open, not yet due"]
    assert quarters.labels[-1] == "Q2 2027"
    assert french[-1].labels[-1] == "T2 2027" and french[-1].part_keys == quarters.part_keys
