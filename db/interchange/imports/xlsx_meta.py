"""What only the sheet XML tells, read cheaply: hidden columns, hyperlinks, formulas never computed.

The sheet part is streamed in chunks (never loaded whole), so a 100k-row sheet costs a regex scan.
Works for transitional and strict OOXML alike (attribute names are the same).
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from dataclasses import dataclass, field

CHUNK = 1 << 20
MAX_PART_EDGE = 64 << 20  # bytes kept before or after the cells (column widths, links): bounded
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)/?>")
_ATTR = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')
_REL = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)/?>")
_END_DATA = re.compile(rb"</(?:\w+:)?sheetData>")
_COL = re.compile(rb"<(?:\w+:)?col\b([^>]*)/?>")
_HYPERLINK = re.compile(rb"<(?:\w+:)?hyperlink\b([^>]*)/?>")
_UNCACHED = re.compile(
    rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})(\d+)"[^>]*>\s*<(?:\w+:)?f\b[^>]*?(?:/>|>([^<]*)</(?:\w+:)?f>)'
    rb"\s*(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>")  # formula text holds no "<" (escaped)


def _uncached_cells(data: bytes):
    """Matches of ``_UNCACHED`` in a stretch of cells: the formulas with no cached value.

    Most sheets hold no formula, and LibreOffice writes every boolean as one (``=TRUE()``) with its
    value: the formulas are found with plain byte searches, and only a formula whose cell has no
    value is matched by the pattern. Markup with namespace prefixes takes the pattern throughout."""
    if b":f>" in data or b":f " in data or b":f/>" in data:
        yield from _UNCACHED.finditer(data)
        return
    pos = data.find(b"<f")
    while pos >= 0:
        if data[pos + 2:pos + 3] in (b">", b" ", b"/"):
            end = data.find(b"</c>", pos)
            if end < 0:
                return  # the cell goes on in the next stretch (scanned again with its start)
            value = data.find(b"<v>", pos, end)
            if value < 0 or not data[value + 3:data.find(b"</v>", value, end)].strip():
                start = data.rfind(b"<c ", 0, pos)
                m = _UNCACHED.match(data, start) if start >= 0 else None
                if m is not None:
                    yield m
        pos = data.find(b"<f", pos + 2)


@dataclass
class SheetMeta:
    hidden_columns: set[int] = field(default_factory=set)          # 0-based
    hyperlinks: dict[tuple[int, int], str] = field(default_factory=dict)  # (row 1-based, col 0-based) -> URL
    uncached: dict[tuple[int, int], str] = field(default_factory=dict)    # formula text


def col_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def _attrs(raw: bytes) -> dict[str, str]:
    """Attributes of one tag; a namespaced ``x:id`` becomes ``rid``."""
    result: dict[str, str] = {}
    for key, value in _ATTR.findall(raw):
        name = key.decode()
        text = html.unescape(value.decode("utf-8", "replace"))
        if ":" in name:
            prefix, local = name.split(":", 1)
            if prefix == "xmlns":
                continue
            name = "rid" if local == "id" else local
        result[name] = text
    return result


def _rels(archive: zipfile.ZipFile, part: str) -> dict[str, str]:
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    try:
        data = archive.read(rels_name)
    except KeyError:
        return {}
    result = {}
    for raw in _REL.findall(data):
        a = _attrs(raw)
        target = a.get("Target", "")
        if a.get("TargetMode") != "External" and not target.startswith("/"):
            target = posixpath.normpath(posixpath.join(folder, target))
        result[a.get("Id", "")] = target.lstrip("/") if a.get("TargetMode") != "External" else target
    return result


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, tuple[str, str]]:
    """Sheet name -> (part path, state) from the workbook part."""
    workbook = next((n for n in archive.namelist() if n.lower() in ("xl/workbook.xml", "xl/workbook.bin")), None)
    if workbook is None or workbook.endswith(".bin"):
        return {}
    rels = _rels(archive, workbook)
    result = {}
    for raw in _SHEET.findall(archive.read(workbook)):
        a = _attrs(raw)
        result[html.unescape(a.get("name", ""))] = (rels.get(a.get("rid", ""), ""), a.get("state", "visible"))
    return result


def read_meta(archive: zipfile.ZipFile, part: str) -> SheetMeta:
    meta = SheetMeta()
    if not part or part not in archive.namelist():
        return meta
    head = b""
    tail = b""
    carry = b""
    state = "head"
    with archive.open(part) as fh:
        while chunk := fh.read(CHUNK):
            if state == "head":
                head += chunk
                if len(head) > MAX_PART_EDGE:
                    break  # no <sheetData> in 64 MB: not a sheet we can describe; values still come from calamine
                pos = head.find(b"<sheetData")
                if pos < 0:
                    pos = head.find(b":sheetData")
                if pos >= 0:
                    chunk, head = head[pos:], head[:pos]
                    state = "data"
                else:
                    continue
            if state == "data":
                buf = carry + chunk
                found = _END_DATA.search(buf)
                end = found.start() if found else -1
                scan = buf if end < 0 else buf[:end]
                for m in _uncached_cells(scan):
                    meta.uncached[(int(m[2]), col_index(m[1].decode()))] = html.unescape((m[3] or b"").decode("utf-8", "replace"))
                if end >= 0:
                    tail = buf[end:]
                    state = "tail"
                    continue
                carry = buf[-8192:]
            elif state == "tail":
                tail += chunk
                if len(tail) > MAX_PART_EDGE:
                    break
    for raw in _COL.findall(head):
        a = _attrs(raw)
        if a.get("hidden") in ("1", "true"):
            for i in range(int(a.get("min", "1")) - 1, min(int(a.get("max", "1")), 16384)):
                meta.hidden_columns.add(i)
    links = _HYPERLINK.findall(tail)
    if links:
        rels = _rels(archive, part)
        for raw in links:
            a = _attrs(raw)
            ref = a.get("ref", "").split(":")[0]
            m = re.match(r"([A-Z]+)(\d+)", ref)
            target = rels.get(a.get("rid", ""), "") or ("#" + a["location"] if a.get("location") else "")
            if m and target and not target.startswith("#"):
                meta.hyperlinks[(int(m[2]), col_index(m[1]))] = target
    return meta
