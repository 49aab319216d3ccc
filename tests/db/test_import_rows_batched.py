"""Imports written row by row with their names looked up in memory and their partners and contacts
written many per flush (``commit.ROWS_PER_FLUSH``) give what one flush per row gives: the same
records, links, keys, search index, history rows (in the same order) and the same undo."""

from __future__ import annotations

import re
import sys

import pytest
from passerelles_testing import ROOT
from sqlalchemy import func, select

from db import search
from db.models import Base, Change, Contact, Event, Partner
from db.services.imports import ImportService

sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))
import make_messy_corpus as corpus
import real_shapes

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _stamp(name: str) -> bool:
    return name == "at" or name.endswith("_at")


@pytest.fixture(scope="module")
def shapes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("shapes")
    files = corpus.build(folder / "messy")
    real_shapes.linkedin_contacts(folder / "Connections.csv", rows=150)
    saved = real_shapes.PARTNER_ROWS, real_shapes.CONTACT_ROWS, real_shapes.SESSIONS
    real_shapes.PARTNER_ROWS, real_shapes.CONTACT_ROWS, real_shapes.SESSIONS = 40, 120, 15
    try:
        real_shapes.meeting_workbook(folder / "rencontre.xlsx")
    finally:
        real_shapes.PARTNER_ROWS, real_shapes.CONTACT_ROWS, real_shapes.SESSIONS = saved
    files["Connections.csv"] = folder / "Connections.csv"
    files["rencontre.xlsx"] = folder / "rencontre.xlsx"
    return files


def _plain(value, ids: dict[str, str]):
    """A value with its stamps left out and public ids (random) replaced by the table and row id."""
    if isinstance(value, dict):
        return {k: _plain(v, ids) for k, v in value.items() if not _stamp(k)}
    if isinstance(value, list):
        return [_plain(v, ids) for v in value]
    if isinstance(value, str) and UUID.match(value):
        return ids.get(value, "?")
    return value


def _dump(catalog) -> dict:
    """Every table's rows (ids included, public ids as table:id, stamps left out), changes in
    their order, and what the search index finds for words of the records' search text."""
    found: dict = {}
    with catalog.uow() as uow:
        s = uow.session
        ids: dict[str, str] = {}
        for table in Base.metadata.sorted_tables:
            if "public_id" in table.c and "id" in table.c:
                ids.update({p: f"{table.name}:{i}" for p, i in s.execute(select(table.c.public_id, table.c.id))})
        for table in Base.metadata.sorted_tables:
            if table.name in ("alembic_version", "settings", "catalogue_lock"):
                continue
            columns = [c for c in table.c if not _stamp(c.name)]
            order = [c for c in table.primary_key.columns] or columns
            rows = s.execute(select(*columns).order_by(*order)).all()
            found[table.name] = [tuple(_plain(v, ids) for v in row) for row in rows]
        # an undo's « delete » rows come in the order the server reads the records (by their random
        # public ids on PostgreSQL): compared as a set, the others in their order
        removed = sorted((row[1:] for row in found["changes"] if row[4] == "delete"), key=repr)
        found["changes"] = [row for row in found["changes"] if row[4] != "delete"] + removed
        found["changes without before / after"] = [  # SQL NULL, not JSON null
            s.scalar(select(func.count()).select_from(Change).where(column.is_(None)))
            for column in (Change.before, Change.after)]
        dialect = s.bind.dialect.name
        for model in (Partner, Contact, Event):
            words = sorted({w for text in s.scalars(select(model.search_text)) for w in (text or "").split()
                            if len(w) > 3 and w.isalpha()})[:60]
            found[f"search {model.__tablename__}"] = {
                w: sorted(s.scalars(select(model.id).where(search.matching(dialect, model, w)))) for w in words}
    return found


def _run(catalog_location, name: str, files: list) -> tuple[dict, dict]:
    """The catalogue after the files' imports, and after the last import's undo."""
    from db.catalog import open_catalog

    catalog = open_catalog(catalog_location(name))
    try:
        service = ImportService(catalog, actor="t")
        last = None
        for path, options in files:
            _plan, last = service.import_file(path, **options)
        imported = _dump(catalog)
        assert last is not None and last.batch_id is not None
        service.undo(last.batch_id)
        return imported, _dump(catalog)
    finally:
        catalog.close()


SEQUENCES = {
    "linkedin": [("Connections.csv", {})],
    "meeting": [("rencontre.xlsx", {})],
    "meeting twice, then the contacts": [("rencontre.xlsx", {}), ("rencontre.xlsx", {"on_duplicate": "overwrite"}),
                                         ("Connections.csv", {})],
    "corpus": [(name, {}) for name in ("outlook_contacts.csv", "google_contacts.csv", "participants_colloque.xlsx",
                                       "programme_colloque.xlsx", "atelier_presents.xlsx", "registre_elus.xlsx",
                                       "registre_conventions.xlsx", "jumelages_region.xlsx")],
}


@pytest.mark.parametrize("sequence", list(SEQUENCES))
def test_batched_rows_give_what_one_flush_per_row_gives(shapes, catalog_location, monkeypatch, sequence):
    """After the imports, then after the last one's undo (one catalogue per way of writing: the undo
    is checked on the very records the import wrote)."""
    from db.interchange.imports import commit

    files = [(shapes[name], options) for name, options in SEQUENCES[sequence]]
    found = {}
    for label, per_flush in (("batched", 500), ("row by row", 1)):
        monkeypatch.setattr(commit, "ROWS_PER_FLUSH", per_flush)
        found[label] = _run(catalog_location, label.replace(" ", "-"), files)
    for state, (batched, row_by_row) in zip(("import", "undo"), zip(found["batched"], found["row by row"], strict=True),
                                            strict=True):
        assert batched["contacts"] or batched["partners"] or state == "undo"
        for table in row_by_row:
            assert batched[table] == row_by_row[table], f"{state}: {table}"
