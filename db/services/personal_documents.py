"""The documents a person's anonymisation reaches: file names that name them, and what is left to check.

Documents are attached to agreements, which are the city's own acts: anonymising a person never
deletes one, nor rewrites its content (a signed PDF altered would no longer be the act that was
signed, and public archives must be kept). What names the person *around* the file is scrubbed:

- the file name shown in the catalogue (``documents.original_name``) loses their name (either way
  round, words joined by spaces, hyphens, underscores or dots), e-mails and phone numbers, exactly as
  free text does; the agreement's versions in the change history, which list the documents by name,
  are scrubbed with the rest of the history (``personal_data.anonymise``);
- the removed documents kept aside in the ``retires`` folder, whose file names repeat the original
  names, are renamed the same way (``rename_retired_files``, run once the database has committed);
- the documents whose *content* may still name them — those whose name did, and those of the
  agreements that named them as signatory — are returned, so that the office checks them and removes
  one by hand when it is not an act it must keep. Qt-free.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Agreement, Document
from db.text import fold

FILE_NAME_UNSAFE = re.compile(r"[^\w\-. ]")


def documents_to_check(session: Session, full_name: str) -> list[Document]:
    """The documents of the agreements whose signatories name the person (read before the scrub)."""
    name = fold(full_name or "")
    if not name:
        return []
    return [d for a in session.scalars(select(Agreement).where(Agreement.signatories.is_not(None)))
            if name in fold(a.signatories or "") for d in a.documents]


def scrub_names(session: Session, where, needles, replacement: str, scrub_text) -> list[Document]:
    """Rewrite the file names (found by ``where`` in SQL, then matched exactly) that name the person."""
    changed = []
    for doc in session.scalars(select(Document).where(where)):
        new = scrub_text(doc.original_name, needles, replacement)
        if new != doc.original_name:
            doc.original_name = new[:500]
            changed.append(doc)
    return changed


def described(docs: list[Document]) -> list[dict]:
    """One entry a document, for the result shown to the user: its agreement and its (new) name."""
    seen, out = set(), []
    for doc in docs:
        if doc.id in seen:
            continue
        seen.add(doc.id)
        out.append({"id": doc.public_id, "name": doc.original_name,
                    "agreement": {"id": doc.agreement.public_id, "name": doc.agreement.title}})
    return out


def rename_retired_files(folder: Path, needles, replacement: str, scrub_text) -> int:
    """Rename the files kept aside in ``folder`` whose name names the person; returns how many."""
    if not folder.is_dir():
        return 0
    safe = FILE_NAME_UNSAFE.sub("_", replacement)
    renamed = 0
    for path in sorted(folder.iterdir()):
        new = scrub_text(path.name, needles, safe)
        if new == path.name or not path.is_file():
            continue
        target = path.with_name(new)
        number = 1
        while target.exists():
            number += 1
            target = path.with_name(f"{Path(new).stem} ({number}){Path(new).suffix}")
        os.replace(path, target)
        renamed += 1
    return renamed
