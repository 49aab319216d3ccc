"""Spreadsheet import: read a workbook/CSV/JSON, find its tables, map columns, plan, then commit in one batch.

Layers: ``sniff`` (what the file is, refuse hostile files) → ``readers`` (values + cheap metadata)
→ ``layout`` (header row, key/value sheets) → ``vocabulary`` (column mapping) → ``rows`` (values
through the ``XxxIn`` schemas) → ``plan`` (preview, duplicates) → ``commit`` (one unit of work,
an ``ImportBatch``, undo). ``db.services.imports`` is the use-case facade.
"""

from __future__ import annotations


class ImportFileError(Exception):
    """The file cannot be imported; the message is in French and names the problem."""
