"""Copying a whole catalogue between engines: public ids, history, import batches, documents, counts."""

import pytest
from sqlalchemy import func, select

from db.catalog import open_catalog
from db.copy import TargetNotEmptyError, copy_catalog, record_count
from db.interchange import export_json
from db.models import Base
from db.schemas import PartnerIn
from db.services import Services, documents
from db.services.imports import ImportService


def _everything(catalog) -> dict:
    exported = export_json.build(catalog)
    exported.pop("exported_at")
    with catalog.engine.connect() as connection:
        exported["rows"] = {t.name: connection.scalar(select(func.count()).select_from(t))
                            for t in Base.metadata.sorted_tables
                            if t.name != "document_contents"}  # a server's documents: checked by opening them
    return exported


@pytest.fixture
def other_location(engine_name, tmp_path, request):
    """A fresh catalogue on the OTHER engine than the one under test."""
    if engine_name == "postgresql":
        return tmp_path / "copie.sqlite"
    return request.getfixturevalue("pg_database")()


def test_a_catalogue_goes_to_the_other_engine_and_back_unchanged(demo_catalog, other_location, tmp_path):
    source = demo_catalog
    sheet = tmp_path / "partenaires.csv"
    sheet.write_text("Nom;Ville;Pays\nSéoul Film Commission;Séoul;Corée du Sud\nBerlinale;Berlin;Allemagne\n",
                     encoding="utf-8")
    batch = ImportService(source, actor="anne").import_file(sheet)[1].batch_id
    agreement = Services(source).list("agreement")[0]
    attached = tmp_path / "convention signée.pdf"
    attached.write_bytes(b"%PDF-1.4 convention")
    documents.attach(source, agreement.id, attached, actor="anne")
    before = _everything(source)

    target = open_catalog(other_location)
    report = copy_catalog(source, target)
    assert report.rows["partners"] == before["rows"]["partners"] > 14
    assert report.rows["import_batches"] == 1 and report.rows["documents"] == 1 and report.files == 1
    summary = report.summary()
    assert "1 import," in summary and "1 document ;" in summary and "1 fichier joint copié" in summary
    assert "1 imports" not in summary and "1 documents" not in summary  # 0 and 1 are singular in French
    assert "1 attached file copied" in report.summary("en")
    assert _everything(target) == before  # public ids, versions, history, dates: the same catalogue
    doc = documents.list_documents(target, agreement.id)[0]
    assert documents.path_of(target, doc).read_bytes() == b"%PDF-1.4 convention"
    services = Services(target, actor="bea")
    assert services.search("grand-bassam")["partner"]  # the search index was rebuilt
    services.create("partner", PartnerIn(name="Nouveau partenaire après la copie"))  # ids continue after the copy
    ImportService(target, actor="bea").undo(batch)  # the import can still be undone on the copy
    assert record_count(target) > 0

    back = open_catalog(tmp_path / "retour.sqlite")
    copy_catalog(target, back)
    assert _everything(back) == _everything(target)
    assert documents.path_of(back, doc).read_bytes() == b"%PDF-1.4 convention"
    for catalog in (target, back):
        catalog.close()


def test_a_non_empty_target_is_refused_unless_replaced(demo_catalog, other_location):
    target = open_catalog(other_location)
    Services(target).create("partner", PartnerIn(name="Déjà là"))
    with pytest.raises(TargetNotEmptyError, match="déjà des fiches"):
        copy_catalog(demo_catalog, target)
    assert [p.name for p in Services(target).list("partner")] == ["Déjà là"]
    copy_catalog(demo_catalog, target, replace=True)
    names = {p.name for p in Services(target).list("partner")}
    assert "Déjà là" not in names and "Busan" in names
    target.close()


def test_the_copy_command_reports_counts(demo_catalog, other_location, capsys):
    from db.cli import main

    target = str(other_location)
    assert main(["--db", demo_catalog.url, "copy", "--to", target]) == 0
    out = capsys.readouterr().out
    assert "14 partenaires, 7 accords, 13 contacts" in out and "passerelles-test" not in out
    assert main(["--db", demo_catalog.url, "copy", "--to", target]) == 2
    assert "--remplacer" in capsys.readouterr().err
    assert main(["--db", demo_catalog.url, "copy", "--to", target, "--remplacer"]) == 0
    assert main(["--db", demo_catalog.url, "copy", "--to", demo_catalog.url]) == 2
