"""Import use cases: preview a file, run the import in one batch, undo it, list past imports, profiles.

``ImportService(catalog, actor)`` is what the CLI and the wizard use; nothing here imports Qt.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from db import import_lock
from db.backups import BackupError, count_records
from db.interchange.imports import ImportFileError
from db.interchange.imports import batches as B
from db.interchange.imports import commit as C
from db.interchange.imports import matching as M
from db.interchange.imports import profiles as P
from db.interchange.imports.grid import read_listed
from db.interchange.imports.plan import ImportPlan, build_plan
from db.interchange.imports.readers import Workbook
from db.interchange.imports.reasons import Reason


@contextmanager
def quiet_gc():
    """Hundreds of thousands of small objects, none cyclic: the cyclic collector only slows the import."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def safety_backup(catalog, reason: str):
    """The backup taken before an import or its undo (``db.backups``): skipped for an empty or a
    read-only catalogue; a backup that cannot be written stops the operation (``BackupError``, in
    the words of that operation: ``refused_for_backup``)."""
    if catalog.read_only:
        return None
    try:
        if catalog.path is None:
            return _server_safety_backup(catalog, reason)
        if not any(count_records(catalog.path).values()):
            return None
        return catalog.backup(reason)
    except BackupError as exc:
        raise BackupError(refused_for_backup(catalog, reason, exc)) from exc


def refused_for_backup(catalog, reason: str, exc: BackupError) -> str:
    """Why an import (or its undo) was not done when the backup taken before it could not be written:
    the operation first, then what to do (free space, or another backups folder, which Préférences
    sets), the backup's own sentence last; French (``in_language("en")`` for the window's English)."""
    from db.catalog import Bilingual
    from db.faults import explain

    if catalog.path is not None:
        from db.backups import folder_of

        folder = folder_of(catalog.path)
    else:
        from db.backup_settings import backup_root

        folder = backup_root()
    cause = explain(exc.__cause__, folder) if exc.__cause__ is not None else None
    full = cause is not None and cause.key in ("disk_full", "file_too_large")
    undo = reason == "avant-annulation"
    fr = ("L'annulation de l'import n'a pas été faite" if undo else "L'import n'a pas été fait") + \
        f" : la sauvegarde prise avant chaque {'annulation' if undo else 'import'} n'a pas pu être écrite dans " \
        f"« {folder} »" + (" (le disque de ce dossier est plein)" if full else "") + \
        " ; le catalogue n'a pas été modifié. Pour " + ("annuler l'import" if undo else "importer") + \
        " : libérez de la place sur ce disque, ou choisissez un autre dossier des sauvegardes (Édition › " \
        "Préférences… › Général › Dossier des sauvegardes), puis recommencez."
    en = ("The undo of the import was not done" if undo else "The import was not done") + \
        f": the backup taken before each {'undo' if undo else 'import'} could not be written into “{folder}”" + \
        (" (the disk of that folder is full)" if full else "") + \
        "; the catalogue was not changed. To " + ("undo the import" if undo else "import") + \
        ": free some space on that disk, or choose another backups folder (Edit › Preferences… › General › " \
        "Backups folder), then try again."
    if not full:   # another cause (a folder that cannot be written, pg_dump refused): its own sentence too
        fr += f" ({exc})"
        en += f" ({exc.in_language('en')})"
    return Bilingual(fr, en)


def _server_safety_backup(catalog, reason: str):
    """On a server: a ``pg_dump`` into the office's backups folder (``db.server_backups``), as on a
    file; skipped (and logged) when this computer has no PostgreSQL client tools."""
    from db import server_backups
    from db.logs import logger

    if catalog.dialect != "postgresql":
        return None
    if server_backups.missing_tools():
        logger().warning("no backup before %s: %s", reason, server_backups.missing_tools())
        return None
    counts = server_backups.server_counts(catalog.engine)
    if not any(counts.values()):
        return None
    return server_backups.create(catalog.engine.url.render_as_string(hide_password=False), reason, counts=counts)


class ImportService:
    """``on_wait(sentence)``: told once when the write waits for another import on the same server
    catalogue (``db.import_lock``); the CLI prints it, the window shows it."""

    def __init__(self, catalog, actor: str | None = None, on_wait=None):
        self.catalog = catalog
        self.actor = actor
        self.on_wait = on_wait

    def open(self, path: str | Path) -> Workbook:
        """Read the file (safety checks included) without planning; raises ImportFileError."""
        return read_listed(path)

    def preview(self, path: str | Path, *, sheets: list[str] | None = None, kind: str | None = None,
                profile: str | None = None, on_duplicate: str = "fill",
                mappings: dict[str, dict[str, str]] | None = None, sheet_kinds: dict[str, str] | None = None,
                workbook: Workbook | None = None, cancel=None,
                header_rows: dict[str, int] | None = None, linked: bool = True,
                skip_sheets: list[str] | None = None,
                values: dict[str, dict[str, dict[str, str]]] | None = None, incomplete: bool = False) -> ImportPlan:
        """Everything the import would do, written nowhere: rows, problems, duplicates; ``linked``:
        also count the records the rows' links will create (``plan.linked_new``, for the preview)."""
        profiles = P.load(self.catalog)
        chosen = None
        if profile:
            if profile not in profiles:
                raise ImportFileError(Reason("unknown_profile", profile=profile,
                                             profiles=", ".join(profiles) or Reason("none_fem")))
            chosen = profiles[profile]
        plan = build_plan(path, sheets=sheets, kind=kind, mappings=mappings, profiles=profiles, profile=chosen,
                          on_duplicate=on_duplicate, workbook=workbook, sheet_kinds=sheet_kinds, cancel=cancel,
                          header_rows=header_rows, skip_sheets=skip_sheets, values=values,
                          incomplete=incomplete)
        plan.catalogue_stamp = import_lock.stamp(self.catalog)  # what the matching saw
        M.match_catalogue(self.catalog, plan, linked=linked)
        return plan

    def run(self, plan: ImportPlan, *, mode: str | None = None, dry_run: bool = False, progress=None,
            cancel=None) -> C.ImportResult:
        if dry_run:
            return C.commit(self.catalog, plan, self.actor, mode=mode, dry_run=True, progress=progress, cancel=cancel)
        safety_backup(self.catalog, "avant-import")
        with import_lock.one_at_a_time(self.catalog, self.on_wait, cancel) as waited:
            if waited or getattr(plan, "catalogue_stamp", None) != import_lock.stamp(self.catalog):
                M.match_catalogue(self.catalog, plan, linked=False)  # written meanwhile: match the rows again
            return C.commit(self.catalog, plan, self.actor, mode=mode, dry_run=False, progress=progress, cancel=cancel)

    def restores(self, path: str | Path, **options: Any) -> bool:
        """Whether importing ``path`` with these options is a streamed restore
        (``db.interchange.restore_json``): our JSON export into a catalogue without any record,
        nothing chosen by hand (sheets, kind, mappings, profile), not a dry run."""
        from db.interchange import restore_json

        chosen = any(options.get(k) for k in ("sheets", "kind", "profile", "mappings", "sheet_kinds", "header_rows",
                                              "workbook", "dry_run", "skip_sheets", "values"))
        return not chosen and restore_json.applies(self.catalog, path)

    def restore(self, path: str | Path, *, progress=None, cancel=None) -> C.ImportResult:
        """Our JSON export streamed into an empty catalogue: same ids, stamps and links, one batch."""
        from db.interchange import restore_json

        with quiet_gc(), import_lock.one_at_a_time(self.catalog, self.on_wait, cancel):
            return restore_json.restore(self.catalog, path, self.actor, progress=progress, cancel=cancel)

    def import_file(self, path: str | Path, **options: Any) -> tuple[ImportPlan, C.ImportResult]:
        """Plan and write in one go; a restore (see ``restores``) returns a plan without rows (the
        file is streamed, never held): its problems are those of the result."""
        if self.restores(path, **options):
            return ImportPlan(Path(path), "json"), self.restore(path, progress=options.get("progress"))
        run_options = {k: options.pop(k) for k in ("dry_run", "progress") if k in options}
        with quiet_gc():
            plan = self.preview(path, linked=False, **options)   # no preview shown: nothing to count
            return plan, self.run(plan, **run_options)

    def undo(self, batch: int | str, *, progress=None, cancel=None) -> dict[str, int]:
        """Revert one import in short transactions (``db.services.undo_import``): other writers
        interleave instead of waiting for the whole undo, which can be stopped between two."""
        from db.services import undo_import

        safety_backup(self.catalog, "avant-annulation")
        with import_lock.one_at_a_time(self.catalog, self.on_wait, cancel):
            return undo_import.undo(self.catalog, batch, self.actor, progress=progress, cancel=cancel)

    def history(self) -> list[dict[str, Any]]:
        """The imports, newest first; each kind's « updated » is the number of records of the catalogue the
        import changed, read from the history as its undo reads it (a duplicate row completing a record
        the catalogue held changes it too), so that the history and the undo say the same number."""
        batches = B.history(self.catalog)
        changed = changed_records(self.catalog, [b["id"] for b in batches])
        for b in batches:
            for kind, n in changed.get(b["id"], {}).items():
                b["counts"].setdefault(kind, {})["updated"] = n
        return batches

    def profiles(self) -> dict[str, dict[str, Any]]:
        return P.load(self.catalog)

    def save_profile(self, name: str, table) -> dict[str, Any]:
        return P.save(self.catalog, name, table)

    def delete_profile(self, name: str) -> bool:
        return P.delete(self.catalog, name)

    def export_problems(self, plan: ImportPlan, path: str | Path, language: str = "fr") -> int:
        from db.interchange.imports.report import write_problems

        return write_problems(plan, path, language)


def changed_records(catalog, batch_ids: list[int]) -> dict[int, dict[str, int]]:
    """{batch: {kind: records that existed before the import and that it changed}} from the history."""
    from sqlalchemy import select

    from db.models import Change

    if not batch_ids:
        return {}
    result: dict[int, dict[str, int]] = {}
    with catalog.uow() as uow:
        made = {(b, k, r) for b, k, r in uow.session.execute(
            select(Change.batch_id, Change.kind, Change.record_id)
            .where(Change.batch_id.in_(batch_ids), Change.action == "create"))}
        rows = uow.session.execute(
            select(Change.batch_id, Change.kind, Change.record_id)
            .where(Change.batch_id.in_(batch_ids), Change.action == "update").distinct())
        for batch_id, kind, record_id in rows:
            if (batch_id, kind, record_id) not in made:
                counts = result.setdefault(batch_id, {})
                counts[kind] = counts.get(kind, 0) + 1
    return result
