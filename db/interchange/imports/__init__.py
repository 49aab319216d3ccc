"""Spreadsheet import: one pipeline, each stage a module, data flowing one way.

1. read — ``sniff`` (what the file is, hostile files refused) and ``readers`` (values and cheap
   metadata: hyperlinks, merged cells, hidden columns): a ``Workbook`` of ``Sheet``s.
2. locate tables and blocks — ``layout.detect``: the header row, a label/value block above a table,
   a relation list (a city and its twin per row).
3. choose the kind and map the columns — ``layout`` with ``vocabulary`` (headings, values' nature,
   evidence that rows are people), the kinds it could also be: a ``Table``.
4. convert values — ``convert.plan_sheet`` with ``rows.Converter`` and, for big sheets, the same
   conversion from memos in ``fastlane``: a ``SheetPlan`` of ``RowPlan``s (model + problems).
5. resolve identities in the file — ``resolve`` (rules of ``db.identity``): keys, rows of one
   record merged with their differing values reported, namesakes kept apart, look-alikes.
6. match the catalogue — ``matching``: the records a row would update, links that will create.
   Steps 1-6 are ``plan.build_plan`` + ``matching.match_catalogue``: the preview, nothing written;
   the user may correct cells, leave rows out and decide duplicates (``plan.correct``…).
7. write — ``commit`` (one unit of work, one ``ImportBatch``, every change logged; ``bulk`` for big
   sheets); ``batches`` lists past imports, ``db.services.undo_import`` undoes one.

``json_import`` plans our own JSON export through the same stages 5-7. ``db.services.imports`` is
the use-case facade.
"""

from __future__ import annotations


class ImportFileError(Exception):
    """The file cannot be imported; the message is in French and names the problem."""


class Cancelled(Exception):
    """The user cancelled: nothing was written."""
