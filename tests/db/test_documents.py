"""Attached documents: copied under a generated name, recorded, listed, removed; executable types flagged."""

from __future__ import annotations

import pytest

from db.schemas import AgreementIn
from db.services import NotFoundError, ServiceError
from db.services import documents as docs


@pytest.fixture
def agreement(services):
    return services.create("agreement", AgreementIn(title="Convention test"))


def test_attach_copies_under_a_safe_name_and_records_a_row(catalog, services, agreement, tmp_path):
    source = tmp_path / "Convention signée (v2).PDF"
    source.write_bytes(b"%PDF-1.4 signed")
    out = docs.attach(catalog, agreement.id, source, actor="test")

    stored = docs.path_of(catalog, out)
    assert stored.read_bytes() == b"%PDF-1.4 signed"
    assert out.name == "Convention signée (v2).PDF" and out.size == 15 and out.added_by == "test"
    assert out.stored_name.endswith(".pdf") and len(out.stored_name) == 32 + 4
    assert source.exists()  # a copy, not a move
    assert [d.id for d in docs.list_documents(catalog, agreement.id)] == [out.id]
    assert [d.id for d in services.get("agreement", agreement.id).documents] == [out.id]
    # attaching does not change the agreement itself: an open form can still save it
    assert services.get("agreement", agreement.id).version == agreement.version


def test_odd_extensions_are_not_trusted(catalog, agreement, tmp_path):
    source = tmp_path / "notes.p df;rm -rf"
    source.write_text("x")
    out = docs.attach(catalog, agreement.id, source)
    assert "." not in out.stored_name and docs.path_of(catalog, out).is_file()


def test_remove_takes_the_document_off_and_keeps_its_file_aside(catalog, agreement, tmp_path):
    source = tmp_path / "Convention signée.pdf"
    source.write_text("x")
    out = docs.attach(catalog, agreement.id, source)
    docs.remove(catalog, out.id)
    assert docs.list_documents(catalog, agreement.id) == []
    assert not (catalog.documents_dir / out.stored_name).exists()
    kept = list(docs.trash_dir(catalog).iterdir())
    assert len(kept) == 1 and kept[0].name.startswith("Convention signée (") and kept[0].read_text() == "x"
    with pytest.raises(NotFoundError):
        docs.remove(catalog, out.id)


def test_errors_leave_no_orphan_file(catalog, tmp_path):
    source = tmp_path / "a.pdf"
    source.write_text("x")
    with pytest.raises(NotFoundError):
        docs.attach(catalog, "00000000-0000-0000-0000-000000000000", source)
    assert not any(catalog.documents_dir.glob("*")) if catalog.documents_dir.exists() else True
    with pytest.raises(ServiceError):
        docs.attach(catalog, "00000000-0000-0000-0000-000000000000", tmp_path / "missing.pdf")


@pytest.mark.parametrize("name", ["setup.exe", "RUN.BAT", "x.cmd", "a.js", "b.vbs", "c.ps1", "d.msi", "e.scr",
                                  "f.com", "g.lnk", "h.jar", "macro.xlsm", "trailing.exe. "])
def test_executable_types(name):
    assert docs.is_executable(name)


@pytest.mark.parametrize("name", ["convention.pdf", "photo.JPG", "budget.xlsx", "notes.txt", "sans-extension"])
def test_documents_that_are_not_programs(name):
    assert not docs.is_executable(name)


@pytest.mark.parametrize("stored", ["../escape.pdf", "..", ".", "", "a/b.pdf", "a\\b.pdf", "c:x.pdf", "x\0.pdf"])
def test_path_of_refuses_paths(catalog, stored):
    with pytest.raises(ServiceError, match="n'est pas le nom d'un document du catalogue"):
        docs.path_of(catalog, stored)


def test_lookups(catalog, services):
    from db.schemas import ContactIn, InteractionIn, PartnerIn
    from db.services.lookups import domain_names, interactions_of

    p = services.create("partner", PartnerIn(name="Busan", domains=["Jeux vidéo"]))
    c = services.create("contact", ContactIn(first_name="Ji-woo", last_name="Park", partners=[p.id]))
    services.create("interaction", InteractionIn(kind="call", occurred_on="02/11/2026", partner=p.id, contact=c.id))
    names = domain_names(catalog)
    assert "Jeux vidéo" in names and "Cinéma et audiovisuel" in names
    assert [i.kind for i in interactions_of(catalog, "contact", c.id)] == ["call"]
    assert [i.kind for i in interactions_of(catalog, "partner", p.id)] == ["call"]


def test_on_a_server_a_colleague_opens_the_document_someone_else_attached(pg_database, tmp_path, monkeypatch):
    from db.catalog import open_catalog
    from db.services import Services

    url = pg_database()
    anne = open_catalog(url)
    agreement = Services(anne, actor="anne").create("agreement", AgreementIn(title="Convention Busan"))
    source = tmp_path / "Convention signée.pdf"
    source.write_bytes(b"%PDF-1.4 signed by Busan")
    out = docs.attach(anne, agreement.id, source, actor="anne")
    assert not any(anne.documents_dir.glob("*")) if anne.documents_dir.exists() else True  # in the database only
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "pc-de-bea"))  # another computer
    bea = open_catalog(url)
    assert "pc-de-bea" in str(bea.documents_dir)
    shared = docs.list_documents(bea, agreement.id)
    assert [d.name for d in shared] == ["Convention signée.pdf"] and shared[0].added_by == "anne"
    assert docs.path_of(bea, shared[0]).read_bytes() == b"%PDF-1.4 signed by Busan"
    docs.remove(bea, out.id, actor="bea")
    assert docs.list_documents(anne, agreement.id) == []
    assert [p.read_bytes() for p in docs.trash_dir(bea).iterdir()] == [b"%PDF-1.4 signed by Busan"]
    anne.close()
    bea.close()


def test_a_document_too_big_for_the_server_is_refused_with_its_size(pg_database, tmp_path, monkeypatch):
    from db.catalog import open_catalog
    from db.services import Services

    monkeypatch.setattr(docs, "SERVER_LIMIT", 1024 * 1024)
    catalog = open_catalog(pg_database())
    agreement = Services(catalog).create("agreement", AgreementIn(title="Convention"))
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"x" * (3 * 1024 * 1024))
    with pytest.raises(ServiceError, match=r"pèse 3 Mo .* 1 Mo au plus"):
        docs.attach(catalog, agreement.id, big)
    assert docs.list_documents(catalog, agreement.id) == []
    catalog.close()
