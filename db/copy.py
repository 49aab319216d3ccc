"""Copy a whole catalogue to another one (a SQLite file to a server and back): every row, ids kept.

``copy_catalog(source, target)`` writes every table of the catalogue — records with their public
ids, history, import batches, settings, documents — into ``target`` in one transaction (nothing
is left half-copied), read from one consistent snapshot of ``source``, then copies the attached
files (into the target's database on a server, into its folder for a file). Rows go in through
``db.services.bulk.insert_rows``: COPY on a server, one executemany per batch into a file. A
target that already holds records is refused unless ``replace=True``, which empties it first.
The search index is rebuilt once at the end rather than row by row. Pure Python, no Qt.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, select

from db import identities, search, words
from db.catalog import Catalog
from db.models import Base, Document, DocumentContent
from db.services import bulk

BATCH = 2000
# What is reported to the user, by table: kinds of ``db.words``
REPORTED = {
    "partners": "partner", "agreements": "agreement", "contacts": "contact", "events": "event",
    "followups": "followup", "interactions": "interaction", "changes": "change",
    "import_batches": "import", "documents": "document",
}


class TargetNotEmptyError(Exception):
    """The target catalogue already holds records (the message is for people)."""


@dataclass
class CopyReport:
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows copied
    files: int = 0  # attached files copied
    missing_files: list[str] = field(default_factory=list)  # documents whose file was not found

    def summary(self, language: str = "fr") -> str:
        """"14 partenaires, 1 événement, … ; 1 fichier joint copié" (``db.words``: 0 and 1 singular in French)."""
        en = language == "en"
        text = words.counts([(code, self.rows.get(table, 0)) for table, code in REPORTED.items()], language)
        text += f"{'; ' if en else ' ; '}{words.count(self.files, 'attached_file', language)} "
        text += "copied" if en else words.agree(self.files, "copié")
        if self.missing_files:
            n = len(self.missing_files)
            text += (f"; {words.count(n, 'attached_file', language)} not found in the source" if en else
                     f" ; {words.count(n, 'attached_file')} {words.agree(n, 'introuvable')} dans la source")
        return text


def record_count(catalog: Catalog) -> int:
    """Rows in the catalogue's tables (0: an empty catalogue, whatever its vocabulary)."""
    with catalog.engine.connect() as connection:
        return sum(connection.scalar(select(func.count()).select_from(table)) or 0
                   for table in Base.metadata.sorted_tables if table.name not in ("domains", "settings"))


def copy_catalog(source: Catalog, target: Catalog, *, replace: bool = False,
                 progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """Copy every row of ``source`` into ``target`` (see the module docstring)."""
    if target.read_only:
        raise PermissionError("catalogue cible en lecture seule")
    if not replace and record_count(target):
        raise TargetNotEmptyError(
            "Le catalogue cible contient déjà des fiches. Choisissez un catalogue vide, ou demandez "
            "explicitement de le remplacer (--remplacer)."
        )
    report = CopyReport()
    tables = Base.metadata.sorted_tables
    with source.engine.connect() as reading, target.engine.begin() as writing:
        if reading.dialect.name == "postgresql":
            reading.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        else:
            reading.exec_driver_sql("BEGIN")  # one snapshot of the file for every table
        search.uninstall(writing)
        for table in reversed(tables):
            writing.execute(delete(table))
        for table in tables:
            if table.name == DocumentContent.__tablename__:
                continue  # the documents' bytes: below, from and to wherever each engine keeps them
            copied = 0
            columns = [column.name for column in table.columns]
            result = reading.execution_options(yield_per=BATCH).execute(select(table))
            for rows in result.partitions():
                bulk.insert_rows(writing, table, columns, [tuple(row) for row in rows])
                copied += len(rows)
                if progress:
                    progress(table.name, copied)
            report.rows[table.name] = copied
            if "id" in table.c:
                identities.catch_up(writing, table.name)
        search.install(writing)
        _copy_documents(source, reading, target, writing, report)
        if reading.dialect.name == "sqlite":
            reading.exec_driver_sql("COMMIT")
    return report


def _copy_documents(source: Catalog, reading, target: Catalog, writing, report: CopyReport) -> None:
    """The attached files: a SQLite catalogue keeps them in its folder, a server in ``document_contents``."""
    from_database, to_database = source.dialect != "sqlite", target.dialect != "sqlite"
    for doc_id, stored in reading.execute(select(Document.id, Document.stored_name).order_by(Document.id)).all():
        origin = source.documents_dir / stored
        if from_database:
            content = reading.scalar(select(DocumentContent.content).where(DocumentContent.document_id == doc_id))
        else:
            content = origin.read_bytes() if origin.is_file() else None
        if content is None:
            report.missing_files.append(stored)
            continue
        if to_database:
            writing.execute(insert(DocumentContent.__table__), [{"document_id": doc_id, "content": content}])
        else:
            target.documents_dir.mkdir(parents=True, exist_ok=True)
            destination = target.documents_dir / stored
            if not from_database and origin.resolve() != destination.resolve():
                shutil.copy2(origin, destination)
            elif from_database:
                destination.write_bytes(content)
        report.files += 1
