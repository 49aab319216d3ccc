"""Budget tables imported as they are kept: one row per agreement and year, or one column per year;
every euro on its agreement and year, the unknown agreement and the unreadable amount said (both engines)."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from passerelles_testing import run_cli

from db.schemas import AgreementIn, EventIn, PartnerIn
from db.services import Services
from db.services.errors import NotFoundError

D = Decimal


def workbook(path, sheets: dict[str, list[list]]):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def office(catalog):
    services = Services(catalog, actor="test")
    services.create("partner", PartnerIn(name="Grand-Bassam", country="CI"))
    services.create("partner", PartnerIn(name="Busan", country="KR"))
    services.create("partner", PartnerIn(name="Dakar", country="SN"))
    services.create("agreement", AgreementIn(title="Patrimoine Grand-Bassam", partners=["Grand-Bassam"]))
    services.create("agreement", AgreementIn(title="Cinéma Busan", partners=["Busan"]))
    services.create("agreement", AgreementIn(title="Jumelage Dakar", partners=["Dakar"]))
    services.create("event", EventIn(title="Semaine de Dakar", partners=["Dakar"]))
    return services


def lines(services, kind, title):
    return [(b.year, b.category, b.country, b.planned, b.committed, b.paid)
            for b in services.get(kind, title).budget_lines]


LONG = [
    ["Suivi budgétaire de la coopération internationale"],
    [],
    ["Convention", "Année", "Prévu", "Engagé", "Payé", "Catégorie", "Pays"],
    ["Patrimoine Grand-Bassam", 2024, "15 000 €", 12000, "11 500,50", "Coopération décentralisée", "Côte d'Ivoire"],
    ["Patrimoine Grand-Bassam", 2025, 16000, None, 4000.25, "Frais administratifs", "Côte d'Ivoire"],
    ["cinéma busan", 2024, 5000, 5000, 5000, "Hors APD", "Corée du Sud"],
    ["Jumelage Dakar", "2025", "2 500,00", None, "1 000", "Subventions", "Sénégal"],
    ["Jumelage Dakar", 2025, None, None, 250, "Subventions", "Sénégal"],   # a second payment: added up
]


def test_a_budget_table_row_by_year_puts_every_euro_on_its_agreement_and_year(office, tmp_path):
    path = workbook(tmp_path / "budget.xlsx", {"Budget": LONG})
    result = run_cli("--db", office.catalog.url, "import", str(path))
    assert result.returncode == 0, result.stderr
    assert "lignes budgétaires : 4 créées" in result.stdout and "Traceback" not in result.stderr
    assert lines(office, "agreement", "Patrimoine Grand-Bassam") == [
        (2024, "cooperation", "CI", D("15000.00"), D("12000.00"), D("11500.50")),
        (2025, "admin_costs", "CI", D("16000.00"), None, D("4000.25"))]
    assert lines(office, "agreement", "Cinéma Busan") == [(2024, "not_oda", "KR", D("5000.00"), D("5000.00"),
                                                          D("5000.00"))]
    assert lines(office, "agreement", "Jumelage Dakar") == [(2025, "ngo_grant", "SN", D("2500.00"), None,
                                                            D("1250.00"))]
    # imported again: nothing added, nothing doubled
    again = run_cli("--db", office.catalog.url, "import", str(path))
    assert again.returncode == 0 and "4 ignorées (déjà présentes)" in again.stdout
    assert len(office.get("agreement", "Patrimoine Grand-Bassam").budget_lines) == 2
    # an amount changed in the file: kept and said by default, replaced when the file is to win
    changed = [list(r) for r in LONG]
    changed[5][4] = 4500
    workbook(path, {"Budget": changed})
    kept = run_cli("--db", office.catalog.url, "import", str(path))
    assert "le catalogue dit 5 000,00 €, le fichier 4 500,00 €" in kept.stdout
    assert lines(office, "agreement", "Cinéma Busan")[0][5] == D("5000.00")
    run_cli("--db", office.catalog.url, "import", str(path), "--on-duplicate", "overwrite")
    assert lines(office, "agreement", "Cinéma Busan")[0][5] == D("4500.00")


def test_a_budget_table_with_a_column_per_year(office, tmp_path):
    path = workbook(tmp_path / "pluriannuel.xlsx", {"Feuil1": [
        ["Convention", "Type de montant", "Catégorie", "Pays", "2023", "2024", "2025 (€)"],
        ["Patrimoine Grand-Bassam", "Prévu", "Coopération décentralisée", "CI", 1000, 2000, "3 000"],
        ["Patrimoine Grand-Bassam", "Payé", "Coopération décentralisée", "CI", 900, 2000, None],
        ["Jumelage Dakar", None, "Sensibilisation", "Sénégal", None, "750,50", 800],
    ]})
    result = run_cli("--db", office.catalog.url, "import", str(path))
    assert result.returncode == 0, result.stderr
    assert lines(office, "agreement", "Patrimoine Grand-Bassam") == [
        (2023, "cooperation", "CI", D("1000.00"), None, D("900.00")),
        (2024, "cooperation", "CI", D("2000.00"), None, D("2000.00")),
        (2025, "cooperation", "CI", D("3000.00"), None, None)]
    assert lines(office, "agreement", "Jumelage Dakar") == [
        (2024, "awareness", "SN", D("750.50"), None, None), (2025, "awareness", "SN", D("800.00"), None, None)]


def test_unknown_agreements_and_bad_amounts_are_said_not_dropped(office, tmp_path):
    path = workbook(tmp_path / "budget.csv.xlsx", {"Budget": [
        ["Convention", "Année", "Prévu", "Payé", "Catégorie"],
        ["Patrimoine Grand-Bassam", 2025, 1000, 800, "Coopération décentralisée"],
        ["Jumelage Tombouctou", 2025, 5000, 5000, "Coopération décentralisée"],
        ["Cinéma Busan", 2025, "douze mille", 300, "Hors APD"],
        ["Jumelage Dakar", "l'an dernier", 100, None, "Subventions"],
        ["Jumelage Dakar", 2025, -40, None, "Subventions"],
        ["", 2025, 10, None, "Subventions"],
        ["Jumelage Dakar", 2025, None, None, "Subventions"],
    ]})
    dry = run_cli("--db", office.catalog.url, "import", str(path), "--dry-run")
    assert "aucun accord « Jumelage Tombouctou » dans le fichier ni dans le catalogue" in dry.stdout
    result = run_cli("--db", office.catalog.url, "import", str(path))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "lignes budgétaires : 1 créée" in out and "6 rejetées" in out
    assert "ligne 3 : aucun accord « Jumelage Tombouctou » dans le fichier ni dans le catalogue : ligne non importée" in out
    assert "ligne 4, colonne « Prévu » : montant illisible « douze mille » : ligne non importée" in out
    assert "ligne 5, colonne « Année » : année illisible « l'an dernier »" in out
    assert "ligne 6, colonne « Prévu » : montant illisible « -40 »" in out
    assert "ligne 7, colonne « Convention » : accord, événement ou partenaire manquant" in out
    assert "ligne 8 : aucun montant (prévu, engagé ou payé) sur cette ligne" in out
    assert lines(office, "agreement", "Patrimoine Grand-Bassam") == [
        (2025, "cooperation", None, D("1000.00"), None, D("800.00"))]
    assert office.get("agreement", "Cinéma Busan").budget_lines == []   # its 300 paid is not half imported
    assert "Traceback" not in result.stderr


def test_agreements_and_their_budget_in_one_workbook_and_undone_together(catalog, tmp_path):
    services = Services(catalog, actor="test")
    path = workbook(tmp_path / "cooperation.xlsx", {
        "Accords": [["Intitulé", "Partenaire", "Pays"], ["Résidences Saint-Louis", "Saint-Louis", "Sénégal"]],
        "Budget": [["Convention", "Année", "Payé", "Catégorie"],
                   ["Résidences Saint-Louis", 2024, "3 200", "Coopération décentralisée"]],
        "Dépenses": [["Événement", "Exercice", "Montant versé", "Cofinanceurs"],
                     ["Résidences Saint-Louis", 2024, 10, "AFD"]]})   # no such event: said
    result = run_cli("--db", catalog.url, "import", str(path))
    assert result.returncode == 0, result.stderr
    assert lines(services, "agreement", "Résidences Saint-Louis") == [
        (2024, "cooperation", None, None, None, D("3200.00"))]
    assert "aucun événement « Résidences Saint-Louis » dans le fichier ni dans le catalogue" in result.stdout
    number = result.stdout.split("Import n° ")[1].split(" ")[0]
    assert run_cli("--db", catalog.url, "undo-import", number).returncode == 0
    with pytest.raises(NotFoundError):
        services.get("agreement", "Résidences Saint-Louis")


def test_an_events_budget_table(office, tmp_path):
    path = workbook(tmp_path / "evenements.xlsx", {"Budget": [
        ["Événement", "Année", "Libellé", "Prévu", "Payé", "Cofinanceurs"],
        ["Semaine de Dakar", 2025, "Accueil des artistes", 4000, 3800, "AFD; Région"]]})
    result = run_cli("--db", office.catalog.url, "import", str(path))
    assert result.returncode == 0, result.stderr
    [line] = office.get("event", "Semaine de Dakar").budget_lines
    assert (line.year, line.label, line.planned, line.paid, line.cofinancers) == (
        2025, "Accueil des artistes", D("4000.00"), D("3800.00"), ["AFD", "Région"])


def test_an_agreements_sheet_is_still_an_agreements_sheet(catalog, tmp_path):
    """Amounts by year beside the partners are the agreement's own budget lines, as before."""
    path = workbook(tmp_path / "accords.xlsx", {"Accords": [
        ["Intitulé", "Partenaire", "Pays", "Année de signature", "Budget 2024"],
        ["Jumelage Dakar", "Dakar", "Sénégal", 2019, 8000]]})
    result = run_cli("--db", catalog.url, "import", str(path), "--show-mapping")
    assert "lignes budgétaires" not in result.stdout and result.returncode == 0, result.stdout


def test_a_budget_table_keyed_by_partner_puts_each_row_on_the_partners_one_agreement(office, tmp_path):
    """« Partenaire », « Pays », then one column per year: a partner with one agreement (in the
    catalogue or in the same workbook) receives the row; none or several: the row is said, with its
    number, and nothing of it is written."""
    office.create("partner", PartnerIn(name="Tombouctou", country="ML"))
    office.create("agreement", AgreementIn(title="Résidences Dakar", partners=["Dakar"]))
    path = workbook(tmp_path / "par-partenaire.xlsx", {
        "Accords": [["Intitulé", "Partenaire", "Pays"], ["Cinéma Saint-Louis", "Saint-Louis", "Sénégal"]],
        "Feuil1": [
            ["Partenaire", "Pays", "2023", "2024", "2025"],
            ["Grand-Bassam", "Côte d'Ivoire", 1000, "2 000", 3000],
            ["BUSAN", "Corée du Sud", None, 500, None],
            ["Dakar", "Sénégal", 100, 200, None],           # two agreements: which one?
            ["Tombouctou", "Mali", 50, None, None],          # a partner without an agreement
            ["Valparaíso", "Chili", 70, None, None],         # no such partner
            ["Saint-Louis", "Sénégal", None, None, 900],     # its agreement is in this workbook
        ]})
    dry = run_cli("--db", office.catalog.url, "import", str(path), "--dry-run")
    assert "lignes budgétaires : 5 créées" in dry.stdout and "3 rejetées" in dry.stdout, dry.stdout
    result = run_cli("--db", office.catalog.url, "import", str(path))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "« Feuil1 » : lignes budgétaires" in out
    assert ("ligne 4 : le partenaire « Dakar » a 2 accords (« Jumelage Dakar », « Résidences Dakar ») : ligne non "
            "importée") in out
    assert "ligne 5 : le partenaire « Tombouctou » n'a aucun accord dans le fichier ni dans le catalogue" in out
    assert "ligne 6 : aucun partenaire « Valparaíso » dans le fichier ni dans le catalogue" in out
    assert lines(office, "agreement", "Patrimoine Grand-Bassam") == [
        (2023, None, "CI", D("1000.00"), None, None), (2024, None, "CI", D("2000.00"), None, None),
        (2025, None, "CI", D("3000.00"), None, None)]
    assert lines(office, "agreement", "Cinéma Busan") == [(2024, None, "KR", D("500.00"), None, None)]
    assert lines(office, "agreement", "Cinéma Saint-Louis") == [(2025, None, "SN", D("900.00"), None, None)]
    assert lines(office, "agreement", "Jumelage Dakar") == lines(office, "agreement", "Résidences Dakar") == []
    again = run_cli("--db", office.catalog.url, "import", str(path))
    assert "lignes budgétaires : 0 créée" in again.stdout and "5 ignorées (déjà présentes)" in again.stdout


def test_a_partner_budget_table_with_planned_and_paid_per_year(office, tmp_path):
    """« Prévu 2024 », « Payé 2024 »… beside the partner; a namesake in another country is not it."""
    office.create("partner", PartnerIn(name="Valencia", country="ES"))
    office.create("agreement", AgreementIn(title="Fallas Valencia", partners=["Valencia"]))
    path = workbook(tmp_path / "suivi.xlsx", {"Suivi": [
        ["Partenaire", "Pays", "Prévu 2024", "Payé 2024", "Prévu 2025", "Payé 2025"],
        ["Grand-Bassam", "CI", 1000, 900, 2000, None],
        ["Valencia", "Espagne", 300, 300, None, None],
        ["Valencia", "Venezuela", 400, None, None, None]]})
    result = run_cli("--db", office.catalog.url, "import", str(path))
    assert result.returncode == 0, result.stderr
    assert lines(office, "agreement", "Patrimoine Grand-Bassam") == [
        (2024, None, "CI", D("1000.00"), None, D("900.00")), (2025, None, "CI", D("2000.00"), None, None)]
    assert lines(office, "agreement", "Fallas Valencia") == [(2024, None, "ES", D("300.00"), None, D("300.00"))]
    assert "ligne 4 : aucun partenaire « Valencia » dans le fichier ni dans le catalogue" in result.stdout
