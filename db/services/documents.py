"""Files attached to agreements: copied into the catalogue's documents folder under a safe generated name.

Qt-free. The original file name is kept in the ``documents`` table for display only; the stored
file is named ``<uuid>.<extension>`` so that no name typed by anyone reaches the file system.

On a server catalogue the file itself goes into the database (``document_contents``, up to
``SERVER_LIMIT`` bytes), so that every colleague can open a document someone else attached; the
folder is then only this computer's cache of the documents opened here.
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from pathlib import Path

from sqlalchemy import select

from db.catalog import Catalog
from db.faults import file_fault
from db.models import Agreement, Document, DocumentContent
from db.models.types import utcnow
from db.schemas.out import DocumentOut
from db.service_messages import ServiceMessage, none_said
from db.services.errors import NotFoundError, ServiceError

# Types the system would run rather than show: opening one asks for confirmation first.
EXECUTABLE_SUFFIXES = frozenset({
    ".exe", ".bat", ".cmd", ".com", ".js", ".jse", ".vbs", ".vbe", ".wsf", ".wsh", ".ps1", ".psm1",
    ".msi", ".msp", ".scr", ".lnk", ".jar", ".pif", ".cpl", ".hta", ".reg", ".dll", ".sh", ".command",
    ".app", ".appimage", ".run", ".deb", ".rpm", ".py", ".pyw", ".url", ".inf", ".gadget", ".application",
    ".docm", ".xlsm", ".pptm",
})
_SAFE_SUFFIX = re.compile(r"^\.[a-z0-9]{1,12}$")


def is_executable(name: str) -> bool:
    """True when opening a file of this name would run a program (or macros)."""
    return Path(name.strip().rstrip(". ")).suffix.lower() in EXECUTABLE_SUFFIXES


def safe_stored_name(original: str) -> str:
    """``<uuid hex>`` plus the original extension when it is plain (letters and digits)."""
    suffix = Path(original).suffix.lower()
    return uuid.uuid4().hex + (suffix if _SAFE_SUFFIX.match(suffix) else "")


def _out(doc: Document) -> DocumentOut:
    return DocumentOut(id=doc.public_id, name=doc.original_name, stored_name=doc.stored_name, size=doc.size,
                       added_at=doc.added_at, added_by=doc.added_by)


def _agreement(session, public_id: str) -> Agreement:
    agreement = session.scalar(select(Agreement).where(Agreement.public_id == public_id,
                                                       Agreement.deleted_at.is_(None)))
    if agreement is None:
        raise NotFoundError(ServiceMessage("none_named", none=none_said("agreement"), reference=public_id))
    return agreement


SERVER_LIMIT = 50 * 1024 * 1024  # bytes of one document stored in a server catalogue


def _in_database(catalog: Catalog) -> bool:
    return catalog.dialect != "sqlite"


def path_of(catalog: Catalog, document: DocumentOut | str) -> Path:
    """Where the stored copy of a document lives (on a server: fetched into this computer's cache)."""
    stored = document if isinstance(document, str) else document.stored_name
    if stored in ("", ".", "..") or Path(stored).name != stored or any(c in stored for c in "/\\\0:"):
        raise ServiceError(ServiceMessage("not_a_document", name=stored))  # never a folder or a way out
    path = catalog.documents_dir / stored
    if _in_database(catalog) and not path.is_file():
        _fetch(catalog, stored, path)
    return path


def _fetch(catalog: Catalog, stored: str, path: Path) -> None:
    with catalog.uow() as uow:
        content = uow.session.scalar(select(DocumentContent.content).join(Document, Document.id == DocumentContent.document_id)
                                     .where(Document.stored_name == stored))
    if content is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(content)
    os.replace(partial, path)


def _attach_to_server(catalog: Catalog, agreement_id: str, source: Path, actor: str | None) -> DocumentOut:
    size = source.stat().st_size
    if size > SERVER_LIMIT:
        raise ServiceError(ServiceMessage("document_too_large", name=source.name, size=f"{size / 1024 / 1024:.0f}",
                                          most=SERVER_LIMIT // 1024 // 1024))
    try:
        content = source.read_bytes()
    except OSError as exc:
        raise ServiceError(file_fault(exc, source)) from exc
    with catalog.uow(actor) as uow:
        agreement = _agreement(uow.session, agreement_id)
        doc = Document(public_id=str(uuid.uuid4()), agreement_id=agreement.id, original_name=source.name[:500],
                       stored_name=safe_stored_name(source.name), size=len(content), added_at=utcnow(),
                       added_by=uow.actor)
        uow.session.add(doc)
        uow.session.flush()
        uow.session.add(DocumentContent(document_id=doc.id, content=content))
        out = _out(doc)
        uow.commit()
        return out


def attach(catalog: Catalog, agreement_id: str, source: str | os.PathLike, actor: str | None = None) -> DocumentOut:
    """Copy ``source`` into the documents folder and record it on the agreement."""
    source = Path(source)
    if not source.is_file():
        raise ServiceError(ServiceMessage("file_missing", name=source))
    if _in_database(catalog):
        return _attach_to_server(catalog, agreement_id, source, actor)
    folder = catalog.documents_dir
    folder.mkdir(parents=True, exist_ok=True)
    stored = safe_stored_name(source.name)
    target = folder / stored
    partial = folder / (stored + ".part")
    try:
        shutil.copyfile(source, partial)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ServiceError(file_fault(exc, source)) from exc
    try:
        with catalog.uow(actor) as uow:
            agreement = _agreement(uow.session, agreement_id)
            doc = Document(public_id=str(uuid.uuid4()), agreement_id=agreement.id, original_name=source.name[:500],
                           stored_name=stored, size=target.stat().st_size, added_at=utcnow(), added_by=uow.actor)
            uow.session.add(doc)
            uow.session.flush()
            out = _out(doc)
            uow.commit()
            return out
    except BaseException:
        target.unlink(missing_ok=True)  # no row, no orphan file
        raise


def list_documents(catalog: Catalog, agreement_id: str) -> list[DocumentOut]:
    with catalog.uow() as uow:
        agreement = _agreement(uow.session, agreement_id)
        docs = uow.session.scalars(select(Document).where(Document.agreement_id == agreement.id)
                                   .order_by(Document.added_at, Document.id))
        return [_out(d) for d in docs]


TRASH = "retires"  # sub-folder of the documents folder where removed documents' files are kept


def trash_dir(catalog: Catalog) -> Path:
    return catalog.documents_dir / TRASH


def remove(catalog: Catalog, document_id: str, actor: str | None = None) -> DocumentOut:
    """Take a document off its agreement; its stored copy is moved, not deleted, into the
    ``retires`` folder beside the documents, named after the original file, so nothing is lost."""
    with catalog.uow(actor) as uow:
        doc = uow.session.scalar(select(Document).where(Document.public_id == document_id))
        if doc is None:
            raise NotFoundError(ServiceMessage("none_named", none=none_said("document"), reference=document_id))
        out = _out(doc)
        if _in_database(catalog):  # the remover keeps a copy in the trash folder, as on a local catalogue
            path_of(catalog, out)
        uow.session.delete(doc)
        uow.commit()
    stored = path_of(catalog, out)
    if stored.is_file():
        trash = trash_dir(catalog)
        trash.mkdir(parents=True, exist_ok=True)
        stem = Path(Path(out.name).name).stem[:80] or "document"
        safe = re.sub(r"[^\w\-. ]", "_", stem).strip(" .") or "document"
        os.replace(stored, trash / f"{safe} ({out.added_at:%Y-%m-%d}) {stored.name}")
    return out
