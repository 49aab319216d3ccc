"""Import of spreadsheet shapes offices really keep (made by tests/make_messy_corpus.py): what is
stored, which relations are made, which conflicts are shown, and that no row is dropped silently."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from passerelles_testing import ROOT, run_cli
from sqlalchemy import select

from db.interchange.imports import ImportFileError
from db.models import Agreement, Contact, Event, Partner
from db.services.imports import ImportService

sys.path.insert(0, str(ROOT / "tests"))
import make_messy_corpus as corpus


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    return corpus.build(tmp_path_factory.mktemp("messy"))


def _import(catalog, path, **options):
    return ImportService(catalog, actor="test").import_file(path, **options)


def _partners(catalog):
    with catalog.uow() as uow:
        return [(p.name, p.country) for p in uow.session.scalars(select(Partner).where(Partner.deleted_at.is_(None)))]


def _accounted(plan, result) -> None:
    """Every data row is created, updated, merged, skipped or has an error problem: none vanishes."""
    done = {(o[0], o[1]) for o in result.outcomes}
    errors = {(p.sheet, p.row) for p in plan.problems() if p.severity == "error"}
    for row in plan.all_rows():
        assert (row.sheet, row.row) in done or (row.sheet, row.row) in errors or row.status == "excluded", row


def test_relation_list_gives_two_partners_and_an_agreement_per_row(catalog, files):
    plan, result = _import(catalog, files["jumelages_region.xlsx"])
    table = plan.sheets[0].table
    assert (table.kind, table.layout, table.relation_kind) == ("agreement", "relation", "twinning")
    assert result.counts["agreement"]["created"] == len(corpus.TWINS)
    _accounted(plan, result)
    partners = _partners(catalog)
    # homonyms in two countries are two partners; the same twin of two cities is one
    assert sorted(c for n, c in partners if n == "Valencia") == ["ES", "VE"]
    assert sorted(c for n, c in partners if n == "San José") == ["CR", "US"]
    cities = {n for n, _c in partners}
    assert {"Cannes", "Dijon", "Lyon", "Nantes", "Rennes"} <= cities
    with catalog.uow() as uow:
        cannes = uow.session.scalars(select(Agreement).where(Agreement.title.like("%Cannes%"))).all()
        assert len(cannes) == sum(1 for t in corpus.TWINS if t[0] == "Cannes")
        busan = next(a for a in cannes if "Busan" in a.title)
        assert busan.kind == "twinning" and str(busan.signed_on) == "2006"
        assert sorted(p.name for p in busan.partners) == ["Busan", "Cannes"]
        valencias = [a for a in cannes if "Valencia" in a.title]
        assert sorted(p.country for a in valencias for p in a.partners if p.name == "Valencia") == ["ES", "VE"]


def _relations(catalog) -> list[tuple[str, tuple, str | None]]:
    with catalog.uow() as uow:
        return sorted((a.title, tuple(sorted((p.name, p.country) for p in a.partners)),
                       str(a.signed_on) if a.signed_on else None)
                      for a in uow.session.scalars(select(Agreement)))


def test_all_of_a_city_s_twins_in_one_cell_are_one_relation_each(catalog, files):
    plan, result = _import(catalog, files["villes_jumelees_encyclopedie.xlsx"])
    assert plan.sheets[0].table.layout == "relation"
    _accounted(plan, result)
    assert result.counts["agreement"]["created"] == 5 + 4 + 3 + 1 + 1
    relations = _relations(catalog)
    lyon = [r for r in relations if "Lyon" in r[0]]
    assert [t for t, _p, _d in lyon] == sorted(f"Jumelage Lyon – {n}" for n in (
        "Birmingham", "Francfort-sur-le-Main", "Milan", "Beer-Sheva", "Saint-Pétersbourg"))
    twins = {name: country for _t, partners, _d in relations for name, country in partners}
    # the country in parentheses is the twin's; the nation of Great Britain is kept beside it
    assert (twins["Birmingham"], twins["Essen"], twins["Phoenix"], twins["Saratoga Springs"]) == ("GB", "DE", "US", "US")
    assert next(d for t, _p, d in relations if "Milan" in t) == "1967"
    # parentheses that belong to the name, a comma inside one name: one twin, written as in the file
    assert "Frankfurt (Oder)" in twins and "Washington, D.C." in twins
    with catalog.uow() as uow:
        birmingham = uow.session.scalars(select(Agreement).where(Agreement.title.like("%Birmingham"))).one()
        assert "Angleterre" in birmingham.extra.values()
    # each relation of a cell says which it is, under the same row number
    said = [p for p in plan.problems() if getattr(p.reason, "key", "") == "relation_split"]
    assert len(said) == 12 and {p.row for p in said} == {2, 3, 4}
    assert "relation 2 sur 4 de la cellule (une relation par ville nommée)" in {str(p.reason) for p in said}


def test_a_city_written_once_above_its_twins_is_repeated_and_said(catalog, files):
    plan, result = _import(catalog, files["sister_cities_grouped.xlsx"])
    _accounted(plan, result)
    assert result.counts["agreement"]["created"] == len(corpus.SISTER_CITIES_GROUPED)
    assert not [p for p in plan.problems() if p.severity == "error"]
    relations = _relations(catalog)
    assert [t for t, _p, _d in relations] == sorted([
        "Jumelage Portland – Sapporo", "Jumelage Portland – Guadalajara", "Jumelage Portland – Ashkelon",
        "Jumelage Seattle – Kobe", "Jumelage Seattle – Bergen", "Jumelage Seattle – Valencia"])
    said = [p for p in plan.problems() if getattr(p.reason, "key", "") == "filled_down"]
    assert sorted(p.row for p in said) == [3, 4]   # merged cells (Seattle) are read as the merge says
    assert "« Portland » repris de la ligne au-dessus" in str(said[0].reason)


def test_a_twin_without_its_city_and_nothing_above_is_still_rejected(catalog, tmp_path):
    path = tmp_path / "jumelages.csv"
    path.write_text("Ville;Ville jumelée;Pays\n;Kobe;Japon\nLyon;Milan;Italie\n;Turin;Italie\n", encoding="utf-8")
    plan, result = _import(catalog, path)
    _accounted(plan, result)
    assert result.counts["agreement"]["created"] == 2   # Lyon – Milan, Lyon – Turin (repeated, said)
    assert result.counts["agreement"]["rejected"] == 1  # Kobe: no city on its row nor above it


def test_english_sister_city_csv_is_a_relation_list(catalog, files):
    plan, result = _import(catalog, files["sister_cities.csv"])
    assert plan.sheets[0].table.layout == "relation"
    assert result.counts["agreement"]["created"] == 12
    sides = {c.header: c.side for c in plan.sheets[0].table.columns if c.side is not None}
    assert sides == {"City": 0, "Country": 0, "Sister city": 1, "Sister country": 1}


@pytest.mark.parametrize(("name", "twins"), [("sister_cities_registry.csv", {"Kobe": "JP", "Galway": "IE"}),
                                             ("partnerstaedte.xlsx", {"Verona": "IT", "Bordeaux": "FR"})])
def test_relation_lists_worded_otherwise(catalog, files, name, twins):
    """"US City" beside "Sister City", German headings: still a city and its twin per row."""
    plan, result = _import(catalog, files[name])
    table = plan.sheets[0].table
    assert (table.kind, table.layout) == ("agreement", "relation")
    assert result.counts["agreement"]["created"] == 4
    assert any(c.target == "signed_on" for c in table.columns)
    partners = dict(_partners(catalog))
    assert {k: partners[k] for k in twins} == twins


def test_cooperation_register_keeps_the_agreements_own_columns(catalog, files):
    """A relation list with an agreement's columns: type, domains, status are the agreement's."""
    plan, result = _import(catalog, files["atlas_cooperation.csv"])
    table = plan.sheets[0].table
    assert (table.kind, table.layout, table.ambiguous) == ("agreement", "relation", False)
    assert {c.header: c.target for c in table.columns if c.target != "extra"} == {
        "Collectivité française": "partners", "Collectivité partenaire": "partners",
        "Pays partenaire": "partner_country", "Type de coopération": "kind", "Thématiques": "domains",
        "Date de signature": "signed_on", "Statut": "status"}
    assert result.counts["agreement"]["created"] == len(corpus.COOPERATIONS)
    _accounted(plan, result)
    with catalog.uow() as uow:
        ouaga = uow.session.scalar(select(Agreement).where(Agreement.title.like("%Ouagadougou%")))
        assert (ouaga.kind, ouaga.status, str(ouaga.signed_on)) == ("partnership", "expired", "1999")
        assert ouaga.title == "Convention de partenariat Ville de Lyon – Ouagadougou"
        assert sorted(d.name for d in ouaga.domains) == ["Assainissement", "Eau"]
        assert ouaga.extra["Département"] == "Rhône"
        assert sorted(p.country or "" for p in ouaga.partners) == ["", "BF"]


def test_register_of_elected_officials_is_read_as_people(catalog, files):
    plan, result = _import(catalog, files["registre_elus.xlsx"])
    table = plan.sheets[0].table
    assert table.kind == "contact" and not table.ambiguous
    targets = {c.header: c.target for c in table.columns}
    # a date column never fills a job title, a code never a name or a city
    assert targets["Date de début de la fonction"] == "extra"
    assert targets["Code de la commune"] == "extra" and targets["Code sexe"] == "extra"
    assert targets["Libellé de la fonction"] == "job_title"
    assert result.counts["contact"]["created"] == 7   # MARTIN Claire and MARTIN Paul are two people
    with catalog.uow() as uow:
        navarro = uow.session.scalars(select(Contact).where(Contact.last_name == "Navarro")).all()
        assert len(navarro) == 2
        claire = uow.session.scalar(select(Contact).where(Contact.first_name == "Claire"))
        assert claire.extra["Code de la commune"] == "01004" and claire.extra["Date de naissance"]


def test_outlook_namesakes_in_other_organisations_are_two_people(catalog, files):
    plan, result = _import(catalog, files["outlook_contacts.csv"])
    assert result.counts["contact"]["created"] == 4
    assert any(p.reason.key == "same_name_other_record" for p in plan.problems())
    targets = {c.header: c.target for c in plan.sheets[0].table.columns}
    assert targets["Titre"] == "civility" and targets["Titre (fonction)"] == "job_title"


def test_google_contacts_labels_are_not_addresses(catalog, files):
    plan, _result = _import(catalog, files["google_contacts.csv"])
    targets = {c.header: c.target for c in plan.sheets[0].table.columns}
    assert targets["E-mail 1 - Label"] == "extra" and targets["E-mail 1 - Value"] == "emails"
    assert targets["Phone 1 - Label"] == "extra" and targets["Organization Title"] == "job_title"
    assert not [p for p in plan.problems() if p.severity == "warning" and "Label" in p.column]
    with catalog.uow() as uow:
        sato = uow.session.scalar(select(Contact).where(Contact.last_name == "Sato"))
        assert sorted(sato.emails) == ["k.sato@example.jp", "kenji.sato@example.com"]


def test_agreement_register_keeps_three_homonymous_agreements_and_codes(catalog, files):
    plan, result = _import(catalog, files["registre_conventions.xlsx"])
    assert plan.sheets[0].table.kind == "agreement"
    assert result.counts["agreement"]["created"] == 4
    with catalog.uow() as uow:
        same = uow.session.scalars(select(Agreement).where(Agreement.title == "Convention de coopération culturelle")).all()
        assert len(same) == 3
        assert {a.extra.get("Réf.") for a in same} == {"CONV-2019-01", "CONV-2020-07", "CONV-2021-02"}


def _form_event(catalog, path):
    """The one event a sheet laid out as a form above its sessions gives (no row in error)."""
    plan, _result = _import(catalog, path)
    assert [s.table.kind for s in plan.sheets] == ["event", "session"]
    assert not [p for p in plan.problems() if p.severity == "error"]
    with catalog.uow() as uow:
        event = uow.session.scalar(select(Event))
        return (event.title, event.attendance, [(p.name, p.organisation) for p in event.participants],
                [s.title for s in sorted(event.sessions, key=lambda s: s.position)])


def test_programme_under_a_label_value_block_becomes_an_event_with_sessions(catalog, files):
    title, attendance, _people, sessions = _form_event(catalog, files["programme_colloque.xlsx"])
    assert (title, attendance) == ("Rencontres culture et coopération 2025", 140)
    assert sessions[:1] == ["Table ronde d'ouverture"] and len(sessions) == 3


def test_people_present_in_a_form_become_the_event_s_participants(catalog, files):
    """A small table (three columns) under a bigger block: both read, the block is the event."""
    _title, attendance, people, sessions = _form_event(catalog, files["atelier_presents.xlsx"])
    assert attendance == 35
    assert people == [("Sophie Leroy", "Ville d'Annecy"), ("Ji-woo Park", "Ville de Busan"), ("Kenji Sato", None)]
    assert sessions == ["Présentation des studios", "Atelier pratique"]


def test_rows_of_one_record_keep_their_differing_values(catalog, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("Prénom;Nom;Courriel;Fonction;Structure\n"
                    "Lan;Nguyen;lan@example.org;Directrice;Ville de Hué\n"
                    "Lan;Nguyen;lan.nguyen@example.org;Directrice de la culture;Ville de Hué\n", encoding="utf-8")
    plan, result = _import(catalog, path)
    assert result.counts["contact"] == {**result.counts["contact"], "created": 1, "merged": 1}
    conflicts = [p for p in plan.problems() if p.reason.key == "merge_conflict"]
    assert conflicts and conflicts[0].value == "Directrice de la culture"
    with catalog.uow() as uow:
        lan = uow.session.scalar(select(Contact))
        assert sorted(lan.emails) == ["lan.nguyen@example.org", "lan@example.org"]
        assert lan.job_title == "Directrice"
        assert "Directrice de la culture" in lan.extra.values()


def test_partners_of_one_name_in_two_countries(catalog, tmp_path):
    path = tmp_path / "villes.csv"
    path.write_text("Nom;Pays\nValencia;Espagne\nValencia;Venezuela\nSan José;Costa Rica\nSan José;États-Unis\n"
                    "Valencia;Espagne\n", encoding="utf-8")
    _plan, result = _import(catalog, path)
    assert result.counts["partner"]["created"] == 4 and result.counts["partner"]["merged"] == 1
    _again_plan, again = _import(catalog, path)
    assert again.counts["partner"].get("created", 0) == 0 and again.batch_id is None


def test_import_keeping_no_row_records_no_batch_and_exits_1(tmp_path):
    db = tmp_path / "c.sqlite"
    assert run_cli("--db", str(db), "init").returncode == 0
    path = tmp_path / "partenaires.csv"
    path.write_text("Nom;Pays\n   ;France\n ;Espagne\n", encoding="utf-8")
    done = run_cli("--db", str(db), "import", str(path))
    assert done.returncode == 1 and "Rien n'a été importé" in done.stderr
    assert "Aucun import" in run_cli("--db", str(db), "imports").stdout


def test_ambiguous_sheet_stops_the_command_line_and_names_the_options(tmp_path):
    db = tmp_path / "c.sqlite"
    assert run_cli("--db", str(db), "init").returncode == 0
    path = tmp_path / "liste.csv"
    # a title, a date and a partner: an agreement or a follow-up as much as anything
    path.write_text("Intitulé;Partenaire;Date\nRéunion annuelle;Sanya;12/03/2024\nVisite;Busan;01/04/2024\n",
                    encoding="utf-8")
    shown = run_cli("--db", str(db), "import", str(path), "--show-mapping")
    assert shown.returncode == 0 and "confiance" in shown.stdout and "DOUTE" in shown.stdout
    done = run_cli("--db", str(db), "import", str(path))
    assert done.returncode == 2 and "--kind agreement" in done.stderr and "--kind followup" in done.stderr
    assert "Aucun import" in run_cli("--db", str(db), "imports").stdout
    forced = run_cli("--db", str(db), "import", str(path), "--kind", "followup")
    assert forced.returncode == 0, forced.stderr


def test_forced_kind_says_what_is_missing(catalog, tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text("Date;Montant\n12/03/2024;100\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as error:
        ImportService(catalog).preview(path, kind="contact")
    assert "aucune colonne" in str(error.value) and "contact" in str(error.value)


def test_map_header_row_and_save_profile_on_the_command_line(tmp_path, files):
    db = tmp_path / "c.sqlite"
    assert run_cli("--db", str(db), "init").returncode == 0
    path = tmp_path / "liste.csv"
    path.write_text("Liste;;\n;;\nCommune amie;Nation;Remarque\nHoi An;Viêt Nam;fidèle\nSanya;Chine;\n",
                    encoding="utf-8")
    done = run_cli("--db", str(db), "import", str(path), "--header-row", "3", "--kind", "partner",
                   "--map", "Commune amie=name", "--map", "Nation=country", "--save-profile", "amies")
    assert done.returncode == 0, done.stderr
    assert "Profil « amies » enregistré" in done.stdout
    listed = run_cli("--db", str(db), "list", "partners").stdout
    assert "Hoi An" in listed and "Sanya" in listed
    bad = run_cli("--db", str(db), "import", str(path), "--header-row", "3", "--map", "Inconnue=name")
    assert bad.returncode == 2 and "Inconnue" in bad.stderr


def test_show_mapping_writes_nothing(tmp_path, files):
    db = tmp_path / "c.sqlite"
    assert run_cli("--db", str(db), "init").returncode == 0
    shown = run_cli("--db", str(db), "import", str(files["jumelages_region.xlsx"]), "--show-mapping")
    assert shown.returncode == 0
    assert "liste de relations" in shown.stdout and "ville jumelle" in shown.stdout
    assert "Aucun import" in run_cli("--db", str(db), "imports").stdout


def test_domains_join_the_vocabulary_as_typed(catalog, tmp_path):
    path = tmp_path / "dom.csv"
    path.write_text("Nom;Pays;Domaines\nBusan;Corée du Sud;cinéma, Patrimoiine\nSanya;Chine;Film, heritage\n",
                    encoding="utf-8")
    plan, _result = _import(catalog, path)
    with catalog.uow() as uow:
        by_name = {p.name: sorted(d.name for d in p.domains) for p in uow.session.scalars(select(Partner))}
    assert by_name["Busan"] == ["Cinéma et audiovisuel", "Patrimoiine"]
    assert by_name["Sanya"] == ["Cinéma et audiovisuel", "Patrimoine"]
    keys = [p.reason.key for p in plan.problems()]
    assert keys.count("domain_matched") == 3 and keys.count("domain_lookalike") == 1


def test_countries_in_six_languages_and_nations(catalog, files):
    plan, _result = _import(catalog, files["pays_six_langues.xlsx"])
    assert not [p for p in plan.problems() if p.severity != "info"]
    with catalog.uow() as uow:
        by_name = {p.name: p for p in uow.session.scalars(select(Partner))}
        by_name = {n: (p.country, dict(p.extra)) for n, p in by_name.items()}
    assert by_name["Istanbul"][0] == "TR" and by_name["Kinshasa"][0] == "CD"
    assert by_name["Brazzaville"][0] == "CG" and by_name["Pristina"][0] == "XK"
    assert by_name["Glasgow"] == ("GB", {"Pays (nation)": "Écosse"})


def test_qualified_dates_are_read_and_their_qualifier_kept(catalog, files):
    plan, _result = _import(catalog, files["jumelages_region.xlsx"])
    with catalog.uow() as uow:
        about = uow.session.scalar(select(Agreement).where(Agreement.title.like("%Valencia%"),
                                                           Agreement.signed_on == "1995"))
        assert about is not None and about.extra["Date du jumelage"] == "vers 1995"
    assert sum(p.reason.key == "qualified_date" for p in plan.problems()) == 2


def _agreements(catalog):
    from db.models import Change

    with catalog.uow() as uow:
        rows = sorted((a.title, a.kind, a.status, str(a.signed_on), a.search_text, dict(a.extra),
                       tuple((p.name, p.country) for p in a.partners))
                      for a in uow.session.scalars(select(Agreement)))
        partners = sorted((p.name, p.country, p.search_text) for p in uow.session.scalars(select(Partner)))
        changes = len(uow.session.scalars(select(Change)).all())
    return rows, partners, changes


def test_big_relation_list_bulk_path_gives_the_same_records(tmp_path, monkeypatch, catalog_location):
    """The bulk path of big relation lists writes what the ordinary path writes, homonyms included
    (on both engines: SQLite's executemany, the server's COPY).

    A big list at a tenth of the real sizes (a list takes the bulk path from ``BULK_AGREEMENTS``
    rows, 300; agreements are written by ``BATCH``, 2,000): 440 rows over 400, written in two
    batches, with French cities in several rows, as 2,200 rows over 2,000 were (a minute and a half
    per engine on the ordinary path)."""
    from db.catalog import open_catalog
    from db.interchange.imports import bulk
    from db.services import bulk_agreements

    path = tmp_path / "big.xlsx"
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_import_relations import write_workbook

    write_workbook(path, 440, communes=300)
    monkeypatch.setattr(bulk_agreements, "BATCH", 400)
    batches: list[int] = []   # rows handed to the bulk writer of agreements (which writes them by BATCH)
    written = bulk_agreements.create_agreements
    monkeypatch.setattr(bulk, "create_agreements",
                        lambda session, rows, *a, **k: batches.append(len(rows)) or written(session, rows, *a, **k))
    found = {}
    for label, threshold in (("bulk", 400), ("orm", 10**9)):
        monkeypatch.setattr(bulk, "BULK_AGREEMENTS", threshold)
        catalog = open_catalog(catalog_location(label))
        try:
            catalog_seed = ImportService(catalog, actor="t")
            seed = tmp_path / "seed.csv"
            seed.write_text("Nom;Pays\nVille 0007;Espagne\nVille 0014;\n", encoding="utf-8")
            catalog_seed.import_file(seed)            # partners already there, one without a country
            _plan, result = catalog_seed.import_file(path)
            assert result.counts["agreement"]["created"] == 440
            found[label] = _agreements(catalog)
        finally:
            catalog.close()
        if label == "bulk":
            assert sum(batches) == 440, batches   # every agreement went the bulk way…
    assert sum(batches) == 440, batches           # …and none the ordinary way
    assert found["bulk"][0] == found["orm"][0]
    assert found["bulk"][1] == found["orm"][1]
    assert found["bulk"][2] == found["orm"][2]


def test_json_restore_keeps_ids_stamps_and_links_of_homonyms(tmp_path, files):
    """An export read back into an empty catalogue keeps public ids, stamps and authors, and each
    agreement links the very partners it linked (Valencia in Spain, not the one in Venezuela)."""
    from db.catalog import open_catalog
    from db.interchange.export_json import build, write

    source = open_catalog(tmp_path / "source.sqlite")
    ImportService(source, actor="anne").import_file(files["jumelages_region.xlsx"])
    write(source, tmp_path / "export.json")
    before = build(source)
    source.close()
    target = open_catalog(tmp_path / "target.sqlite")
    try:
        _plan, result = ImportService(target, actor="bruno").import_file(tmp_path / "export.json")
        assert result.counts["agreement"]["created"] == len(corpus.TWINS)
        after = build(target)
    finally:
        target.close()
    for section in ("partners", "agreements"):
        mine = {r["id"]: r for r in before[section]}
        theirs = {r["id"]: r for r in after[section]}
        assert set(mine) == set(theirs)
        for key, record in mine.items():
            for field in ("created_at", "updated_at", "created_by", "updated_by", "partners", "name", "country"):
                assert theirs[key].get(field) == record.get(field), (section, field)


def _steps(catalog, kind, public_id):
    from db.services import trash

    with catalog.uow() as uow:
        return trash.history(uow.session, kind, public_id)


def test_values_written_otherwise_keep_the_file_s_writing_in_the_history(catalog, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("Prénom;Nom;Téléphone\nJEAN;DUPONT;04 65 12 34 56\nClaire;Vasseur;+33 4 65 00 00 01\n",
                    encoding="utf-8")
    plan, result = _import(catalog, path)
    remarks = {p.column: p for p in plan.problems() if p.reason.key == "values_changed"}
    assert {"Nom", "Téléphone"} <= set(remarks)
    with catalog.uow() as uow:
        dupont = uow.session.scalar(select(Contact).where(Contact.last_name == "Dupont"))
        vasseur = uow.session.scalar(select(Contact).where(Contact.last_name == "Vasseur"))
        ids = dupont.public_id, vasseur.public_id
    steps = _steps(catalog, "contact", ids[0])
    read = [s for s in steps if s.action == "as_read"]
    assert len(read) == 1 and read[0].snapshot is None   # not a version to restore
    assert read[0].fields["last_name"] == ("DUPONT", "Dupont")
    assert read[0].fields["first_name"] == ("JEAN", "Jean")
    # a phone put in E.164 keeps every digit: said in the remark, no note (nothing of it is lost)
    assert "phones" not in read[0].fields
    assert not [s for s in _steps(catalog, "contact", ids[1]) if s.action == "as_read"]
    # undoing the import leaves the notes alone and counts only what it reverted
    counts = ImportService(catalog, actor="test").undo(result.batch_id)
    assert set(counts) == {"create"}


def test_big_sheet_phones_reformatted_are_said(tmp_path):
    """The fast lane of big sheets says what it writes otherwise, as the general path does."""
    import openpyxl

    from db.catalog import open_catalog

    path = tmp_path / "big.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nom", "Pays", "Téléphone"])
    for i in range(2500):
        ws.append([f"Partenaire {i}", "France", f"04 65 00 {i // 100:02d} {i % 100:02d}"])
    wb.save(path)
    catalog = open_catalog(tmp_path / "c.sqlite")
    try:
        plan, result = _import(catalog, path)
        assert result.counts["partner"]["created"] == 2500
        remark = next(p for p in plan.problems() if p.reason.key == "values_changed")
        assert remark.column == "Téléphone" and "2500" in str(remark.reason)
        with catalog.uow() as uow:
            first = uow.session.scalar(select(Partner).where(Partner.name == "Partenaire 0"))
            assert first.phone == "+33465000000"
            public_id = first.public_id
        assert not [s for s in _steps(catalog, "partner", public_id) if s.action == "as_read"]
    finally:
        catalog.close()



def test_status_written_as_yes_no_under_a_heading_that_says_which(catalog, tmp_path):
    path = tmp_path / "conventions.csv"
    path.write_text("Intitulé;Partenaire;Signée le;Clos\n"
                    "Convention A;Busan;2019;x\nConvention B;Hội An;2021;\nConvention C;Sanya;2022;non\n"
                    "Convention D;Shizuoka;2020;✓\n", encoding="utf-8")
    _plan, result = _import(catalog, path)
    assert result.counts["agreement"]["created"] == 4
    path2 = tmp_path / "conventions_en_vigueur.csv"
    path2.write_text("Intitulé;Partenaire;Date de signature;En vigueur\nConvention E;Łódź;2018;oui\n"
                     "Convention F;Tromsø;2001;non\n",
                     encoding="utf-8")
    _plan, result = _import(catalog, path2)
    with catalog.uow() as uow:
        status = {a.title: a.status for a in uow.session.scalars(select(Agreement))}
    assert status == {"Convention A": "expired", "Convention B": "draft", "Convention C": "active",
                      "Convention D": "expired", "Convention E": "active", "Convention F": "expired"}


def test_a_grant_register_takes_the_bulk_path_with_what_the_ordinary_path_keeps(tmp_path, monkeypatch,
                                                                               catalog_location):
    """A register of a few hundred grants goes the bulk way and keeps what the row-by-row way keeps:
    the kind a recipient's name tells (« Association… », « Université… »), and a value a repeated
    row gives that its first row lacks (a theme)."""
    from db.catalog import open_catalog
    from db.interchange.imports import bulk

    lines = ["Bénéficiaire;Projet;Thème;Montant"]
    for n in range(330):
        who = ("Association des amis de Kyoto", "Université de Gênes", "Compagnie Lumière")[n % 3] + f" {n // 3}"
        lines.append(f"{who};Projet {n};{'' if n == 7 else 'Culture'};{1000 + n}")
    lines.append("Université de Gênes 2;Projet 7;Jeunesse;1007")   # row 7 again, now with its theme
    path = tmp_path / "subventions.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = {}
    taken: list[int] = []   # rows handed to the bulk writer of agreements
    written = bulk.create_agreements
    monkeypatch.setattr(bulk, "create_agreements", lambda session, rows, *a, **k: taken.append(len(rows))
                        or written(session, rows, *a, **k))
    for label, threshold in (("bulk", 300), ("orm", 10**9)):
        monkeypatch.setattr(bulk, "BULK_AGREEMENTS", threshold)
        taken.clear()
        catalog = open_catalog(catalog_location(label))
        try:
            _import(catalog, path, kind="agreement", mappings={"*": {"Bénéficiaire": "partners"}})
            with catalog.uow() as uow:
                kinds = sorted((p.name, p.kind) for p in uow.session.scalars(select(Partner)))
                themes = sorted((a.title, tuple(d.name for d in a.domains)) for a in uow.session.scalars(select(Agreement)))
        finally:
            catalog.close()
        assert bool(taken) == (label == "bulk")
        found[label] = kinds, themes
    assert found["bulk"] == found["orm"]
    kinds, themes = found["bulk"]
    assert dict(kinds)["Université de Gênes 0"] == "school" and dict(kinds)["Association des amis de Kyoto 0"] == "association"
    assert dict(themes)["Accord – Université de Gênes 2"] == ("Éducation et jeunesse",)   # the repeated row's theme is kept
