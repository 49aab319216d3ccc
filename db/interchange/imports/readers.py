"""Read a workbook (xlsx/xlsm/ods/xls via python-calamine) or a CSV into sheets of plain Python values.

Values come from the cached results (formulas are never evaluated, macros never run). Rows are
streamed: ``Sheet.rows()`` yields ``(excel_row_number, values)`` for rows holding at least one value,
so a used range of a million formatted rows costs nothing.

Hostile or broken sheets are refused with a clear message before they cost minutes: a sheet wider
than ``MAX_COLUMNS`` columns, and a cell longer than ``MAX_CELL_CHARS`` characters (what an Excel
cell holds at most: a longer one was not typed in a spreadsheet) stop the import with an
``ImportFileError`` naming the sheet, the cell and the limit. Nothing is cut silently.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.interchange.imports import ImportFileError
from db.interchange.imports.reasons import Reason
from db.interchange.imports.sniff import sniff
from db.interchange.imports.xlsx_meta import SheetMeta, read_meta, sheet_parts

Row = tuple[int, list]

MAX_COLUMNS = 2_000        # columns of one sheet (Excel allows 16,384; a table of records has tens)
MAX_CELL_CHARS = 32_767    # characters of one cell: Excel's own limit
CSV_FIELD_LIMIT = 1 << 30  # what the csv module may read of one field (its default, 131,072, fails unnamed)


class number_text:
    """A count as a reason parameter: 20000 -> "20 000" in French, "20,000" in English (picklable)."""

    __slots__ = ("n",)

    def __init__(self, n: int):
        self.n = n

    def in_language(self, language: str) -> str:
        return f"{self.n:,}" if language == "en" else f"{self.n:,}".replace(",", "\u202f")

    def __str__(self) -> str:
        return self.in_language("fr")


def column_letters(index: int) -> str:
    """0 -> "A", 26 -> "AA"."""
    n, letters = index + 1, ""
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def too_wide(path: Path, sheet: str, count: int) -> ImportFileError:
    return ImportFileError(Reason("too_many_columns", name=path.name, sheet=sheet, count=number_text(count),
                                  limit=number_text(MAX_COLUMNS)))


def too_long(path: Path, sheet: str, row: int, column: int, length: int) -> ImportFileError:
    """The refusal of a cell longer than ``MAX_CELL_CHARS``."""
    return ImportFileError(Reason("cell_too_long", name=path.name, sheet=sheet, cell=f"{column_letters(column)}{row}",
                                  length=number_text(length), limit=number_text(MAX_CELL_CHARS)))


class _LongCell(Exception):
    pass


@dataclass
class Sheet:
    name: str
    visible: bool = True
    meta: SheetMeta = field(default_factory=SheetMeta)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based r0, c0, r1, c1
    _rows: Callable[[], Iterator[Row]] | None = None
    total_rows: int | None = None
    set_aside: list[tuple[int, str]] = field(default_factory=list)   # rows read as no record (a grid's breaks)
    kept_apart_by: str | None = None   # the heading whose values tell namesakes apart (a grid's days)

    def rows(self) -> Iterator[Row]:
        """Non-empty rows as (row number as Excel shows it, list of values with None for blanks)."""
        if self._rows is None:
            return iter(())
        fill = {}
        for r0, c0, r1, c1 in self.merged:
            if r1 > r0:  # merged down a column: every row of the range carries the value
                fill[(r0, c0)] = (r1, c1)
        if not fill:
            return self._rows()
        return self._filled(fill)

    def _filled(self, fill) -> Iterator[Row]:
        active: dict[int, tuple[int, int, object]] = {}
        for number, values in self._rows_with_blanks():
            r = number - 1
            for (r0, c0), (r1, c1) in fill.items():
                if r == r0 and c0 < len(values):
                    active[c0] = (r1, c1, values[c0])
            for c0, (r1, c1, value) in list(active.items()):
                if r > r1:
                    del active[c0]
                    continue
                if value is not None:
                    while len(values) <= c1:
                        values.append(None)
                    for c in range(c0, c1 + 1):
                        if values[c] is None:
                            values[c] = value
            if any(v is not None for v in values):
                yield number, values

    def _rows_with_blanks(self) -> Iterator[Row]:
        last = 0
        for number, values in self._rows():
            for blank in range(last + 1, number):
                yield blank, []
            last = number
            yield number, values


@dataclass
class Workbook:
    path: Path
    format: str
    sheets: list[Sheet]
    encoding: str | None = None
    delimiter: str | None = None

    def sheet(self, name: str) -> Sheet:
        for s in self.sheets:
            if s.name == name:
                return s
        for s in self.sheets:
            if s.name.strip().casefold() == name.strip().casefold():
                return s
        raise ImportFileError(Reason("no_such_sheet", sheet=name, sheets=", ".join(s.name for s in self.sheets)))


def _clean(value):
    if value == "" or value is None:
        return None
    if isinstance(value, str):
        if len(value) > MAX_CELL_CHARS:
            raise _LongCell()
        value = value.replace("_x000D_", "")
        if not value.strip():
            return value  # kept: a name of spaces is a value the user typed (and is rejected as blank)
    return value


def _calamine_rows(sheet, meta: SheetMeta, path: Path, name: str) -> Callable[[], Iterator[Row]]:
    def rows() -> Iterator[Row]:
        by_row: dict[int, list[tuple[int, str]]] = {}
        for (r, c), formula in meta.uncached.items():
            by_row.setdefault(r, []).append((c, formula))
        # iter_rows counts rows from the top of the sheet but columns from the first used column
        pad = [None] * ((sheet.start or (0, 0))[1])
        for index, raw in enumerate(sheet.iter_rows()):
            # "" is an empty cell; "_x000D_" is Excel's escaped carriage return (cleaned by _clean)
            # a cell longer than an Excel cell takes the slow path (_clean), which refuses it
            try:
                values = [None if v == "" else (_clean(v) if type(v) is str and ("_x" in v or len(v) > MAX_CELL_CHARS)
                                                 else v) for v in raw]
            except _LongCell:
                column = next(i for i, v in enumerate(raw) if type(v) is str and len(v) > MAX_CELL_CHARS)
                raise too_long(path, name, index + 1, len(pad) + column, len(raw[column])) from None
            if pad:
                values = [*pad, *values]
            number = index + 1
            for c, formula in by_row.get(number, ()):
                while len(values) <= c:
                    values.append(None)
                values[c] = Uncached(formula)
            if any(v is not None for v in values):
                while values and values[-1] is None:
                    values.pop()
                yield number, values
    return rows


class Uncached(str):
    """A formula whose result was never computed (the file holds no cached value)."""


def read(path: str | Path) -> Workbook:
    """The workbook's sheets as written (``grid.read_listed``: as the import reads them)."""
    path = Path(path)
    kind = sniff(path)
    if kind == "csv":
        return read_csv(path)
    if kind == "json":
        return Workbook(path, "json", [])
    return read_calamine(path, kind)


def read_calamine(path: Path, kind: str) -> Workbook:
    import python_calamine as pc

    try:
        book = pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError:
        raise ImportFileError(Reason("password", name=path.name)) from None
    except Exception as exc:  # calamine reports damaged parts with its own exception types
        raise ImportFileError(Reason("damaged", name=path.name, detail=_short(exc))) from None
    parts: dict[str, tuple[str, str]] = {}
    if kind == "xlsx":
        try:
            with zipfile.ZipFile(path) as archive:
                parts = sheet_parts(archive)
        except (zipfile.BadZipFile, KeyError, OSError):
            parts = {}
    # what only the XML tells is read on a second thread while calamine parses the cells
    # (calamine releases the interpreter while it works): a big sheet is read in the time of one pass
    metas = None
    if parts:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="xlsx-meta") as pool:
            metas = pool.submit(_read_metas, path, {name: part for name, (part, _state) in parts.items()})
            parsed = _parse_sheets(book, path)
        metas = metas.result()
    else:
        parsed = _parse_sheets(book, path)
    sheets = []
    for name, visible, sheet in parsed:
        width = (sheet.end or (0, -1))[1] + 1 if sheet.height else 0  # the last used column, as Excel numbers it
        if width > MAX_COLUMNS:
            raise too_wide(path, name, width)
        meta = (metas or {}).get(name) or SheetMeta()
        merged = []
        for (r0, c0), (r1, c1) in (getattr(sheet, "merged_cell_ranges", None) or []):
            merged.append((r0, c0, r1, c1))
        sheets.append(Sheet(name, visible, meta, merged, _calamine_rows(sheet, meta, path, name), sheet.total_height))
    if not sheets:
        raise ImportFileError(Reason("no_readable_sheet", name=path.name))
    return Workbook(path, kind, sheets)


def _parse_sheets(book, path: Path) -> list[tuple[str, bool, Any]]:
    """(name, visible, calamine sheet) of every worksheet (chart sheets left out)."""
    parsed = []
    for info in book.sheets_metadata:
        if "Chart" in str(info.typ):
            continue
        visible = str(info.visible).rsplit(".", 1)[-1] == "Visible"
        try:
            sheet = book.get_sheet_by_name(info.name)
        except Exception as exc:
            raise ImportFileError(Reason("sheet_unreadable", sheet=info.name, name=path.name,
                                         detail=_short(exc))) from None
        parsed.append((info.name, visible, sheet))
    return parsed


def _read_metas(path: Path, parts: dict[str, str]) -> dict[str, SheetMeta]:
    """``read_meta`` of each sheet part, through an archive handle of its own (it runs on a thread)."""
    with zipfile.ZipFile(path) as archive:
        return {name: read_meta(archive, part) for name, part in parts.items()}


def _short(exc: Exception):
    from db.interchange.reader_errors import detail  # the reader's English, said in plain words

    return detail(exc)


# --- CSV --------------------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (what
    Excel writes on a Western PC) unless that reading is implausible (a Korean CP949 or Russian
    CP1251 file read as Windows-1252 is mostly accented letters): then the encoding
    charset-normalizer finds."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", "replace")
    if _western(text):
        return text, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:2_000_000]).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        return text, "cp1252"
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return text, "cp1252"


def _western(text: str) -> bool:
    """Whether a Windows-1252 reading looks like a Western language: no undefined byte, and at most
    two letters in five accented (French, German, Spanish… stay far below)."""
    if "\ufffd" in text:
        return False
    letters = [c for c in text[:200_000] if c.isalpha()]
    accented = sum(1 for c in letters if ord(c) > 127)
    return accented * 5 <= len(letters) * 2


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first records most consistently (quotes respected)."""
    sample = text[:65536]
    best, best_score = ",", -1.0
    for delimiter in (";", ",", "\t", "|"):
        try:
            rows = list(csv.reader(io.StringIO(sample), delimiter=delimiter))[:50]
        except csv.Error:
            continue
        widths = [len(r) for r in rows if any(c.strip() for c in r)]
        if not widths or max(widths) < 2:
            continue
        common = max(set(widths), key=widths.count)
        score = widths.count(common) / len(widths) * common
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(path: Path) -> Workbook:
    data = path.read_bytes()
    text, encoding = decode(data)
    if not text.strip():
        raise ImportFileError(Reason("file_empty", name=path.name))
    delimiter = detect_delimiter(text)
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        # process-wide, and only ever raised: a field longer than a cell is read whole (the text is in
        # memory already) so that the refusal names its cell and length
        csv.field_size_limit(CSV_FIELD_LIMIT)

    def rows() -> Iterator[Row]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        number = 0
        try:
            for number, record in enumerate(reader, start=1):
                if len(record) > MAX_COLUMNS:
                    raise too_wide(path, path.stem, len(record))
                values = [None if not c.strip() else c for c in record]
                if any(v is not None for v in values):
                    if max(map(len, record)) > MAX_CELL_CHARS:
                        column = next(i for i, c in enumerate(record) if len(c) > MAX_CELL_CHARS)
                        raise too_long(path, path.stem, number, column, len(record[column]))
                    yield number, values
        except csv.Error as exc:
            raise ImportFileError(Reason("csv_malformed", name=path.name, detail=_short(exc))) from None

    return Workbook(path, "csv", [Sheet(path.stem, True, SheetMeta(), [], rows)], encoding, delimiter)


def excel_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None
